import { AccountBalance, AnnualFigures, exactFigures, printedFigures } from "../model/annual-accounts";
import { ChartRange, ReportLine } from "../model/chart";
import type { MemberRevenue } from "../model/member-revenues";
import { Money } from "../model/money";
import { roundedTkr } from "../model/tkr-rounding";
import { ACCOUNTS_LABELS, AccountsLabels } from "./accounts-labels";
import { Cell, CellGrid } from "./spec";
import { FORMAT, GridBuilder, computed, figureHeader, text, total } from "./grid";
import { a1, onSheet } from "./grammar";
import type { Language } from "./labels";

export type Unit = "tkr" | "kr";

/** What the annual accounts are built from: the books' balances, the chart mapping, and how to show them. */
export interface AccountsInput {
  readonly company: string;
  /** The fiscal year and the one before, as their headers read: "2025", "2024". */
  readonly years: readonly [string, string];
  /** Their last days, which head the balance sheet's columns: "2025-12-31". */
  readonly yearEnds: readonly [string, string];
  readonly balances: readonly AccountBalance[];
  readonly chart: readonly ChartRange[];
  readonly unit: Unit;
  readonly language: Language;
  /** The year's budget from the plan, in kronor (costs negative); without it the Driftredovisning's budget is left to fill in. */
  readonly budget?: OperatingBudget;
  /** What the notes break down beyond the accounts, for the fiscal year (Noter). */
  readonly breakdowns?: NoteBreakdowns;
}

/**
 * The fiscal year's revenues per member party by the plan, and its costs per cost row and
 * intervention as Kopplingar maps the books' verifications to them (kronor, costs positive).
 */
export interface NoteBreakdowns {
  readonly members?: readonly MemberRevenue[];
  readonly costs?: readonly { readonly target: string; readonly amount: Money }[];
}

export type OperatingBudget = Readonly<Record<"netRevenue" | "netCost" | "closingEquity", number>>;

export type AccountsSheet = keyof AccountsLabels["sheets"];

/** Saldon's columns: account, name, line, then opening and closing (or result) of each year. */
export const BALANCE_COLUMNS = { account: 0, name: 1, line: 2, opening: [3, 5], closing: [4, 6] } as const;
export const BALANCES_FIRST_ROW = 4;

/** 0: the fiscal year, 1: the year before; on the statements, columns B and C. */
export type Year = 0 | 1;
export const YEARS: readonly Year[] = [0, 1];
export const yearColumn = (year: Year): number => 1 + year;

/**
 * What every sheet of the annual accounts shares: the labels, the sheets'
 * names, the exact and the printed figures, and the one way a figure is
 * written over Saldon. In kr a figure is its exact formula; in tkr it is that
 * formula rounded to whole tkr plus the adjustment that makes its block add up
 * (docs/domain.md rule 10), written as a constant so that the cell holds whole
 * tkr while a corrected balance on Saldon still flows through.
 */
export class AccountsContext {
  readonly labels: AccountsLabels;
  readonly exact: AnnualFigures;
  readonly printed: AnnualFigures;
  private readonly lastBalanceRow: number;

  constructor(
    readonly input: AccountsInput,
    readonly sheetNames: Readonly<Record<AccountsSheet, string>>,
  ) {
    this.labels = ACCOUNTS_LABELS[input.language];
    this.exact = exactFigures(input.balances, input.chart);
    this.printed = printedFigures(this.exact);
    this.lastBalanceRow = BALANCES_FIRST_ROW + Math.max(input.balances.length, 1) - 1;
  }

  /** A column of Saldon from its first account to its last, as an absolute range. */
  balancesRange(column: number): string {
    return onSheet(
      this.sheetNames.balances,
      `${a1(BALANCES_FIRST_ROW, column, true)}:${a1(this.lastBalanceRow, column, true)}`,
    );
  }

  /** The sum over Saldon of a column for the accounts of a line, optionally only its debit (">0") or credit ("<0") amounts. */
  lineSum(line: ReportLine, column: number, only?: "<0" | ">0"): string {
    const label = this.labels.lines[line].replace(/"/g, '""');
    const sign = only ? `,${this.balancesRange(column)},"${only}"` : "";
    return `SUMIFS(${this.balancesRange(column)},${this.balancesRange(BALANCE_COLUMNS.line)},"${label}"${sign})`;
  }

  /** A figure over Saldon: `expression` in kronor; in tkr rounded, with its block's adjustment. */
  figure(expression: string, exact: Money, printed: Money): Cell {
    if (this.input.unit === "kr") return computed(`=${expression}`, FORMAT.kronor);
    const adjustment = printed.minus(roundedTkr(exact)).toNumber();
    const adjusted = adjustment === 0 ? "" : adjustment > 0 ? `+${adjustment}` : `${adjustment}`;
    return computed(`=ROUND(${expression}/1000,0)${adjusted}`, FORMAT.kronor);
  }
}

/** A row of a statement: a label, and per year a cell built from references to the sheet's other rows. */
export interface StatementRow<K extends string> {
  readonly key?: K;
  readonly label: string;
  readonly style?: "header" | "total";
  readonly figure?: (year: Year, ref: (key: K, year?: Year) => string) => Cell | undefined;
}

export const FIRST_STATEMENT_ROW = 4;

/**
 * A statement's grid: title, unit, the years' headers, then its rows; and where each keyed row is,
 * for the sheets that refer to it.
 */
export function statementGrid<K extends string>(
  context: AccountsContext,
  title: string,
  headers: readonly [string, string],
  rows: readonly StatementRow<K>[],
): { grid: CellGrid; rowOf: Readonly<Record<K, number>> } {
  const grid = new GridBuilder();
  grid.put(0, 0, text(title, "title"));
  grid.put(1, 0, text(context.labels.unit[context.input.unit], "note"));
  grid.putRow(3, 0, [text("", "header"), figureHeader(headers[0]), figureHeader(headers[1])]);
  const rowOf = {} as Record<K, number>;
  rows.forEach((row, i) => row.key && (rowOf[row.key] = FIRST_STATEMENT_ROW + i));
  const ref =
    (year: Year) =>
    (key: K, at: Year = year) =>
      a1(rowOf[key], yearColumn(at));
  rows.forEach((row, i) => {
    const r = FIRST_STATEMENT_ROW + i;
    grid.put(r, 0, text(row.label, row.style ?? "label"));
    for (const year of YEARS) {
      const cell = row.figure?.(year, ref(year));
      if (cell) grid.put(r, yearColumn(year), row.style === "total" ? { ...cell, style: "total" } : cell);
    }
  });
  return { grid: grid.build(), rowOf };
}

/** A sum of cells of the same column, as a total. */
export const sumOf = (refs: readonly string[], format: string = FORMAT.kronor): Cell =>
  total(`=${refs.join("+")}`, format);

/** A reference to a statement's cell from another sheet. */
export const statementRef = (sheetName: string, row: number, year: Year): string =>
  onSheet(sheetName, a1(row, yearColumn(year)));
