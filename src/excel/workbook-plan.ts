import { CELL_LOOKS, type CellLook } from "../templates/cell-styles";
import type { TakenNames } from "../templates/naming";
import type { Cell, CellGrid, CellStyle, DefinedName, SheetSpec, WorkbookSpec } from "../templates/spec";

/*
 * A template turned into the writes Excel needs: pure, so that nothing can fail
 * half-way through queuing. Grids of formulas and formats per sheet, styles as
 * few rectangles, widths in points.
 */
/** What is typed into a cell: a constant or a formula. */
export type CellInput = string | number | boolean;

/**
 * Column widths are given in characters of the default font (Calibri or Aptos
 * 11: 7-pixel digits) and Office.js takes points: Excel adds 5 pixels of padding,
 * and a pixel is 0.75 point at 96 dpi, so Excel's default 8.43 characters is 48 points.
 */
export function columnWidthInPoints(characters: number): number {
  return (characters * 7 + 5) * 0.75;
}

export interface SheetPlan {
  readonly name: string;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly formulas: CellInput[][];
  readonly numberFormats: string[][];
  /**
   * Per style, its cells as rectangles, one `getRangeByIndexes` each: never an address list, which desktop Excel
   * reads with the regional list separator (";" in Sweden) and refuses with commas (office-js#1167, #1985).
   */
  readonly styles: readonly { readonly format: CellLook; readonly areas: readonly Area[] }[];
  readonly columnWidths: readonly number[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly landscape: boolean;
  readonly printTitleRows?: string;
  readonly printArea?: string;
  readonly pageBreaks: readonly number[];
  readonly protect: boolean;
}

export interface NamePlan {
  readonly name: string;
  readonly sheetIndex: number;
  readonly address: string;
}

export interface WorkbookPlan {
  readonly sheets: readonly SheetPlan[];
  readonly names: readonly NamePlan[];
}

export function planWorkbook(spec: WorkbookSpec, taken: TakenNames): WorkbookPlan {
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
  // A name over several areas is written with the regional list separator, "," or ";" (office-js#2891): one rectangle.
  if (/[,;]/.test(name.address)) {
    throw new Error(
      `The defined name "${name.name}" refers to several areas (${name.address}); it must be one rectangle.`,
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
    // Labels and computed cells keep Excel's defaults: nothing to write for them.
    styles: [...styleAreas(sheet.rows)]
      .filter(([style]) => Object.keys(CELL_LOOKS[style]).length > 0)
      .map(([style, rects]) => ({
        format: CELL_LOOKS[style],
        areas: rects.map(({ top, left, bottom, right }) => ({
          top,
          left,
          rows: bottom - top + 1,
          columns: right - left + 1,
        })),
      })),
    columnWidths: sheet.columnWidths.map(columnWidthInPoints),
    freeze: sheet.freeze,
    landscape: sheet.print.landscape,
    printTitleRows: sheet.print.titleRows,
    printArea: sheet.print.area,
    pageBreaks: sheet.print.pageBreaks ?? [],
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

/** A rectangle of cells by its top left cell (0-based) and size, as `getRangeByIndexes` takes it. */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
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
