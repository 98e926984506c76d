import type { Money } from "../model/money";
import type { SieEncoding } from "./encoding";
import type { MovementSource, SieIssue, SkipReason } from "./messages";
import type { ObjectRef } from "./tokens";

/** A booked transaction: debit positive, credit negative, as SIE writes amounts. */
export interface Transaction {
  readonly account: string;
  readonly objects: readonly ObjectRef[];
  readonly amount: Money;
  /** ISO date: the transaction's own date, or its verification's when it has none. */
  readonly date: string;
  readonly line: number;
}

export interface Verification {
  readonly series: string;
  readonly number: string;
  readonly date: string;
  readonly text: string;
  readonly line: number;
  readonly transactions: readonly Transaction[];
}

export interface FiscalYear {
  readonly start: string;
  readonly end: string;
}

/** What a file says of one year's balances (#IB, #UB) and results (#RES), per account; empty where it says nothing. */
export interface YearBalances {
  readonly opening: ReadonlyMap<string, Money>;
  readonly closing: ReadonlyMap<string, Money>;
  readonly result: ReadonlyMap<string, Money>;
}

/** The year numbers whose balances are read: the fiscal year (0) and the one before it (−1). */
export type BalanceYear = "0" | "-1";

export interface SieLedger {
  readonly company: string;
  readonly program: string;
  /** #SIETYP: 1–3 carry balances (2 and 3 per period too), 4 verifications. */
  readonly sieType: string;
  /** The net movement per account over the fiscal year (debit positive) and where it comes from; none in a type 1 file. */
  readonly yearMovements: { readonly source: MovementSource; readonly amounts: ReadonlyMap<string, Money> } | undefined;
  /** The current fiscal year (#RAR 0), which the verifications belong to; a 4I file may leave it out. */
  readonly fiscalYear: FiscalYear | undefined;
  /** The year before it (#RAR −1), if the file names it. */
  readonly previousYear: FiscalYear | undefined;
  /** The file's own balances and results of the fiscal year and the year before. */
  readonly balances: Readonly<Record<BalanceYear, YearBalances>>;
  /** Account names by number; an account the file uses without declaring it has its number as its name. */
  readonly accounts: ReadonlyMap<string, string>;
  readonly dimensions: ReadonlyMap<string, string>;
  /** Object names by `objectKey(dimension, object)`; an undeclared object has its code as its name. */
  readonly objects: ReadonlyMap<string, string>;
  /** What the transactions use without a #KONTO or #OBJEKT for it (SIE 4B makes declaring them voluntary). */
  readonly undeclared: { readonly accounts: readonly string[]; readonly objects: readonly ObjectRef[] };
  readonly verifications: readonly Verification[];
}

/** Records read past on purpose, counted per label, with why. */
export interface SkippedRecords {
  readonly label: string;
  readonly count: number;
  readonly firstLine: number;
  readonly reason: SkipReason;
}

export interface SieReading {
  readonly ledger: SieLedger;
  readonly encoding: SieEncoding;
  /** What makes the file unusable: nothing is imported while there is one. */
  readonly problems: readonly SieIssue[];
  /** What the user should know, although the file can be used. */
  readonly warnings: readonly SieIssue[];
  readonly skipped: readonly SkippedRecords[];
}

export const objectKey = (dimension: string, object: string): string => `${dimension}\u0000${object}`;

/** A verification as messages name it: series, number and date. */
export const verName = (v: Pick<Verification, "series" | "number" | "date">): string =>
  `${[v.series, v.number].filter((part) => part !== "").join(" ") || "–"} (${v.date})`;
