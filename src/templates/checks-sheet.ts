import { TemplateContext } from "./context";
import { FeesRefs } from "./fees-sheet";
import { PROGNOSIS_COLUMNS } from "./budget-prognosis";
import { FORMAT, GridBuilder, figureHeader, text } from "./grid";
import { a1, columnLetters, onSheet } from "./grammar";
import { InterventionsRefs } from "./interventions-sheet";
import { Labels } from "./labels";
import { ParamsRefs } from "./params-sheet";
import { Cell, SheetSpec } from "./spec";
import { FIRST_YEAR_COLUMN, StatementRows } from "./statement-sheets";

/** Money differences must be exactly zero; ratios are compared with a tolerance for the engine's floating point. */
const RATIO_TOLERANCE = "1E-9";

/** How the checks of one statement column are worded. */
type StatementWords = Pick<Labels["checks"], "revenuesSum" | "costsSum" | "result" | "closing">;

interface Check {
  readonly label: string;
  /** A formula for the difference between what is there and what the rule says; 0 when the rule holds. */
  readonly difference: string;
  readonly ratio?: boolean;
}

/**
 * Kontroller: one row per rule, recomputing each figure independently of the
 * cell that shows it, with OK or FEL and the difference. A plan edited by hand
 * (a formula overwritten, a row outside a sum) shows FEL here.
 */
export function checksSheet(
  context: TemplateContext,
  refs: { params: ParamsRefs; fees: FeesRefs; statement: StatementRows; interventions: InterventionsRefs },
): SheetSpec {
  const { labels, sheetNames } = context;
  const words = labels.checks;
  const { fees, statement: rows, interventions } = refs;
  const feesAt = (address: string) => onSheet(sheetNames.fees, address);
  const feeColumn = (c: number) =>
    feesAt(`${columnLetters(c)}${fees.memberRows.first + 1}:${columnLetters(c)}${fees.memberRows.last + 1}`);
  const quarters = fees.columns.quarters.map(feeColumn);

  const checks: Check[] = [
    {
      label: words.splitSums,
      difference: `${feesAt(fees.state)}+${feesAt(fees.region)}+${feesAt(fees.municipalities)}-${fees.contribution}`,
    },
    { label: words.feesSum, difference: `SUM(${feeColumn(fees.columns.fee)})-${feesAt(fees.municipalities)}` },
    {
      label: words.instalmentsSum,
      difference: `SUMPRODUCT(ABS(${quarters.join("+")}-${feeColumn(fees.columns.fee)}))`,
    },
    {
      label: words.quartersEven,
      difference: `IF(MOD(${feesAt(fees.municipalities)},4)=0,${quarters.map((q) => `ABS(SUM(${q})-${feesAt(fees.municipalities)}/4)`).join("+")},0)`,
    },
  ];
  const statementChecks = (sheet: string, column: number, year: number, said: StatementWords = words) => {
    const at = (row: number) => onSheet(sheet, a1(row, column));
    const range = (first: number, last: number) =>
      last < first ? "0" : `SUM(${onSheet(sheet, `${a1(first, column)}:${a1(last, column)}`)})`;
    checks.push(
      {
        label: said.revenuesSum(year),
        difference: `${at(rows.totalRevenues)}-${range(rows.revenues.first, rows.revenues.last)}`,
      },
      {
        label: said.costsSum(year),
        difference: `${at(rows.totalCosts)}-${range(rows.costs.first, rows.costs.last)}-${range(rows.interventions.first, rows.interventions.last)}`,
      },
      { label: said.result(year), difference: `${at(rows.result)}-${at(rows.totalRevenues)}-${at(rows.totalCosts)}` },
      { label: said.closing(year), difference: `${at(rows.closing)}-${at(rows.opening)}-${at(rows.result)}` },
    );
  };
  const years = context.years;
  statementChecks(sheetNames.budget, FIRST_YEAR_COLUMN, years[0]);
  statementChecks(sheetNames.budget, PROGNOSIS_COLUMNS.prognosis, years[0], words.prognosis);
  years.forEach((year, k) => {
    const column = FIRST_YEAR_COLUMN + k;
    const planAt = (row: number) => onSheet(sheetNames.plan, a1(row, column));
    if (k === 0) {
      checks.push({
        label: words.budgetMatchesPlan,
        difference: `${planAt(rows.closing)}-${onSheet(sheetNames.budget, a1(rows.closing, column))}`,
      });
    } else {
      statementChecks(sheetNames.plan, column, year);
      checks.push({
        label: words.chain(year),
        difference: `${planAt(rows.opening)}-${onSheet(sheetNames.plan, a1(rows.closing, column - 1))}`,
      });
    }
  });
  if (interventions.rows.last >= interventions.rows.first) {
    const at = (c: number) => onSheet(sheetNames.interventions, a1(interventions.totalRow, c));
    const column = (c: number) =>
      onSheet(
        sheetNames.interventions,
        `${columnLetters(c)}${interventions.rows.first + 1}:${columnLetters(c)}${interventions.rows.last + 1}`,
      );
    checks.push({
      label: words.burnTotal,
      difference: `${at(interventions.columns.burn)}-SUM(${column(interventions.columns.outcome)})/SUM(${column(interventions.columns.budget)})`,
      ratio: true,
    });
    checks.push({
      label: words.prognosis.interventions,
      difference: `${at(interventions.columns.prognosis)}-SUM(${column(interventions.columns.prognosis)})`,
    });
  }

  const grid = new GridBuilder();
  grid.put(0, 0, text(words.title, "title"));
  grid.putRow(2, 0, [text(words.rule, "header"), text(words.status, "header"), figureHeader(words.difference)]);
  checks.forEach((check, i) => {
    const row = 3 + i;
    const tolerance = check.ratio ? RATIO_TOLERANCE : "0";
    const status: Cell = { formula: `=IF(ABS(${a1(row, 2)})<=${tolerance},"OK","FEL")`, style: "check" };
    grid.putRow(row, 0, [
      text(check.label),
      status,
      { formula: `=${check.difference}`, format: check.ratio ? FORMAT.percent : FORMAT.kronor, style: "computed" },
    ]);
  });
  return {
    key: "checks",
    name: sheetNames.checks,
    rows: grid.build(),
    columnWidths: [58, 10, 14],
    freeze: { rows: 3, columns: 0 },
    protect: true,
    print: { landscape: false },
  };
}
