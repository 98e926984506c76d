import { columnIndex, columnLetters } from "../templates/grammar";

/*
 * Excel saves a formula filled down or across once, on its first cell, and
 * marks the others "shared": each of them holds that formula with its relative
 * references moved by the cell's distance from the first. The review reads
 * each cell's own formula, so the reader moves them here.
 */

/** Text in quotes (left alone), or an A1 reference not part of a name or function: `$B$3`, `C10`, `Budget!D4`. */
const REFERENCE = /"(?:[^"]|"")*"|'(?:[^']|'')*'|(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;
const ROWS = 1_048_576;
const COLUMNS = 16_384;

/** The master's formula (without "="), as it reads `rows` below and `columns` right of the master's cell. */
export function moveFormula(formula: string, rows: number, columns: number): string {
  return formula.replace(
    REFERENCE,
    (whole, columnFixed: string | undefined, letters: string | undefined, rowFixed: string, row: string) => {
      if (letters === undefined) return whole;
      const column = columnIndex(letters);
      if (column >= COLUMNS || Number(row) > ROWS) return whole; // a name such as LOG10, not a cell
      const movedColumn = columnFixed ? column : column + columns;
      const movedRow = rowFixed ? Number(row) : Number(row) + rows;
      if (movedColumn < 0 || movedRow < 1) return "#REF!";
      return `${columnFixed}${columnLetters(movedColumn)}${rowFixed}${movedRow}`;
    },
  );
}
