import { Cell, CellGrid } from "./spec";

/** A sheet's cells as they are laid out, row by row; builds the spec's grid. */
export class GridBuilder {
  private readonly rows: (Cell | null)[][] = [];

  put(row: number, column: number, cell: Cell): void {
    while (this.rows.length <= row) this.rows.push([]);
    const cells = this.rows[row];
    while (cells.length <= column) cells.push(null);
    cells[column] = cell;
  }

  /** Cells side by side from `column` on. */
  putRow(row: number, column: number, cells: readonly (Cell | null)[]): void {
    cells.forEach((cell, offset) => cell && this.put(row, column + offset, cell));
  }

  build(): CellGrid {
    return this.rows;
  }
}

/** Column widths at least as wide as each column's bold header, which print would cut off otherwise. */
export function widthsForHeaders(widths: readonly number[], headers: readonly (string | undefined)[]): number[] {
  return widths.map((width, column) => Math.max(width, (headers[column]?.length ?? 0) + 3));
}

export const FORMAT = {
  kronor: "#,##0",
  percent: "0.0%",
  date: "yyyy-mm-dd",
  year: "0",
  months: "0.00",
  /** A whole number without grouping: a helper figure, not money. */
  units: "0",
} as const;

export const text = (value: string, style: Cell["style"] = "label"): Cell => ({ value, style });
/** The header of a column of figures. */
export const figureHeader = (value: string): Cell => ({ value, style: "figureHeader" });
export const input = (value: string | number, format?: string): Cell => ({ value, format, style: "input" });
/** An input the template proposes by a formula, for the user to type over. */
export const proposedInput = (formula: string, format?: string): Cell => ({ formula, format, style: "input" });
export const computed = (formula: string, format: string = FORMAT.kronor): Cell => ({
  formula,
  format,
  style: "computed",
});
export const total = (formula: string, format: string = FORMAT.kronor): Cell => ({ formula, format, style: "total" });
