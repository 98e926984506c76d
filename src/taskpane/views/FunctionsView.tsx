import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  Card,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { functionExamples } from "../../functions/examples";
import { type FunctionGuide, functionGuides, type Localized } from "../logic/function-guide";
import { useLayoutStyles } from "../components/layout";
import { TextInput } from "../components/TextInput";
import { messageOf, usePane } from "../pane-context";
import { functionsTable } from "../i18n/functions";
import { useViewTexts } from "../i18n/use-view-texts";

const useStyles = makeStyles({
  // A closed card's help: its first line, so that the list of every function fits a few screens.
  oneLine: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  item: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  // The card's own padding is enough; a long name wraps rather than push the chevron out of the card.
  header: { paddingLeft: 0, paddingRight: 0, minWidth: 0, overflowWrap: "anywhere", textAlign: "start" },
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, margin: 0 },
  params: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalXS,
    overflowWrap: "anywhere",
  },
  // A spilled result as the cells Excel fills: a small grid of right-aligned figures.
  spill: {
    borderCollapse: "collapse",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    "& td": {
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      padding: `0 ${tokens.spacingHorizontalXS}`,
      textAlign: "end",
      whiteSpace: "nowrap",
    },
  },
});

type Loaded = { state: "loading" } | { state: "ready"; guides: FunctionGuide[] } | { state: "failed"; message: string };

/**
 * Funktioner: every FINSAM function with its help in both languages, an example, and a button that inserts it.
 * Each card starts closed (name and a line of help); opening it shows the parameters, the example and Infoga.
 */
export default function FunctionsView() {
  const {
    adapters: { planWorkbook: workbook },
    language,
    loadMetadata,
  } = usePane();
  const t = useViewTexts(functionsTable);
  const styles = useStyles();
  const layout = useLayoutStyles();
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });
  const [query, setQuery] = useState("");
  const [opened, setOpened] = useState<string[]>([]);
  // Shown next to the button of the function it is about.
  const [status, setStatus] = useState<{
    id: string;
    intent: "success" | "error" | "warning";
    text: string;
    overwrite?: Localized;
  }>();

  useEffect(() => {
    let current = true;
    loadMetadata().then(
      (metadata) => current && setLoaded({ state: "ready", guides: functionGuides(metadata, functionExamples) }),
      (error: unknown) => current && setLoaded({ state: "failed", message: messageOf(error, language) }),
    );
    return () => {
      current = false;
    };
  }, [loadMetadata]);

  const insert = async (id: string, formula: Localized, overwrite = false) => {
    try {
      const { address, written } = await workbook.insertFormula(formula, overwrite);
      setStatus(
        written
          ? { id, intent: "success", text: t.inserted(address) }
          : { id, intent: "warning", text: t.cellNotEmpty(address), overwrite: formula },
      );
    } catch (error) {
      setStatus({ id, intent: "error", text: `${t.insertFailed} ${messageOf(error, language)}` });
    }
  };

  if (loaded.state === "loading") return <Spinner size="small" label={t.loading} />;
  if (loaded.state === "failed") {
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          {t.functionsFailed} ({loaded.message})
        </MessageBarBody>
      </MessageBar>
    );
  }
  const other = language === "sv" ? "en" : "sv";
  const shown = loaded.guides.filter((fn) => matches(fn, query));
  // A search that finds one function opens it: that is the one the user is looking for.
  const search = (text: string) => {
    setQuery(text);
    const found = loaded.guides.filter((fn) => matches(fn, text));
    if (found.length === 1 && !opened.includes(found[0].id)) setOpened([...opened, found[0].id]);
  };
  return (
    <div className={layout.stack}>
      <Body1 as="p">{t.functionsIntro}</Body1>
      <Field label={t.searchFunctions}>
        <TextInput type="search" value={query} onChange={(_, d) => search(d.value)} />
      </Field>
      <Body1 as="p" role="status">
        {query.trim() ? t.functionsFound(shown.length) : ""}
      </Body1>
      <Accordion multiple collapsible openItems={opened} onToggle={(_, data) => setOpened(data.openItems.map(String))}>
        <ul className={layout.list}>
          {shown.map((fn) => {
            const open = opened.includes(fn.id);
            return (
              <li key={fn.id}>
                <Card>
                  <AccordionItem value={fn.id} className={styles.item}>
                    <AccordionHeader as="h2" expandIconPosition="end" button={{ className: styles.header }}>
                      <Subtitle2 lang={language}>
                        <BreakableName name={fn.name[language]} />
                      </Subtitle2>
                    </AccordionHeader>
                    <Caption1 as="p" lang={other}>
                      {fn.name[other]}
                    </Caption1>
                    <Body1 as="p" className={open ? undefined : styles.oneLine}>
                      {fn.description[language]}
                    </Body1>
                    <AccordionPanel className={styles.panel}>
                      <ul className={styles.params}>
                        {fn.parameters.map((p) => (
                          <li key={p.name.en}>
                            <Body1>
                              <code>{p.name[language]}</code>
                              {p.optional ? ` (${t.optional})` : ""}: {p.description[language]}
                            </Body1>
                          </li>
                        ))}
                      </ul>
                      {fn.example && (
                        <>
                          <Body1>
                            {t.example}: <code className={styles.code}>{fn.example.shown[language]}</code>
                          </Body1>
                          <ExampleResult label={t.result} cells={fn.example.result[language]} styles={styles} />
                          <Button
                            appearance="primary"
                            aria-label={t.insertName(fn.name[language])}
                            onClick={() => fn.example && insert(fn.id, fn.example.formula)}
                          >
                            {t.insert}
                          </Button>
                          <div role="status" aria-live="polite">
                            {status?.id === fn.id && (
                              <MessageBar intent={status.intent} layout="multiline">
                                <MessageBarBody>{status.text}</MessageBarBody>
                                {status.overwrite && (
                                  <MessageBarActions>
                                    <Button onClick={() => status.overwrite && insert(fn.id, status.overwrite, true)}>
                                      {t.overwrite}
                                    </Button>
                                    <Button onClick={() => setStatus(undefined)}>{t.cancel}</Button>
                                  </MessageBarActions>
                                )}
                              </MessageBar>
                            )}
                          </div>
                        </>
                      )}
                    </AccordionPanel>
                  </AccordionItem>
                </Card>
              </li>
            );
          })}
        </ul>
      </Accordion>
    </div>
  );
}

/** A function whose name (in either language) or help holds every word of the query. */
function matches(fn: FunctionGuide, query: string): boolean {
  const text = [fn.name.sv, fn.name.en, fn.description.sv, fn.description.en].join(" ").toLocaleLowerCase("sv");
  return query
    .toLocaleLowerCase("sv")
    .split(/\s+/)
    .every((word) => text.includes(word));
}

/** A function's name that may wrap after its namespace ("FINSAM.") when the pane is narrow. */
function BreakableName({ name }: { name: string }) {
  const dot = name.indexOf(".") + 1;
  return (
    <>
      {name.slice(0, dot)}
      <wbr />
      {name.slice(dot)}
    </>
  );
}

/** One cell's result inline; a spill as the small table of cells it fills. */
function ExampleResult({
  label,
  cells,
  styles,
}: {
  label: string;
  cells: readonly (readonly string[])[];
  styles: { code: string; spill: string };
}) {
  if (cells.length === 1 && cells[0].length === 1) {
    return (
      <Body1>
        {label}: <code className={styles.code}>{cells[0][0]}</code>
      </Body1>
    );
  }
  return (
    <div>
      <Body1>{label}:</Body1>
      <table className={styles.spill} aria-label={label}>
        <tbody>
          {cells.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
