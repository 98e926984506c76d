import { TemplateContext } from "./context";
import { FORMAT, GridBuilder, computed, figureHeader, proposedInput, text, total, widthsForHeaders } from "./grid";
import { a1, columnLetters, onSheet } from "./grammar";
import { InterventionsRefs } from "./interventions-sheet";
import { KEY_NAMES } from "./key-names";
import { costRowOutcomeAddress } from "./mappings-sheet";
import { ParamsRefs } from "./params-sheet";
import { elapsedDaysFormulas, proposedPrognosisFormula } from "./prognosis-formulas";
import { FIRST_YEAR_COLUMN, StatementRows } from "./statement-sheets";

const BUDGET = FIRST_YEAR_COLUMN;
export const PROGNOSIS_COLUMNS = { outcome: BUDGET + 1, prognosis: BUDGET + 2, pace: BUDGET + 3 } as const;

/**
 * The budget sheet's follow-up (docs/domain.md rule 8): beside each cost row
 * and intervention its outcome so far (from Kopplingar and Insatser, when the
 * follow-up is of the budget year), Prognos helår (an input proposed by its
 * rule) and the forecast at the current pace; below, the projected result and
 * equity, the deviation from the budget and the guideline's verdict. Revenues
 * are projected as budgeted. Costs are negative, as the sheet writes them.
 */
export function putBudgetPrognosis(
  grid: GridBuilder,
  context: TemplateContext,
  params: ParamsRefs,
  rows: StatementRows,
  interventions: InterventionsRefs,
): readonly number[] {
  const { plan, labels, sheetNames } = context;
  const words = labels.prognosis;
  const C = PROGNOSIS_COLUMNS;
  const at = (row: number, column: number) => a1(row, column);
  const sameYear = `${params.followUpYear}=${params.budgetYear}`;
  const { share } = elapsedDaysFormulas(params.budgetYear, params.followUpDate);
  const span = ({ first, last }: { first: number; last: number }) =>
    Array.from({ length: Math.max(last - first + 1, 0) }, (_, i) => first + i);
  const sum = (column: number, first: number, last: number) =>
    last < first ? "0" : `SUM(${at(first, column)}:${at(last, column)})`;

  nameBudgetRows(context, rows);
  grid.put(2, 0, text(words.rule, "note"));
  const headers = [words.outcomeSoFar, words.forecast, words.pace];
  grid.putRow(rows.header, C.outcome, headers.map(figureHeader));

  span(rows.revenues).forEach((row) => grid.put(row, C.prognosis, computed(`=${at(row, BUDGET)}`)));
  grid.put(rows.totalRevenues, C.prognosis, total(`=${sum(C.prognosis, rows.revenues.first, rows.revenues.last)}`));

  const followUpRows = interventions.rows;
  const insatser = (column: number) =>
    onSheet(
      sheetNames.interventions,
      `$${columnLetters(column)}$${followUpRows.first + 1}:$${columnLetters(column)}$${followUpRows.last + 1}`,
    );
  const interventionOutcome = (row: number) =>
    followUpRows.last < followUpRows.first
      ? "0"
      : `SUMIF(${insatser(0)},${at(row, 0)},${insatser(interventions.columns.outcome)})`;
  const outcomes: [number, string][] = [
    ...plan.costs.map((_, i): [number, string] => [
      rows.costs.first + i,
      `N(${onSheet(sheetNames.mappings, costRowOutcomeAddress(i))})`,
    ]),
    ...span(rows.interventions).map((row): [number, string] => [row, interventionOutcome(row)]),
  ];
  outcomes.forEach(([row, outcome]) =>
    grid.putRow(row, C.outcome, [
      // The sheet's outcome is spending written negative; another year's follow-up says nothing of this one.
      computed(`=IF(${sameYear},-${outcome},0)`),
      proposedInput(proposedPrognosisFormula(at(row, BUDGET), at(row, C.outcome), share, "negative"), FORMAT.kronor),
      computed(`=IF(${sameYear},${at(row, C.outcome)}/${share},"")`),
    ]),
  );

  const { first: costsFirst, last: costsLast } = rows.costs;
  [C.outcome, C.prognosis, C.pace].forEach((column) => {
    const onlySameYear = (formula: string) => (column === C.pace ? `=IF(${sameYear},${formula},"")` : `=${formula}`);
    grid.put(
      rows.totalInterventions,
      column,
      total(onlySameYear(sum(column, rows.interventions.first, rows.interventions.last))),
    );
    grid.put(
      rows.totalCosts,
      column,
      total(onlySameYear(`${sum(column, costsFirst, costsLast)}+${at(rows.totalInterventions, column)}`)),
    );
  });

  const P = C.prognosis;
  grid.put(rows.opening, P, computed(`=${at(rows.opening, BUDGET)}`));
  grid.put(rows.result, P, total(`=${at(rows.totalRevenues, P)}+${at(rows.totalCosts, P)}`));
  grid.put(rows.closing, P, total(`=${at(rows.opening, P)}+${at(rows.result, P)}`));
  grid.put(rows.ceiling, P, computed(`=${at(rows.ceiling, BUDGET)}`));
  grid.putRow(rows.deviation, 0, [text(words.deviation, "total")]);
  grid.put(rows.deviation, P, total(`=${at(rows.result, P)}-${at(rows.result, BUDGET)}`));
  grid.put(rows.within, 0, text(words.within));
  const closing = at(rows.closing, P);
  grid.put(rows.within, P, {
    formula: `=IF(AND(${closing}>=0,${closing}<=${at(rows.ceiling, P)}),"${words.yes}","${words.no}")`,
    style: "check",
  });
  return widthsForHeaders([15, 15, 15], headers);
}

/**
 * Names the budget year's figures the forecasts are made from, so that the
 * pane's projection finds them without knowing the layout: the other revenues
 * (the contribution is Medlemsbidrag), the cost rows, and the interventions
 * with their names. A part without rows gets no name.
 */
function nameBudgetRows(context: TemplateContext, rows: StatementRows): void {
  const { plan } = context;
  const area = (first: number, last: number, fromColumn: number) =>
    `${a1(first, fromColumn, true)}:${a1(last, BUDGET, true)}`;
  const otherRevenuesFirst = rows.revenues.first + 3;
  if (plan.otherRevenues.length > 0) {
    context.name(KEY_NAMES.budgetOtherRevenues, "budget", area(otherRevenuesFirst, rows.revenues.last, BUDGET));
  }
  if (plan.costs.length > 0)
    context.name(KEY_NAMES.budgetCosts, "budget", area(rows.costs.first, rows.costs.last, BUDGET));
  if (plan.interventions.length > 0) {
    context.name(KEY_NAMES.budgetInterventions, "budget", area(rows.interventions.first, rows.interventions.last, 0));
  }
}
