import { Money, ZERO } from "../model/money";
import { SieLedger, Transaction, objectKey } from "../sie/ledger";
import { OutcomeIssue, outcomeIssue } from "./messages";
import { MappingRow, isCostAccount } from "./mapping";

/** Cost booked on accounts no mapping row covers: shown, not imported. */
export interface UnmappedAccount {
  readonly account: string;
  readonly name: string;
  readonly amount: Money;
  readonly transactions: number;
}

export interface OutcomeTotals {
  /** Outcome per target (intervention or cost row name), for every target a mapping row names. */
  readonly byTarget: ReadonlyMap<string, Money>;
  readonly counted: number;
  /** Cost transactions dated after the follow-up date: not part of the outcome so far. */
  readonly later: number;
  readonly unmapped: readonly UnmappedAccount[];
  readonly problems: readonly OutcomeIssue[];
}

/**
 * The outcome so far: for each target, the cost booked on its accounts and
 * objects from the first day of the fiscal year up to and including `asOf`
 * (by the transaction's date). Costs are debit positive, so a credit (a
 * reversal, a refund) lowers the outcome. A transaction goes to the most
 * specific mapping row: one with an object before one without; two rows of the
 * same kind naming different targets for one transaction are a problem.
 */
export function aggregateOutcome(ledger: SieLedger, mapping: readonly MappingRow[], asOf: string): OutcomeTotals {
  const byTarget = new Map<string, Money>(mapping.map((row) => [row.target, ZERO]));
  const problems = new Map<string, OutcomeIssue>();
  const unmapped = new Map<string, { amount: Money; transactions: number }>();
  let counted = 0;
  let later = 0;
  // The rows that can match each account (none for accounts that are not costs), found once per account.
  const rowsOf = new Map<string, MappingRow[] | undefined>();
  const candidates = (account: string) => {
    if (rowsOf.has(account)) return rowsOf.get(account);
    const number = Number(account);
    const rows =
      /^\d+$/.test(account) && isCostAccount(number)
        ? mapping.filter((row) => number >= row.accounts.from && number <= row.accounts.to)
        : undefined;
    rowsOf.set(account, rows);
    return rows;
  };
  for (const verification of ledger.verifications) {
    for (const transaction of verification.transactions) {
      const rows = candidates(transaction.account);
      if (!rows) continue;
      if (transaction.date > asOf) {
        later++;
        continue;
      }
      const row = bestRow(rows, transaction, problems);
      if (row) {
        byTarget.set(row.target, (byTarget.get(row.target) as Money).plus(transaction.amount));
        counted++;
      } else {
        const entry = unmapped.get(transaction.account) ?? { amount: ZERO, transactions: 0 };
        unmapped.set(transaction.account, {
          amount: entry.amount.plus(transaction.amount),
          transactions: entry.transactions + 1,
        });
      }
    }
  }
  return {
    byTarget,
    counted,
    later,
    unmapped: [...unmapped]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([account, entry]) => ({ account, name: ledger.accounts.get(account) ?? "", ...entry })),
    problems: [...problems.values()],
  };
}

function bestRow(
  rows: readonly MappingRow[],
  transaction: Transaction,
  problems: Map<string, OutcomeIssue>,
): MappingRow | undefined {
  const held = new Set(transaction.objects.map(({ dimension, object }) => objectKey(dimension, object)));
  const withObject = rows.filter((row) => row.object && held.has(objectKey(row.object.dimension, row.object.object)));
  const matching = withObject.length > 0 ? withObject : rows.filter((row) => !row.object);
  const targets = new Set(matching.map((row) => row.target));
  if (targets.size > 1) {
    const which = matching.map((row) => `${row.row} (${row.target})`).join(", ");
    problems.set(
      `${transaction.account} ${which}`,
      outcomeIssue("rows-claim-same", { account: transaction.account, rows: which }),
    );
    return undefined;
  }
  return matching[0];
}
