/**
 * The chart mapping of the annual accounts (docs/domain.md rule 10): which
 * accounts of the books make which line of the resultaträkning and the
 * balansräkning. Accounts are compared as numbers, so that a range such as
 * 1500–1799 holds 1510 and 17990 does not fall into it by its text.
 */

/** The lines that accounts are mapped to, in the order the statements show them. */
export const REPORT_LINES = [
  "revenues",
  "costs",
  "depreciation",
  "financial",
  "bookedResult",
  "fixedAssets",
  "inventory",
  "receivables",
  "investments",
  "cash",
  "equity",
  "provisions",
  "longTermLiabilities",
  "shortTermLiabilities",
] as const;
export type ReportLine = (typeof REPORT_LINES)[number];

/** Lines of the resultaträkning; the others are the balansräkning's. `bookedResult` is the year's result booked to equity (closing entry), shown in neither. */
export const RESULT_LINES: readonly ReportLine[] = ["revenues", "costs", "depreciation", "financial", "bookedResult"];

export interface ChartRange {
  readonly from: number;
  readonly to: number;
  readonly line: ReportLine;
}

/**
 * At class level, the same for Kommun-BAS and BAS: 3 revenues, 4–7 costs, 80–88 financial items
 * (89 the year's result when booked); 10–13 fixed assets, 14 inventory, 15–17 receivables,
 * 18 short-term investments, 19 cash and bank; 20 equity, 22 provisions, 23 long-term and
 * 24–29 short-term liabilities. Depreciation has no class of its own: map its accounts on Kontoplan.
 */
export const DEFAULT_CHART: readonly ChartRange[] = [
  { from: 1000, to: 1399, line: "fixedAssets" },
  { from: 1400, to: 1499, line: "inventory" },
  { from: 1500, to: 1799, line: "receivables" },
  { from: 1800, to: 1899, line: "investments" },
  { from: 1900, to: 1999, line: "cash" },
  { from: 2000, to: 2099, line: "equity" },
  { from: 2200, to: 2299, line: "provisions" },
  { from: 2300, to: 2399, line: "longTermLiabilities" },
  { from: 2400, to: 2999, line: "shortTermLiabilities" },
  { from: 3000, to: 3999, line: "revenues" },
  { from: 4000, to: 7999, line: "costs" },
  { from: 8000, to: 8899, line: "financial" },
  { from: 8900, to: 8999, line: "bookedResult" },
];

/** The line an account is mapped to; undefined when no range holds it, or more than one. */
export function lineOf(chart: readonly ChartRange[], account: string): ReportLine | undefined {
  if (!/^\d+$/.test(account)) return undefined;
  const number = Number(account);
  const holding = chart.filter((range) => range.from <= number && number <= range.to);
  return holding.length === 1 ? holding[0].line : undefined;
}

/** Whether an account is a balance account (class 1–2) rather than a result account (3–8), by its first digit. */
export const isBalanceAccount = (account: string): boolean => account.startsWith("1") || account.startsWith("2");
