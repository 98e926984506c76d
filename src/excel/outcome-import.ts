import type { CellRef, ImportPreview, LogEntry, OutcomeRow, PlanOutcomeCells } from "../outcome/import";
import type { BudgetCells } from "../outcome/projection";
import type { CellValue } from "../outcome/mapping";
import { LOG_COLUMN_WIDTHS, LOG_HEADER_ROW, logEntryOf, logHeaders } from "../outcome/log-layout";
import { type CellArea, a1, columnLetters, parseSheetArea } from "../templates/grammar";
import { KEY_NAMES } from "../templates/key-names";
import { CELL_LOOKS } from "../templates/cell-styles";
import { applyLook } from "./cell-looks";
import { type ExcelRunner, officeExcelRunner } from "./excel-runner";
import { planNames } from "./plan-workbook";
import { loadNames } from "./range-names";
import { columnWidthInPoints } from "./workbook-plan";

/*
 * The task pane's side of the outcome import (src/outcome/import.ts), over
 * Office.js as src/xlsx/outcome-workbook.ts is over ExcelJS: read the plan's
 * cells through its names, write a confirmed preview with its log in one sync,
 * undo the latest import. The pure parts (preview, log entries) and the labels
 * are loaded with the view that uses them, not with the pane's first load.
 */

export type ConfirmedPreview = Extract<ImportPreview, { ok: true }>;

/** The log sheet (Utfallslogg): where it is, what it holds, where the next import's rows go. */
export interface ImportLog {
  readonly sheet: string;
  readonly exists: boolean;
  /** Each entry with its row (1-based); rows an undo emptied are passed over. */
  readonly rows: readonly { readonly row: number; readonly entry: LogEntry }[];
  readonly nextRow: number;
  /** The log's word for the follow-up date, in the workbook's language. */
  readonly followUpDateLabel: string;
}

export interface OutcomeWorkbook extends PlanOutcomeCells {
  readonly log: ImportLog;
  /** The budget year's figures for the projection; none in a plan written before the templates named them. */
  readonly budget?: BudgetCells;
}

export interface OutcomeImportAdapter {
  /**
   * The plan's cells an import needs, its log and the budget's figures for the projection, or null when the
   * workbook has no plan with Kopplingar: two syncs.
   */
  read(): Promise<OutcomeWorkbook | null>;
  /**
   * Writes a confirmed preview of `read()`'s cells: the Utfall cells, the follow-up date and a log row for each,
   * in one sync. If Excel refuses, a second sync puts back what it had applied, and the error is thrown.
   */
  write(workbook: OutcomeWorkbook, preview: ConfirmedPreview, file: string, importedAt: string): Promise<LogEntry[]>;
  /** Puts back the values the latest import replaced and empties its log rows: three syncs (read, then write). */
  undoLatest(): Promise<LogEntry[]>;
}

/** Excel refused the writes; `restored` says whether what it had applied was put back. */
export class OutcomeImportError extends Error {
  constructor(
    message: string,
    readonly restored: boolean,
  ) {
    super(message);
    this.name = "OutcomeImportError";
  }
}

/** The log's layout, as outcome-workbook.ts writes it: a title, headers on row 3, an entry a row. */
const LOG_COLUMNS = LOG_COLUMN_WIDTHS.length;
/** Widths in characters, as the .xlsx log has them, in points (see workbook-plan.ts). */
const LOG_WIDTHS = LOG_COLUMN_WIDTHS.map(columnWidthInPoints);

const NEEDED = [
  KEY_NAMES.followUpYear,
  KEY_NAMES.budgetYear,
  KEY_NAMES.followUpDate,
  KEY_NAMES.mappings,
  KEY_NAMES.interventionNames,
  KEY_NAMES.interventionOutcomes,
  KEY_NAMES.costRowNames,
  KEY_NAMES.costRowOutcomes,
  KEY_NAMES.interventionBudgets,
  KEY_NAMES.openingEquity,
  KEY_NAMES.contribution,
  KEY_NAMES.guideline,
  KEY_NAMES.budgetOtherRevenues,
  KEY_NAMES.budgetCosts,
  KEY_NAMES.budgetInterventions,
] as const;
const REQUIRED = [KEY_NAMES.followUpYear, KEY_NAMES.budgetYear, KEY_NAMES.followUpDate, KEY_NAMES.mappings];

type Area = CellArea & { readonly sheet: string };

/** A range's address as Excel gives it ('Budget 2025'!C9:C11): its sheet and cells. */
function areaOf(address: string): Area {
  const area = parseSheetArea(address);
  if (!area) throw new Error(`Excel gave an address the add-in cannot read: ${address}`);
  return area;
}

/** The log's rows (1-based, as the log counts them) across all its columns. */
const logRowsAddress = (first: number, last: number) => `A${first}:${columnLetters(LOG_COLUMNS - 1)}${last}`;

/** Excel reads an empty cell as "": for the import it is no value. */
const cellValue = (value: unknown): CellValue =>
  value === "" || value === undefined ? null : (value as string | number | boolean | null);
const numberOf = (value: unknown): number | null => (typeof value === "number" ? value : null);
/** Text as a constant, never a date or formula Excel would make of it. */
const textInput = (text: string) => `'${text}`;

type Grid = readonly (readonly unknown[])[];
interface Read {
  readonly values: Grid;
  readonly area: Area;
}

function outcomeRows(names: Read | undefined, outcomes: Read | undefined): OutcomeRow[] {
  if (!names || !outcomes) return [];
  return names.values.map((row, i) => ({
    name: String(row[0] ?? "").trim(),
    cell: { sheet: outcomes.area.sheet, address: a1(outcomes.area.first.row + i, outcomes.area.first.column) },
    current: numberOf(outcomes.values[i]?.[0]),
  }));
}

function logRows(values: Grid, firstRow: number): ImportLog["rows"] {
  return values.flatMap((cells, i) => {
    const row = firstRow + i;
    const entry = row > LOG_HEADER_ROW ? logEntryOf(cells) : undefined;
    return entry ? [{ row, entry }] : [];
  });
}

const labels = () => import(/* webpackChunkName: "outcome-labels" */ "../templates/labels");

async function readWorkbook(context: Excel.RequestContext): Promise<OutcomeWorkbook | null> {
  const { LABELS } = await labels();
  // A name whose sheet was deleted cannot be read: it is passed over, and the plan written before it is used.
  const readNames = loadNames(context);
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();

  const found = planNames(readNames().ranges);
  if (REQUIRED.some((key) => !found.has(key))) return null;
  const ranges = new Map(
    NEEDED.filter((key) => found.has(key)).map((key) => [
      key,
      context.workbook.names
        .getItem(found.get(key) as string)
        .getRange()
        .load("address,values"),
    ]),
  );
  const logNames = [LABELS.sv.sheets.outcomeLog, LABELS.en.sheets.outcomeLog];
  const existing = sheets.items.find((sheet) => logNames.includes(sheet.name))?.name;
  const used = existing
    ? context.workbook.worksheets.getItem(existing).getUsedRange(true).load("address,values")
    : null;
  await context.sync();

  const read = (key: string): Read | undefined => {
    const range = ranges.get(key as (typeof NEEDED)[number]);
    return range && { values: range.values, area: areaOf(range.address) };
  };
  const single = (key: string) => {
    const { values, area } = read(key) as Read;
    return {
      cell: { sheet: area.sheet, address: a1(area.first.row, area.first.column) },
      current: numberOf(values[0]?.[0]),
    };
  };
  const mapping = read(KEY_NAMES.mappings) as Read;
  // The log speaks the workbook's language, which its Kopplingar sheet is named in.
  const words = mapping.area.sheet === LABELS.en.sheets.mappings ? LABELS.en : LABELS.sv;
  const rows = used ? logRows(used.values, areaOf(used.address).first.row + 1) : [];
  return {
    budget: budgetCells(read, found),
    followUpYear: single(KEY_NAMES.followUpYear).current ?? NaN,
    budgetYear: single(KEY_NAMES.budgetYear).current ?? NaN,
    followUpDate: single(KEY_NAMES.followUpDate),
    interventions: outcomeRows(read(KEY_NAMES.interventionNames), read(KEY_NAMES.interventionOutcomes)),
    costRows: outcomeRows(read(KEY_NAMES.costRowNames), read(KEY_NAMES.costRowOutcomes)),
    mapping: { firstRow: mapping.area.first.row + 1, rows: mapping.values.map((row) => row.map(cellValue)) },
    log: {
      sheet: existing ?? words.sheets.outcomeLog,
      exists: existing !== undefined,
      rows,
      nextRow: Math.max(LOG_HEADER_ROW, ...rows.map(({ row }) => row)) + 1,
      followUpDateLabel: words.outcomeLog.followUpDate,
    },
  };
}

/**
 * The budget's figures as read, or none when the plan's names do not cover them: a plan written before the
 * templates named them has Insatser's names without their budgets, or Kopplingar's cost rows without the budget's.
 */
function budgetCells(
  read: (key: string) => Read | undefined,
  found: ReadonlyMap<string, string>,
): BudgetCells | undefined {
  const pairs = [
    [KEY_NAMES.interventionNames, KEY_NAMES.interventionBudgets],
    [KEY_NAMES.costRowNames, KEY_NAMES.budgetCosts],
  ];
  const always = [KEY_NAMES.openingEquity, KEY_NAMES.contribution, KEY_NAMES.guideline];
  if (
    pairs.some(([rows, budgets]) => found.has(rows) !== found.has(budgets)) ||
    !always.every((key) => found.has(key))
  ) {
    return undefined;
  }
  const notNumbers: CellRef[] = [];
  // A column of a named area, a number a row; an empty cell counts 0, as the sheet's sums count it.
  const column = (key: string, index = 0): number[] => {
    const area = read(key);
    if (!area) return [];
    return area.values.map((row, i) => {
      const value = row[index];
      if (typeof value === "number") return value;
      if (value !== "" && value !== null && value !== undefined) {
        notNumbers.push({
          sheet: area.area.sheet,
          address: a1(area.area.first.row + i, area.area.first.column + index),
        });
      }
      return 0;
    });
  };
  const single = (key: string) => column(key)[0] ?? 0;
  const interventions = read(KEY_NAMES.budgetInterventions);
  const width = interventions ? interventions.area.last.column - interventions.area.first.column : 0;
  const amounts = column(KEY_NAMES.budgetInterventions, width);
  return {
    openingEquity: single(KEY_NAMES.openingEquity),
    contribution: single(KEY_NAMES.contribution),
    guideline: single(KEY_NAMES.guideline),
    otherRevenues: column(KEY_NAMES.budgetOtherRevenues),
    costs: column(KEY_NAMES.budgetCosts),
    interventions: (interventions?.values ?? []).map((row, i) => ({
      label: String(row[0] ?? "").trim(),
      amount: amounts[i],
    })),
    followUpBudgets: column(KEY_NAMES.interventionBudgets),
    notNumbers,
  };
}

interface CellWrite {
  readonly cell: CellRef;
  readonly value: number | null;
}

const logLine = (entry: LogEntry): unknown[] => [
  textInput(entry.importedAt),
  textInput(entry.file),
  textInput(entry.asOf),
  textInput(entry.cell.sheet),
  textInput(entry.cell.address),
  textInput(entry.target),
  entry.before ?? "",
  entry.after,
  entry.importId ?? "",
];

/**
 * Queues the writes, syncs once, and if Excel refuses, puts back in a second
 * sync what the batch may have applied: Office.js applies a batch's operations
 * up to the one that fails.
 */
async function writeOnce(
  context: Excel.RequestContext,
  writes: { cells: readonly CellWrite[]; log: { sheet: string; row: number; lines: readonly unknown[][] } },
  restore: { cells: readonly CellWrite[]; log: { lines: readonly unknown[][] } | "delete" },
): Promise<void> {
  const sheets = context.workbook.worksheets;
  const put = ({ cell, value }: CellWrite) =>
    (sheets.getItem(cell.sheet).getRange(cell.address).formulas = [[value ?? ""]]);
  const logRange = (lines: number) =>
    sheets.getItem(writes.log.sheet).getRange(logRowsAddress(writes.log.row, writes.log.row + lines - 1));
  writes.cells.forEach(put);
  if (writes.log.lines.length > 0) logRange(writes.log.lines.length).formulas = writes.log.lines as unknown[][];
  try {
    await context.sync();
  } catch (cause) {
    let restored = true;
    try {
      restore.cells.forEach(put);
      if (restore.log === "delete") {
        // Whether the batch got as far as adding the log sheet.
        const present = sheets.load("items/name");
        await context.sync();
        if (present.items.some((sheet) => sheet.name === writes.log.sheet)) sheets.getItem(writes.log.sheet).delete();
      } else if (restore.log.lines.length > 0) {
        logRange(restore.log.lines.length).formulas = restore.log.lines as unknown[][];
      }
      await context.sync();
    } catch {
      restored = false;
    }
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new OutcomeImportError(message, restored);
  }
}

function addLogSheet(
  context: Excel.RequestContext,
  name: string,
  words: Awaited<ReturnType<typeof labels>>["LABELS"]["sv"]["outcomeLog"],
): void {
  const sheet = context.workbook.worksheets.add(name);
  sheet.getRange("A1").formulas = [[textInput(words.title)]];
  applyLook(sheet.getRange("A1"), CELL_LOOKS.title, 1);
  const headers = logHeaders(words);
  const headerRange = sheet.getRange(logRowsAddress(LOG_HEADER_ROW, LOG_HEADER_ROW));
  headerRange.formulas = [headers.map(textInput)];
  applyLook(headerRange, CELL_LOOKS.header, 1);
  LOG_WIDTHS.forEach((points, column) => (sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = points));
}

export function officeOutcomeImport(runner: ExcelRunner = officeExcelRunner): OutcomeImportAdapter {
  return {
    read: () => runner.run(readWorkbook),

    write: async (workbook, preview, file, importedAt) => {
      const [{ logEntries, nextImportId }, { LABELS }] = await Promise.all([
        import(/* webpackChunkName: "outcome-import" */ "../outcome/import"),
        labels(),
      ]);
      const { log } = workbook;
      const id = nextImportId(log.rows.map(({ entry }) => entry));
      const entries = logEntries(preview, file, importedAt, log.followUpDateLabel, id);
      const lines = entries.map(logLine);
      return runner.run(async (context) => {
        if (!log.exists) {
          const language = log.sheet === LABELS.en.sheets.outcomeLog ? "en" : "sv";
          addLogSheet(context, log.sheet, LABELS[language].outcomeLog);
        }
        await writeOnce(
          context,
          {
            cells: entries.map((entry) => ({ cell: entry.cell, value: entry.after })),
            log: { sheet: log.sheet, row: log.nextRow, lines },
          },
          {
            cells: entries.map((entry) => ({ cell: entry.cell, value: entry.before })),
            log: log.exists ? { lines: lines.map((line) => line.map(() => "")) } : "delete",
          },
        );
        return entries;
      });
    },

    undoLatest: async () => {
      const { undoEntries } = await import(/* webpackChunkName: "outcome-import" */ "../outcome/import");
      return runner.run(async (context) => {
        const workbook = await readWorkbook(context);
        const rows = workbook?.log.rows ?? [];
        // The latest import's rows are the log's last ones, written together: empty them, or put them back.
        const undone = rows.slice(rows.length - undoEntries(rows.map(({ entry }) => entry)).length);
        if (!workbook || undone.length === 0) return [];
        const lines = undone.map(({ entry }) => logLine(entry));
        await writeOnce(
          context,
          {
            cells: undone.map(({ entry }) => ({ cell: entry.cell, value: entry.before })),
            log: { sheet: workbook.log.sheet, row: undone[0].row, lines: lines.map((line) => line.map(() => "")) },
          },
          { cells: undone.map(({ entry }) => ({ cell: entry.cell, value: entry.after })), log: { lines } },
        );
        return undone.map(({ entry }) => entry);
      });
    },
  };
}
