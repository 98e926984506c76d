import { Money, sum } from "../model/money";
import { ANNUAL_WORDS } from "./annual-labels";
import { ReadSheet, ReadWorkbook, numberAt } from "./cells";
import { isSumLabel } from "./labels";
import { YearColumn, hasNumbers, labelOf, labelledRow, yearHeader } from "./layout";
import { Reviewer, amountAt } from "./reviewer";
import { inThousands } from "./unit";

/*
 * An annual report's balansräkning, generated or hand-built (seed 004): assets
 * and their total, then equity (opening, result, closing), provisions,
 * liabilities and their total, one column per year end. docs/domain.md rule 10:
 * total assets = closing equity + provisions + liabilities.
 */

/** Where a balance sheet's rows are and which columns hold which year. */
export interface BalanceSheetTable {
  readonly sheet: ReadSheet;
  readonly years: readonly YearColumn[];
  readonly headerRow: number;
  readonly totalAssets: number;
  /** The claims' total (equity, provisions and liabilities), -1 when the table has none. */
  readonly totalClaims: number;
  readonly closingEquity: number;
  readonly cash: number;
  readonly investments: number;
  readonly tkr: boolean;
}

export function balanceSheetTable(sheet: ReadSheet): BalanceSheetTable | undefined {
  const totalAssets = labelledRow(sheet, ANNUAL_WORDS.totalAssets);
  const closingEquity = labelledRow(sheet, ANNUAL_WORDS.closingEquity, totalAssets + 1);
  if (totalAssets < 0 || closingEquity < 0) return undefined;
  const header = yearHeader(sheet, totalAssets, labelOf(sheet, totalAssets)?.column ?? 0);
  if (!header) return undefined;
  const columns = header.columns.map((c) => c.column);
  // Seed 004 heads the claims with the words of their total: the total is the row with figures.
  let totalClaims = labelledRow(sheet, ANNUAL_WORDS.totalClaims, closingEquity + 1);
  while (totalClaims >= 0 && !hasNumbers(sheet, totalClaims, columns)) {
    totalClaims = labelledRow(sheet, ANNUAL_WORDS.totalClaims, totalClaims + 1);
  }
  const within = (row: number) => (row > header.row && row < totalAssets ? row : -1);
  return {
    sheet,
    years: header.columns,
    headerRow: header.row,
    totalAssets,
    totalClaims,
    closingEquity,
    cash: within(labelledRow(sheet, ANNUAL_WORDS.cash, header.row + 1)),
    investments: within(labelledRow(sheet, ANNUAL_WORDS.investments, header.row + 1)),
    tkr: inThousands(sheet, header.row),
  };
}

/** The workbook's balance sheet: the first sheet that holds one. */
export function findBalanceSheet(workbook: ReadWorkbook): BalanceSheetTable | undefined {
  for (const sheet of workbook.sheets) {
    const table = balanceSheetTable(sheet);
    if (table) return table;
  }
  return undefined;
}

/** A balance sheet's figure in a year, as printed; undefined where the table has no such row or year. */
export function balanceFigure(table: BalanceSheetTable, row: number, year: number): Money | undefined {
  const column = table.years.find((c) => c.year === year)?.column;
  if (row < 0 || column === undefined || numberAt(table.sheet, row, column) === undefined) return undefined;
  return amountAt(table.sheet, { row, column });
}

/** Liquid funds = cash and bank + short-term investments. */
export function liquidFunds(table: BalanceSheetTable, year: number): Money | undefined {
  const cash = balanceFigure(table, table.cash, year);
  return cash && cash.plus(balanceFigure(table, table.investments, year) ?? 0);
}

export function reviewBalanceSheet(reviewer: Reviewer, sheet: ReadSheet): void {
  const table = balanceSheetTable(sheet);
  if (!table || table.totalClaims < 0) return;
  reviewer.recognise();
  const columns = table.years.map((c) => c.column);
  /** Value rows strictly between two rows, a sub-sum's rows counted once (its "Summa" row left out). */
  const lines = (from: number, to: number) =>
    Array.from({ length: Math.max(0, to - from - 1) }, (_, i) => from + 1 + i).filter((row) => {
      const label = labelOf(sheet, row);
      return label !== undefined && !isSumLabel(label.text) && hasNumbers(sheet, row, columns);
    });
  const assetLines = lines(table.headerRow, table.totalAssets);
  const claimLines = lines(table.closingEquity, table.totalClaims);
  const label = (row: number) => labelOf(sheet, row)?.text;
  for (const { year, column } of table.years) {
    const at = (row: number) => ({ row, column });
    const amount = (rows: readonly number[]) => sum(rows.map((row) => amountAt(sheet, at(row))));
    const check = (row: number, expected: Money, rule: "sum" | "claims" | "balance") =>
      reviewer.check({ sheet, at: at(row), expected, rule, tkr: table.tkr, details: { label: label(row), year } });
    const assets = amount(assetLines);
    const claims = amountAt(sheet, at(table.closingEquity)).plus(amount(claimLines));
    const assetsFooted = !reviewer.differs(sheet, at(table.totalAssets), assets);
    const claimsFooted = !reviewer.differs(sheet, at(table.totalClaims), claims);
    if (assetLines.length > 0) check(table.totalAssets, assets, "sum");
    check(table.totalClaims, claims, "claims");
    // Each total adds its own lines: the sheet still does not balance when a line is missing or wrong.
    if (assetsFooted && claimsFooted) check(table.totalClaims, amountAt(sheet, at(table.totalAssets)), "balance");
  }
}
