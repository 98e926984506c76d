import ExcelJS from "exceljs";
import { WorkbookSpec } from "../templates/spec";
import { onSheet } from "../templates/grammar";
import { PAGE_FIT, cellStyle } from "./styles";

/**
 * Writes a template spec as an .xlsx workbook (ExcelJS). Formulas are stored
 * without cached values and the file asks for a full recalculation on load, so
 * Excel and LibreOffice compute every figure themselves.
 */
export function specToWorkbook(spec: WorkbookSpec, onSheetDone?: (name: string) => void): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Finsam Planner";
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of spec.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, {
      views: sheet.freeze ? [{ state: "frozen", xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }] : undefined,
      pageSetup: { orientation: sheet.print.landscape ? "landscape" : "portrait", ...PAGE_FIT },
    });
    if (sheet.print.titleRows) worksheet.pageSetup.printTitlesRow = sheet.print.titleRows.replace(/\$/g, "");
    if (sheet.print.area) worksheet.pageSetup.printArea = sheet.print.area.replace(/\$/g, "");
    // ExcelJS breaks after a row (1-based): after row `row` is before 0-based row `row`.
    for (const row of sheet.print.pageBreaks ?? []) worksheet.getRow(row).addPageBreak();
    sheet.columnWidths.forEach((width, i) => (worksheet.getColumn(i + 1).width = width));
    sheet.rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (!cell) return;
        const target = worksheet.getCell(r + 1, c + 1);
        target.value = cell.formula ? { formula: cell.formula.slice(1) } : (cell.value ?? null);
        if (cell.format) target.numFmt = cell.format;
        if (cell.style) Object.assign(target, cellStyle(cell.style));
      }),
    );
    if (sheet.protect) {
      // No password: protection guards the formulas against slips, not against the user.
      void worksheet.protect("", {
        formatColumns: true,
        formatRows: true,
        selectLockedCells: true,
        selectUnlockedCells: true,
      });
    }
    onSheetDone?.(sheet.name);
  }
  const nameOf = new Map(spec.sheets.map((sheet) => [sheet.key, sheet.name]));
  for (const defined of spec.names) {
    workbook.definedNames.add(onSheet(nameOf.get(defined.sheet) ?? defined.sheet, defined.address), defined.name);
  }
  return workbook;
}
