import { ReadSheet, textAt } from "./cells";

/** "Belopp i tkr", "Belopp tkr", "Amounts in SEK thousands": a table in thousands of kronor. */
const THOUSANDS = /\b(tkr|kkr)\b|\bsek thousands\b|\bthousands of (sek|kronor)\b|\btusental kronor\b/i;

/**
 * Whether a table is in tkr: its unit is written at or above its header row
 * (the report's "Belopp i tkr." over the table, or in the header's first cell).
 * A figure rounded to whole tkr may differ by 1 from a sum of other rounded
 * figures, so the review tells such a difference apart (docs/domain.md rule 10).
 */
export function inThousands(sheet: ReadSheet, headerRow: number): boolean {
  for (let row = headerRow; row >= 0; row--) {
    const cells = sheet.cells[row] ?? [];
    if (cells.some((_, column) => THOUSANDS.test(textAt(sheet, row, column) ?? ""))) return true;
  }
  return false;
}
