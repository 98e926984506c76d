/*
 * The workbook's grammar, once: column letters, A1 cells and areas, sheet names
 * quoted in references, and the `_N` suffix a template adds to a name the user
 * already had. Rows and columns are 0-based everywhere in the code; only the
 * text Excel reads and writes counts from 1. Date serials are the model's
 * (model/date-serial.ts), since the model counts days with them.
 */

/** A cell by its 0-based row and column. */
export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

/** A rectangle of cells by its top-left and bottom-right cells (the same cell for one cell). */
export interface CellArea {
  readonly first: CellPosition;
  readonly last: CellPosition;
}

/** A reference to cells on a sheet: `'Budget 2025'!$C$9:$C$11` is sheet "Budget 2025", address "$C$9:$C$11". */
export interface SheetReference {
  readonly sheet: string;
  readonly address: string;
}

/** Excel's last column, XFD. */
export const LAST_COLUMN = 16383;

/** Column letters of a 0-based column index: 0 → A, 26 → AA. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** The 0-based column index of column letters: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

/** An A1 address of a 0-based row and column; `absolute` pins both with $. */
export function a1(row: number, column: number, absolute = false): string {
  const pin = absolute ? "$" : "";
  return `${pin}${columnLetters(column)}${pin}${row + 1}`;
}

/** An area's A1 address: one cell as `B3`, more as `B3:C4`. */
export function areaAddress({ first, last }: CellArea, absolute = false): string {
  const start = a1(first.row, first.column, absolute);
  return first.row === last.row && first.column === last.column
    ? start
    : `${start}:${a1(last.row, last.column, absolute)}`;
}

const CELL = "\\$?([A-Za-z]{1,3})\\$?(\\d{1,7})";
const AREA = new RegExp(`^${CELL}(?::${CELL})?$`);

/** A cell or area address (`$B$3`, `B3:C4`), or undefined for anything else (whole rows or columns, names). */
export function parseArea(address: string): CellArea | undefined {
  const match = AREA.exec(address.trim());
  if (!match) return undefined;
  const first = { row: Number(match[2]) - 1, column: columnIndex(match[1]) };
  const last = match[3] ? { row: Number(match[4]) - 1, column: columnIndex(match[3]) } : first;
  return { first, last };
}

/** A sheet name as a reference carries it, quoted as Excel and LibreOffice both read it (quotes doubled). */
export function quoteSheet(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/** A reference to a cell or range on another sheet: `'Budget 2025'!C9`. */
export function onSheet(sheetName: string, address: string): string {
  return `${quoteSheet(sheetName)}!${address}`;
}

/**
 * A sheet-qualified reference as Excel writes it (`'Budget 2025'!$C$9`, `Parametrar!B2`, with or without "=").
 * An unquoted sheet name holds no operator, so that `=A1+Budget!B2` is no reference to a sheet "A1+Budget".
 */
export function parseReference(reference: string): SheetReference | undefined {
  const match = /^=?\s*(?:'((?:[^']|'')+)'|([^!'=()+\-*/,;&<>^"]+))!(.+)$/.exec(reference.trim());
  if (!match) return undefined;
  return { sheet: match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2], address: match[3] };
}

/** A reference's sheet and cells, or undefined when it is not one sheet's cell or area. */
export function parseSheetArea(reference: string): (CellArea & { readonly sheet: string }) | undefined {
  const parsed = parseReference(reference);
  const area = parsed && parseArea(parsed.address);
  return area && { sheet: parsed.sheet, ...area };
}

/**
 * The workbook's name for each base name, the newest where a clash gave it a suffix: a template
 * writes `Forbund_2` when the workbook had `Forbund` already (naming.ts), so the highest suffix is
 * the plan written last. Bases are given, never guessed from the names, so `Eget_kapital_2025` is
 * a base of its own and `Eget_kapital_2025_2` its second copy. Excel compares names without case.
 */
export function newestNames(names: readonly string[], bases: Iterable<string>): Map<string, string> {
  const byLowerCase = new Map([...bases].map((base) => [base.toLowerCase(), base]));
  const newest = new Map<string, { name: string; n: number }>();
  for (const name of names) {
    const exact = byLowerCase.get(name.toLowerCase());
    const suffixed = /^(.+)_(\d+)$/.exec(name);
    const base = exact ?? (suffixed ? byLowerCase.get(suffixed[1].toLowerCase()) : undefined);
    if (base === undefined) continue;
    const n = exact !== undefined ? 1 : Number(suffixed![2]);
    const seen = newest.get(base);
    if (!seen || n > seen.n) newest.set(base, { name, n });
  }
  return new Map([...newest].map(([base, { name }]) => [base, name]));
}
