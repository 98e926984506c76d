import { a1 } from "../templates/grammar";

/*
 * What the review reads of a workbook, and nothing about how: sheets of cells,
 * each with the value the spreadsheet last computed (or the constant typed in)
 * and its formula. The CLI fills it from an .xlsx file (src/xlsx/read-workbook.ts);
 * the task pane fills it through Office.js from each sheet's used range
 * (`address`, `values` and `formulas` of every sheet queued, then one sync; the number
 * formats only of cells that could be year-ends typed as dates)
 * and the workbook's names, through range-arrays.ts.
 */

/** A cell's value: a number (dates as serial numbers), text, a boolean, an error's text ("#DIV/0!"), or null when empty. */
export type CellValue = number | string | boolean | null;

export interface ReadCell {
  readonly value: CellValue;
  /** The formula, with its "=", en-US invariant as `range.formulas` gives it; absent for a constant. */
  readonly formula?: string;
  /**
   * The number is shown as a date (its number format is one): a year-end typed into a header.
   * The .xlsx reader takes it from the file's styles; Granska from `Range.numberFormat` of the cells that could be one.
   */
  readonly date?: boolean;
}

export interface ReadSheet {
  readonly name: string;
  /** Rows of cells from A1 (0-based row and column); missing or null cells are empty. */
  readonly cells: readonly (readonly (ReadCell | null | undefined)[])[];
}

/** A workbook-level name and the sheet and absolute address it refers to (`$B$12`, `$D$11:$D$19`). */
export interface ReadName {
  readonly name: string;
  readonly sheet: string;
  readonly address: string;
}

export interface ReadWorkbook {
  readonly sheets: readonly ReadSheet[];
  readonly names: readonly ReadName[];
}

/** A 0-based position on a sheet. */
export interface Position {
  readonly row: number;
  readonly column: number;
}

export function cellAt(sheet: ReadSheet, row: number, column: number): ReadCell | undefined {
  return sheet.cells[row]?.[column] ?? undefined;
}

export function numberAt(sheet: ReadSheet, row: number, column: number): number | undefined {
  const value = cellAt(sheet, row, column)?.value;
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

export function textAt(sheet: ReadSheet, row: number, column: number): string | undefined {
  const value = cellAt(sheet, row, column)?.value;
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

export function hasFormula(sheet: ReadSheet, row: number, column: number): boolean {
  return Boolean(cellAt(sheet, row, column)?.formula);
}

export function columnCount(sheet: ReadSheet): number {
  return sheet.cells.reduce((most, row) => Math.max(most, row?.length ?? 0), 0);
}

/** The A1 address of a position, as findings name cells. */
export const addressOf = ({ row, column }: Position): string => a1(row, column);
