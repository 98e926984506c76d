import { Money, ZERO } from "../model/money";
import { BalanceYear, FiscalYear, SieLedger, YearBalances, Verification, objectKey, verName } from "./ledger";
import { SieIssue, sieIssue } from "./messages";
import { accountMovements } from "./movements";
import type { ObjectRef } from "./tokens";

/** What the reader gathered from the file's lines. */
export interface ReadRecords {
  readonly company: string;
  readonly program: string;
  readonly format?: string;
  readonly sieType?: string;
  readonly currency: string;
  readonly years: ReadonlyMap<string, FiscalYear>;
  readonly accounts: Map<string, string>;
  readonly dimensions: ReadonlyMap<string, string>;
  readonly objects: Map<string, string>;
  /** The opening and closing balances and results of the fiscal year and the year before. */
  readonly balances: Readonly<
    Record<BalanceYear, { readonly [K in "#IB" | "#UB" | "#RES"]: ReadonlyMap<string, Money> }>
  >;
  readonly verifications: readonly Verification[];
  /** The fiscal year's whole-account #PSALDO added up per account. */
  readonly periodMovements: ReadonlyMap<string, Money>;
}

/** The types the format has: 1 year balances, 2 period balances, 3 object balances, 4 verifications. */
const SIE_TYPES = ["1", "2", "3", "4"];

/** SIE reserves dimensions 1–19 (1 kostnadsställe, 6 projekt, ...); files need not declare them. */
const RESERVED_DIMENSIONS = 19;

/** Items named in a warning's list; the count says how many there are in all. */
const LISTED = 20;

/**
 * What can be judged only once the whole file is read: the header's type,
 * character set and currency, dates inside the fiscal year, what the
 * transactions use without declaring it, and whether the verifications add up
 * to the file's own closing balances and results.
 */
export function checkLedger(state: ReadRecords): {
  ledger: SieLedger;
  problems: SieIssue[];
  warnings: SieIssue[];
} {
  const problems: SieIssue[] = [];
  const warnings: SieIssue[] = [];
  const { format, sieType, currency, verifications } = state;
  if (format !== "PC8") problems.push(format ? sieIssue("format", 0, { format }) : sieIssue("no-format", 0));
  if (!sieType) problems.push(sieIssue("no-type", 0));
  else if (!SIE_TYPES.includes(sieType)) problems.push(sieIssue("type", 0, { type: sieType }));
  else if (sieType !== "4" && verifications.length > 0) {
    problems.push(sieIssue("ver-in-balance-file", verifications[0].line, { type: sieType }));
  }
  if (currency !== "SEK") problems.push(sieIssue("currency", 0, { currency }));
  const fiscalYear = state.years.get("0");
  if (!fiscalYear && verifications.length > 0) warnings.push(sieIssue("no-fiscal-year", 0));
  if (fiscalYear) problems.push(...datesOutside(state, fiscalYear));

  const undeclared = declareUsed(state);
  if (undeclared.accounts.length > 0) {
    warnings.push(sieIssue("undeclared-accounts", 0, listOf(undeclared.accounts)));
  }
  if (undeclared.objects.length > 0) {
    const named = undeclared.objects.map(({ dimension, object }) => `${dimension} "${object}"`);
    warnings.push(sieIssue("undeclared-objects", 0, listOf(named)));
  }
  const dimensions = new Set([...state.objects.keys()].map((key) => key.split("\u0000")[0]));
  const strangers = [...dimensions].filter((dimension) => !state.dimensions.has(dimension) && !isReserved(dimension));
  if (strangers.length > 0) warnings.push(sieIssue("undeclared-dimensions", 0, { list: strangers.join(", ") }));
  const yearMovements = movementsOf(state);
  const disagreeing = yearMovements ? balancesDisagreeing(state, yearMovements.amounts) : [];
  if (yearMovements && disagreeing.length > 0) {
    warnings.push(sieIssue("balance-mismatch", 0, { ...listOf(disagreeing), source: yearMovements.source }));
  }

  const { company, program, accounts, objects } = state;
  return {
    ledger: {
      company,
      program,
      sieType: sieType ?? "",
      yearMovements,
      fiscalYear,
      previousYear: state.years.get("-1"),
      balances: { "0": yearBalances(state.balances["0"]), "-1": yearBalances(state.balances["-1"]) },
      accounts,
      dimensions: state.dimensions,
      objects,
      undeclared,
      verifications,
    },
    problems,
    warnings,
  };
}

/** A type 4 file's verifications, else a type 2 or 3 file's period balances where it has any. */
function movementsOf(state: ReadRecords): SieLedger["yearMovements"] {
  if (state.sieType === "4") return { source: "verifications", amounts: accountMovements(state.verifications) };
  return state.periodMovements.size > 0 ? { source: "periods", amounts: state.periodMovements } : undefined;
}

function datesOutside({ verifications }: ReadRecords, fiscalYear: FiscalYear): SieIssue[] {
  const problems: SieIssue[] = [];
  const year = `${fiscalYear.start}–${fiscalYear.end}`;
  const within = (date: string) => date >= fiscalYear.start && date <= fiscalYear.end;
  for (const verification of verifications) {
    const { date, line } = verification;
    if (!within(date)) problems.push(sieIssue("ver-outside-year", line, { ver: verName(verification), date, year }));
    for (const transaction of verification.transactions) {
      if (transaction.date !== date && !within(transaction.date)) {
        problems.push(sieIssue("trans-outside-year", transaction.line, { date: transaction.date, year }));
      }
    }
  }
  return problems;
}

/** Adds what the transactions use without a declaration, with its code as its name, and says what that was. */
function declareUsed({ verifications, accounts, objects }: ReadRecords): {
  accounts: string[];
  objects: ObjectRef[];
} {
  const undeclared = { accounts: [] as string[], objects: [] as ObjectRef[] };
  for (const verification of verifications) {
    for (const transaction of verification.transactions) {
      if (!accounts.has(transaction.account)) {
        accounts.set(transaction.account, transaction.account);
        undeclared.accounts.push(transaction.account);
      }
      for (const ref of transaction.objects) {
        const key = objectKey(ref.dimension, ref.object);
        if (!objects.has(key)) {
          objects.set(key, ref.object);
          undeclared.objects.push(ref);
        }
      }
    }
  }
  return undeclared;
}

/**
 * Accounts whose movements (verifications or period balances) do not add up to what the file itself says:
 * a result account's #RES, a balance account's #UB − #IB (of the fiscal year).
 */
function balancesDisagreeing(state: ReadRecords, movements: ReadonlyMap<string, Money>): string[] {
  const balances = state.balances["0"];
  const moved = (account: string) => movements.get(account) ?? ZERO;
  const disagreeing = new Set<string>();
  for (const [account, result] of balances["#RES"]) {
    if (!result.equals(moved(account))) disagreeing.add(account);
  }
  for (const [account, closing] of balances["#UB"]) {
    const opening = balances["#IB"].get(account) ?? ZERO;
    if (!closing.minus(opening).equals(moved(account))) disagreeing.add(account);
  }
  return [...disagreeing].sort();
}

const yearBalances = (read: ReadRecords["balances"]["0"]): YearBalances => ({
  opening: read["#IB"],
  closing: read["#UB"],
  result: read["#RES"],
});

const listOf = (items: readonly string[]) => ({
  count: items.length,
  list: items.slice(0, LISTED).join(", ") + (items.length > LISTED ? ", …" : ""),
});

const isReserved = (dimension: string) => /^\d+$/.test(dimension) && Number(dimension) <= RESERVED_DIMENSIONS;
