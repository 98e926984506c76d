import { AccountBalance, unmappedAccounts } from "../model/annual-accounts";
import { ChartRange, DEFAULT_CHART } from "../model/chart";
import { booksBalances } from "./account-balances";
import type { FiscalYear, SieLedger, SieReading } from "./ledger";
import type { SieIssue } from "./messages";

/** What the annual accounts' sheets are built from the books: the company, both years, their balances, the chart. */
export interface BooksAccounts {
  readonly company: string;
  /** The fiscal year and the one before, as their headers read: "2025", "2024". */
  readonly years: readonly [string, string];
  /** Their last days: "2025-12-31". */
  readonly yearEnds: readonly [string, string];
  readonly balances: readonly AccountBalance[];
  readonly chart: readonly ChartRange[];
}

export type BooksForAccounts =
  | {
      readonly ok: true;
      readonly ledger: SieLedger;
      readonly fiscalYear: FiscalYear;
      readonly accounts: BooksAccounts;
      /** What the user should know: the reader's warnings and the balances' (booked result, differences). */
      readonly warnings: readonly SieIssue[];
      /** Accounts with an amount that no line of the chart takes: the tables miss them, the user must see them. */
      readonly unmapped: readonly AccountBalance[];
    }
  | { readonly ok: false; readonly problems: readonly SieIssue[]; readonly noFiscalYear: boolean };

/**
 * An SIE file's reading taken for the annual accounts (docs/domain.md rule 10), as `npm run accounts` and the
 * pane's Bokslut both take it: its balances of both years under the default chart, or every reason
 * it cannot be used (its problems, a missing fiscal year).
 */
export function booksForAccounts(reading: SieReading): BooksForAccounts {
  const { ledger } = reading;
  const { fiscalYear } = ledger;
  if (reading.problems.length > 0 || !fiscalYear) {
    return { ok: false, problems: reading.problems, noFiscalYear: !fiscalYear };
  }
  const books = booksBalances(ledger);
  const previous = ledger.previousYear ?? yearBefore(fiscalYear);
  return {
    ok: true,
    ledger,
    fiscalYear,
    accounts: {
      company: ledger.company,
      years: [fiscalYear.end.slice(0, 4), previous.end.slice(0, 4)],
      yearEnds: [fiscalYear.end, previous.end],
      balances: books.balances,
      chart: DEFAULT_CHART,
    },
    // The reader's own comparison with #RES/#UB is said again, with the amounts, by the balances.
    warnings: [...reading.warnings.filter((w) => w.code !== "balance-mismatch"), ...books.warnings],
    unmapped: unmappedAccounts(books.balances, DEFAULT_CHART),
  };
}

/** The year before a fiscal year the file names without its predecessor (#RAR −1). */
function yearBefore(year: FiscalYear): FiscalYear {
  const shift = (iso: string) => `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}`;
  return { start: shift(year.start), end: shift(year.end) };
}
