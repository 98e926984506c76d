import type { Labels } from "../templates/labels";

/*
 * The layout of the outcome log sheet (Utfallslogg), the same whether an import
 * is written into the open workbook or into a file.
 */

/** The header row (1-based); log rows follow it. */
export const LOG_HEADER_ROW = 3;

/** Column widths in characters of the default font, from column A. */
export const LOG_COLUMN_WIDTHS = [20, 28, 12, 16, 8, 34, 16, 16] as const;

/** The log's column headers, in order. */
export function logHeaders(words: Labels["outcomeLog"]): string[] {
  return [words.importedAt, words.file, words.asOf, words.sheet, words.cell, words.target, words.before, words.after];
}
