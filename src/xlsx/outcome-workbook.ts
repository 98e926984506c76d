import ExcelJS from "exceljs";
import { serialOf } from "../model/date-serial";
import { CellValue } from "../outcome/mapping";
import { LOG_COLUMN_WIDTHS, LOG_HEADER_ROW, logEntryOf, logHeaders } from "../outcome/log-layout";
import {
  CellRef,
  ImportPreview,
  LogEntry,
  OutcomeRow,
  PlanOutcomeCells,
  logEntries,
  nextImportId,
  undoEntries,
} from "../outcome/import";
import { type CellArea, type CellPosition, a1, parseSheetArea } from "../templates/grammar";
import { KEY_NAMES } from "../templates/key-names";
import { LABELS, Labels } from "../templates/labels";
import { cellStyle } from "./styles";
import type { Language } from "../model/language";

/** A workbook an import cannot use, with why in both languages (the error's own message is the English). */
export class OutcomeWorkbookError extends Error {
  constructor(readonly reason: Readonly<Record<Language, string>>) {
    super(reason.en);
    this.name = "OutcomeWorkbookError";
  }
}

type Area = CellArea & { readonly sheet: string };

/** Where a defined name points, e.g. 'Budget 2025'!$C$9:$C$11. */
function areaOf(workbook: ExcelJS.Workbook, name: string, required = true): Area | undefined {
  const [range] = workbook.definedNames.getRanges(name).ranges;
  const area = range === undefined ? undefined : parseSheetArea(range);
  if (!area) {
    if (!required) return undefined;
    throw new OutcomeWorkbookError({
      sv: `arbetsboken har inget namn ${name}: den är ingen Finsam-plan, eller en gjord före bladet Kopplingar (gör den igen med npm run workbook)`,
      en: `the workbook has no name ${name}: it is not a Finsam plan, or one made before the Kopplingar sheet (make it again with npm run workbook)`,
    });
  }
  return area;
}

/** A cell by its 0-based position: ExcelJS counts from 1. */
const cellAt = (sheet: ExcelJS.Worksheet, { row, column }: CellPosition): ExcelJS.Cell =>
  sheet.getCell(row + 1, column + 1);

function worksheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) {
    throw new OutcomeWorkbookError({
      sv: `arbetsboken har inget blad "${name}"`,
      en: `the workbook has no sheet "${name}"`,
    });
  }
  return sheet;
}

/** A cell's value as a number, text or nothing (a formula's cached result, a date as its serial). */
function valueOf(cell: ExcelJS.Cell): CellValue {
  const value = cell.value;
  if (value instanceof Date) return serialOf(value);
  if (value && typeof value === "object") {
    if ("result" in value) return (value.result as CellValue) ?? null;
    if ("richText" in value) return value.richText.map((run) => run.text).join("");
    return null;
  }
  return value as CellValue;
}

const numberOf = (value: CellValue): number | null => (typeof value === "number" ? value : null);

function column(workbook: ExcelJS.Workbook, area: Area): ExcelJS.Cell[] {
  const sheet = worksheet(workbook, area.sheet);
  const { row, column } = area.first;
  return Array.from({ length: area.last.row - row + 1 }, (_, i) => cellAt(sheet, { row: row + i, column }));
}

function outcomeRows(workbook: ExcelJS.Workbook, namesName: string, outcomesName: string): OutcomeRow[] {
  const names = areaOf(workbook, namesName, false);
  const outcomes = areaOf(workbook, outcomesName, false);
  if (!names || !outcomes) return [];
  const outcomeCells = column(workbook, outcomes);
  return column(workbook, names).map((cell, i) => ({
    name: String(valueOf(cell) ?? "").trim(),
    cell: { sheet: outcomes.sheet, address: a1(outcomes.first.row + i, outcomes.first.column) },
    current: numberOf(valueOf(outcomeCells[i])),
  }));
}

/** The plan's cells an import needs, found through the names the templates give them. */
export function readOutcomeCells(workbook: ExcelJS.Workbook): PlanOutcomeCells {
  const single = (name: string) => {
    const area = areaOf(workbook, name) as Area;
    const value = valueOf(cellAt(worksheet(workbook, area.sheet), area.first));
    return {
      cell: { sheet: area.sheet, address: a1(area.first.row, area.first.column) },
      current: numberOf(value),
    };
  };
  const mapping = areaOf(workbook, KEY_NAMES.mappings) as Area;
  const mappingSheet = worksheet(workbook, mapping.sheet);
  const rows = Array.from({ length: mapping.last.row - mapping.first.row + 1 }, (_, r) =>
    Array.from({ length: mapping.last.column - mapping.first.column + 1 }, (_, c) =>
      valueOf(cellAt(mappingSheet, { row: mapping.first.row + r, column: mapping.first.column + c })),
    ),
  );
  return {
    followUpYear: single(KEY_NAMES.followUpYear).current ?? NaN,
    budgetYear: single(KEY_NAMES.budgetYear).current ?? NaN,
    followUpDate: single(KEY_NAMES.followUpDate),
    interventions: outcomeRows(workbook, KEY_NAMES.interventionNames, KEY_NAMES.interventionOutcomes),
    costRows: outcomeRows(workbook, KEY_NAMES.costRowNames, KEY_NAMES.costRowOutcomes),
    mapping: { firstRow: mapping.first.row + 1, rows },
  };
}

/** The words of the workbook's language: its Kopplingar sheet is named in it. */
function labelsOf(workbook: ExcelJS.Workbook): Labels {
  const sheet = areaOf(workbook, KEY_NAMES.mappings)?.sheet;
  return sheet === LABELS.en.sheets.mappings ? LABELS.en : LABELS.sv;
}

function logSheet(workbook: ExcelJS.Workbook, labels: Labels): ExcelJS.Worksheet {
  const existing = workbook.getWorksheet(labels.sheets.outcomeLog);
  if (existing) return existing;
  const sheet = workbook.addWorksheet(labels.sheets.outcomeLog);
  const words = labels.outcomeLog;
  sheet.getCell(1, 1).value = words.title;
  Object.assign(sheet.getCell(1, 1), cellStyle("title"));
  logHeaders(words).forEach((header, i) => {
    const cell = sheet.getCell(LOG_HEADER_ROW, i + 1);
    cell.value = header;
    Object.assign(cell, cellStyle("header"));
  });
  LOG_COLUMN_WIDTHS.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  return sheet;
}

function write(workbook: ExcelJS.Workbook, cell: CellRef, value: number | null): void {
  worksheet(workbook, cell.sheet).getCell(cell.address).value = value;
}

/**
 * Writes a confirmed preview into the workbook in one go: every outcome cell,
 * the follow-up date, and a log row per cell with the value it replaces.
 */
export function applyOutcome(
  workbook: ExcelJS.Workbook,
  preview: Extract<ImportPreview, { ok: true }>,
  file: string,
  importedAt: string,
): LogEntry[] {
  const labels = labelsOf(workbook);
  const log = logSheet(workbook, labels);
  const rows = logRows(log);
  const id = nextImportId(rows.map(({ entry }) => entry));
  const entries = logEntries(preview, file, importedAt, labels.outcomeLog.followUpDate, id);
  let next = Math.max(LOG_HEADER_ROW, ...rows.map(({ number }) => number)) + 1;
  for (const entry of entries) {
    write(workbook, entry.cell, entry.after);
    log.getRow(next++).values = [
      entry.importedAt,
      entry.file,
      entry.asOf,
      entry.cell.sheet,
      entry.cell.address,
      entry.target,
      entry.before,
      entry.after,
      entry.importId,
    ];
  }
  return entries;
}

/** The log's entries with their row numbers; rows an undo emptied are passed over. */
function logRows(log: ExcelJS.Worksheet | undefined): { number: number; entry: LogEntry }[] {
  const rows: { number: number; entry: LogEntry }[] = [];
  log?.eachRow((row, number) => {
    if (number <= LOG_HEADER_ROW) return;
    const entry = logEntryOf(LOG_COLUMN_WIDTHS.map((_, i) => valueOf(row.getCell(i + 1))));
    if (entry) rows.push({ number, entry });
  });
  return rows;
}

/** Puts back the values the latest import replaced, and empties its rows of the log. */
export function undoLastImport(workbook: ExcelJS.Workbook): LogEntry[] {
  const log = workbook.getWorksheet(labelsOf(workbook).sheets.outcomeLog);
  const rows = logRows(log);
  const undone = undoEntries(rows.map(({ entry }) => entry));
  undone.forEach((entry) => write(workbook, entry.cell, entry.before));
  // ExcelJS's spliceRows leaves a read sheet's rows in place, so the rows are emptied instead.
  rows.slice(rows.length - undone.length).forEach(({ number }) => (log!.getRow(number).values = []));
  return undone;
}
