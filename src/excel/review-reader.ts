import type { ReadName, ReadWorkbook } from "../review/cells";
import { nameFromFormula, sheetFromRange } from "../review/range-arrays";
import { type ExcelRunner, officeExcelRunner } from "./excel-runner";
import { type Grid, gridsOf, isResponseTooLarge, readArea } from "./read-in-parts";

/*
 * Granska plan's access to the open workbook: everything the review reads in
 * two syncs, whatever the number of sheets (the sheet list, then every sheet's
 * used range and the workbook's names together), and the cell of a finding
 * shown to the user in one. A workbook too large for one answer (over Excel on
 * the web's 5 MB, or 5 000 000 cells) is read again sheet by sheet in parts.
 */

export interface ReviewReader {
  /** Every sheet's cells (values and formulas) and the workbook's names, as the review reads them: two syncs. */
  readWorkbook(): Promise<ReadWorkbook>;
  /** Shows a cell: activates its sheet and selects the address (A1, "C20"): one sync. */
  selectCell(sheet: string, address: string): Promise<void>;
}

const GRIDS = ["values", "formulas"] as const;

interface SheetRead {
  readonly name: string;
  readonly address: string;
  readonly grids: Record<(typeof GRIDS)[number], Grid>;
}

export function officeReviewReader(runner: ExcelRunner = officeExcelRunner): ReviewReader {
  return {
    readWorkbook: () =>
      runner.run(async (context) => {
        const worksheets = context.workbook.worksheets.load("items/name");
        await context.sync();
        // Values only: formatting alone (borders, widths) would widen the range with empty cells.
        const usedRange = (name: string) => context.workbook.worksheets.getItem(name).getUsedRange(true);
        const sheetNames = worksheets.items.map(({ name }) => name);
        const ranges = sheetNames.map((name) => ({ name, range: usedRange(name).load("address,values,formulas") }));
        let names = context.workbook.names.load("items/name,items/formula");
        let sheets: SheetRead[] | undefined;
        try {
          await context.sync();
          const read = ranges.map(({ name, range }) => ({
            name,
            address: range.address,
            grids: gridsOf(range, GRIDS),
          }));
          if (read.every((sheet) => sheet.grids)) sheets = read as SheetRead[];
        } catch (error) {
          if (!isResponseTooLarge(error)) throw error;
        }
        if (!sheets) {
          // Too much for one answer: find where each sheet's cells are, then read them in parts that fit.
          const extents = sheetNames.map((name) => ({
            name,
            range: usedRange(name).load("address,rowIndex,columnIndex,rowCount,columnCount"),
          }));
          names = context.workbook.names.load("items/name,items/formula");
          await context.sync();
          sheets = [];
          for (const { name, range } of extents) {
            const area = {
              top: range.rowIndex,
              left: range.columnIndex,
              rows: range.rowCount,
              columns: range.columnCount,
            };
            sheets.push({
              name,
              address: range.address,
              grids: await readArea(context, name, area, GRIDS, range.address),
            });
          }
        }
        return {
          sheets: sheets.map(({ name, address, grids }) => sheetFromRange(name, address, grids.values, grids.formulas)),
          names: names.items
            .map((item) => nameFromFormula(item.name, item.formula))
            .filter((name): name is ReadName => name !== undefined),
        };
      }),

    selectCell: (sheet, address) =>
      runner.run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRange(address).select();
        await context.sync();
      }),
  };
}
