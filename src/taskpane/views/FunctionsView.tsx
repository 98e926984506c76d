import {
  Body1,
  Button,
  Caption1,
  Card,
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
  return (
    <div className={layout.stack}>
      <Body1 as="p">{t.functionsIntro}</Body1>
      <ul className={layout.list}>
        {loaded.guides.map((fn) => (
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
                  <Body1>
                    {t.result}: <code className={styles.code}>{fn.example.result[language]}</code>
                  </Body1>
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
