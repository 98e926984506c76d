import { CellValue, ReadCell } from "../review/cells";
import { columnIndex } from "../templates/grammar";
import { moveFormula } from "./shared-formula";
import { XmlHandler, XmlScanner, attributesOf } from "./xml-scan";
import { serialOf } from "../model/date-serial";

/*
 * The cells of one worksheet part (`<sheetData>`), read as they stream by:
 * each cell's constant, or its formula with the value last saved, and whether
 * its style shows the number as a date. Everything
 * else in the part (data validations, conditional formats, drawings) is passed
 * over unread, so that its size costs nothing.
 */

/** Excel's day 0: ISO dates (`t="d"`) become serial numbers, as every other date cell is stored. */

/** Excel's escape for characters XML cannot hold, `_x000D_`. */
const ESCAPED_CHARACTER = /_x([0-9A-Fa-f]{4})_/g;
export const unescapeText = (text: string): string =>
  text.includes("_x")
    ? text.replace(ESCAPED_CHARACTER, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;

interface SharedMaster {
  readonly formula: string;
  readonly row: number;
  readonly column: number;
}

/** Rows of cells from A1, as review/cells.ts reads them. */
export async function readSheetCells(
  part: AsyncIterable<Buffer>,
  sharedStrings: readonly string[],
  dateStyles: ReadonlySet<number>,
): Promise<(ReadCell | null)[][]> {
  const rows: (ReadCell | null)[][] = [];
  const masters = new Map<string, SharedMaster>();
  let row = -1;
  let column = -1;
  let type = "n";
  let style = 0;
  let formula: string | undefined;
  let sharedIndex: string | undefined;
  let value: string | undefined;
  let inline: string | undefined;
  /** Where text goes now: the formula, the value, an inline string's run, or nowhere. */
  let capture: "f" | "v" | "t" | undefined;
  let inInline = false;
  let inPhonetic = false;

  const handler: XmlHandler = {
    open(name, raw, selfClosing) {
      switch (name) {
        case "row": {
          const r = /\br="(\d+)"/.exec(raw);
          row = r ? Number(r[1]) - 1 : row + 1;
          column = -1;
          break;
        }
        case "c": {
          const reference = /\br="\$?([A-Za-z]+)\$?(\d+)"/.exec(raw);
          column = reference ? columnIndex(reference[1]) : column + 1;
          if (reference) row = Number(reference[2]) - 1;
          type = /\bt="(\w+)"/.exec(raw)?.[1] ?? "n";
          // Only a workbook with date styles pays for reading each cell's style.
          style = dateStyles.size > 0 ? Number(/\bs="(\d+)"/.exec(raw)?.[1] ?? 0) : 0;
          formula = sharedIndex = value = inline = undefined;
          break;
        }
        case "f": {
          const attributes = attributesOf(raw);
          formula = "";
          sharedIndex = attributes.t === "shared" ? attributes.si : undefined;
          capture = selfClosing ? undefined : "f";
          break;
        }
        case "v":
          value = "";
          capture = selfClosing ? undefined : "v";
          break;
        case "is":
          inInline = true;
          inline = "";
          break;
        case "rPh":
          inPhonetic = true;
          break;
        case "t":
          if (inInline && !inPhonetic && !selfClosing) capture = "t";
          break;
      }
    },
    close(name) {
      switch (name) {
        case "f":
        case "v":
        case "t":
          capture = undefined;
          break;
        case "is":
          inInline = false;
          break;
        case "rPh":
          inPhonetic = false;
          break;
        case "c":
          if (row >= 0 && column >= 0) put(row, column, cellOf());
          break;
      }
    },
    text(text) {
      if (capture === "f") formula += text;
      else if (capture === "v") value += text;
      else if (capture === "t") inline += text;
    },
  };

  function cellOf(): ReadCell | null {
    const constant = valueOf(type, value, inline, sharedStrings);
    const text = formulaText();
    const date = typeof constant === "number" && (type === "d" || dateStyles.has(style)) ? { date: true } : {};
    if (text) return { formula: `=${text}`, value: constant, ...date };
    return constant === null ? null : { value: constant, ...date };
  }

  /** The cell's own formula: as written, or a shared one moved from its master. */
  function formulaText(): string | undefined {
    if (sharedIndex === undefined) return formula || undefined;
    if (formula) {
      masters.set(sharedIndex, { formula, row, column });
      return formula;
    }
    const master = masters.get(sharedIndex);
    return master && moveFormula(master.formula, row - master.row, column - master.column);
  }

  function put(r: number, c: number, cell: ReadCell | null): void {
    if (!cell) return;
    const cells = (rows[r] ??= []);
    while (cells.length < c) cells.push(null);
    cells[c] = cell;
  }

  const scanner = new XmlScanner(handler);
  for await (const piece of part) scanner.write(piece);
  scanner.end();
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return rows;
}

function valueOf(
  type: string,
  value: string | undefined,
  inline: string | undefined,
  sharedStrings: readonly string[],
): CellValue {
  switch (type) {
    case "s":
      return value === undefined || value === "" ? null : (sharedStrings[Number(value)] ?? null);
    case "inlineStr":
      return inline !== undefined ? unescapeText(inline) : (value ?? null);
    case "str":
      return value ?? null;
    case "b":
      return value === undefined || value === "" ? null : value.trim() === "1" || value.trim() === "true";
    case "e":
      return value || null;
    case "d": {
      const time = value ? Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(value) ? value : `${value}Z`) : NaN;
      return Number.isNaN(time) ? (value ?? null) : serialOf(new Date(time));
    }
    default: {
      if (value === undefined || value.trim() === "") return null;
      const number = Number(value);
      return Number.isNaN(number) ? value : number;
    }
  }
}
