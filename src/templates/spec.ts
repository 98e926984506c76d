/**
 * A template as plain data: what every writer (Office.js into the open workbook,
 * ExcelJS into a file) puts on the sheets, and nothing about how. Formulas are
 * en-US invariant (`SUM`, `,`) and formats invariant (`#,##0`, `0.0%`), so that
 * the same spec means the same thing in every locale and in LibreOffice.
 */

/** How a cell looks and whether the user may edit it (inputs are unlocked on protected sheets). */
export type CellStyle =
  | "title"
  | "header"
  /** A header over a column of figures: right-aligned like the figures. */
  | "figureHeader"
  | "label"
  | "input"
  | "computed"
  | "total"
  | "check"
  | "note";

export interface Cell {
  /** A constant; a cell has a value or a formula, never both. */
  readonly value?: string | number | boolean;
  /** A native Excel formula starting with "=". */
  readonly formula?: string;
  readonly format?: string;
  readonly style?: CellStyle;
}

/** Rows of cells from A1; `null` leaves a cell untouched. */
export type CellGrid = readonly (readonly (Cell | null)[])[];

export interface SheetSpec {
  /** Stable id of the sheet within a template (e.g. "fees"), independent of language and year. */
  readonly key: string;
  /** The sheet's visible name. */
  readonly name: string;
  readonly rows: CellGrid;
  /** Column widths in characters, from column A. */
  readonly columnWidths: readonly number[];
  /** Rows and columns kept in view while scrolling. */
  readonly freeze?: { readonly rows: number; readonly columns: number };
  /** Computed cells locked (no password), inputs open. */
  readonly protect: boolean;
  readonly print: {
    readonly landscape: boolean;
    readonly titleRows?: string;
    /** The part of the sheet that prints, e.g. "$A$1:$C$90"; the whole used range without it. */
    readonly area?: string;
    /** Rows (0-based) that start a new printed page. */
    readonly pageBreaks?: readonly number[];
  };
}

/** A workbook-level name for a key figure, so that formulas read as words. */
export interface DefinedName {
  readonly name: string;
  /** The sheet's `key` and an absolute A1 address on it, e.g. "$B$12". */
  readonly sheet: string;
  readonly address: string;
}

export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  readonly names: readonly DefinedName[];
}
