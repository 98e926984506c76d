import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { WorkbookScenarios, WorkbookScenarioYear } from "../../excel/scenario-reader";
import { money } from "../../model/money";
import { type ScenarioKey, SCENARIOS } from "../../model/scenarios";
import { useLayoutStyles } from "../components/layout";
import { kronor, signedKronor } from "../format";
import { type ScenariosTexts, scenariosTable } from "../i18n/scenarios";
import { useViewTexts } from "../i18n/use-view-texts";
import { messageOf, usePane } from "../pane-context";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // A table needs its two dimensions: in a very narrow pane it scrolls on its own, the page does not.
  tableRegion: {
    overflowX: "auto",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      // Narrow gaps: four columns share a 320 px pane.
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
    // Headers in the regular weight, so that the longest word ("riktlinjen") sets no wider a column than needed.
    "& thead th": { textAlign: "end", verticalAlign: "bottom", fontWeight: tokens.fontWeightRegular },
    "& thead th:first-child, & tbody th": { textAlign: "start" },
    "& td": { textAlign: "end", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  },
  // The verdict may wrap after its word ("NEJ, / över taket") rather than be cut in a narrow pane.
  verdict: {
    textAlign: "start",
    whiteSpace: "normal",
    "& svg": { verticalAlign: "middle", marginInlineEnd: tokens.spacingHorizontalXXS },
  },
  // Not colour alone: the icon's shape and the word say it too. Forced colours paint it as text.
  yes: {
    fill: tokens.colorPaletteGreenForeground1,
    "@media (forced-colors: active)": { fill: "CanvasText" },
  },
  no: {
    fill: tokens.colorPaletteRedForeground1,
    "@media (forced-colors: active)": { fill: "CanvasText" },
  },
});

type Source =
  | { state: "reading" }
  | { state: "none" }
  | { state: "failed"; problem: string }
  | { state: "read"; read: WorkbookScenarios };

/** Scenarier: the plan under each scenario of the workbook's Scenarier sheet, with the differences and the guideline's verdict. */
export default function ScenariosView() {
  const {
    adapters: { scenarioReader: reader },
    language,
  } = usePane();
  const t = useViewTexts(scenariosTable);
  const layout = useLayoutStyles();
  const styles = useStyles();
  const [source, setSource] = useState<Source>({ state: "reading" });
  const [showProblem, setShowProblem] = useState<string>();

  const read = useCallback(() => {
    setSource({ state: "reading" });
    reader.readScenarios().then(
      (read) => setSource(read ? { state: "read", read } : { state: "none" }),
      (error: unknown) => setSource({ state: "failed", problem: messageOf(error, language) }),
    );
  }, [reader]);
  useEffect(read, [read]);

  const show = () => {
    setShowProblem(undefined);
    reader.showAssumptions().catch((error: unknown) => setShowProblem(messageOf(error, language)));
  };

  if (source.state === "reading") return <Spinner size="small" label={t.loading} />;
  return (
    <div className={layout.stack}>
      {source.state === "read" ? (
        <Body1 as="p">
          {t.scenariosFrom(
            source.read.association,
            source.read.budgetYear,
            source.read.scenarios.planned.at(-1)?.year ?? source.read.budgetYear,
          )}
        </Body1>
      ) : (
        <MessageBar intent={source.state === "failed" ? "error" : "info"}>
          <MessageBarBody>
            {source.state === "failed" ? `${t.readScenariosFailed} ${source.problem}` : t.noScenarios}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        {source.state !== "none" && (
          <Button appearance="primary" onClick={show}>
            {t.showAssumptions}
          </Button>
        )}
        <Button appearance="subtle" onClick={read}>
          {t.reread}
        </Button>
      </div>
      {showProblem && (
        <MessageBar intent="error">
          <MessageBarBody>{`${t.showFailed} ${showProblem}`}</MessageBarBody>
        </MessageBar>
      )}
      {source.state === "read" && <Scenarios t={t} read={source.read} />}
    </div>
  );
}

/** Each scenario as a table (a chart beside it would only repeat its figures, at twice the length). */
function Scenarios({ t, read }: { t: ScenariosTexts; read: WorkbookScenarios }) {
  const layout = useLayoutStyles();
  return (
    <>
      <Caption1 as="p">{t.guidelineNote}</Caption1>
      {SCENARIOS.map((key) => (
        <section key={key} className={layout.stack} aria-labelledby={`scenario-${key}`}>
          <Subtitle2 as="h2" id={`scenario-${key}`}>
            {t.scenarioNames[key]}
          </Subtitle2>
          <Body1 as="p">{assumption(t, key, read)}</Body1>
          <ScenarioTable t={t} scenario={key} years={read.scenarios[key]} planned={read.scenarios.planned} />
          <Caption1 as="p" data-testid={`ceiling-${key}`}>
            {t.ceilingOf(ceilings(read.scenarios[key]))}
          </Caption1>
        </section>
      ))}
    </>
  );
}

/** The ceiling of each year, said once where it is the same every year ("3 200 000 kr"). */
function ceilings(years: readonly WorkbookScenarioYear[]): string {
  const amounts = years.map((y) => kronor(money(y.ceiling)));
  return new Set(amounts).size === 1 ? amounts[0] : years.map((y, k) => `${y.year} ${amounts[k]}`).join(", ");
}

/** What the scenario assumes, in words, from the assumptions on the sheet. */
function assumption(t: ScenariosTexts, key: ScenarioKey, { assumptions, stateOffer }: WorkbookScenarios): string {
  switch (key) {
    case "planned":
      return t.assumePlanned;
    case "fullOffer":
      // docs/domain.md rule 1: the state's half is matched by the other half.
      return t.assumeFullOffer(kronor(money(stateOffer)), kronor(money(stateOffer).times(2)));
    case "otherRevenuesEnd":
      return t.assumeOtherRevenuesEnd(assumptions.otherRevenuesEndYear);
    case "newIntervention": {
      const { label, amount, fromYear } = assumptions.newIntervention;
      return t.assumeNewIntervention(label, kronor(money(amount)), fromYear);
    }
    case "stoppedIntervention":
      return t.assumeStopped(assumptions.stoppedIntervention.label, assumptions.stoppedIntervention.fromYear);
  }
}

function ScenarioTable({
  t,
  scenario,
  years,
  planned,
}: {
  t: ScenariosTexts;
  scenario: ScenarioKey;
  years: readonly WorkbookScenarioYear[];
  planned: readonly WorkbookScenarioYear[];
}) {
  const styles = useStyles();
  const name = t.scenarioTable(t.scenarioNames[scenario]);
  // The plan's own differences are all zero: its table leaves the column out.
  const differences = scenario !== "planned";
  return (
    <div className={styles.tableRegion} role="region" aria-label={name} tabIndex={0}>
      <table className={styles.table} aria-label={name}>
        <thead>
          <tr>
            <th scope="col">{t.year}</th>
            <th scope="col">{t.closingEquity}</th>
            {differences && <th scope="col">{t.differenceToPlan}</th>}
            <th scope="col">{t.withinGuideline}</th>
          </tr>
        </thead>
        <tbody>
          {years.map(({ year, closing, withinGuideline }, k) => (
            <tr key={year}>
              <th scope="row">{year}</th>
              <td data-testid={`closing-${scenario}-${year}`}>{kronor(money(closing))}</td>
              {differences && (
                <td data-testid={`difference-${scenario}-${year}`}>
                  {signedKronor(money(closing).minus(planned[k]?.closing ?? 0))}
                </td>
              )}
              <td data-testid={`within-${scenario}-${year}`}>
                <Verdict t={t} within={withinGuideline} below={closing < 0} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** JA, or NEJ and which side of the guideline, as words and an icon (a tick or a cross), not colour alone. */
function Verdict({ t, within, below }: { t: ScenariosTexts; within: boolean; below: boolean }) {
  const styles = useStyles();
  return (
    <span className={styles.verdict}>
      <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" className={within ? styles.yes : styles.no}>
        <path
          d={
            within
              ? "M4.5 10.2 0.9 6.6l1.4-1.4 2.2 2.2 5.2-5.2 1.4 1.4z"
              : "M2.3 0.9 6 4.6l3.7-3.7 1.4 1.4L7.4 6l3.7 3.7-1.4 1.4L6 7.4l-3.7 3.7-1.4-1.4L4.6 6 0.9 2.3z"
          }
        />
      </svg>
      <span>{within ? t.yes : `${t.no}, ${below ? t.belowZero : t.aboveCeiling}`}</span>
    </span>
  );
}
