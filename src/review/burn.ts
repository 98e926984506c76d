import { burnRatio, totalBurnRatio } from "../model/burn";
import { Money, money, sum } from "../model/money";
import { ReadSheet, cellAt, columnCount, numberAt, textAt } from "./cells";
import { BURN_WORDS, FORECAST_WORDS, isSumLabel, matches, normalise } from "./labels";
import { labelOf } from "./layout";
import { Reviewer, amountAt } from "./reviewer";
import { templateSheetKey } from "./template-sheets";

/*
 * Follow-up of interventions, from the template or by hand like seed 004's
 * note 3: budget, outcome and burn ratio per row, and a total row whose ratio
 * is total outcome ÷ total budget, never an average of the rows' ratios
 * (docs/domain.md rule 5). Beside them, in the template, the forecasts for the
 * year (rule 8), whose totals add up their rows; Prognos helår is an input.
 */
const AVERAGE = /\b(AVERAGE|MEDEL)\s*\(/i;

export function reviewBurn(reviewer: Reviewer, sheet: ReadSheet): void {
  const header = burnHeader(sheet);
  if (!header) return;
  reviewer.recognise();
  const template = templateSheetKey(reviewer.workbook, sheet) === "interventions";
  const { budget, outcome, burn } = header;
  const forecasts = forecastColumns(sheet, header.row);
  // Prognos helår is the user's to type; the columns the template computes are the others.
  const computedAfterBurn = (column: number) => column > burn && column !== forecasts.forecast;
  const rows: { row: number; label: string }[] = [];
  let totalRow: { row: number; label: string } | undefined;
  for (let row = header.row + 1; row < sheet.cells.length; row++) {
    const label = labelOf(sheet, row);
    if (!label) break;
    if (isSumLabel(label.text)) {
      totalRow = { row, label: label.text };
      break;
    }
    rows.push({ row, label: label.text });
  }
  const lines = rows.map(({ row }) => ({
    budget: amountAt(sheet, { row, column: budget }),
    outcome: amountAt(sheet, { row, column: outcome }),
  }));
  rows.forEach(({ row, label }, i) => {
    const expected = lines[i].budget.gt(0) ? burnRatio(lines[i].outcome, lines[i].budget) : undefined;
    reviewer.check({
      sheet,
      at: { row, column: burn },
      expected,
      rule: "burn-row",
      ratio: true,
      computed: template,
      details: { label },
    });
    if (template) {
      const width = columnCount(sheet);
      for (let column = burn + 1; column < width; column++)
        if (computedAfterBurn(column)) reviewer.constant(sheet, { row, column }, label);
    }
  });
  if (!totalRow || rows.length === 0) return;
  const at = (column: number) => ({ row: totalRow.row, column });
  const columnSum = (column: number) => sum(rows.map(({ row }) => amountAt(sheet, { row, column })));
  const subject = (column: number) => `${totalRow.label} (${textAt(sheet, header.row, column) ?? ""})`;
  [budget, outcome].forEach((column) =>
    reviewer.check({
      sheet,
      at: at(column),
      expected: columnSum(column),
      rule: "sum",
      computed: template,
      details: { label: subject(column) },
    }),
  );
  [forecasts.forecast, forecasts.pace].forEach(
    (column) =>
      column !== undefined &&
      reviewer.check({
        sheet,
        at: at(column),
        expected: columnSum(column),
        rule: "prognosis-sum",
        computed: template,
        details: { label: subject(column) },
      }),
  );
  const budgets = sum(lines.map((line) => line.budget));
  const expected = budgets.gt(0) ? totalBurnRatio(lines) : undefined;
  const averagedByFormula = AVERAGE.test(cellAt(sheet, totalRow.row, burn)?.formula ?? "");
  const averaged = averagedByFormula || isAverage(sheet, rows, burn, totalRow.row);
  const details = { label: totalRow.label, variant: averaged ? "average" : undefined };
  if (expected && averagedByFormula && !reviewer.differs(sheet, at(burn), expected, true)) {
    // An average that happens to equal the ratio of totals (equal budgets) is still the wrong rule.
    const found = reviewer.value(sheet, at(burn));
    reviewer.report(sheet, at(burn), "error", "burn-total", { ...details, expected, found, ratio: true });
  } else {
    reviewer.check({ sheet, at: at(burn), expected, rule: "burn-total", ratio: true, computed: template, details });
  }
  if (template) {
    const width = columnCount(sheet);
    for (let column = burn + 1; column < width; column++)
      if (computedAfterBurn(column) && column !== forecasts.pace) reviewer.constant(sheet, at(column), totalRow.label);
  }
}

/** The header row's forecast columns, where it has them. */
function forecastColumns(sheet: ReadSheet, row: number): { forecast?: number; pace?: number } {
  const columnOf = (words: readonly string[]) => {
    const column = (sheet.cells[row] ?? []).findIndex((_, c) => matches(textAt(sheet, row, c) ?? "", words));
    return column < 0 ? undefined : column;
  };
  return { forecast: columnOf(FORECAST_WORDS.forecast), pace: columnOf(FORECAST_WORDS.pace) };
}

function burnHeader(sheet: ReadSheet): { row: number; budget: number; outcome: number; burn: number } | undefined {
  for (let row = 0; row < sheet.cells.length; row++) {
    const columns: Partial<Record<keyof typeof BURN_WORDS, number>> = {};
    for (let column = 0; column < (sheet.cells[row]?.length ?? 0); column++) {
      const text = textAt(sheet, row, column);
      if (!text) continue;
      for (const key of Object.keys(BURN_WORDS) as (keyof typeof BURN_WORDS)[]) {
        if (columns[key] === undefined && BURN_WORDS[key].test(normalise(text))) columns[key] = column;
      }
    }
    const { budget, outcome, burn } = columns;
    if (budget !== undefined && outcome !== undefined && burn !== undefined) return { row, budget, outcome, burn };
  }
  return undefined;
}

/** Whether the total's ratio is the mean of the rows' ratios as they stand (within a typed percentage's rounding). */
function isAverage(sheet: ReadSheet, rows: readonly { row: number }[], burn: number, totalRow: number): boolean {
  const found = numberAt(sheet, totalRow, burn);
  const ratios = rows.map(({ row }) => numberAt(sheet, row, burn));
  if (found === undefined || ratios.some((ratio) => ratio === undefined)) return false;
  const mean: Money = sum(ratios as number[]).div(ratios.length);
  return mean.minus(money(found)).abs().lt(0.005);
}
