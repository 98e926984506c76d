import { ChartRange, ReportLine, lineOf } from "./chart";
import { Money, ZERO, sum } from "./money";
import { roundBlock, roundToTotal, roundedTkr } from "./tkr-rounding";

/**
 * The annual accounts' figures (docs/domain.md rule 10) from the balances per
 * account, exact in kronor and as printed in whole tkr. Amounts on accounts are
 * as the books keep them (debit positive); the statements show revenues, assets,
 * equity and liabilities positive and costs negative, as seed 004 does.
 */

/** An account's figures for one year: its opening balance and its closing balance, or for a result account its result (opening 0). */
export interface AccountYear {
  readonly opening: Money;
  readonly closing: Money;
}

export interface AccountBalance {
  readonly account: string;
  readonly name: string;
  readonly current: AccountYear;
  readonly previous: AccountYear;
}

export interface IncomeStatement {
  readonly revenues: Money;
  readonly costs: Money;
  readonly depreciation: Money;
  readonly financialIncome: Money;
  readonly financialCosts: Money;
}

export interface BalanceSheet {
  readonly fixedAssets: Money;
  readonly inventory: Money;
  readonly receivables: Money;
  readonly investments: Money;
  readonly cash: Money;
  readonly openingEquity: Money;
  readonly result: Money;
  readonly provisions: Money;
  readonly longTermLiabilities: Money;
  readonly shortTermLiabilities: Money;
}

/** The balance sheets the accounts need: at the end of both years, and at the start of the previous one (its cash flow). */
export type BalanceColumn = "current" | "previous" | "previousOpening";

export interface AnnualFigures {
  readonly income: Readonly<Record<"current" | "previous", IncomeStatement>>;
  readonly balance: Readonly<Record<BalanceColumn, BalanceSheet>>;
}

export const INCOME_LINES = ["revenues", "costs", "depreciation", "financialIncome", "financialCosts"] as const;
export const ASSET_LINES = ["fixedAssets", "inventory", "receivables", "investments", "cash"] as const;
export const CLAIM_LINES = [
  "openingEquity",
  "result",
  "provisions",
  "longTermLiabilities",
  "shortTermLiabilities",
] as const;

export const yearResult = (income: IncomeStatement): Money => sum(INCOME_LINES.map((line) => income[line]));
export const totalAssets = (sheet: BalanceSheet): Money => sum(ASSET_LINES.map((line) => sheet[line]));
export const totalClaims = (sheet: BalanceSheet): Money => sum(CLAIM_LINES.map((line) => sheet[line]));
export const closingEquity = (sheet: BalanceSheet): Money => sheet.openingEquity.plus(sheet.result);
/** Likvida medel: cash and bank and short-term investments. */
export const liquidFunds = (sheet: BalanceSheet): Money => sheet.cash.plus(sheet.investments);

/** The exact figures in kronor. */
export function exactFigures(balances: readonly AccountBalance[], chart: readonly ChartRange[]): AnnualFigures {
  const mapped = balances.map((balance) => ({ ...balance, line: lineOf(chart, balance.account) }));
  const total = (line: ReportLine, amount: (b: AccountBalance) => Money, keep: (m: Money) => boolean = () => true) =>
    sum(
      mapped
        .filter((b) => b.line === line)
        .map(amount)
        .filter(keep),
    );
  const income = (year: "current" | "previous"): IncomeStatement => {
    const closing = (b: AccountBalance) => b[year].closing;
    return {
      revenues: total("revenues", closing).neg(),
      costs: total("costs", closing).neg(),
      depreciation: total("depreciation", closing).neg(),
      financialIncome: total("financial", closing, (m) => m.isNegative()).neg(),
      financialCosts: total("financial", closing, (m) => m.isPositive()).neg(),
    };
  };
  const sheet = (amount: (b: AccountBalance) => Money, equityAt: (b: AccountBalance) => Money, result: Money) => ({
    fixedAssets: total("fixedAssets", amount),
    inventory: total("inventory", amount),
    receivables: total("receivables", amount),
    investments: total("investments", amount),
    cash: total("cash", amount),
    openingEquity: total("equity", equityAt).neg(),
    result,
    provisions: total("provisions", amount).neg(),
    longTermLiabilities: total("longTermLiabilities", amount).neg(),
    shortTermLiabilities: total("shortTermLiabilities", amount).neg(),
  });
  const current = income("current");
  const previous = income("previous");
  return {
    income: { current, previous },
    balance: {
      current: sheet(
        (b) => b.current.closing,
        (b) => b.current.opening,
        yearResult(current),
      ),
      previous: sheet(
        (b) => b.previous.closing,
        (b) => b.previous.opening,
        yearResult(previous),
      ),
      previousOpening: sheet(
        (b) => b.previous.opening,
        (b) => b.previous.opening,
        ZERO,
      ),
    },
  };
}

/**
 * The figures in whole tkr, every total the sum of its lines as printed: the
 * result as the resultaträkning prints it is the balance sheet's, each
 * year's opening equity the year before's closing (where the books agree),
 * and the claims side adds up to the assets' printed total.
 */
export function printedFigures(exact: AnnualFigures): AnnualFigures {
  const income = (year: "current" | "previous"): IncomeStatement => {
    const lines = INCOME_LINES.map((line) => exact.income[year][line]);
    const printed = roundToTotal(lines, roundedTkr(yearResult(exact.income[year])));
    return fromLines(INCOME_LINES, printed);
  };
  const current = income("current");
  const previous = income("previous");
  const sheet = (column: BalanceColumn, result: Money, before?: { exact: BalanceSheet; printed: BalanceSheet }) => {
    const figures = exact.balance[column];
    const assets = roundBlock(ASSET_LINES.map((line) => figures[line]));
    const fixed = new Map<number, Money>([[CLAIM_LINES.indexOf("result"), result]]);
    if (before && closingEquity(before.exact).equals(figures.openingEquity)) {
      fixed.set(CLAIM_LINES.indexOf("openingEquity"), closingEquity(before.printed));
    }
    const claims = roundToTotal(
      CLAIM_LINES.map((line) => figures[line]),
      sum(assets),
      fixed,
    );
    return { ...fromLines(ASSET_LINES, assets), ...fromLines(CLAIM_LINES, claims) } as BalanceSheet;
  };
  const previousOpening = sheet("previousOpening", ZERO);
  const previousSheet = sheet("previous", yearResult(previous), {
    exact: exact.balance.previousOpening,
    printed: previousOpening,
  });
  const currentSheet = sheet("current", yearResult(current), {
    exact: exact.balance.previous,
    printed: previousSheet,
  });
  return {
    income: { current, previous },
    balance: { current: currentSheet, previous: previousSheet, previousOpening },
  };
}

function fromLines<K extends string>(lines: readonly K[], values: readonly Money[]): Record<K, Money> {
  return Object.fromEntries(lines.map((line, i) => [line, values[i]])) as Record<K, Money>;
}

/** Accounts with a figure in either year that no range of the chart holds (or more than one does): the statements would miss them. */
export function unmappedAccounts(balances: readonly AccountBalance[], chart: readonly ChartRange[]): AccountBalance[] {
  const hasFigure = ({ current, previous }: AccountBalance) =>
    [current.opening, current.closing, previous.opening, previous.closing].some((amount) => !amount.isZero());
  return balances.filter((balance) => hasFigure(balance) && lineOf(chart, balance.account) === undefined);
}
