import {
  Body1,
  Caption1,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { OutcomeWorkbook } from "../../excel/outcome-import";
import { type Money, sum } from "../../model/money";
import type { PrognosisRow } from "../../model/plan-prognosis";
import type { ProjectedYear } from "../../model/prognosis";
import { projectionOf } from "../../outcome/projection";
import { count, kronor } from "../format";
import type { FollowUpTexts } from "../i18n/follow-up";
import { useLayoutStyles } from "../components/layout";

// Figures in whole kronor without the unit (count): the column headers say kr.
const useStyles = makeStyles({
  // A data table may scroll sideways in a narrow pane (WCAG 1.4.10's exception); the page itself does not.
  scroller: { overflowX: "auto", maxWidth: "100%" },
  table: { tableLayout: "auto" },
  figure: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  figureHeader: { justifyContent: "flex-end", textAlign: "end" },
  // A figure's header may wrap, so that the figures, not their words, set the columns' widths.
  figureHeading: { textAlign: "end" },
  total: { fontWeight: "bold" },
});

/**
 * The follow-up's projection of the workbook as it stands (docs/domain.md
 * rule 8): each cost row and intervention's forecasts by the stated rule and at
 * the current pace, and, in a follow-up of the budget year, the year's result,
 * equity at year end, the deviation from the budget and the guideline's verdict.
 */
export function FollowUpProjection({ workbook, t }: { workbook: OutcomeWorkbook; t: FollowUpTexts }) {
  const layout = useLayoutStyles();
  const projection = projectionOf(workbook, workbook.budget);
  if (!projection) return null;
  if (!projection.ok) {
    const cells = projection.notNumbers.map((cell) => `${cell.sheet}!${cell.address}`).join(", ");
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{t.projectionNotNumbers(cells)}</MessageBarBody>
      </MessageBar>
    );
  }
  const { prognosis, asOf } = projection;
  const { budgetYear, followUpYear } = workbook;
  const year = prognosis.ofBudgetYear ? budgetYear : followUpYear;
  const rows = prognosis.ofBudgetYear
    ? [
        ...prognosis.costs.map((row, i) => ({ label: workbook.costRows[i]?.name ?? "", row })),
        ...prognosis.interventions.map((row, i) => ({ label: workbook.budget?.interventions[i]?.label ?? "", row })),
      ]
    : prognosis.followUp.map((row, i) => ({ label: workbook.interventions[i].name, row }));
  return (
    <section aria-labelledby="follow-up-projection" className={layout.stack}>
      <Subtitle2 as="h2" id="follow-up-projection">
        {t.projectionHeading(year)}
      </Subtitle2>
      <Caption1 block>{t.projectionRule(asOf)}</Caption1>
      <ForecastTable
        caption={prognosis.ofBudgetYear ? t.projectionCaption(year) : t.followUpCaption(year)}
        total={prognosis.ofBudgetYear ? t.totalCosts : t.totalInterventions}
        rows={rows}
        t={t}
      />
      {prognosis.ofBudgetYear ? (
        <YearProjection year={prognosis.year} t={t} caption={t.yearCaption(year)} />
      ) : (
        <Body1 as="p">{t.otherYear(followUpYear, budgetYear)}</Body1>
      )}
    </section>
  );
}

function ForecastTable({
  caption,
  total,
  rows,
  t,
}: {
  caption: string;
  total: string;
  rows: readonly { label: string; row: PrognosisRow }[];
  t: FollowUpTexts;
}) {
  const styles = useStyles();
  const paces = rows.map(({ row }) => row.pace);
  const totalRow: PrognosisRow = {
    budget: sum(rows.map(({ row }) => row.budget)),
    outcome: sum(rows.map(({ row }) => row.outcome)),
    proposed: sum(rows.map(({ row }) => row.proposed)),
    pace: paces.every((pace) => pace !== undefined) ? sum(paces as Money[]) : undefined,
  };
  // The budget and the outcome under the row's name, so that the forecasts fit a narrow pane beside it.
  const line = (label: string, row: PrognosisRow, bold = false) => {
    const className = bold ? styles.total : undefined;
    return (
      <>
        <TableCell>
          <span className={className}>{label}</span>
          <Caption1 block>{t.budgetAndOutcome(count(row.budget), count(row.outcome))}</Caption1>
        </TableCell>
        {[row.proposed, row.pace].map((figure, i) => (
          <TableCell key={i} className={mergeClasses(styles.figure, className)}>
            {figure === undefined ? t.noPace : count(figure)}
          </TableCell>
        ))}
      </>
    );
  };
  return (
    <FiguresTable caption={caption} headers={[t.columnRow, t.columnForecast, t.columnPace]}>
      {rows.map(({ label, row }, i) => (
        <TableRow key={i}>{line(label, row)}</TableRow>
      ))}
      <TableRow>{line(total, totalRow, true)}</TableRow>
    </FiguresTable>
  );
}

function YearProjection({ year, caption, t }: { year: ProjectedYear; caption: string; t: FollowUpTexts }) {
  const styles = useStyles();
  const budgetedResult = year.result.minus(year.deviation);
  const rows: [string, string, string][] = [
    [t.result, count(budgetedResult), count(year.result)],
    [t.closing, count(year.closing.minus(year.deviation)), count(year.closing)],
    [t.deviation, "", count(year.deviation)],
  ];
  const verdict = year.withinGuideline ? t.withinGuideline : t.outsideGuideline;
  return (
    <>
      <FiguresTable caption={caption} headers={[t.columnFigure, t.columnBudget, t.columnPrognosis]}>
        {rows.map(([label, ...figures]) => (
          <TableRow key={label}>
            <TableCell>{label}</TableCell>
            {figures.map((figure, i) => (
              <TableCell key={i} className={styles.figure}>
                {figure}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </FiguresTable>
      <MessageBar intent={year.withinGuideline ? "success" : "warning"}>
        <MessageBarBody>{verdict(kronor(year.closing), kronor(year.ceiling))}</MessageBarBody>
      </MessageBar>
    </>
  );
}

/**
 * A table of a label column and figure columns under `headers` (the label's first), scrolling sideways in a narrow
 * pane; focusable, so that a keyboard can scroll it (axe: scrollable-region-focusable).
 */
function FiguresTable({
  caption,
  headers: [labelHeader, ...figureHeaders],
  children,
}: {
  caption: string;
  headers: readonly string[];
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <div className={styles.scroller} role="region" aria-label={caption} tabIndex={0}>
      <Table size="small" className={styles.table} aria-label={caption}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{labelHeader}</TableHeaderCell>
            {figureHeaders.map((header) => (
              <TableHeaderCell
                key={header}
                className={styles.figureHeading}
                button={{ className: styles.figureHeader }}
              >
                {header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>{children}</TableBody>
      </Table>
    </div>
  );
}
