import { closingEquity, yearResult } from "../model/equity";
import { Money, sum } from "../model/money";
import { KEY_NAMES } from "../templates/key-names";
import { LABELS } from "../templates/labels";
import { ReadSheet, cellAt, numberAt } from "./cells";
import {
  INCOME_ITEMS,
  INCOME_SUBTOTALS,
  StatementRole,
  isSumLabel,
  matches,
  normalise,
  statementRole,
  summedName,
} from "./labels";
import { YearColumn, hasNumbers, isReference, labelOf, namedCell, referencedCells, yearHeader } from "./layout";
import { reviewGuideline } from "./guideline";
import { Reviewer, amountAt } from "./reviewer";
import { templateSheetKey } from "./template-sheets";
import { inThousands } from "./unit";

/*
 * A budget statement, in a template or built by hand like seed 002's budget
 * table: revenue rows and their sum, cost rows (negative) and their sum, with
 * sub-sums inside, the result, opening equity and equity at year end, one
 * column per year. docs/domain.md rules 3 and 4.
 */

interface Row {
  readonly row: number;
  readonly label: string;
}

/** A sum inside a block and the rows it adds up. */
interface SubSum {
  readonly sum: Row;
  readonly details: readonly Row[];
  /** A row above the details that repeats the sum (seed 002's "Samverkansinsatser"). */
  readonly mirror?: Row;
}

/** The rows a total adds up: plain rows and sub-sums, each counted once. */
interface Block {
  readonly items: readonly Row[];
  readonly subSums: readonly SubSum[];
}

/** Revenue rows the templates fill from the fee table or the split: formulas, not inputs. */
const COMPUTED_REVENUES = [LABELS.sv, LABELS.en].flatMap((l) =>
  [l.budget.state, l.budget.region, l.budget.municipalities].map(normalise),
);
const CEILING = [LABELS.sv, LABELS.en].map((l) => normalise(l.budget.ceiling));

export function reviewStatement(reviewer: Reviewer, sheet: ReadSheet): void {
  const anchors = new Map<StatementRole, Row>();
  let lastRow = -1;
  sheet.cells.forEach((_, row) => {
    const label = labelOf(sheet, row);
    const role = label && statementRole(label.text);
    if (!label || !role || anchors.has(role)) return;
    anchors.set(role, { row, label: label.text });
    lastRow = Math.max(lastRow, row);
  });
  if (!anchors.has("totalRevenues") && !anchors.has("totalCosts") && !anchors.has("opening")) return;
  reviewer.recognise();
  const first = Math.min(...[...anchors.values()].map((a) => a.row));
  const labelColumn = labelOf(sheet, first)?.column ?? 0;
  const header = yearHeader(sheet, first, labelColumn);
  if (!header) return;
  const columns = header.columns.map((c) => c.column);

  const rows: Row[] = [];
  for (let row = header.row + 1; row <= lastRow; row++) {
    const label = labelOf(sheet, row);
    if (label) rows.push({ row, label: label.text });
  }
  const isValueRow = (row: Row) => hasNumbers(sheet, row.row, columns);
  const between = (from: number, to: number) => rows.filter((r) => r.row > from && r.row < to);
  const totalRevenues = anchors.get("totalRevenues");
  const totalCosts = anchors.get("totalCosts");
  const revenueBlock = totalRevenues && block(sheet, between(header.row, totalRevenues.row), isValueRow, columns);
  const costBlock =
    totalCosts && block(sheet, between(totalRevenues?.row ?? header.row, totalCosts.row), isValueRow, columns);

  const costsArePositive =
    totalCosts !== undefined &&
    columns.every((column) => (numberAt(sheet, totalCosts.row, column) ?? 0) >= 0) &&
    columns.some((column) => (numberAt(sheet, totalCosts.row, column) ?? 0) > 0);
  const lastTotal = Math.max(totalRevenues?.row ?? -1, totalCosts?.row ?? -1);
  // An income statement's depreciation and financial items, below the operating totals, count in the result.
  const incomeItems = rows.filter((row) => row.row > lastTotal && matches(row.label, INCOME_ITEMS));
  if (lastTotal >= 0) reportStrayRows(reviewer, sheet, rows, anchors, lastTotal, header.columns);

  // In a table typed by hand throughout, a typed opening is no slip of its own; among formulas it is.
  const usesFormulas = rows.some((row) => columns.some((column) => cellAt(sheet, row.row, column)?.formula));
  const template = templateSheetKey(reviewer.workbook, sheet);
  const inTemplate = template === "budget" || template === "plan";
  const firstYear = Math.min(...header.columns.map((c) => c.year));
  const tkr = inThousands(sheet, header.row);
  // Each year's closing equity as its rows make it: a slip is reported where it is, not again in the cells after it.
  const closings = new Map<number, { found: Money; expected: Money }>();
  [...header.columns]
    .sort((a, b) => a.year - b.year)
    .forEach((yearColumn) => {
      const context: YearContext = { reviewer, sheet, yearColumn, computed: inTemplate, usesFormulas, tkr };
      const at = (role: StatementRole) => anchors.get(role);
      const found = (role: StatementRole) => amountAt(sheet, { row: at(role)!.row, column: yearColumn.column });
      const revenues = totalRevenues && revenueBlock && checkBlock(context, totalRevenues, revenueBlock);
      const costs = totalCosts && costBlock && checkBlock(context, totalCosts, costBlock);
      const result = at("result");
      let expectedResult = result && found("result");
      if (result && totalRevenues && totalCosts) {
        // Costs are written negative (docs/domain.md rule 3); a table that writes them positive subtracts them.
        const sign = costsArePositive ? -1 : 1;
        // Depreciation and financial items (an income statement's) count in the result too.
        const items = sum(incomeItems.map((item) => amountAt(sheet, { row: item.row, column: yearColumn.column })));
        expectedResult = yearResult(
          revenues ?? found("totalRevenues"),
          (costs ?? found("totalCosts")).times(sign),
        ).plus(items);
        const operating = yearResult(found("totalRevenues"), found("totalCosts").times(sign));
        const asFound = operating.plus(items);
        const chained = checkSubtotals(context, rows, lastTotal, result.row, operating);
        const variant = costsArePositive ? "positive costs" : undefined;
        checkFigure(context, result, asFound, "result", { alternatives: [expectedResult, ...chained], variant });
      }
      const closing = at("closing");
      const opening = at("opening");
      const previous = closings.get(yearColumn.year - 1);
      if (opening && closing) {
        checkOpening(context, opening, previous, yearColumn.year === firstYear);
      }
      if (closing && opening && result && expectedResult) {
        const expectedOpening = previous?.expected ?? found("opening");
        const expected = closingEquity(expectedOpening, expectedResult);
        checkFigure(context, closing, closingEquity(found("opening"), found("result")), "closing", {
          alternatives: [expected],
        });
        closings.set(yearColumn.year, { found: found("closing"), expected });
      }
      if (inTemplate) templateConstants(context, rows, template === "plan" && yearColumn.year === firstYear);
    });
  const closing = anchors.get("closing");
  if (closing) {
    // The plan's budget-year column repeats the budget sheet, which is warned about already.
    const years = header.columns.filter((c) => !(template === "plan" && c.year === firstYear));
    reviewGuideline(reviewer, sheet, { closing: closing.row, ceiling: ceilingRow(sheet) }, years);
  }
}

/** Revenue rows the templates fill from the fee table, the ceiling, and the plan's budget-year column, which repeats the budget sheet. */
function templateConstants(context: YearContext, rows: readonly Row[], copied: boolean): void {
  const { reviewer, sheet, yearColumn } = context;
  const ceiling = ceilingRow(sheet);
  rows
    .filter((row) => copied || COMPUTED_REVENUES.includes(normalise(row.label)))
    .concat(ceiling === undefined ? [] : [{ row: ceiling, label: labelOf(sheet, ceiling)!.text }])
    .forEach((row) => reviewer.constant(sheet, { row: row.row, column: yearColumn.column }, row.label));
}

/** The guideline's ceiling: the row under equity at year end, below the statement's last row (none by hand). */
function ceilingRow(sheet: ReadSheet): number | undefined {
  const row = sheet.cells.findIndex((_, r) => CEILING.includes(normalise(labelOf(sheet, r)?.text ?? "")));
  return row < 0 ? undefined : row;
}

/**
 * A row with figures below the totals that is not the result or equity (a
 * cost typed into the empty row under Summa kostnader): no sum counts it.
 */
function reportStrayRows(
  reviewer: Reviewer,
  sheet: ReadSheet,
  rows: readonly Row[],
  anchors: ReadonlyMap<StatementRole, Row>,
  lastTotal: number,
  years: readonly YearColumn[],
): void {
  const anchorRows = new Set([...anchors.values()].map((anchor) => anchor.row));
  for (const row of rows) {
    if (row.row <= lastTotal || anchorRows.has(row.row)) continue;
    if (matches(row.label, INCOME_ITEMS) || matches(row.label, INCOME_SUBTOTALS)) continue;
    const year = years.find(({ column }) => numberAt(sheet, row.row, column));
    if (!year) continue;
    const at = { row: row.row, column: year.column };
    reviewer.report(sheet, at, "error", "outside-sum", {
      label: row.label,
      year: year.year,
      variant: "stray",
      found: reviewer.value(sheet, at),
    });
  }
}

interface YearContext {
  readonly reviewer: Reviewer;
  readonly sheet: ReadSheet;
  readonly yearColumn: YearColumn;
  readonly computed: boolean;
  readonly usesFormulas: boolean;
  /** The statement is in whole tkr: a figure 1 off is a rounding warning. */
  readonly tkr: boolean;
}

/**
 * An income statement's results along the way (verksamhetens resultat,
 * resultat efter finansiella poster), each the one before it plus the items
 * between them, either as the one before is printed or as it should be: a slip
 * is reported at the first result it makes wrong, not again below. Returns
 * both figures for the year's result.
 */
function checkSubtotals(
  context: YearContext,
  rows: readonly Row[],
  after: number,
  before: number,
  start: Money,
): [Money, Money] {
  const column = context.yearColumn.column;
  let asPrinted = start;
  let right = start;
  for (const row of rows.filter((r) => r.row > after && r.row < before)) {
    const at = { row: row.row, column };
    if (matches(row.label, INCOME_ITEMS)) {
      asPrinted = asPrinted.plus(amountAt(context.sheet, at));
      right = right.plus(amountAt(context.sheet, at));
    } else if (matches(row.label, INCOME_SUBTOTALS)) {
      checkFigure(context, row, right, "sum", { alternatives: [asPrinted] });
      asPrinted = amountAt(context.sheet, at);
    }
  }
  return [asPrinted, right];
}

/** The block's structure: sub-sums over the rows just above them, and the items its total adds. */
function block(sheet: ReadSheet, rows: readonly Row[], isValueRow: (row: Row) => boolean, columns: number[]): Block {
  const items: Row[] = [];
  const subSums: SubSum[] = [];
  let pending: Row[] = [];
  for (const row of rows) {
    if (!isValueRow(row)) {
      pending = [];
    } else if (isSumLabel(row.label)) {
      const details = detailsOf(sheet, row, pending, columns);
      const name = summedName(row.label);
      const mirror = items.find((item) => !details.includes(item) && normalise(item.label) === name);
      const kept = items.filter((item) => !details.includes(item) && item !== mirror);
      items.splice(0, items.length, ...kept, row);
      subSums.push({ sum: row, details, mirror });
      pending = [];
    } else {
      items.push(row);
      pending.push(row);
    }
  }
  return { items, subSums };
}

/**
 * The rows a sub-sum adds: the value rows since the last heading, or, where a
 * hand-built table has no heading between cost rows and the rows it sums, the
 * last of them that add up to it in every year.
 */
function detailsOf(sheet: ReadSheet, sumRow: Row, pending: readonly Row[], columns: number[]): Row[] {
  const addsUp = (rows: readonly Row[]) =>
    columns.every((column) =>
      sum(rows.map((r) => amountAt(sheet, { row: r.row, column }))).eq(amountAt(sheet, { row: sumRow.row, column })),
    );
  if (addsUp(pending)) return [...pending];
  for (let start = 1; start < pending.length; start++) {
    if (addsUp(pending.slice(start))) return pending.slice(start);
  }
  return [...pending];
}

/** Checks the sub-sums and the total; returns the total the rows make (undefined without rows). */
function checkBlock(context: YearContext, total: Row, totals: Block): Money | undefined {
  const { reviewer, sheet, yearColumn } = context;
  const column = yearColumn.column;
  const amountOf = (rows: readonly Row[]) => sum(rows.map((row) => amountAt(sheet, { row: row.row, column })));
  for (const { sum: subSum, details, mirror } of totals.subSums) {
    checkSum(context, subSum, details);
    if (mirror) checkFigure(context, mirror, amountOf(details), "sum", { computed: false });
  }
  if (totals.items.length === 0) return undefined;
  // Where a table repeats a sub-sum above its rows, a total that adds the repeated row has added the right figure.
  const mirrored = totals.items.map(
    (item) => totals.subSums.find((subSum) => subSum.sum === item && subSum.mirror)?.mirror ?? item,
  );
  const at = { row: total.row, column };
  const expected = amountOf(totals.items);
  if (mirrored.some((row, i) => row !== totals.items[i]) && !reviewer.differs(sheet, at, amountOf(mirrored))) {
    return expected;
  }
  checkSum(context, total, totals.items);
  return expected;
}

/** A sum against the rows it should add; with a formula, the rows it leaves out are named. */
function checkSum(context: YearContext, total: Row, items: readonly Row[]): void {
  const { sheet, yearColumn } = context;
  const column = yearColumn.column;
  const expected = sum(items.map((row) => amountAt(sheet, { row: row.row, column })));
  const formula = cellAt(sheet, total.row, column)?.formula;
  const covered = formula ? referencedCells(formula) : [];
  const outside = formula
    ? items.filter(
        (item) =>
          !covered.some(
            (ref) =>
              ref.rows[0] <= item.row &&
              item.row <= ref.rows[1] &&
              ref.columns[0] <= column &&
              column <= ref.columns[1],
          ) && numberAt(sheet, item.row, column),
      )
    : [];
  const rule = outside.length > 0 ? "outside-sum" : "sum";
  checkFigure(context, total, expected, rule, { rows: outside.map((row) => row.label) });
}

function checkFigure(
  context: YearContext,
  row: Row,
  expected: Money,
  rule: "sum" | "outside-sum" | "result" | "closing",
  options: { computed?: boolean; rows?: string[]; alternatives?: Money[]; variant?: string } = {},
): void {
  const { reviewer, sheet, yearColumn } = context;
  const at = { row: row.row, column: yearColumn.column };
  // A cell that only repeats another (the plan's budget-year column) is checked where its figure is made.
  if (isReference(cellAt(sheet, at.row, at.column)?.formula)) return;
  reviewer.check({
    sheet,
    at,
    expected,
    alternatives: options.alternatives,
    rule,
    tkr: context.tkr,
    computed: options.computed ?? context.computed,
    details: { label: row.label, year: yearColumn.year, rows: options.rows, variant: options.variant },
  });
}

/**
 * Opening equity is the previous year's closing equity (docs/domain.md rule 4), by
 * reference. The budget year of a template opens with Parametrar's figure.
 */
function checkOpening(
  context: YearContext,
  opening: Row,
  previous: { found: Money; expected: Money } | undefined,
  firstYear: boolean,
): void {
  const { reviewer, sheet, yearColumn } = context;
  const at = { row: opening.row, column: yearColumn.column };
  const details = { label: opening.label, year: yearColumn.year };
  if (previous) {
    const typed = !cellAt(sheet, at.row, at.column)?.formula && numberAt(sheet, at.row, at.column) !== undefined;
    const differs = [previous.found, previous.expected].every((closing) => reviewer.differs(sheet, at, closing));
    const found = reviewer.value(sheet, at);
    if (differs) {
      const typedSlip = typed && context.usesFormulas;
      const rounding = context.tkr && reviewer.offByOne(sheet, at, [previous.found, previous.expected]);
      reviewer.report(sheet, at, rounding ? "warning" : "error", "opening-differs", {
        ...details,
        expected: previous.found,
        found,
        typed: typedSlip,
        rounding,
      });
    } else if (typed && context.usesFormulas) {
      reviewer.report(sheet, at, "warning", "opening-typed", { ...details, expected: previous.found, found });
    }
  } else if (firstYear && context.computed) {
    const parameter = namedCell(reviewer.workbook, KEY_NAMES.openingEquity);
    const expected = parameter && amountAt(parameter.sheet, parameter.at);
    const reference = isReference(cellAt(sheet, at.row, at.column)?.formula);
    if (!reference)
      reviewer.check({ sheet, at, expected, rule: "opening-differs", computed: true, details, tkr: context.tkr });
  }
}
