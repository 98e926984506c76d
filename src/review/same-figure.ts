import { Money } from "../model/money";
import { ANNUAL_WORDS, NOT_OUTCOME } from "./annual-labels";
import { BalanceSheetTable } from "./balance-sheet";
import { Position, ReadSheet, ReadWorkbook, numberAt } from "./cells";
import { INCOME_SUBTOTALS, matches, normalise } from "./labels";
import { labelOf, labelledRow, yearHeader } from "./layout";
import { Reviewer, amountAt } from "./reviewer";
import { inThousands } from "./unit";

/** One place a year's figure is printed. */
interface Occurrence {
  readonly sheet: ReadSheet;
  readonly at: Position;
  readonly year: number;
  readonly label: string;
  readonly amount: Money;
  readonly tkr: boolean;
}

/*
 * The same figure reads the same in every table of an annual report
 * (docs/domain.md rule 10): the year's result and closing equity wherever a
 * table repeats them (the income statement, the balance sheet, the cash flow,
 * the driftredovisning's outcome and last year's columns, the key figures, the
 * management report's overview). Budget
 * columns are not outcomes and are left out. Checked only in a workbook that
 * holds a balance sheet: a plan's budget tables are no annual report.
 */
export function reviewSameFigures(
  reviewer: Reviewer,
  workbook: ReadWorkbook,
  balance: BalanceSheetTable | undefined,
): void {
  if (!balance) return;
  const results = occurrences(workbook, ANNUAL_WORDS.result);
  const incomeStatement = workbook.sheets.find((sheet) => labelledRow(sheet, INCOME_SUBTOTALS) >= 0);
  compare(reviewer, results, [(o) => o.sheet === incomeStatement, (o) => o.sheet === balance.sheet]);
  const equity = occurrences(workbook, ANNUAL_WORDS.closingEquity);
  compare(reviewer, equity, [(o) => o.sheet === balance.sheet && o.at.row === balance.closingEquity]);
}

/**
 * Each figure against the year's reference: the amount most tables print (a
 * slip in one table is reported there, not in every other), on a tie the
 * first occurrence the first of `preferred` accepts, and so on.
 */
function compare(
  reviewer: Reviewer,
  found: readonly Occurrence[],
  preferred: readonly ((o: Occurrence) => boolean)[],
): void {
  for (const year of new Set(found.map((o) => o.year))) {
    const ofYear = found.filter((o) => o.year === year);
    const count = (o: Occurrence) => ofYear.filter((other) => other.amount.eq(o.amount)).length;
    const most = Math.max(...ofYear.map(count));
    const candidates = ofYear.filter((o) => count(o) === most);
    const reference =
      preferred.reduce<Occurrence | undefined>((chosen, accepts) => chosen ?? candidates.find(accepts), undefined) ??
      candidates[0];
    for (const other of ofYear) {
      if (other === reference) continue;
      reviewer.check({
        sheet: other.sheet,
        at: other.at,
        expected: reference.amount,
        rule: "same-figure",
        tkr: other.tkr || reference.tkr,
        details: { label: other.label, year, source: reference.sheet.name },
      });
    }
  }
}

const isOutcome = (header: unknown) => typeof header !== "string" || !NOT_OUTCOME.test(normalise(header));

/** Every row labelled with one of `words`, in each of its outcome columns that holds a number. */
function occurrences(workbook: ReadWorkbook, words: readonly string[]): Occurrence[] {
  return workbook.sheets.flatMap((sheet) =>
    sheet.cells.flatMap((_, row) => {
      const label = labelOf(sheet, row);
      if (!label || !matches(label.text, words)) return [];
      const header = yearHeader(sheet, row, label.column, isOutcome);
      if (!header) return [];
      const tkr = inThousands(sheet, header.row);
      return header.columns
        .filter(({ column }) => numberAt(sheet, row, column) !== undefined)
        .map(({ year, column }) => ({
          sheet,
          at: { row, column },
          year,
          label: label.text,
          amount: amountAt(sheet, { row, column }),
          tkr,
        }));
    }),
  );
}
