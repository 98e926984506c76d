import { dayNumber } from "../model/date-serial";
import type { ReadName, ReadSheet, ReadWorkbook } from "../review/cells";
import { isDateFormatCode } from "../review/date-format";
import { nameFromFormula, sheetFromRange } from "../review/range-arrays";
import { a1 } from "../templates/grammar";
import { type ExcelRunner, officeExcelRunner } from "./excel-runner";
import { type Grid, gridsOf, isResponseTooLarge, readArea } from "./read-in-parts";

/*
 * Granska plan's access to the open workbook: everything the review reads in
 * two syncs, whatever the number of sheets (the sheet list, then every sheet's
 * used range and the workbook's names together), and the cell of a finding
 * shown to the user in one. A workbook too large for one answer (over Excel on
 * the web's 5 MB, or 5 000 000 cells) is read again sheet by sheet in parts.
 * A third sync comes only when a cell could be a year-end typed as a date.
 */

export interface ReviewReader {
  /**
   * Every sheet's cells (values and formulas) and the workbook's names, as the review reads them: two syncs,
   * and a third for the number formats of the cells that could be year-ends typed as dates.
   */
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
        const read = sheets.map(({ name, address, grids }) =>
          sheetFromRange(name, address, grids.values, grids.formulas),
        );
        return {
          sheets: await withDates(context, read),
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

/** Whole numbers a year-end header could be, shown as a date: the serials of 1990-01-01 to 2100-12-31. */
const YEAR_END_SERIALS = { first: dayNumber("1990-01-01"), last: dayNumber("2100-12-31") };

/** More candidates than this are amounts, not a report's headers: they are left as numbers rather than read. */
const MOST_DATE_CANDIDATES = 2000;

/**
 * A year-end typed into a header is a date: its value is a serial (44561) and only its number format says
 * so. Every format of every sheet would double the answer, so only the cells whose value could be such a
 * date have theirs read, in one more sync; a workbook without any costs nothing.
 */
async function withDates(context: Excel.RequestContext, sheets: ReadSheet[]): Promise<ReadSheet[]> {
  const candidates = sheets.flatMap((sheet, s) =>
    sheet.cells.flatMap((row, r) =>
      row.flatMap((cell, c) => {
        const value = cell?.value;
        const possible =
          typeof value === "number" &&
          Number.isInteger(value) &&
          value >= YEAR_END_SERIALS.first &&
          value <= YEAR_END_SERIALS.last;
        return possible ? [{ s, r, c }] : [];
      }),
    ),
  );
  if (candidates.length === 0 || candidates.length > MOST_DATE_CANDIDATES) return sheets;
  const formats = candidates.map(({ s, r, c }) =>
    context.workbook.worksheets.getItem(sheets[s].name).getRange(a1(r, c)).load("numberFormat"),
  );
  await context.sync();
  const dated = sheets.map((sheet) => sheet.cells.map((row) => [...row]));
  candidates.forEach(({ s, r, c }, k) => {
    const format = formats[k].numberFormat[0]?.[0];
    const cell = dated[s][r][c];
    if (cell && typeof format === "string" && isDateFormatCode(format)) dated[s][r][c] = { ...cell, date: true };
  });
  return sheets.map((sheet, s) => ({ name: sheet.name, cells: dated[s] }));
}
