import type { ReadName, ReadWorkbook } from "../review/cells";
import { nameFromFormula, sheetFromRange } from "../review/range-arrays";
import { type ExcelRunner, officeExcelRunner } from "./excel-runner";

/*
 * Granska plan's access to the open workbook: everything the review reads in
 * two syncs, whatever the number of sheets (the sheet list, then every sheet's
 * used range and the workbook's names together), and the cell of a finding
 * shown to the user in one.
 */

export interface ReviewReader {
  /** Every sheet's cells (values and formulas) and the workbook's names, as the review reads them: two syncs. */
  readWorkbook(): Promise<ReadWorkbook>;
  /** Shows a cell: activates its sheet and selects the address (A1, "C20"): one sync. */
  selectCell(sheet: string, address: string): Promise<void>;
}

export function officeReviewReader(runner: ExcelRunner = officeExcelRunner): ReviewReader {
  return {
    readWorkbook: () =>
      runner.run(async (context) => {
        const worksheets = context.workbook.worksheets.load("items/name");
        await context.sync();
        // Values only: formatting alone (borders, widths) would widen the range with empty cells.
        const ranges = worksheets.items.map(({ name }) => ({
          name,
          range: context.workbook.worksheets.getItem(name).getUsedRange(true).load("address,values,formulas"),
        }));
        const names = context.workbook.names.load("items/name,items/formula");
        await context.sync();
        return {
          sheets: ranges.map(({ name, range }) => sheetFromRange(name, range.address, range.values, range.formulas)),
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
