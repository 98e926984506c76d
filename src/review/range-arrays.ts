import { CellValue, ReadCell, ReadName, ReadSheet } from "./cells";

/*
 * For the task pane's reader: what Office.js gives for a sheet's used range
 * (its address, `values` and `formulas`, loaded in one sync with every other
 * sheet's) and for a workbook name (`formula` "=Parametrar!$B$10"), turned into
 * what the review reads. Pure, so it is tested without Excel.
 */

/** `address` is the used range's ("Budget 2025!A1:E26" or "'Ekonomisk plan 2025–2027'!B2:F30"). */
export function sheetFromRange(
  name: string,
  address: string,
  values: readonly (readonly unknown[])[],
  formulas: readonly (readonly unknown[])[],
): ReadSheet {
  const corner = /^\$?([A-Z]{1,3})\$?(\d+)(?::|$)/.exec(address.slice(address.lastIndexOf("!") + 1));
  const top = corner ? Number(corner[2]) - 1 : 0;
  const left = corner ? [...corner[1]].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1 : 0;
  const cells: (ReadCell | null)[][] = Array.from({ length: top }, () => []);
  values.forEach((row, r) => {
    const cellsOfRow: (ReadCell | null)[] = Array.from({ length: left }, () => null);
    row.forEach((value, c) => {
      // `formulas` holds the constant itself where a cell has no formula: only text starting with "=" is one.
      const formula = formulas[r]?.[c];
      const cell: ReadCell = {
        value: toValue(value),
        ...(typeof formula === "string" && formula.startsWith("=") ? { formula } : {}),
      };
      cellsOfRow.push(cell.value === null && !cell.formula ? null : cell);
    });
    cells.push(cellsOfRow);
  });
  return { name, cells };
}

/** A workbook name whose formula is one sheet's cell or range; other names (constants, formulas) are left out. */
export function nameFromFormula(name: string, formula: string): ReadName | undefined {
  const match = /^=(?:'((?:[^']|'')+)'|([^!'=]+))!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)$/.exec(formula.trim());
  if (!match) return undefined;
  return { name, sheet: (match[1] ?? match[2]).replace(/''/g, "'"), address: match[3] };
}

/** Office.js gives an empty cell as "", an error as its text ("#DIV/0!"). */
function toValue(value: unknown): CellValue {
  if (value === "" || value === undefined || value === null) return null;
  return typeof value === "number" || typeof value === "string" || typeof value === "boolean" ? value : String(value);
}
