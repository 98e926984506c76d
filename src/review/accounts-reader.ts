import { type AccountBalance, closingEquity, exactFigures } from "../model/annual-accounts";
import type { ChartRange, ReportLine } from "../model/chart";
import type { Language } from "../model/language";
import { type Money, money } from "../model/money";
import { BALANCES_FIRST_ROW, BALANCE_COLUMNS } from "../templates/accounts-context";
import { ACCOUNTS_LABELS } from "../templates/accounts-labels";
import { CHART, CHART_FIRST_ROW, CHART_ROWS } from "../templates/accounts-ledger-sheets";
import { a1 } from "../templates/grammar";
import { type ReadSheet, type ReadWorkbook, cellAt, numberAt, textAt } from "./cells";

/*
 * The annual accounts read back from a workbook `npm run accounts` wrote
 * (templates/accounts-workbook.ts): the year's closing equity, computed from
 * its Saldon (the books' balances, typed constants) and Kontoplan (the mapping)
 * by the model, as its Balansräkning's formulas compute it. A file written by
 * the CLI and never opened in Excel holds no calculated values; its inputs are
 * always there, and a corrected balance or mapping is taken as the sheets take it.
 */

export interface AccountsEquity {
  /** The fiscal year of the accounts. */
  readonly year: number;
  /** Utgående eget kapital: opening equity plus the year's result. */
  readonly closing: Money;
}

export type AccountsReadProblem =
  | { readonly code: "not-accounts" }
  | { readonly code: "no-year"; readonly sheet: string; readonly cell: string }
  | { readonly code: "not-a-number"; readonly sheet: string; readonly cell: string }
  | { readonly code: "unknown-line"; readonly sheet: string; readonly cell: string; readonly text: string };

export class AccountsReadError extends Error {
  constructor(readonly problem: AccountsReadProblem) {
    super(describeAccountsReadProblem(problem, "en"));
    this.name = "AccountsReadError";
  }
}

export function describeAccountsReadProblem(problem: AccountsReadProblem, language: Language): string {
  const sv = language === "sv";
  switch (problem.code) {
    case "not-accounts":
      return sv
        ? "arbetsboken har inget bokslut (bladen Saldon och Kontoplan)"
        : "the workbook holds no annual accounts (the sheets Saldon and Kontoplan, or Balances and Chart of accounts)";
    case "no-year":
      return sv
        ? `${problem.sheet}!${problem.cell}: rubriken säger inte vilket år saldona gäller`
        : `${problem.sheet}!${problem.cell}: the header does not say which year the balances are of`;
    case "not-a-number":
      return sv
        ? `${problem.sheet}!${problem.cell}: här behövs ett tal`
        : `${problem.sheet}!${problem.cell}: a number belongs here`;
    case "unknown-line":
      return sv
        ? `${problem.sheet}!${problem.cell}: "${problem.text}" är ingen rad i bokslutet`
        : `${problem.sheet}!${problem.cell}: "${problem.text}" is no line of the accounts`;
  }
}

/** The accounts' closing equity of their fiscal year; an AccountsReadError names what is missing or wrong. */
export function readAccountsEquity(workbook: ReadWorkbook): AccountsEquity {
  const found = (["sv", "en"] as const)
    .map((language) => {
      const names = ACCOUNTS_LABELS[language].sheets;
      const sheet = (name: string) => workbook.sheets.find((s) => s.name === name);
      return { language, balances: sheet(names.balances), chart: sheet(names.chart) };
    })
    .find(({ balances, chart }) => balances && chart);
  if (!found?.balances || !found.chart) throw new AccountsReadError({ code: "not-accounts" });
  const { balances, chart, language } = found;

  const header = BALANCES_FIRST_ROW - 1;
  const yearText = /\b(\d{4})\b/.exec(textAt(balances, header, BALANCE_COLUMNS.opening[0]) ?? "");
  if (!yearText) {
    throw new AccountsReadError({
      code: "no-year",
      sheet: balances.name,
      cell: a1(header, BALANCE_COLUMNS.opening[0]),
    });
  }
  const figures = exactFigures(balancesOf(balances), chartOf(chart, language));
  return { year: Number(yearText[1]), closing: closingEquity(figures.balance.current) };
}

/** Saldon's rows, from the first down to the first without an account. */
function balancesOf(sheet: ReadSheet): AccountBalance[] {
  const amount = (row: number, column: number) => {
    if (cellAt(sheet, row, column)?.value == null) return money(0);
    const value = numberAt(sheet, row, column);
    if (value === undefined) {
      throw new AccountsReadError({ code: "not-a-number", sheet: sheet.name, cell: a1(row, column) });
    }
    return money(value);
  };
  const rows: AccountBalance[] = [];
  for (let row = BALANCES_FIRST_ROW; ; row++) {
    const account = cellAt(sheet, row, BALANCE_COLUMNS.account)?.value;
    if (account === null || account === undefined || account === "") return rows;
    const year = (k: 0 | 1) => ({
      opening: amount(row, BALANCE_COLUMNS.opening[k]),
      closing: amount(row, BALANCE_COLUMNS.closing[k]),
    });
    rows.push({
      account: String(account).trim(),
      name: textAt(sheet, row, BALANCE_COLUMNS.name) ?? "",
      current: year(0),
      previous: year(1),
    });
  }
}

/** Kontoplan's filled rows, each line read back from its label in the workbook's language. */
function chartOf(sheet: ReadSheet, language: Language): ChartRange[] {
  const lines = ACCOUNTS_LABELS[language].lines;
  const lineOf = new Map(Object.entries(lines).map(([line, label]) => [label, line as ReportLine]));
  return Array.from({ length: CHART_ROWS }, (_, i) => CHART_FIRST_ROW + i).flatMap((row) => {
    const label = textAt(sheet, row, CHART.line);
    const [from, to] = [numberAt(sheet, row, CHART.from), numberAt(sheet, row, CHART.to)];
    if (label === undefined && from === undefined && to === undefined) return [];
    const line = label === undefined ? undefined : lineOf.get(label);
    if (!line) {
      throw new AccountsReadError({
        code: "unknown-line",
        sheet: sheet.name,
        cell: a1(row, CHART.line),
        text: label ?? "",
      });
    }
    if (from === undefined || to === undefined) {
      const column = from === undefined ? CHART.from : CHART.to;
      throw new AccountsReadError({ code: "not-a-number", sheet: sheet.name, cell: a1(row, column) });
    }
    return [{ from, to, line }];
  });
}
