import { solidity } from "../model/measures";
import { ReadSheet, numberAt } from "./cells";
import { SOLIDITY_WORDS, matches } from "./labels";
import { labelOf, yearHeader } from "./layout";
import { Reviewer, amountAt } from "./reviewer";

/*
 * Soliditet = equity ÷ total assets (docs/domain.md rule 6), checked where a sheet
 * has all three rows under the same years (an annual report's key figures).
 */
export function reviewSolidity(reviewer: Reviewer, sheet: ReadSheet): void {
  const rowOf = (words: readonly string[]) =>
    sheet.cells.findIndex((_, row) => {
      const label = labelOf(sheet, row);
      return label !== undefined && matches(label.text, words);
    });
  const ratioRow = rowOf(SOLIDITY_WORDS.solidity);
  const equityRow = rowOf(SOLIDITY_WORDS.equity);
  const assetsRow = rowOf(SOLIDITY_WORDS.assets);
  if (ratioRow < 0 || equityRow < 0 || assetsRow < 0) return;
  const first = Math.min(ratioRow, equityRow, assetsRow);
  const header = yearHeader(sheet, first, labelOf(sheet, first)?.column ?? 0);
  if (!header) return;
  reviewer.recognise();
  for (const { year, column } of header.columns) {
    const assets = numberAt(sheet, assetsRow, column);
    if (assets === undefined || assets <= 0 || numberAt(sheet, equityRow, column) === undefined) continue;
    reviewer.check({
      sheet,
      at: { row: ratioRow, column },
      expected: solidity(amountAt(sheet, { row: equityRow, column }), assets),
      rule: "solidity",
      ratio: true,
      details: { year },
    });
  }
}
