import { TemplateContext } from "./context";
import { FeesRefs } from "./fees-sheet";
import { FORMAT, GridBuilder, computed, figureHeader, text, total } from "./grid";
import { a1, onSheet } from "./grammar";
import { ParamsRefs } from "./params-sheet";
import { Cell, SheetSpec } from "./spec";
import { FIRST_YEAR_COLUMN, StatementRows } from "./statement-sheets";

/** Rows of one member's page; every page has the same layout, one below the other. */
const PAGE_ROWS = 33;

/**
 * Hemställan: the budget request the association sends each member
 * in April–May, one printed page per member: what it pays in the budget year
 * and why (its population, its share, the 50/25/25 split), its four quarterly
 * instalments, and the equity the plan foresees. Every figure is a reference
 * to the sheet that computes it, so a changed population changes the letters too.
 */
export function requestsSheet(
  context: TemplateContext,
  params: ParamsRefs,
  fees: FeesRefs,
  statement: StatementRows,
): SheetSpec {
  const { plan, labels, sheetNames } = context;
  const words = labels.requests;
  const year = plan.budgetYear;
  const lastYear = year + plan.planYears;
  const grid = new GridBuilder();
  const fromFees = (address: string) => `=${onSheet(sheetNames.fees, address)}`;
  const feesAt = (row: number, column: number) => fromFees(a1(row, column));
  const closing = (k: number) => `=${onSheet(sheetNames.plan, a1(statement.closing, FIRST_YEAR_COLUMN + k, true))}`;
  type Line = [number, (Cell | null)[]];
  const textLines = (first: number, lines: readonly string[], style: Cell["style"] = "label"): Line[] =>
    lines.map((line, i) => [first + i, [text(line, style)]]);

  const pageStarts = plan.members.map((_, i) => i * PAGE_ROWS);
  pageStarts.forEach((top, i) => {
    const memberRow = fees.memberRows.first + i;
    const lines: Line[] = [
      [0, [text(words.title(year), "title")]],
      [1, [computed(`=${params.association}`, "@")]],
      [3, [text(words.to), { formula: feesAt(memberRow, fees.columns.member), style: "title" }]],
      ...textLines(5, words.request(year)),
      [8, [text(words.basis, "header"), figureHeader("")]],
      [9, [text(words.population), computed(feesAt(memberRow, fees.columns.population))]],
      [10, [text(words.share), computed(feesAt(memberRow, fees.columns.share), FORMAT.percent)]],
      [11, [text(words.municipalities), computed(fromFees(fees.municipalities))]],
      [12, [text(words.fee, "total"), total(feesAt(memberRow, fees.columns.fee))]],
      [14, [text(words.instalments, "header"), figureHeader(""), text(words.due, "header")]],
      ...fees.columns.quarters.map((column, q): Line => [
        15 + q,
        [text(words.quarter(q + 1)), computed(feesAt(memberRow, column)), text(words.months[q])],
      ]),
      [20, [text(words.financing(year), "header"), figureHeader("")]],
      [21, [text(words.contributions), computed(`=${onSheet(sheetNames.params, params.contributions[0])}`)]],
      [22, [text(words.state), computed(fromFees(fees.state))]],
      [23, [text(words.region), computed(fromFees(fees.region))]],
      [24, [text(words.municipalitiesPart), computed(fromFees(fees.municipalities))]],
      [26, [text(words.equity(year)), computed(closing(0))]],
      ...(plan.planYears > 0 ? [[27, [text(words.equity(lastYear)), computed(closing(plan.planYears))]] as Line] : []),
      ...textLines(29, words.explanation, "note"),
    ];
    lines.forEach(([offset, cells]) => grid.putRow(top + offset, 0, cells));
  });

  const lastRow = pageStarts.length * PAGE_ROWS - 1;
  return {
    key: "requests",
    name: sheetNames.requests,
    rows: grid.build(),
    columnWidths: [46, 16, 22],
    protect: true,
    print: { landscape: false, area: `$A$1:$C$${lastRow + 1}`, pageBreaks: pageStarts.slice(1) },
  };
}
