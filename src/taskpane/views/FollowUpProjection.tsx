import { Body1, Caption1, MessageBar, MessageBarBody, Subtitle2 } from "@fluentui/react-components";
import type { OutcomeWorkbook } from "../../excel/outcome-import";
import { type Money, sum } from "../../model/money";
import type { PrognosisRow } from "../../model/plan-prognosis";
import type { ProjectedYear } from "../../model/prognosis";
import { projectionOf } from "../../outcome/projection";
import { FigureTable, type FigureRow } from "../components/FigureTable";
import { useLayoutStyles } from "../components/layout";
import { count, kronor } from "../format";
import type { FollowUpTexts } from "../i18n/follow-up";

/**
 * The follow-up's projection of the workbook as it stands (docs/domain.md
 * rule 8): each cost row and intervention's forecasts by the stated rule and at
 * the current pace, and, in a follow-up of the budget year, the year's result,
 * equity at year end, the deviation from the budget and the guideline's verdict.
 * Figures in whole kronor without the unit: the column headers say kr.
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
  const paces = rows.map(({ row }) => row.pace);
  const totalRow: PrognosisRow = {
    budget: sum(rows.map(({ row }) => row.budget)),
    outcome: sum(rows.map(({ row }) => row.outcome)),
    proposed: sum(rows.map(({ row }) => row.proposed)),
    pace: paces.every((pace) => pace !== undefined) ? sum(paces as Money[]) : undefined,
  };
  // The budget and the outcome under the row's name, so that the forecasts fit a narrow pane beside it.
  const line = (label: string, row: PrognosisRow, isTotal = false): FigureRow => ({
    label: (
      <>
        {label}
        <Caption1 block>{t.budgetAndOutcome(count(row.budget), count(row.outcome))}</Caption1>
      </>
    ),
    figures: [count(row.proposed), row.pace === undefined ? t.noPace : count(row.pace)],
    total: isTotal,
  });
  return (
    <FigureTable
      caption={caption}
      headers={[t.columnRow, t.columnForecast, t.columnPace]}
      rows={[...rows.map(({ label, row }) => line(label, row)), line(total, totalRow, true)]}
    />
  );
}

function YearProjection({ year, caption, t }: { year: ProjectedYear; caption: string; t: FollowUpTexts }) {
  const verdict = year.withinGuideline ? t.withinGuideline : t.outsideGuideline;
  return (
    <>
      <FigureTable
        caption={caption}
        headers={[t.columnFigure, t.columnBudget, t.columnPrognosis]}
        rows={[
          { label: t.result, figures: [count(year.result.minus(year.deviation)), count(year.result)] },
          { label: t.closing, figures: [count(year.closing.minus(year.deviation)), count(year.closing)] },
          { label: t.deviation, figures: ["", count(year.deviation)] },
        ]}
      />
      <MessageBar intent={year.withinGuideline ? "success" : "warning"}>
        <MessageBarBody>{verdict(kronor(year.closing), kronor(year.ceiling))}</MessageBarBody>
      </MessageBar>
    </>
  );
}
