import { LABELS } from "../templates/labels";
import { ReadSheet, numberAt } from "./cells";
import { matches, normalise } from "./labels";
import { labelOf } from "./layout";
import { Reviewer } from "./reviewer";
import { templateSheetKey } from "./template-sheets";

/** Columns from which Scenarier's figures are formulas (its assumptions are inputs in column B). */
const SCENARIO_FIGURES = 2;
const YEAR_WORDS = [LABELS.sv.params.year, LABELS.en.params.year].map(normalise);
/** Kontroller's result and difference columns. */
const CHECK_COLUMNS = [1, 2];

/*
 * The template sheets whose figures are all computed: Scenarier's blocks,
 * Hemställan's letters, Kontroller's rows and Parametrar's years. A number
 * typed over one of their formulas no longer follows the plan; the review
 * cannot say what it should be without the plan, so it names the cell.
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
  if (key === "params") {
    // Parametrar's row of years counts on from the budget year.
    const years = sheet.cells.findIndex((_, row) => matches(labelOf(sheet, row)?.text ?? "", YEAR_WORDS));
    sheet.cells[years]?.forEach((_, column) => column > 0 && reviewer.constant(sheet, { row: years, column }));
  }
  if (key === "scenarios") constants(SCENARIO_FIGURES);
  if (key === "requests") constants(1);
  if (key === "checks") constants(0, CHECK_COLUMNS);
}
