import { BalanceColumn, BalanceSheet, IncomeStatement, closingEquity } from "../model/annual-accounts";
import { ReportLine } from "../model/chart";
import {
  AccountsContext,
  BALANCE_COLUMNS,
  StatementRow,
  Year,
  statementGrid,
  statementRef,
  sumOf,
} from "./accounts-context";
import { FORMAT, input } from "./grid";
import { SheetSpec } from "./spec";

export type StatementRows<K extends string> = Readonly<Record<K, number>>;

const YEAR_KEYS = ["current", "previous"] as const;

/** A statement sheet: label, this year, last year. */
export const statementSheet = (key: string, name: string, rows: SheetSpec["rows"]): SheetSpec => ({
  key,
  name,
  rows,
  columnWidths: [58, 16, 16],
  protect: true,
  print: { landscape: false },
});

type IncomeKey = keyof IncomeStatement | "operatingResult" | "afterFinancial" | "result";

/** Resultaträkning (docs/domain.md rule 10): revenues and costs from Saldon, the results their sums as printed. */
export function incomeSheet(context: AccountsContext): { sheet: SheetSpec; rows: StatementRows<IncomeKey> } {
  const { labels, input: accounts } = context;
  const words = labels.income;
  const line = (key: keyof IncomeStatement, reportLine: ReportLine, only?: "<0" | ">0"): StatementRow<IncomeKey> => ({
    key,
    label: key === "financialIncome" || key === "financialCosts" ? words[key] : labels.lines[reportLine],
    figure: (year) =>
      context.figure(
        `-${context.lineSum(reportLine, BALANCE_COLUMNS.closing[year], only)}`,
        context.exact.income[YEAR_KEYS[year]][key],
        context.printed.income[YEAR_KEYS[year]][key],
      ),
  });
  const { grid, rowOf } = statementGrid<IncomeKey>(context, words.title, accounts.years, [
    line("revenues", "revenues"),
    line("costs", "costs"),
    line("depreciation", "depreciation"),
    {
      key: "operatingResult",
      label: words.operatingResult,
      style: "total",
      figure: (_, ref) => sumOf([ref("revenues"), ref("costs"), ref("depreciation")]),
    },
    line("financialIncome", "financial", "<0"),
    line("financialCosts", "financial", ">0"),
    {
      key: "afterFinancial",
      label: words.afterFinancial,
      style: "total",
      figure: (_, ref) => sumOf([ref("operatingResult"), ref("financialIncome"), ref("financialCosts")]),
    },
    { key: "result", label: words.result, style: "total", figure: (_, ref) => sumOf([ref("afterFinancial")]) },
  ]);
  return { sheet: statementSheet("income", context.sheetNames.income, grid), rows: rowOf };
}

type BalanceKey =
  | keyof BalanceSheet
  | "totalCurrentAssets"
  | "totalAssets"
  | "closingEquity"
  | "totalClaims"
  | "contingent"
  | "difference";

const BALANCE_OF: Record<Year, BalanceColumn> = { 0: "current", 1: "previous" };

/**
 * Balansräkning: assets and claims from Saldon; the year's result is the
 * resultaträkning's, and this year's opening equity last year's closing cell
 * where the books agree, so that each figure reads the same everywhere.
 */
export function balanceSheet(
  context: AccountsContext,
  income: StatementRows<IncomeKey>,
): { sheet: SheetSpec; rows: StatementRows<BalanceKey> } {
  const { labels, input: accounts, exact, printed } = context;
  const words = labels.balance;
  const figure = (key: keyof BalanceSheet, year: Year, expression: string) =>
    context.figure(expression, exact.balance[BALANCE_OF[year]][key], printed.balance[BALANCE_OF[year]][key]);
  const line = (key: keyof BalanceSheet & ReportLine, sign: "" | "-"): StatementRow<BalanceKey> => ({
    key,
    label: labels.lines[key],
    figure: (year) => figure(key, year, `${sign}${context.lineSum(key, BALANCE_COLUMNS.closing[year])}`),
  });
  const openingFollowsLastYear = closingEquity(exact.balance.previous).equals(exact.balance.current.openingEquity);
  const { grid, rowOf } = statementGrid<BalanceKey>(context, words.title, accounts.yearEnds, [
    { label: words.assets, style: "header" },
    line("fixedAssets", ""),
    { label: words.currentAssets, style: "header" },
    line("inventory", ""),
    line("receivables", ""),
    line("investments", ""),
    line("cash", ""),
    {
      key: "totalCurrentAssets",
      label: words.totalCurrentAssets,
      style: "total",
      figure: (_, ref) => sumOf([ref("inventory"), ref("receivables"), ref("investments"), ref("cash")]),
    },
    {
      key: "totalAssets",
      label: words.totalAssets,
      style: "total",
      figure: (_, ref) => sumOf([ref("fixedAssets"), ref("totalCurrentAssets")]),
    },
    { label: words.claims, style: "header" },
    {
      key: "openingEquity",
      label: words.openingEquity,
      figure: (year, ref) =>
        year === 0 && openingFollowsLastYear
          ? { formula: `=${ref("closingEquity", 1)}`, format: FORMAT.kronor, style: "computed" }
          : figure("openingEquity", year, `-${context.lineSum("equity", BALANCE_COLUMNS.opening[year])}`),
    },
    {
      key: "result",
      label: words.result,
      figure: (year) => ({
        formula: `=${statementRef(context.sheetNames.income, income.result, year)}`,
        format: FORMAT.kronor,
        style: "computed",
      }),
    },
    {
      key: "closingEquity",
      label: words.closingEquity,
      style: "total",
      figure: (_, ref) => sumOf([ref("openingEquity"), ref("result")]),
    },
    line("provisions", "-"),
    line("longTermLiabilities", "-"),
    line("shortTermLiabilities", "-"),
    {
      key: "totalClaims",
      label: words.totalClaims,
      style: "total",
      figure: (_, ref) =>
        sumOf([ref("closingEquity"), ref("provisions"), ref("longTermLiabilities"), ref("shortTermLiabilities")]),
    },
    { label: "" },
    { key: "contingent", label: words.contingent, figure: () => input("", FORMAT.kronor) },
    {
      key: "difference",
      label: words.difference,
      figure: (_, ref) => ({
        formula: `=${ref("totalAssets")}-${ref("totalClaims")}`,
        format: FORMAT.kronor,
        style: "check",
      }),
    },
  ]);
  return { sheet: statementSheet("balance", context.sheetNames.balance, grid), rows: rowOf };
}

export type { BalanceKey, IncomeKey };

/** A balance sheet's figure at the start of the previous year (its cash flow's "before"), in kr or tkr as the statements. */
export function openingFigure(context: AccountsContext, key: keyof BalanceSheet, expression: string) {
  const at = (figures: typeof context.exact) => figures.balance.previousOpening[key];
  return context.figure(expression, at(context.exact), at(context.printed));
}
