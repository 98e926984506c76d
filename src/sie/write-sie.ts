import { Money } from "../model/money";
import { encodeCp437 } from "./cp437";
import { ObjectRef } from "./tokens";

/** What an SIE file says, for writing one (sample files for tests and the benchmark). */
export interface SieExport {
  /** #SIETYP: 4 (the default) with verifications, 1–3 with balances only. */
  readonly sieType?: "1" | "2" | "3" | "4";
  readonly company: string;
  readonly fiscalYear: { readonly start: string; readonly end: string };
  readonly previousYear?: { readonly start: string; readonly end: string };
  /** Opening and closing balances and results of the fiscal year (0) and the one before (−1). */
  readonly balances?: readonly {
    readonly label: "#IB" | "#UB" | "#RES";
    readonly year: "0" | "-1";
    readonly account: string;
    readonly amount: Money;
  }[];
  /** Period balances (#PSALDO) of type 2 and 3 files: a period (YYYYMM) of a year, on the whole account or an object. */
  readonly periods?: readonly {
    readonly year: "0" | "-1";
    readonly period: string;
    readonly account: string;
    readonly objects: readonly ObjectRef[];
    readonly amount: Money;
  }[];
  readonly accounts: readonly { readonly account: string; readonly name: string }[];
  readonly dimensions: readonly { readonly dimension: string; readonly name: string }[];
  readonly objects: readonly (ObjectRef & { readonly name: string })[];
  readonly verifications: readonly {
    readonly series: string;
    readonly number: string;
    readonly date: string;
    readonly text: string;
    readonly transactions: readonly {
      readonly account: string;
      readonly objects: readonly ObjectRef[];
      readonly amount: Money;
      readonly text?: string;
    }[];
  }[];
}

/** A field as SIE quotes it: in quotes, with \" for a quote (the format's only escape). */
export const quote = (text: string): string => `"${text.replace(/"/g, '\\"')}"`;

const sieDate = (iso: string) => iso.replace(/-/g, "");

const objectList = (objects: readonly ObjectRef[]) =>
  `{${objects.map(({ dimension, object }) => `${dimension} ${quote(object)}`).join(" ")}}`;

/** The ledger as SIE text (lines end in CR LF, as DOS-era PC8 files do). */
export function sieText(ledger: SieExport): string {
  const lines = [
    "#FLAGGA 0",
    '#PROGRAM "Finsam Planner" 1.0',
    "#FORMAT PC8",
    `#SIETYP ${ledger.sieType ?? "4"}`,
    `#FNAMN ${quote(ledger.company)}`,
    `#RAR 0 ${sieDate(ledger.fiscalYear.start)} ${sieDate(ledger.fiscalYear.end)}`,
    ...(ledger.previousYear
      ? [`#RAR -1 ${sieDate(ledger.previousYear.start)} ${sieDate(ledger.previousYear.end)}`]
      : []),
    "#KPTYP BAS2024",
    ...ledger.accounts.map(({ account, name }) => `#KONTO ${account} ${quote(name)}`),
    ...(ledger.balances ?? []).map(
      ({ label, year, account, amount }) => `${label} ${year} ${account} ${amount.toFixed(2)}`,
    ),
    ...(ledger.periods ?? []).map(
      ({ year, period, account, objects, amount }) =>
        `#PSALDO ${year} ${period} ${account} ${objectList(objects)} ${amount.toFixed(2)}`,
    ),
    ...ledger.dimensions.map(({ dimension, name }) => `#DIM ${dimension} ${quote(name)}`),
    ...ledger.objects.map(({ dimension, object, name }) => `#OBJEKT ${dimension} ${quote(object)} ${quote(name)}`),
  ];
  for (const verification of ledger.verifications) {
    const { series, number, date, text, transactions } = verification;
    lines.push(`#VER ${quote(series)} ${quote(number)} ${sieDate(date)} ${quote(text)}`, "{");
    for (const transaction of transactions) {
      const text = transaction.text === undefined ? "" : ` ${quote(transaction.text)}`;
      lines.push(
        `   #TRANS ${transaction.account} ${objectList(transaction.objects)} ${transaction.amount.toFixed(2)}${text ? ` ""${text}` : ""}`,
      );
    }
    lines.push("}");
  }
  return lines.join("\r\n") + "\r\n";
}

/** The ledger as an SIE file's bytes, in PC8. */
export function sieBytes(ledger: SieExport): Buffer {
  return encodeCp437(sieText(ledger));
}
