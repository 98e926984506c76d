import { sum } from "../model/money";
import { ReadSheet, numberAt, textAt } from "./cells";
import { isSumLabel, normalise } from "./labels";
import { YearColumn, hasNumbers, labelOf, yearHeader } from "./layout";
import { Reviewer, amountAt } from "./reviewer";
import { inThousands } from "./unit";

/** "Not 2. Verksamhetens intäkter", "Note 1. Operating revenues": a note's heading. */
const NOTE_HEADING = /^not(e)? \d+\b/;

/*
 * An annual report's notes (noter), generated or hand-built like seed 004's:
 * under a note's heading, lines per year and a "Summa" row that adds the
 * lines just above it (docs/domain.md rule 10). A table inside a note with
 * headers of its own (seed 004's follow-up of interventions in note 3) is
 * another table's, and left to its own check.
 */
export function reviewNotes(reviewer: Reviewer, sheet: ReadSheet): void {
  let heading = -1;
  sheet.cells.forEach((_, row) => {
    const label = labelOf(sheet, row);
    if (!label) return;
    if (NOTE_HEADING.test(normalise(label.text))) heading = row;
    else if (heading >= 0 && isSumLabel(label.text)) checkNoteSum(reviewer, sheet, heading, row, label);
  });
}

function checkNoteSum(
  reviewer: Reviewer,
  sheet: ReadSheet,
  heading: number,
  sumRow: number,
  label: { text: string; column: number },
): void {
  const header = yearHeader(sheet, sumRow, label.column);
  if (!header) return;
  const columns = header.columns.map((c) => c.column);
  const lines: number[] = [];
  let row = sumRow - 1;
  for (; row > Math.max(heading, header.row) && hasNumbers(sheet, row, columns); row--) lines.push(row);
  // The rows above stop at a header of another table: this sum is not under the years.
  const otherHeader = row !== header.row && columns.some((column) => textAt(sheet, row, column) !== undefined);
  if (lines.length === 0 || otherHeader) return;
  reviewer.recognise();
  const tkr = inThousands(sheet, header.row);
  header.columns.forEach(({ year, column }: YearColumn) => {
    if (numberAt(sheet, sumRow, column) === undefined && lines.every((r) => numberAt(sheet, r, column) === undefined)) {
      return;
    }
    const expected = sum(lines.map((r) => amountAt(sheet, { row: r, column })));
    reviewer.check({
      sheet,
      at: { row: sumRow, column },
      expected,
      rule: "sum",
      tkr,
      details: { label: label.text, year },
    });
  });
}
