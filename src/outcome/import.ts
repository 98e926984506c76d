import { Money } from "../model/money";
import { dayNumber } from "../model/date-serial";
import { verName } from "../sie/ledger";
import { readSie } from "../sie/read-sie";
import { SieSummary, summarizeSie } from "../sie/summary";
import { aggregateOutcome, UnmappedAccount } from "./aggregate";
import { CellValue, readMapping } from "./mapping";
import { ImportProblem, outcomeIssue } from "./messages";

/*
 * Importing outcomes from an SIE file, in three steps any workbook adapter can
 * drive: read the plan's cells (PlanOutcomeCells), preview what would change
 * (previewImport, pure), and, once the user confirms, write the changes and a
 * log of the values they replace (logEntries), from which undoEntries restores them.
 */

/** A cell on a named sheet, A1 without $. */
export interface CellRef {
  readonly sheet: string;
  readonly address: string;
}

export interface OutcomeRow {
  readonly name: string;
  readonly cell: CellRef;
  readonly current: number | null;
}

/** What an import needs from the plan workbook, found through its defined names (key-names.ts). */
export interface PlanOutcomeCells {
  readonly followUpYear: number;
  readonly budgetYear: number;
  readonly followUpDate: { readonly cell: CellRef; readonly current: number | null };
  /** Insatser's rows and their Utfall cells. */
  readonly interventions: readonly OutcomeRow[];
  /** The budget's cost rows and their Utfall cells on Kopplingar. */
  readonly costRows: readonly OutcomeRow[];
  readonly mapping: { readonly firstRow: number; readonly rows: readonly (readonly CellValue[])[] };
}

export interface OutcomeChange {
  readonly target: string;
  readonly kind: "intervention" | "costRow";
  readonly cell: CellRef;
  readonly before: number | null;
  readonly after: Money;
}

export interface ImportReport {
  readonly company: string;
  readonly fiscalYear?: { readonly start: string; readonly end: string };
  readonly verifications: number;
  /** Cost transactions counted into the outcome, and those dated after the follow-up date. */
  readonly counted: number;
  readonly later: number;
  readonly unmapped: readonly UnmappedAccount[];
  /** Plan rows that no mapping row names: their outcome is left as it is. */
  readonly notMapped: readonly string[];
}

export type ImportPreview =
  | {
      readonly ok: true;
      readonly asOf: string;
      readonly changes: readonly OutcomeChange[];
      readonly followUpDate: { readonly cell: CellRef; readonly before: number | null; readonly after: number };
      readonly report: ImportReport;
      /** What the SIE file holds, its warnings included. */
      readonly sie: SieSummary;
    }
  | { readonly ok: false; readonly problems: readonly ImportProblem[]; readonly sie: SieSummary };

/**
 * What importing `file` up to and including `asOf` would change, or every
 * reason it cannot be imported. Nothing is partly imported: one problem and
 * there are no changes. The fiscal year must be the calendar year of the
 * follow-up (Insatser's budgets are for it), and cost rows can be followed up
 * only in the budget year (their budget is the budget sheet's).
 */
export function previewImport(plan: PlanOutcomeCells, file: Uint8Array, asOf: string): ImportPreview {
  const reading = readSie(file);
  const { ledger } = reading;
  const sie = summarizeSie(reading);
  const problems: ImportProblem[] = [...reading.problems];
  // Types 1–3 hold balances only: without verifications every outcome would read as nothing spent.
  if (/^[123]$/.test(ledger.sieType)) {
    problems.push(outcomeIssue("balances-only", { type: ledger.sieType }));
  }
  const fail = (more: readonly ImportProblem[] = []): ImportPreview => ({
    ok: false,
    problems: [...problems, ...more],
    sie,
  });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(`${asOf}T00:00:00Z`))) {
    return fail([outcomeIssue("as-of-not-a-date", { asOf })]);
  }
  const year = Number(asOf.slice(0, 4));
  const fiscalYear = ledger.fiscalYear;
  if (fiscalYear && (fiscalYear.start !== `${year}-01-01` || fiscalYear.end !== `${year}-12-31`)) {
    problems.push(outcomeIssue("fiscal-year", { asOf, year, start: fiscalYear.start, end: fiscalYear.end }));
  }
  // A 4I file may name no fiscal year: the follow-up year stands in for it, so every verification must lie in it.
  if (!fiscalYear) {
    const outside = ledger.verifications.filter((v) => !v.date.startsWith(`${year}-`));
    if (outside.length > 0) {
      const [first] = outside;
      problems.push(
        outcomeIssue("outside-follow-up-year", { count: outside.length, ver: verName(first), line: first.line, year }),
      );
    }
  }
  if (year !== plan.followUpYear) {
    problems.push(outcomeIssue("follow-up-year", { asOf, planYear: plan.followUpYear }));
  }
  const names = [...plan.interventions, ...plan.costRows].map((row) => row.name);
  const twice = names.filter(
    (name, i) => names.findIndex((n) => n.trim().toLowerCase() === name.trim().toLowerCase()) !== i,
  );
  twice.forEach((name) => problems.push(outcomeIssue("name-twice", { name })));
  const mapping = readMapping(plan.mapping.rows, plan.mapping.firstRow, names);
  problems.push(...mapping.problems);
  const costNames = new Set(plan.costRows.map((row) => row.name));
  const costTargets = [...new Set(mapping.rows.map((row) => row.target).filter((target) => costNames.has(target)))];
  if (costTargets.length > 0 && year !== plan.budgetYear) {
    problems.push(outcomeIssue("cost-rows-year", { rows: costTargets.join(", "), budgetYear: plan.budgetYear, year }));
  }
  for (const row of mapping.rows) {
    if (row.accounts.from === row.accounts.to && !ledger.accounts.has(String(row.accounts.from))) {
      problems.push(outcomeIssue("account-not-in-file", { row: row.row, account: row.accounts.from }));
    }
  }
  if (problems.length > 0) return fail();

  const totals = aggregateOutcome(ledger, mapping.rows, asOf);
  if (totals.problems.length > 0) return fail(totals.problems);
  const changes: OutcomeChange[] = [];
  const notMapped: string[] = [];
  const collect = (rows: readonly OutcomeRow[], kind: OutcomeChange["kind"]) =>
    rows.forEach((row) => {
      const after = totals.byTarget.get(row.name);
      if (after) changes.push({ target: row.name, kind, cell: row.cell, before: row.current, after });
      else notMapped.push(row.name);
    });
  collect(plan.interventions, "intervention");
  collect(plan.costRows, "costRow");
  return {
    ok: true,
    asOf,
    changes,
    followUpDate: { cell: plan.followUpDate.cell, before: plan.followUpDate.current, after: dayNumber(asOf) },
    report: {
      company: ledger.company,
      fiscalYear,
      verifications: ledger.verifications.length,
      counted: totals.counted,
      later: totals.later,
      unmapped: totals.unmapped,
      notMapped,
    },
    sie,
  };
}

/** A row of the log sheet: what one cell held before an import and what the import wrote. */
export interface LogEntry {
  /** The import's own number in the log, one more than the log's highest; none in a log written before imports had one. */
  readonly importId: number | null;
  readonly importedAt: string;
  readonly file: string;
  readonly asOf: string;
  readonly cell: CellRef;
  readonly target: string;
  readonly before: number | null;
  readonly after: number;
}

/** The log of an import: every cell it writes, the follow-up date included, with the value it replaces. */
export function logEntries(
  preview: Extract<ImportPreview, { ok: true }>,
  file: string,
  importedAt: string,
  followUpDateLabel: string,
  importId: number,
): LogEntry[] {
  const base = { importId, importedAt, file, asOf: preview.asOf };
  return [
    ...preview.changes.map((change) => ({
      ...base,
      cell: change.cell,
      target: change.target,
      before: change.before,
      after: change.after.toNumber(),
    })),
    {
      ...base,
      cell: preview.followUpDate.cell,
      target: followUpDateLabel,
      before: preview.followUpDate.before,
      after: preview.followUpDate.after,
    },
  ];
}

/** The number of the next import: one more than the highest in the log, so that two imports in the same second stay apart. */
export function nextImportId(log: readonly LogEntry[]): number {
  return Math.max(0, ...log.map((entry) => entry.importId ?? 0)) + 1;
}

/**
 * What undoing the latest import writes back: each cell's value before it. The
 * latest import is the log's last entries with its number (by the time written,
 * in a log from before imports had numbers).
 */
export function undoEntries(log: readonly LogEntry[]): LogEntry[] {
  const latest = log[log.length - 1];
  if (!latest) return [];
  const same = (entry: LogEntry) =>
    latest.importId === null
      ? entry.importId === null && entry.importedAt === latest.importedAt
      : entry.importId === latest.importId;
  let first = log.length;
  while (first > 0 && same(log[first - 1])) first--;
  return log.slice(first);
}
