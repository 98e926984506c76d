import type { TakenNames } from "../templates/naming";
import type { Cell, CellGrid, CellStyle, DefinedName, SheetSpec, WorkbookSpec } from "../templates/spec";

/*
 * Puts a template into the open workbook: the only code that calls Office.js.
 *
 * Two round trips on success, whatever the size of the template: one reads the
 * names that are taken, one carries every write. Nothing is left half-written:
 * if the writes fail, the sheets and names this call added are removed again,
 * and nothing the user had is ever changed (the builder picks free names, and
 * the plan refuses one that is taken).
 *
 * Only types come from the `Excel` namespace, never its enums: enum values are
 * written as their string literals, so that the code also runs against a fake.
 */

/** What the writer is doing, for a progress line in the task pane (translated there). */
export type WriteStep = "reading" | "writing" | "undoing";

/** The writes failed; `cause` is Excel's error. What this call had added was removed, unless the message says otherwise. */
export class WorkbookWriteError extends Error {
  constructor(message: string, cause: unknown) {
    super(message, { cause });
    this.name = "WorkbookWriteError";
  }
}

export async function writeWorkbook(
  context: Excel.RequestContext,
  build: (taken: TakenNames) => WorkbookSpec,
  onProgress?: (step: WriteStep) => void,
): Promise<{ sheets: string[] }> {
  onProgress?.("reading");
  const readBefore = loadWorkbook(context);
  await context.sync();
  const before = readBefore();
  const plan = planWorkbook(build(before.taken), before.taken);

  onProgress?.("writing");
  try {
    queueWrites(context, plan);
    await context.sync();
  } catch (cause) {
    onProgress?.("undoing");
    throw await undo(context, plan, before.activeSheet, cause);
  }
  return { sheets: plan.sheets.map((sheet) => sheet.name) };
}

/* ---------- Reading ---------- */

interface WorkbookState {
  readonly taken: TakenNames;
  readonly activeSheet: string;
}

/** Queues the reads; the returned function gives their result after the sync. */
function loadWorkbook(context: Excel.RequestContext): () => WorkbookState {
  const sheets = context.workbook.worksheets.load("items/name");
  const names = context.workbook.names.load("items/name");
  // Read so that an undo can give the user back the sheet they were on.
  const active = context.workbook.worksheets.getActiveWorksheet().load("name");
  return () => ({
    taken: { sheets: sheets.items.map((sheet) => sheet.name), definedNames: names.items.map((name) => name.name) },
    activeSheet: active.name,
  });
}

/* ---------- Planning: pure, so that nothing can fail half-way through queuing ---------- */

/** What is typed into a cell: a constant or a formula. */
type CellInput = string | number | boolean;

interface StyleFormat {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly fontColor?: string;
  readonly fill?: string;
  readonly unlocked?: boolean;
  readonly topBorder?: boolean;
}

/**
 * How each cell style looks. Inputs are pale yellow and unlocked, so that on a
 * protected sheet they are the cells one can type in; labels and computed cells
 * keep Excel's defaults (and stay locked).
 */
const STYLE_FORMATS: Readonly<Record<CellStyle, StyleFormat>> = {
  title: { bold: true, size: 14 },
  header: { bold: true, fill: "#D9E1F2" },
  label: {},
  input: { fill: "#FFF2CC", fontColor: "#3F3F76", unlocked: true },
  computed: {},
  total: { bold: true, topBorder: true },
  check: { italic: true, fontColor: "#375623" },
  note: { italic: true, fontColor: "#595959" },
};

/** Excel's documented limit on the address string of `getRange`/`getRanges`. */
const ADDRESS_LIMIT = 8192;

/**
 * Column widths are given in characters of the default font (Calibri or Aptos
 * 11: 7-pixel digits) and Office.js takes points: Excel adds 5 pixels of padding,
 * and a pixel is 0.75 point at 96 dpi, so Excel's default 8.43 characters is 48 points.
 */
function columnWidthInPoints(characters: number): number {
  return (characters * 7 + 5) * 0.75;
}

interface SheetPlan {
  readonly name: string;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly formulas: CellInput[][];
  readonly numberFormats: string[][];
  /** Per style, addresses joined into strings under ADDRESS_LIMIT: one `getRanges` call each. */
  readonly styles: readonly { readonly format: StyleFormat; readonly addresses: readonly string[] }[];
  readonly columnWidths: readonly number[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly landscape: boolean;
  readonly printTitleRows?: string;
  readonly protect: boolean;
}

interface NamePlan {
  readonly name: string;
  readonly sheetIndex: number;
  readonly address: string;
}

interface WorkbookPlan {
  readonly sheets: readonly SheetPlan[];
  readonly names: readonly NamePlan[];
}

function planWorkbook(spec: WorkbookSpec, taken: TakenNames): WorkbookPlan {
  refuseTaken(
    "sheet",
    spec.sheets.map((sheet) => sheet.name),
    taken.sheets,
  );
  refuseTaken(
    "defined name",
    spec.names.map((name) => name.name),
    taken.definedNames,
  );
  return { sheets: spec.sheets.map(planSheet), names: spec.names.map((name) => planName(name, spec.sheets)) };
}

/** A builder that asks for a taken or twice-used name would make the writes touch what is not ours: refuse before writing. */
function refuseTaken(kind: string, wanted: readonly string[], taken: readonly string[]): void {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  for (const name of wanted) {
    if (used.has(name.toLowerCase())) {
      throw new Error(`The template asks for the ${kind} "${name}", which is already taken.`);
    }
    used.add(name.toLowerCase());
  }
}

function planName(name: DefinedName, sheets: readonly SheetSpec[]): NamePlan {
  const sheetIndex = sheets.findIndex((sheet) => sheet.key === name.sheet);
  if (sheetIndex < 0) {
    throw new Error(
      `The defined name "${name.name}" refers to the sheet key "${name.sheet}", which the template does not have.`,
    );
  }
  return { name: name.name, sheetIndex, address: name.address };
}

function planSheet(sheet: SheetSpec): SheetPlan {
  const columnCount = sheet.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const cellAt = (row: readonly (Cell | null)[], column: number): Cell | null => row[column] ?? null;
  const grid = <T>(value: (cell: Cell | null) => T): T[][] =>
    sheet.rows.map((row) => Array.from({ length: columnCount }, (_, column) => value(cellAt(row, column))));
  return {
    name: sheet.name,
    rowCount: sheet.rows.length,
    columnCount,
    formulas: grid(cellInput),
    numberFormats: grid((cell) => cell?.format ?? "General"),
    styles: [...styleAreas(sheet.rows)].map(([style, rects]) => ({
      format: STYLE_FORMATS[style],
      addresses: joinAddresses(rects.map(rectAddress)),
    })),
    columnWidths: sheet.columnWidths.map(columnWidthInPoints),
    freeze: sheet.freeze,
    landscape: sheet.print.landscape,
    printTitleRows: sheet.print.titleRows,
    protect: sheet.protect,
  };
}

/**
 * Constants and formulas go in one `formulas` write. Text gets Excel's text
 * prefix (the apostrophe, not part of the value) so that a label such as "1/2"
 * or "-" is not read as a date, a number or a formula.
 */
function cellInput(cell: Cell | null): CellInput {
  if (cell?.formula !== undefined) return cell.formula;
  const value = cell?.value ?? "";
  return typeof value === "string" && value !== "" ? `'${value}` : value;
}

interface Rect {
  readonly top: number;
  bottom: number;
  readonly left: number;
  readonly right: number;
}

/**
 * The cells of each style as few rectangles: runs along each row, stacked when
 * the same run repeats on the next row (a 5 000-row input column is one area).
 */
function styleAreas(rows: CellGrid): Map<CellStyle, Rect[]> {
  const areas = new Map<CellStyle, Rect[]>();
  let open = new Map<string, { style: CellStyle; rect: Rect }>();
  rows.forEach((row, r) => {
    const next = new Map<string, { style: CellStyle; rect: Rect }>();
    for (const run of styleRuns(row)) {
      const key = `${run.style}:${run.left}:${run.right}`;
      const above = open.get(key);
      open.delete(key);
      if (above) above.rect.bottom = r;
      next.set(key, above ?? { style: run.style, rect: { top: r, bottom: r, left: run.left, right: run.right } });
    }
    open.forEach(close);
    open = next;
  });
  open.forEach(close);
  return areas;

  function close({ style, rect }: { style: CellStyle; rect: Rect }): void {
    const rects = areas.get(style) ?? [];
    rects.push(rect);
    areas.set(style, rects);
  }
}

function styleRuns(row: readonly (Cell | null)[]): { style: CellStyle; left: number; right: number }[] {
  const runs: { style: CellStyle; left: number; right: number }[] = [];
  row.forEach((cell, column) => {
    const style = cell?.style;
    if (!style) return;
    const last = runs[runs.length - 1];
    if (last && last.style === style && last.right === column - 1) last.right = column;
    else runs.push({ style, left: column, right: column });
  });
  return runs;
}

/** Comma-joined addresses, each string under Excel's address limit. */
function joinAddresses(addresses: readonly string[]): string[] {
  const joined: string[] = [];
  for (const address of addresses) {
    const last = joined[joined.length - 1];
    if (last !== undefined && last.length + 1 + address.length <= ADDRESS_LIMIT)
      joined[joined.length - 1] = `${last},${address}`;
    else joined.push(address);
  }
  return joined;
}

function rectAddress(rect: Rect): string {
  const start = cellAddress(rect.top, rect.left);
  return rect.top === rect.bottom && rect.left === rect.right
    ? start
    : `${start}:${cellAddress(rect.bottom, rect.right)}`;
}

function cellAddress(row: number, column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return `${letters}${row + 1}`;
}

/* ---------- Queuing: the one place that talks to Excel's object model ---------- */

/**
 * Queues every write for the next sync, in units of one sheet. Sheets and names
 * come first, so that formulas never meet a sheet or name that does not exist
 * yet (Excel takes a reference to an unknown sheet for a link to another file). Excel on
 * the web refuses requests over about 5 MB: batching, when it comes, splits
 * here between units, with a sync after each batch.
 */
function queueWrites(context: Excel.RequestContext, plan: WorkbookPlan): void {
  const worksheets = plan.sheets.map((sheet) => context.workbook.worksheets.add(sheet.name));
  for (const name of plan.names) {
    context.workbook.names.add(name.name, worksheets[name.sheetIndex].getRange(name.address));
  }
  plan.sheets.forEach((sheet, index) => queueSheet(worksheets[index], sheet));
  worksheets[0]?.activate();
}

function queueSheet(worksheet: Excel.Worksheet, sheet: SheetPlan): void {
  if (sheet.rowCount > 0 && sheet.columnCount > 0) {
    const all = worksheet.getRangeByIndexes(0, 0, sheet.rowCount, sheet.columnCount);
    all.formulas = sheet.formulas;
    all.numberFormat = sheet.numberFormats;
  }
  for (const style of sheet.styles) {
    for (const addresses of style.addresses) applyStyle(worksheet.getRanges(addresses).format, style.format);
  }
  sheet.columnWidths.forEach((points, column) => {
    worksheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = points;
  });
  queueFreeze(worksheet, sheet.freeze);
  worksheet.pageLayout.orientation = sheet.landscape ? "Landscape" : "Portrait";
  if (sheet.printTitleRows) worksheet.pageLayout.setPrintTitleRows(sheet.printTitleRows);
  // Last: a protected sheet refuses further formatting.
  if (sheet.protect) {
    worksheet.protection.protect({ allowFormatColumns: true, allowFormatRows: true, selectionMode: "Normal" });
  }
}

function applyStyle(format: Excel.RangeFormat, style: StyleFormat): void {
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  if (style.size) format.font.size = style.size;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.fill) format.fill.color = style.fill;
  if (style.unlocked) format.protection.locked = false;
  if (style.topBorder) {
    // Edge and inside lines, so that every cell of an area has a line above it, however the areas were stacked.
    for (const edge of ["EdgeTop", "InsideHorizontal"] as const) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
    }
  }
}

function queueFreeze(worksheet: Excel.Worksheet, freeze: SheetPlan["freeze"]): void {
  if (!freeze) return;
  const { rows, columns } = freeze;
  if (rows > 0 && columns > 0) worksheet.freezePanes.freezeAt(worksheet.getRangeByIndexes(0, 0, rows, columns));
  else if (rows > 0) worksheet.freezePanes.freezeRows(rows);
  else if (columns > 0) worksheet.freezePanes.freezeColumns(columns);
}

/* ---------- Undoing ---------- */

/**
 * Removes what a failed batch left behind: Excel applies a batch's operations
 * in order up to the one that fails, so any prefix of the writes may exist.
 * One sync finds which of our sheets and names exist, and a second (only if
 * some do) deletes them. Only names this call planned are candidates, and the
 * plan holds no name that was taken when we read the workbook.
 */
async function undo(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  activeSheet: string,
  cause: unknown,
): Promise<WorkbookWriteError> {
  const failed = `Could not write the template (${describe(cause)})`;
  const ours = plan.sheets.map((sheet) => sheet.name);
  try {
    const readNow = loadWorkbook(context);
    await context.sync();
    const now = readNow();
    const sheets = ours.filter((name) => includesName(now.taken.sheets, name));
    const names = plan.names.map((name) => name.name).filter((name) => includesName(now.taken.definedNames, name));
    if (sheets.length > 0 || names.length > 0) {
      names.forEach((name) => context.workbook.names.getItem(name).delete());
      sheets.forEach((name) => context.workbook.worksheets.getItem(name).delete());
      if (includesName(sheets, now.activeSheet)) context.workbook.worksheets.getItem(activeSheet).activate();
      await context.sync();
    }
    return new WorkbookWriteError(`${failed}; nothing was changed.`, cause);
  } catch (undoError) {
    return new WorkbookWriteError(
      `${failed}, and removing what was written failed too (${describe(undoError)}): these sheets may remain: ${ours.join(", ")}.`,
      cause,
    );
  }
}

function includesName(names: readonly string[], name: string): boolean {
  return names.some((candidate) => candidate.toLowerCase() === name.toLowerCase());
}

/** Office.js errors carry a `code` (e.g. "InvalidArgument") beside the message. */
function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
  return typeof code === "string" && code !== "" ? `${code}: ${message}` : message;
}
