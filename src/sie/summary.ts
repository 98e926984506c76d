import type { Money } from "../model/money";
import type { SieEncoding } from "./encoding";
import type { FiscalYear, SieReading, SkippedRecords } from "./ledger";
import type { SieIssue } from "./messages";
import { accountMovements } from "./movements";

/** What an SIE file holds and whether it can be used, as `npm run sie` and the pane's Uppföljning show it. */
export interface SieSummary {
  readonly program: string;
  readonly company: string;
  readonly fiscalYear: FiscalYear | undefined;
  readonly encoding: SieEncoding;
  readonly accounts: number;
  readonly verifications: number;
  readonly transactions: number;
  /** The net movement of each account over the file's verifications (debit positive), by account number. */
  readonly movements: ReadonlyMap<string, Money>;
  readonly skipped: readonly SkippedRecords[];
  readonly warnings: readonly SieIssue[];
  readonly problems: readonly SieIssue[];
}

export function summarizeSie({ ledger, encoding, skipped, warnings, problems }: SieReading): SieSummary {
  const movements = [...accountMovements(ledger.verifications)].sort(([a], [b]) => a.localeCompare(b));
  return {
    program: ledger.program,
    company: ledger.company,
    fiscalYear: ledger.fiscalYear,
    encoding,
    accounts: ledger.accounts.size,
    verifications: ledger.verifications.length,
    transactions: ledger.verifications.reduce((count, v) => count + v.transactions.length, 0),
    movements: new Map(movements),
    skipped,
    warnings,
    problems,
  };
}
