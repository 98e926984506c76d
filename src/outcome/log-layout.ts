import type { Labels } from "../templates/labels";
import type { LogEntry } from "./import";

/*
 * The layout of the outcome log sheet (Utfallslogg), the same whether an import
 * is written into the open workbook or into a file.
 */

/** The header row (1-based); log rows follow it. */
export const LOG_HEADER_ROW = 3;

/** Column widths in characters of the default font, from column A. */
export const LOG_COLUMN_WIDTHS = [20, 28, 12, 16, 8, 34, 16, 16, 10] as const;

/** A log row's cells as an entry, or nothing for a row an undo emptied. */
export function logEntryOf(cells: readonly unknown[]): LogEntry | undefined {
  const [importedAt, file, asOf, sheet, address, target, before, after, importId] = cells;
  if (importedAt === null || importedAt === undefined || importedAt === "") return undefined;
  return {
    importId: typeof importId === "number" && Number.isInteger(importId) ? importId : null,
    importedAt: String(importedAt),
    file: String(file),
    asOf: String(asOf),
    cell: { sheet: String(sheet), address: String(address) },
    target: String(target),
    before: typeof before === "number" ? before : null,
    after: Number(after),
  };
}

/** The log's column headers, in order. */
export function logHeaders(words: Labels["outcomeLog"]): string[] {
  return [
    words.importedAt,
    words.file,
    words.asOf,
    words.sheet,
    words.cell,
    words.target,
    words.before,
    words.after,
    words.importId,
  ];
}
