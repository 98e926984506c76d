import { ANNUAL_WORDS } from "./annual-labels";
import { BalanceSheetTable, liquidFunds } from "./balance-sheet";
import { ReadSheet, numberAt } from "./cells";
import { labelOf, labelledRow, yearHeader } from "./layout";
import { Reviewer, amountAt } from "./reviewer";
import { inThousands } from "./unit";

/*
 * A kassaflödesanalys, generated or hand-built: liquid funds at the start of
 * the year + the year's cash flow = liquid funds at its end, which are the
 * balance sheet's (cash and bank + short-term investments), and which the next
 * year starts from. docs/domain.md rule 10.
 */
export function reviewCashFlow(reviewer: Reviewer, sheet: ReadSheet, balance: BalanceSheetTable | undefined): void {
  const flow = labelledRow(sheet, ANNUAL_WORDS.cashFlow);
  const start = labelledRow(sheet, ANNUAL_WORDS.cashStart);
  const end = labelledRow(sheet, ANNUAL_WORDS.cashEnd);
  if (end < 0 || (flow < 0 && start < 0)) return;
  const first = Math.min(...[flow, start, end].filter((row) => row >= 0));
  const header = yearHeader(sheet, first, labelOf(sheet, first)?.column ?? 0);
  if (!header) return;
  reviewer.recognise();
  const tkr = inThousands(sheet, header.row) || Boolean(balance?.tkr);
  const label = (row: number) => labelOf(sheet, row)?.text;
  const columnOf = new Map(header.columns.map(({ year, column }) => [year, column]));
  for (const { year, column } of header.columns) {
    const at = (row: number) => ({ row, column });
    const details = (row: number) => ({ label: label(row), year });
    if (flow >= 0 && start >= 0) {
      const expected = amountAt(sheet, at(start)).plus(amountAt(sheet, at(flow)));
      reviewer.check({ sheet, at: at(end), expected, rule: "cash-end", tkr, details: details(end) });
    }
    const lastYear = columnOf.get(year - 1);
    if (start >= 0 && lastYear !== undefined && numberAt(sheet, end, lastYear) !== undefined) {
      const expected = amountAt(sheet, { row: end, column: lastYear });
      reviewer.check({ sheet, at: at(start), expected, rule: "cash-start", tkr, details: details(start) });
    }
    const inBalanceSheet = balance && liquidFunds(balance, year);
    if (inBalanceSheet) {
      reviewer.check({
        sheet,
        at: at(end),
        expected: inBalanceSheet,
        rule: "cash-balance",
        tkr,
        details: { ...details(end), source: balance.sheet.name },
      });
    }
  }
}
