import { AccountBalance, AccountYear } from "../model/annual-accounts";
import { isBalanceAccount } from "../model/chart";
import { Money, ZERO, sum } from "../model/money";
import type { SieLedger } from "./ledger";
import { SieIssue, sieIssue } from "./messages";

/** Accounts named in the warning; the count says how many there are in all. */
const LISTED = 20;

export interface BooksBalances {
  /** Per account of the file, in account order: this year's and last year's figures. */
  readonly balances: readonly AccountBalance[];
  /** Whether the file's closing balances already hold the year's result (a closing entry), if it has one. */
  readonly resultBooked: boolean | undefined;
  readonly warnings: readonly SieIssue[];
}

/**
 * The balances of the fiscal year and the year before per account, as the
 * annual accounts need them (docs/domain.md rule 10): the file's own #IB/#UB/#RES
 * where it has them (all a file of type 1–3 has), else #IB and the year's
 * movements (a type 4 file's verifications, a type 2 or 3 file's #PSALDO);
 * where both are there and differ, the file's own with a warning naming each
 * account and both amounts.
 * Whether the year's result is booked to equity is read from the balances: the
 * closing balances of classes 1–2 add up to 0 when it is, to minus the
 * result when it is not.
 */
export function booksBalances(ledger: SieLedger): BooksBalances {
  const movements = ledger.yearMovements?.amounts;
  const { "0": current, "-1": previous } = ledger.balances;
  const numbers = new Set([
    ...ledger.accounts.keys(),
    ...[current, previous].flatMap((year) => [...year.opening.keys(), ...year.closing.keys(), ...year.result.keys()]),
  ]);
  const accounts = [...numbers].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  const differing: string[] = [];
  const warnings: SieIssue[] = [];
  const fileSays = (map: ReadonlyMap<string, Money>, account: string) =>
    map.size > 0 ? (map.get(account) ?? ZERO) : undefined;

  const balances = accounts.map((account): AccountBalance => {
    const moved = movements?.get(account) ?? ZERO;
    const balance = isBalanceAccount(account);
    const opening = balance ? (current.opening.get(account) ?? ZERO) : ZERO;
    const booked = opening.plus(moved);
    const said = fileSays(balance ? current.closing : current.result, account);
    if (movements && said && !said.equals(booked))
      differing.push(`${account} ${said.toFixed(2)} / ${booked.toFixed(2)}`);
    const previousClosing = balance
      ? (fileSays(previous.closing, account) ?? opening)
      : (previous.result.get(account) ?? ZERO);
    const previousYear: AccountYear = {
      opening: balance ? (fileSays(previous.opening, account) ?? previousClosing) : ZERO,
      closing: previousClosing,
    };
    return {
      account,
      name: ledger.accounts.get(account) ?? account,
      current: { opening, closing: said ?? booked },
      previous: previousYear,
    };
  });

  if (ledger.yearMovements && differing.length > 0) {
    const list = differing.slice(0, LISTED).join("; ") + (differing.length > LISTED ? "; …" : "");
    const source = ledger.yearMovements.source;
    warnings.push(sieIssue("balances-differ", 0, { count: differing.length, list, source }));
  }
  if (previous.closing.size === 0 && previous.result.size === 0) warnings.push(sieIssue("no-previous-year", 0));
  else if (previous.opening.size === 0) warnings.push(sieIssue("no-previous-opening", 0));

  const resultBooked = resultBookedFrom(balances, warnings);
  return { balances, resultBooked, warnings };
}

/**
 * Booked: the balance accounts add up to 0, the result having moved to equity (through a closing
 * entry on a result account such as 8999, or not); not booked: they add up to minus the results.
 * Anything else: the books do not balance.
 */
function resultBookedFrom(balances: readonly AccountBalance[], warnings: SieIssue[]): boolean | undefined {
  const total = (which: (b: AccountBalance) => boolean, amount: (b: AccountBalance) => Money) =>
    sum(balances.filter(which).map(amount));
  const closing = (b: AccountBalance) => b.current.closing;
  const inBalance = total((b) => isBalanceAccount(b.account), closing);
  const inResults = total((b) => !isBalanceAccount(b.account), closing);
  if (!inBalance.isZero() && !inBalance.plus(inResults).isZero()) {
    warnings.push(sieIssue("books-unbalanced", 0, { sum: inBalance.plus(inResults).toFixed(2) }));
    return undefined;
  }
  if (!inBalance.isZero()) {
    warnings.push(sieIssue("result-not-booked", 0, { result: inResults.neg().toFixed(2) }));
    return false;
  }
  // What equity gained over the year is the result booked to it.
  const equityGain = total(
    (b) => b.account.startsWith("20"),
    (b) => b.current.closing.minus(b.current.opening),
  ).neg();
  if (equityGain.isZero()) return undefined;
  warnings.push(sieIssue("result-booked", 0, { result: equityGain.toFixed(2) }));
  return true;
}
