import { solidity } from "../model/measures";
import { Money } from "../model/money";
import { BalanceSheetTable, balanceFigure } from "./balance-sheet";
import { ReadSheet, numberAt } from "./cells";
import { SOLIDITY_WORDS } from "./labels";
import { labelOf, labelledRow, yearHeader } from "./layout";
import { Reviewer, amountAt } from "./reviewer";

/*
 * Soliditet = equity ÷ total assets (docs/domain.md rule 6), checked where a sheet
 * has all three rows under the same years (an annual report's key figures), or
 * else against the workbook's balance sheet, wherever it is and whether its
 * columns are headed by years or by year-end dates.
 */
export function reviewSolidity(reviewer: Reviewer, sheet: ReadSheet, balance: BalanceSheetTable | undefined): void {
  const ratioRow = labelledRow(sheet, SOLIDITY_WORDS.solidity);
  const equityRow = labelledRow(sheet, SOLIDITY_WORDS.equity);
  const assetsRow = labelledRow(sheet, SOLIDITY_WORDS.assets);
  if (ratioRow < 0) return;
  const onSheet = equityRow >= 0 && assetsRow >= 0;
  if (!onSheet && !balance) return;
  const first = onSheet ? Math.min(ratioRow, equityRow, assetsRow) : ratioRow;
  const header = yearHeader(sheet, first, labelOf(sheet, first)?.column ?? 0);
  if (!header) return;
  reviewer.recognise();
  for (const { year, column } of header.columns) {
    const figures = onSheet ? sameSheet(sheet, equityRow, assetsRow, column) : fromBalanceSheet(balance!, year);
    if (!figures || figures.assets.lte(0)) continue;
    reviewer.check({
      sheet,
      at: { row: ratioRow, column },
      expected: solidity(figures.equity, figures.assets),
      rule: "solidity",
      ratio: true,
      details: { year },
    });
  }
}

type Figures = { equity: Money; assets: Money } | undefined;

function sameSheet(sheet: ReadSheet, equityRow: number, assetsRow: number, column: number): Figures {
  if (numberAt(sheet, assetsRow, column) === undefined || numberAt(sheet, equityRow, column) === undefined) return;
  return { equity: amountAt(sheet, { row: equityRow, column }), assets: amountAt(sheet, { row: assetsRow, column }) };
}

function fromBalanceSheet(balance: BalanceSheetTable, year: number): Figures {
  const equity = balanceFigure(balance, balance.closingEquity, year);
  const assets = balanceFigure(balance, balance.totalAssets, year);
  return equity && assets && { equity, assets };
}
