import { ACCOUNTS_LABELS, AccountsLabels } from "../templates/accounts-labels";
import { normalise } from "./labels";

/*
 * The rows and columns of an annual report (årsredovisning) the review
 * recognises: the accounts sheets' own words in Swedish and English
 * (templates/accounts-labels.ts) and the variants of a hand-built report
 * (seed 004: "Utg eget kapital", "Eget kapital, avsättningar och skulder",
 * "Avvikelse utfall – budget").
 */

const both = (pick: (labels: AccountsLabels) => string): string[] =>
  [pick(ACCOUNTS_LABELS.sv), pick(ACCOUNTS_LABELS.en)].map(normalise);

export const ANNUAL_WORDS = {
  totalAssets: [...both((l) => l.balance.totalAssets), "tillgångar totalt"],
  /** The claims' total; seed 004 prints it under the heading's own words. */
  totalClaims: [
    ...both((l) => l.balance.totalClaims),
    ...both((l) => l.balance.claims),
    "summa eget kapital och skulder",
    "eget kapital och skulder",
    "total equity and liabilities",
  ],
  closingEquity: [
    ...both((l) => l.balance.closingEquity),
    ...both((l) => l.operating.closingEquity),
    "utg eget kapital",
    "eget kapital vid årets slut",
    "eget kapital vid årets utgång",
  ],
  result: [...both((l) => l.income.result), ...both((l) => l.operating.result), "årets resultat"],
  cash: [...both((l) => l.lines.cash), "kassa och bank", "likvida medel"],
  investments: [...both((l) => l.lines.investments)],
  cashStart: [...both((l) => l.cashFlow.start), "likvida medel vid periodens början"],
  cashEnd: [...both((l) => l.cashFlow.end), "likvida medel vid periodens slut"],
  cashFlow: [...both((l) => l.cashFlow.flow), "periodens kassaflöde"],
};

/** Column headers of a driftredovisning: outcome, budget, and the variance between them. */
export const VARIANCE_HEADERS = {
  outcome: /^(utfall|outcome)\b/,
  budget: /\bbudget\b/,
  variance: /^(avvikelse|variance|deviation)\b|^(utfall|outcome) - budget$/,
  /** A forecast's deviation is not outcome − budget. */
  notOutcome: /\b(prognos|forecast)\b/,
};

/** Headers of columns that hold something else than the year's outcome (a budget, a plan, a variance). */
export const NOT_OUTCOME = /\b(budget|plan|prognos|forecast|avvikelse|variance|deviation)\b/;
