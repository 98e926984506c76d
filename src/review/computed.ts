import { ReadSheet, numberAt } from "./cells";
import { labelOf } from "./layout";
import { Reviewer } from "./reviewer";
import { templateSheetKey } from "./template-sheets";

/** Columns from which Scenarier's figures are formulas (its assumptions are inputs in column B). */
const SCENARIO_FIGURES = 2;
/** Kontroller's result and difference columns. */
const CHECK_COLUMNS = [1, 2];

/*
 * The template sheets whose figures are all computed: Scenarier's blocks,
 * Hemställan's letters and Kontroller's rows. A number typed over one of their
 * formulas no longer follows the plan; the review cannot say what it should be
 * without the plan, so it names the cell.
 */
export function reviewComputedSheets(reviewer: Reviewer, sheet: ReadSheet): void {
  const key = templateSheetKey(reviewer.workbook, sheet);
  const constants = (from: number, columns?: readonly number[]) =>
    sheet.cells.forEach((cells, row) =>
      cells?.forEach((_, column) => {
        if (column < from || (columns && !columns.includes(column))) return;
        if (numberAt(sheet, row, column) === undefined) return;
        reviewer.constant(sheet, { row, column }, labelOf(sheet, row)?.text);
      }),
    );
  if (key === "scenarios") constants(SCENARIO_FIGURES);
  if (key === "requests") constants(1);
  if (key === "checks") constants(0, CHECK_COLUMNS);
}
