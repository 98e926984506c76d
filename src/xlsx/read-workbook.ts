import ExcelJS from "exceljs";
import { CellValue, ReadCell, ReadName, ReadSheet, ReadWorkbook } from "../review/cells";

/** Excel's day 0 (serial numbers count days from 1899-12-30). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * Reads an .xlsx file into what the review reads (review/cells.ts): each
 * cell's constant or formula with the value Excel or LibreOffice last computed
 * and saved. A file never opened in a spreadsheet has formulas without values.
 */
export async function readWorkbookFile(path: string): Promise<ReadWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return fromExcelJs(workbook);
}

export function fromExcelJs(workbook: ExcelJS.Workbook): ReadWorkbook {
  // ExcelJS reads a saved result of 0 as no result: in a workbook with saved results, a formula without one computed 0.
  const saved = workbook.worksheets.some((worksheet) => {
    let found = false;
    worksheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula && cell.result !== undefined) found = true;
      }),
    );
    return found;
  });
  const sheets: ReadSheet[] = workbook.worksheets.map((worksheet) => {
    const cells: (ReadCell | null)[][] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cellsOfRow: (ReadCell | null)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        while (cellsOfRow.length < columnNumber - 1) cellsOfRow.push(null);
        cellsOfRow[columnNumber - 1] = readCell(cell, saved);
      });
      cells[rowNumber - 1] = cellsOfRow;
    });
    for (let r = 0; r < cells.length; r++) cells[r] ??= [];
    return { name: worksheet.name, cells };
  });
  return { sheets, names: readNames(workbook) };
}

function readCell(cell: ExcelJS.Cell, saved: boolean): ReadCell | null {
  if (cell.type === ExcelJS.ValueType.Formula) {
    const formula = cell.formula;
    const result = cell.result as unknown;
    return { formula: `=${formula}`, value: result === undefined ? (saved ? 0 : null) : toValue(result) };
  }
  const value = toValue(cell.value);
  return value === null ? null : { value };
}

function toValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH) / 86_400_000;
  if (typeof value === "object") {
    if ("error" in value) return String((value as { error: unknown }).error);
    if ("richText" in value) return (value as ExcelJS.CellRichTextValue).richText.map((part) => part.text).join("");
    if ("text" in value) return String((value as { text: unknown }).text);
    if ("result" in value) return toValue((value as { result: unknown }).result);
  }
  return null;
}

function readNames(workbook: ExcelJS.Workbook): ReadName[] {
  const model = workbook.definedNames.model as { name: string; ranges: string[] }[];
  return model.flatMap(({ name, ranges }) =>
    ranges.flatMap((range) => {
      const match = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(range);
      if (!match || name.startsWith("_xlnm")) return [];
      return [{ name, sheet: (match[1] ?? match[2]).replace(/''/g, "'"), address: match[3] }];
    }),
  );
}
