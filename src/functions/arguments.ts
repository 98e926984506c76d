import { PlanError } from "../model/errors";
import { MessageCode, Param, Subject } from "../model/messages";
import { money } from "../model/money";
import { LAST_DATE_SERIAL } from "../model/date-serial";

/**
 * The one place where Excel's argument values become model values. Excel hands
 * a custom function numbers, text, booleans, and `null` or `""` for empty cells,
 * a range as rows of those; a cell with a data type (a linked Stocks or Geography
 * entity, or any Excel.CellValue) arrives as an object, as the generated metadata
 * allows custom data in `any` parameters. Anything that is not what the argument
 * needs gets a message naming the argument and the item, never a guess.
 */
export type CellValue = number | string | boolean | null | undefined | DataTypeValue;
export type RangeValue = CellValue | CellValue[][];

/** The part of Excel.CellValue read here: every kind has a `type`; plain kinds a `basicValue`, entities a `text`. */
export interface DataTypeValue {
  readonly type?: unknown;
  readonly basicValue?: unknown;
  readonly text?: unknown;
}

/**
 * An argument as a message names it: a parameter's name, or that with a row, column or item; or a member's
 * population. An item of a range is named by a function, called only when a message needs the name: a
 * recalculation reads thousands of cells and refuses none.
 */
export type Argument = string | Subject | (() => Subject);
type ParameterSubject = Extract<Subject, { parameter: string }>;

/** Data types whose basic value is the cell's value; the rest (entities, images, arrays, errors) are refused. */
const PLAIN_TYPES = new Set(["Double", "FormattedNumber", "String", "Boolean", "Empty"]);

export function isEmpty(value: CellValue): value is null | undefined | "" {
  const plain = plainValue(value);
  return plain === null || plain === undefined || plain === "";
}

export function readNumber(value: CellValue, argument: Argument): number {
  if (isPlainNumber(value)) return value;
  if (isEmpty(value)) {
    throw invalid("argument-empty-number", { subject: subjectOf(argument) });
  }
  return checkNumber(value, argument);
}

/**
 * An amount to be shared in whole units (kronor, or öre with 2 decimals) and
 * handed back to Excel: its parts come back exact only while Excel's binary
 * numbers hold every unit. Whole kronor are exact up to 2⁵³ − 1; a number with
 * decimals reads back at its decimals only below 2⁵² units, where the numbers
 * lie closer together than one unit. Beyond that, fees would come back rounded
 * and no longer add up, so they are refused.
 */
export function checkShareable(amount: number, argument: Argument, decimals = 0): number {
  const units = decimals === 0 ? Number.MAX_SAFE_INTEGER : 2 ** 52;
  if (Math.abs(amount) * 10 ** decimals > units) {
    throw new PlanError("invalid-number", {
      code: "argument-too-large",
      params: { subject: subjectOf(argument), decimals, limit: money(units).div(10 ** decimals) },
    });
  }
  return amount;
}

export function readOptionalNumber(value: CellValue, argument: Argument, fallback: number): number {
  return isEmpty(value) ? fallback : checkNumber(value, argument);
}

/** A name: text as typed, a number as Excel shows it, or the name a data-type entity shows in its cell. */
export function readText(value: CellValue, argument: Argument): string {
  if (isEmpty(value)) {
    throw invalid("argument-empty-name", { subject: subjectOf(argument) });
  }
  const plain = plainValue(value);
  if (plain !== null && typeof plain === "object") {
    if (typeof plain.text === "string" && plain.text.trim() !== "") return plain.text.trim();
    throw invalid("argument-data-type", { subject: subjectOf(argument), label: labelOf(plain), needs: "name" });
  }
  return String(plain).trim();
}

export function readDate(value: CellValue, argument: Argument): number {
  const serial = readNumber(value, argument);
  if (serial < 1 || serial >= LAST_DATE_SERIAL + 1) {
    throw new PlanError("invalid-number", {
      code: "argument-not-date",
      params: { subject: subjectOf(argument), serial },
    });
  }
  // A date with a time of day still counts as that day.
  return Math.floor(serial);
}

/** A calendar year: a whole number inside Excel's calendar (1900–9999). */
export function readYear(value: CellValue, argument: Argument): number {
  const year = readNumber(value, argument);
  if (!Number.isInteger(year) || year < 1900 || year > 9999) {
    throw new PlanError("invalid-number", {
      code: "argument-not-year",
      params: { subject: subjectOf(argument), value: year },
    });
  }
  return year;
}

/** A single column or row of cells, in order; a block of several rows and columns is refused. */
export function readCells(range: RangeValue, argument: Argument): CellValue[] {
  if (!Array.isArray(range)) {
    return [range];
  }
  const rows = range.length;
  const columns = rows === 0 ? 0 : range[0].length;
  if (rows === 0 || columns === 0) {
    throw invalid("range-empty", { subject: subjectOf(argument) });
  }
  if (rows > 1 && columns > 1) {
    throw invalid("range-not-line", { subject: subjectOf(argument), rows, columns });
  }
  return rows > 1 ? range.map((row) => row[0]) : range[0];
}

/** The numbers of a range to be added up; empty cells count as nothing, as in SUM, but text is refused. */
export function readAddends(range: RangeValue, argument: string | ParameterSubject): number[] {
  const numbers: number[] = [];
  let index = 0;
  for (const row of Array.isArray(range) ? range : [[range]]) {
    for (const value of row) {
      if (isPlainNumber(value)) numbers.push(value);
      else if (!isEmpty(value)) numbers.push(checkNumber(value, itemOf(argument, index)));
      index++;
    }
  }
  return numbers;
}

/** The addends of each column of a range (a plan's years side by side), as readAddends reads one. */
export function readColumnAddends(range: RangeValue, argument: string): number[][] {
  const rows = Array.isArray(range) ? range : [[range]];
  const columns = rows.length === 0 ? 0 : rows[0].length;
  if (columns === 0) {
    throw invalid("range-empty", { subject: subjectOf(argument) });
  }
  return Array.from({ length: columns }, (_, column) =>
    readAddends(
      rows.map((row) => [row[column]]),
      { parameter: argument, column: column + 1 },
    ),
  );
}

/** Item `index` (from 0) of a range argument, named when a message asks. */
export function itemOf(argument: string | ParameterSubject, index: number): () => ParameterSubject {
  return () => ({ ...(typeof argument === "string" ? { parameter: argument } : argument), item: index + 1 });
}

export function subjectOf(argument: Argument): Subject {
  if (typeof argument === "string") return { parameter: argument };
  return typeof argument === "function" ? argument() : argument;
}

/** A problem with what the user gave (#VALUE! in a cell). */
export function invalid(code: MessageCode, params: Readonly<Record<string, Param>>): PlanError {
  return new PlanError("invalid-value", { code, params });
}

/** A finite number as Excel hands a plain cell: the common case, which needs no further look. */
function isPlainNumber(value: CellValue): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

function checkNumber(value: CellValue, argument: Argument): number {
  if (isPlainNumber(value)) return value;
  const plain = plainValue(value);
  if (typeof plain === "number") {
    if (!Number.isFinite(plain)) {
      throw new PlanError("invalid-number", { code: "argument-not-finite", params: { subject: subjectOf(argument) } });
    }
    return plain;
  }
  const subject = subjectOf(argument);
  if (typeof plain === "string") throw invalid("argument-text", { subject, text: plain });
  if (typeof plain === "boolean") throw invalid("argument-boolean", { subject, value: String(plain) });
  throw invalid("argument-data-type", { subject, label: labelOf(plain ?? {}), needs: "number" });
}

/** A data type's basic value where it is a plain number, text, boolean or empty cell; otherwise the value itself. */
function plainValue(value: CellValue): Exclude<CellValue, undefined> | undefined {
  if (value === null || typeof value !== "object") return value;
  if (typeof value.type === "string" && PLAIN_TYPES.has(value.type)) {
    const basic = value.basicValue;
    if (value.type === "Empty" || basic === undefined || basic === null) return null;
    if (typeof basic === "number" || typeof basic === "string" || typeof basic === "boolean") return basic;
  }
  return value;
}

/** How a message names a data type that has no plain value: the text it shows in its cell, else its kind. */
function labelOf(value: DataTypeValue): string {
  if (typeof value.text === "string" && value.text.trim() !== "") return value.text.trim();
  if (typeof value.basicValue === "string" && value.basicValue !== "") return value.basicValue;
  return typeof value.type === "string" ? value.type : "?";
}
