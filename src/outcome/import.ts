import { Money } from "../model/money";
import { dayNumber } from "../model/plan";
import { readSie, SieProblem, SkippedRecords } from "../sie/read-sie";
import { aggregateOutcome, UnmappedAccount } from "./aggregate";
import { CellValue, readMapping } from "./mapping";

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
  readonly skipped: readonly SkippedRecords[];
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
    }
  | { readonly ok: false; readonly problems: readonly string[]; readonly skipped: readonly SkippedRecords[] };

/**
 * What importing `file` up to and including `asOf` would change, or every
 * reason it cannot be imported. Nothing is partly imported: one problem and
 * there are no changes. The fiscal year must be the calendar year of the
 * follow-up (Insatser's budgets are for it), and cost rows can be followed up
 * only in the budget year (their budget is the budget sheet's).
 */
export function previewImport(plan: PlanOutcomeCells, file: Uint8Array, asOf: string): ImportPreview {
  const { ledger, problems: sieProblems, skipped } = readSie(file);
  const problems = sieProblems.map(lineText);
  const fail = (more: readonly string[] = []): ImportPreview => ({
    ok: false,
    problems: [...problems, ...more],
    skipped,
  });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(`${asOf}T00:00:00Z`))) {
    return fail([`the follow-up date "${asOf}" is not a date (YYYY-MM-DD)`]);
  }
  const year = Number(asOf.slice(0, 4));
  const fiscalYear = ledger.fiscalYear;
  if (fiscalYear && (fiscalYear.start !== `${year}-01-01` || fiscalYear.end !== `${year}-12-31`)) {
    problems.push(
      `the follow-up date ${asOf} needs the books of ${year} (January–December); the file's fiscal year is ${fiscalYear.start}–${fiscalYear.end}`,
    );
  }
  if (year !== plan.followUpYear) {
    problems.push(`the follow-up date ${asOf} is not in the plan's follow-up year ${plan.followUpYear} (Parametrar)`);
  }
  const names = [...plan.interventions, ...plan.costRows].map((row) => row.name);
  const twice = names.filter(
    (name, i) => names.findIndex((n) => n.trim().toLowerCase() === name.trim().toLowerCase()) !== i,
  );
  twice.forEach((name) => problems.push(`"${name}" names both an intervention and a cost row (or two of either)`));
  const mapping = readMapping(plan.mapping.rows, plan.mapping.firstRow, names);
  problems.push(...mapping.problems);
  const costNames = new Set(plan.costRows.map((row) => row.name));
  const costTargets = [...new Set(mapping.rows.map((row) => row.target).filter((target) => costNames.has(target)))];
  if (costTargets.length > 0 && year !== plan.budgetYear) {
    problems.push(
      `the cost rows ${costTargets.join(", ")} have budgets for ${plan.budgetYear}, not for the follow-up year ${year}`,
    );
  }
  for (const row of mapping.rows) {
    if (row.accounts.from === row.accounts.to && !ledger.accounts.has(String(row.accounts.from))) {
      problems.push(`Kopplingar row ${row.row}: account ${row.accounts.from} is not in the file's chart of accounts`);
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
      skipped,
      unmapped: totals.unmapped,
      notMapped,
    },
  };
}

/** A row of the log sheet: what one cell held before an import and what the import wrote. */
export interface LogEntry {
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
): LogEntry[] {
  const base = { importedAt, file, asOf: preview.asOf };
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

/** What undoing the latest import writes back: each cell's value before it. */
export function undoEntries(log: readonly LogEntry[]): LogEntry[] {
  const latest = log.length > 0 ? log[log.length - 1].importedAt : undefined;
  return log.filter((entry) => entry.importedAt === latest);
}

const lineText = ({ line, message }: SieProblem) => (line > 0 ? `line ${line}: ${message}` : message);
