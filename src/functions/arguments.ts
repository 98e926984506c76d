import { PlanError } from "../model/errors";
import { money } from "../model/money";

/**
 * The one place where Excel's argument values become model values. Excel hands
 * a custom function numbers, text, booleans, and `null` or `""` for empty cells,
 * a range as rows of those; anything else gets a message naming the argument and
 * the item, never a guess.
 */
export type CellValue = number | string | boolean | null | undefined;
export type RangeValue = CellValue | CellValue[][];

/** Excel's date serials run from 1900-01-01 (1) to 9999-12-31 (2 958 465). */
const LAST_EXCEL_DATE = 2958465;

export function isEmpty(value: CellValue): value is null | undefined | "" {
  return value === null || value === undefined || value === "";
}

export function readNumber(value: CellValue, argument: string): number {
  if (isEmpty(value)) {
    throw invalid(`${argument} is empty; it needs a number`);
  }
  return checkNumber(value, argument);
}

/**
 * An amount to be shared in whole units (kronor, or öre with 2 decimals) and
 * handed back to Excel: its parts are exact only while the amount in units is a
 * safe integer of Excel's binary numbers (9 007 199 254 740 991). Beyond that,
 * fees would come back rounded and no longer add up, so they are refused.
 */
export function checkShareable(amount: number, argument: string, decimals = 0): number {
  if (Math.abs(amount) * 10 ** decimals > Number.MAX_SAFE_INTEGER) {
    throw new PlanError(
      "invalid-number",
      `${argument} is too large to share exactly: Excel's numbers hold whole ${decimals > 0 ? "öre" : "kronor"} only up to ${money(
        Number.MAX_SAFE_INTEGER,
      )
        .div(10 ** decimals)
        .toFixed()}`,
    );
  }
  return amount;
}

export function readOptionalNumber(value: CellValue, argument: string, fallback: number): number {
  return isEmpty(value) ? fallback : checkNumber(value, argument);
}

export function readText(value: CellValue, argument: string): string {
  if (isEmpty(value)) {
    throw invalid(`${argument} is empty; it needs a name`);
  }
  return String(value).trim();
}

export function readDate(value: CellValue, argument: string): number {
  const serial = readNumber(value, argument);
  if (serial < 1 || serial >= LAST_EXCEL_DATE + 1) {
    throw new PlanError(
      "invalid-number",
      `${argument} (${serial}) is not a date Excel knows (1900-01-01 to 9999-12-31)`,
    );
  }
  // A date with a time of day still counts as that day.
  return Math.floor(serial);
}

/** A single column or row of cells, in order; a block of several rows and columns is refused. */
export function readCells(range: RangeValue, argument: string): CellValue[] {
  if (!Array.isArray(range)) {
    return [range];
  }
  const rows = range.length;
  const columns = rows === 0 ? 0 : range[0].length;
  if (rows === 0 || columns === 0) {
    throw invalid(`${argument} is an empty range`);
  }
  if (rows > 1 && columns > 1) {
    throw invalid(`${argument} must be a single column or row, not ${rows} rows × ${columns} columns`);
  }
  return rows > 1 ? range.map((row) => row[0]) : range[0];
}

/** Every cell must hold a number. */
export function readNumbers(range: RangeValue, argument: string): number[] {
  return readCells(range, argument).map((value, index) => readNumber(value, itemOf(argument, index)));
}

/** The numbers of a range to be added up; empty cells count as nothing, as in SUM, but text is refused. */
export function readAddends(range: RangeValue, argument: string): number[] {
  const cells = Array.isArray(range) ? range.flat() : [range];
  const numbers: number[] = [];
  cells.forEach((value, index) => {
    if (!isEmpty(value)) {
      numbers.push(checkNumber(value, itemOf(argument, index)));
    }
  });
  return numbers;
}

/** The addends of each column of a range (a plan's years side by side), as readAddends reads one. */
export function readColumnAddends(range: RangeValue, argument: string): number[][] {
  const rows = Array.isArray(range) ? range : [[range]];
  const columns = rows.length === 0 ? 0 : rows[0].length;
  if (columns === 0) {
    throw invalid(`${argument} is an empty range`);
  }
  return Array.from({ length: columns }, (_, column) =>
    readAddends(
      rows.map((row) => [row[column]]),
      `${argument} column ${column + 1}`,
    ),
  );
}

export function itemOf(argument: string, index: number): string {
  return `${argument} (item ${index + 1})`;
}

function checkNumber(value: CellValue, argument: string): number {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      throw new PlanError("invalid-number", `${argument} is not a finite number`);
    }
    return value;
  }
  const shown = typeof value === "string" ? `the text "${value}"` : `the value ${String(value).toUpperCase()}`;
  throw invalid(`${argument} is ${shown}; it needs a number`);
}

function invalid(message: string): PlanError {
  return new PlanError("invalid-value", message);
}
