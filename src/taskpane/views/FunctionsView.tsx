import {
  Body1,
  Button,
  Caption1,
  Card,
  Field,
  CardHeader,
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

/** Funktioner: every FINSAM function with its help in both languages, an example, and a button that inserts it. */
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
  return (
    <div className={layout.stack}>
      <Body1 as="p">{t.functionsIntro}</Body1>
      <Field label={t.searchFunctions}>
        <TextInput type="search" value={query} onChange={(_, d) => setQuery(d.value)} />
      </Field>
      <Body1 as="p" role="status">
        {query.trim() ? t.functionsFound(shown.length) : ""}
      </Body1>
      <ul className={layout.list}>
        {shown.map((fn) => (
          <li key={fn.id}>
            <Card>
              <CardHeader
                header={
                  <Subtitle2 as="h2" lang={language}>
                    {fn.name[language]}
                  </Subtitle2>
                }
                description={<Caption1 lang={other}>{fn.name[other]}</Caption1>}
              />
              <Body1 as="p">{fn.description[language]}</Body1>
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
            </Card>
          </li>
        ))}
      </ul>
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
