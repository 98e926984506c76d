import { Language } from "../model/language";
import { Money } from "../model/money";

export type Severity = "error" | "warning";

/** The kinds of slip the review finds (Granska plan, `npm run check`), each with its message in messages.ts. */
export type Rule =
  | "opening-typed"
  | "opening-differs"
  | "result"
  | "closing"
  | "sum"
  | "outside-sum"
  | "fees-sum"
  | "fee-key"
  | "instalment"
  | "split"
  | "burn-row"
  | "burn-total"
  | "prognosis-sum"
  | "solidity"
  | "claims"
  | "balance"
  | "cash-end"
  | "cash-start"
  | "cash-balance"
  | "variance"
  | "same-figure"
  | "constant"
  | "equity-guideline"
  | "no-values"
  | "no-plan";

/** One slip: where it is, how bad, what it says in both languages, and the figure that belongs there. */
export interface Finding {
  readonly sheet: string;
  /** A1 address of the cell ("C20"). */
  readonly address: string;
  readonly severity: Severity;
  readonly rule: Rule;
  readonly message: Readonly<Record<Language, string>>;
  /** The right figure, recomputed exactly from the cells it depends on (null where there is none to give). */
  readonly expected: number | null;
  /** What the cell holds (null when it is empty or not a number). */
  readonly found: number | string | null;
}

/** What a message may say about a finding; money and ratios stay exact until they are written. */
export interface Details {
  readonly label?: string;
  readonly year?: number;
  /** The member a fee table's figure belongs to. */
  readonly member?: string;
  readonly expected?: Money;
  readonly found?: number | string | null;
  /** Figures shown as percentages rather than kronor. */
  readonly ratio?: boolean;
  /** The cell holds a typed number where the template has a formula. */
  readonly typed?: boolean;
  /** The difference is exactly 1 in a table in tkr: likely rounding, said as a warning. */
  readonly rounding?: boolean;
  /** Where the figure that should be repeated stands (a sheet's name), for a figure that differs between tables. */
  readonly source?: string;
  /** Row labels a message names (rows left outside a sum). */
  readonly rows?: readonly string[];
  /** A rule-specific variant: a total ratio that is an average of rows, fees that do not add up, ... */
  readonly variant?: string;
  /** What a group of cells adds up to, and what it should (fees against the municipalities' part). */
  readonly sums?: { readonly found: Money; readonly expected: Money };
}
