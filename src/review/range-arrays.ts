import { parseArea, parseReference, parseSheetArea } from "../templates/grammar";
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
  const corner = parseSheetArea(address)?.first;
  const top = corner?.row ?? 0;
  const left = corner?.column ?? 0;
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
  const reference = formula.trim().startsWith("=") ? parseReference(formula) : undefined;
  if (!reference || !parseArea(reference.address)) return undefined;
  return { name, sheet: reference.sheet, address: reference.address.trim() };
}

/** Office.js gives an empty cell as "", an error as its text ("#DIV/0!"). */
function toValue(value: unknown): CellValue {
  if (value === "" || value === undefined || value === null) return null;
  return typeof value === "number" || typeof value === "string" || typeof value === "boolean" ? value : String(value);
}
