import type { Language } from "../model/language";
import { SieIssue, say, sieText } from "../sie/messages";

/*
 * Why an outcome import cannot go ahead, in Swedish and English: one code per
 * reason, both texts here, so that `npm run outcome` and the task pane's
 * Uppföljning say the same thing. The SIE file's own problems keep the SIE
 * reader's codes (src/sie/messages.ts).
 */

type Row = { row: number };

const TEXTS = {
  "as-of-not-a-date": say<{ asOf: string }>(
    (a) => `uppföljningsdatumet "${a.asOf}" är inget datum (ÅÅÅÅ-MM-DD)`,
    (a) => `the follow-up date "${a.asOf}" is not a date (YYYY-MM-DD)`,
  ),
  "balances-only": say<{ type: string }>(
    (a) => `#SIETYP ${a.type}: filen har bara saldon; utfallet behöver verifikationer (SIE 4E eller 4I)`,
    (a) => `#SIETYP ${a.type}: the file holds balances only; the outcome needs verifications (SIE 4E or 4I)`,
  ),
  "fiscal-year": say<{ asOf: string; year: number; start: string; end: string }>(
    (a) =>
      `uppföljningsdatumet ${a.asOf} kräver bokföringen för ${a.year} (januari–december); filens räkenskapsår är ${a.start}–${a.end}`,
    (a) =>
      `the follow-up date ${a.asOf} needs the books of ${a.year} (January–December); the file's fiscal year is ${a.start}–${a.end}`,
  ),
  "outside-follow-up-year": say<{ count: number; ver: string; line: number; year: number }>(
    (a) =>
      `${a.count === 1 ? "en verifikation ligger" : `${a.count} verifikationer ligger`} utanför uppföljningsåret ${a.year}, den första #VER ${a.ver} på rad ${a.line}; filen anger inget räkenskapsår, så alla måste ligga i det året`,
    (a) =>
      `${a.count === 1 ? "one verification lies" : `${a.count} verifications lie`} outside the follow-up year ${a.year}, the first #VER ${a.ver} on line ${a.line}; the file names no fiscal year, so all must lie in that year`,
  ),
  "follow-up-year": say<{ asOf: string; planYear: number }>(
    (a) => `uppföljningsdatumet ${a.asOf} ligger inte i planens uppföljningsår ${a.planYear} (Parametrar)`,
    (a) => `the follow-up date ${a.asOf} is not in the plan's follow-up year ${a.planYear} (Parametrar)`,
  ),
  "name-twice": say<{ name: string }>(
    (a) => `"${a.name}" är namnet på både en insats och en kostnadsrad (eller två av samma slag)`,
    (a) => `"${a.name}" names both an intervention and a cost row (or two of either)`,
  ),
  "cost-rows-year": say<{ rows: string; budgetYear: number; year: number }>(
    (a) => `kostnadsraderna ${a.rows} har budget för ${a.budgetYear}, inte för uppföljningsåret ${a.year}`,
    (a) => `the cost rows ${a.rows} have budgets for ${a.budgetYear}, not for the follow-up year ${a.year}`,
  ),
  "account-not-in-file": say<Row & { account: number }>(
    (a) => `Kopplingar rad ${a.row}: kontot ${a.account} finns inte i filens kontoplan`,
    (a) => `Kopplingar row ${a.row}: account ${a.account} is not in the file's chart of accounts`,
  ),
  "mapping-not-account": say<Row & { text: string }>(
    (a) => `Kopplingar rad ${a.row}: "${a.text}" är inget konto (4010) eller kontointervall (4000-4999)`,
    (a) => `Kopplingar row ${a.row}: "${a.text}" is not an account (4010) or a range of accounts (4000-4999)`,
  ),
  "mapping-range-reversed": say<Row & { text: string }>(
    (a) => `Kopplingar rad ${a.row}: intervallet ${a.text} slutar innan det börjar`,
    (a) => `Kopplingar row ${a.row}: the range ${a.text} ends before it starts`,
  ),
  "mapping-not-costs": say<Row & { text: string }>(
    (a) => `Kopplingar rad ${a.row}: ${a.text} är inte bara kostnadskonton (klass 4–7)`,
    (a) => `Kopplingar row ${a.row}: ${a.text} is not all cost accounts (classes 4–7)`,
  ),
  "mapping-half-object": say<Row>(
    (a) => `Kopplingar rad ${a.row}: ett objekt behöver både sin dimension och sin kod`,
    (a) => `Kopplingar row ${a.row}: an object needs both its dimension and its code`,
  ),
  "mapping-no-target": say<Row>(
    (a) => `Kopplingar rad ${a.row}: ingen insats eller kostnadsrad angiven`,
    (a) => `Kopplingar row ${a.row}: no intervention or cost row named`,
  ),
  "mapping-unknown-target": say<Row & { target: string }>(
    (a) => `Kopplingar rad ${a.row}: "${a.target}" är varken en insats på Insatser eller en kostnadsrad i budgeten`,
    (a) => `Kopplingar row ${a.row}: "${a.target}" is neither an intervention on Insatser nor a cost row of the budget`,
  ),
  "rows-claim-same": say<{ account: string; rows: string }>(
    (a) => `konto ${a.account}: raderna ${a.rows} på Kopplingar gör alla anspråk på samma transaktioner`,
    (a) => `account ${a.account}: Kopplingar rows ${a.rows} all claim the same transactions`,
  ),
} as const;

export type OutcomeCode = keyof typeof TEXTS;
type OutcomeArgs<C extends OutcomeCode> = Parameters<(typeof TEXTS)[C]["en"]>[0];

/** A reason an import cannot go ahead: its code and what its text needs. */
export type OutcomeIssue = { [C in OutcomeCode]: { readonly code: C; readonly args: OutcomeArgs<C> } }[OutcomeCode];

export const outcomeIssue = <C extends OutcomeCode>(code: C, args: OutcomeArgs<C>): OutcomeIssue =>
  ({ code, args }) as OutcomeIssue;

/** Whatever stops an import: the SIE file's problems and the import's own. */
export type ImportProblem = SieIssue | OutcomeIssue;

const isOutcomeIssue = (problem: ImportProblem): problem is OutcomeIssue => problem.code in TEXTS;

export function importProblemText(problem: ImportProblem, language: Language): string {
  return isOutcomeIssue(problem) ? outcomeText(problem, language) : sieText(problem, language);
}

function outcomeText(issue: OutcomeIssue, language: Language): string {
  return (TEXTS[issue.code][language] as (args: OutcomeIssue["args"]) => string)(issue.args);
}
