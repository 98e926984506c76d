import { CellValue, columnCount, Position, ReadName, ReadSheet, ReadWorkbook, cellAt, numberAt, textAt } from "./cells";
import { matches, yearOf } from "./labels";
import { isoDateOf } from "../model/date-serial";
import { columnIndex, parseArea, parseReference } from "../templates/grammar";

/*
 * Reading a table the way a person does: a label at the left of each row, the
 * years (or other headers) in a row above, one column each.
 */

/** The row's label: the text in its leftmost non-empty cell, when that is one of the first two columns. */
export function labelOf(sheet: ReadSheet, row: number): { text: string; column: number } | undefined {
  const cells = sheet.cells[row] ?? [];
  for (let column = 0; column < Math.min(cells.length, 2); column++) {
    const value = cells[column]?.value;
    if (value === null || value === undefined || value === "") continue;
    const text = textAt(sheet, row, column);
    return text === undefined ? undefined : { text, column };
  }
  return undefined;
}

export interface YearColumn {
  readonly year: number;
  readonly column: number;
}

/**
 * The nearest row at or above `row` with years in its headers right of `labelColumn`, and those columns;
 * `accept` leaves out the columns whose header it refuses (a budget beside the outcome). Years written as
 * bare numbers may be amounts: a row of text headers above that covers the same columns wins over them.
 */
export function yearHeader(
  sheet: ReadSheet,
  row: number,
  labelColumn: number,
  accept: (header: CellValue | undefined) => boolean = () => true,
): { row: number; columns: YearColumn[] } | undefined {
  let numeric: { row: number; columns: YearColumn[] } | undefined;
  for (let r = row; r >= 0; r--) {
    const columns = yearsOfRow(sheet, r, labelColumn, accept);
    if (columns.length === 0 || looksLikeAmounts(sheet, r, labelColumn, columns)) continue;
    const text = columns.every(({ column }) => typeof headerAt(sheet, r, column) === "string");
    if (!text) numeric ??= { row: r, columns };
    else if (!numeric || numeric.columns.every((c) => columns.some((t) => t.column === c.column))) {
      return { row: r, columns };
    }
  }
  return numeric;
}

/** A header as it reads: a number shown as a date is that date, as if typed as text ("2021-12-31"). */
function headerAt(sheet: ReadSheet, row: number, column: number): CellValue | undefined {
  const cell = cellAt(sheet, row, column);
  return cell?.date && typeof cell.value === "number" ? isoDateOf(cell.value) : cell?.value;
}

/** The row's cells right of `labelColumn` that name a year, when no year is named twice. */
function yearsOfRow(
  sheet: ReadSheet,
  row: number,
  labelColumn: number,
  accept: (header: CellValue | undefined) => boolean,
): YearColumn[] {
  const columns: YearColumn[] = [];
  for (let column = labelColumn + 1; column < columnCount(sheet); column++) {
    const header = headerAt(sheet, row, column);
    const year = accept(header) ? yearOf(header) : undefined;
    if (year !== undefined) columns.push({ year, column });
  }
  return new Set(columns.map((c) => c.year)).size === columns.length ? columns : [];
}

/**
 * Whether a row of numbers that could be years is rather a row of amounts (2 000 tkr of
 * investments): it has other numbers beside them, or its years do not follow one another.
 */
function looksLikeAmounts(sheet: ReadSheet, row: number, labelColumn: number, years: readonly YearColumn[]): boolean {
  const cells = sheet.cells[row] ?? [];
  const isNumber = (column: number) => Number.isFinite(headerAt(sheet, row, column));
  const numbers = cells.filter((_, column) => column > labelColumn && isNumber(column));
  if (numbers.length === 0) return false;
  const numeric = years.filter(({ column }) => isNumber(column)).map((c) => c.year);
  const consecutive = numeric.every((year, i) => i === 0 || Math.abs(year - numeric[i - 1]) === 1);
  return numbers.length > numeric.length || !consecutive;
}

/** Whether the row has a number in any of the columns. */
export const hasNumbers = (sheet: ReadSheet, row: number, columns: readonly number[]): boolean =>
  columns.some((column) => numberAt(sheet, row, column) !== undefined);

/** The rows and columns a same-sheet formula refers to, for telling which rows a sum covers. */
export function referencedCells(formula: string): { rows: [number, number]; columns: [number, number] }[] {
  const refs: { rows: [number, number]; columns: [number, number] }[] = [];
  // A reference not preceded by a sheet name ("!"), a letter or a digit (part of a name).
  const pattern = /(^|[^A-Za-z0-9_!.$'])\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?(?![A-Za-z0-9_(])/g;
  for (const match of formula.matchAll(pattern)) {
    const [, , c1, r1, c2, r2] = match;
    const columns = [columnIndex(c1), columnIndex(c2 ?? c1)].sort((a, b) => a - b) as [number, number];
    const rows = [Number(r1) - 1, Number(r2 ?? r1) - 1].sort((a, b) => a - b) as [number, number];
    refs.push({ rows, columns });
  }
  return refs;
}

/** A formula that only points at another cell or name (`='Budget 2025'!C10`, `=Eget_kapital_2025`). */
export function isReference(formula: string | undefined): boolean {
  if (formula === undefined || !formula.startsWith("=")) return false;
  const area = parseArea(parseReference(formula)?.address ?? formula.slice(1));
  const oneCell = area !== undefined && area.first.row === area.last.row && area.first.column === area.last.column;
  return oneCell || /^=\s*[A-Za-z_][\w.]*\s*$/.test(formula);
}

/** Where a workbook name points, as a sheet and a 0-based position (the top-left cell of a range). */
export function namedCell(workbook: ReadWorkbook, name: string): { sheet: ReadSheet; at: Position } | undefined {
  const defined: ReadName | undefined = workbook.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  const sheet = defined && workbook.sheets.find((s) => s.name === defined.sheet);
  const area = defined && parseArea(defined.address);
  if (!sheet || !area) return undefined;
  return { sheet, at: area.first };
}

/** The first row from `from` whose label is one of `words` (normalised), -1 when there is none. */
export function labelledRow(sheet: ReadSheet, words: readonly string[], from = 0): number {
  for (let row = from; row < sheet.cells.length; row++) {
    const label = labelOf(sheet, row);
    if (label && matches(label.text, words)) return row;
  }
  return -1;
}
