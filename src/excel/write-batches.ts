import { PAGE_SETUP } from "../templates/cell-styles";
import { applyLook, lookOperations } from "./cell-looks";
import type { CellInput, SheetPlan, WorkbookPlan } from "./workbook-plan";

/*
 * The writes of a template as units that can go to Excel in separate requests,
 * each with an upper estimate of the bytes it adds to a request, and the
 * batching of units into as few requests as fit under a size limit. The only
 * code that queues writes on Excel's object model.
 */

/** Excel on the web refuses a request larger than about 5 MB (RequestPayloadSizeLimitExceeded). */
export const WEB_REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

/** A request is more than its data: room left for the protocol around it. */
const REQUEST_SHARE_FOR_DATA = 0.8;

/** An upper estimate of what one queued operation (a property set, a method call) costs beside its data. */
const OPERATION_BYTES = 200;

/** A large sheet's cells go out in runs of rows this share of a request, so that requests can be filled closely. */
const CELL_CHUNK_SHARE = 1 / 8;

/** What the writes of one request may add up to, by their estimates, under a request limit. */
export const dataBudget = (limitBytes: number) => limitBytes * REQUEST_SHARE_FOR_DATA;

export interface WriteUnit {
  /** Upper estimate of the request bytes the unit adds. */
  readonly bytes: number;
  readonly queue: (worksheets: readonly Excel.Worksheet[]) => void;
}

/**
 * The writes in the order they must reach Excel: sheets and names first, so
 * that no formula meets a sheet or name that does not exist yet (Excel would
 * take it for a link to another file); each sheet's protection after its formatting.
 */
export function writeUnits(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  added: Excel.Worksheet[],
  limitBytes = WEB_REQUEST_LIMIT_BYTES,
  printLayout = true,
): WriteUnit[] {
  const chunkBytes = Math.min(dataBudget(limitBytes) * CELL_CHUNK_SHARE, Number.MAX_SAFE_INTEGER);
  const create: WriteUnit = {
    bytes: OPERATION_BYTES * 2 * (plan.sheets.length + plan.names.length),
    queue: () => {
      plan.sheets.forEach((sheet) => added.push(context.workbook.worksheets.add(sheet.name)));
      for (const name of plan.names) {
        context.workbook.names.add(name.name, added[name.sheetIndex].getRange(name.address));
      }
    },
  };
  const activate: WriteUnit = { bytes: OPERATION_BYTES, queue: (worksheets) => worksheets[0]?.activate() };
  const sheets = plan.sheets.flatMap((sheet, index) => sheetUnits(sheet, index, chunkBytes, printLayout));
  return [create, ...sheets, activate];
}

/** Consecutive units packed greedily into requests under the limit: as few requests as the order allows. */
export function batches(units: readonly WriteUnit[], limitBytes = WEB_REQUEST_LIMIT_BYTES): WriteUnit[][] {
  const budget = dataBudget(limitBytes);
  const packed: WriteUnit[][] = [];
  let bytes = 0;
  for (const unit of units) {
    if (unit.bytes > budget) {
      throw new Error(
        `One write of the template needs ${unit.bytes} bytes, more than a request of ${limitBytes} can carry.`,
      );
    }
    if (packed.length === 0 || bytes + unit.bytes > budget) {
      packed.push([]);
      bytes = 0;
    }
    packed[packed.length - 1].push(unit);
    bytes += unit.bytes;
  }
  return packed;
}

function sheetUnits(sheet: SheetPlan, index: number, chunkBytes: number, printLayout: boolean): WriteUnit[] {
  const on = (queue: (worksheet: Excel.Worksheet) => void) => (worksheets: readonly Excel.Worksheet[]) =>
    queue(worksheets[index]);
  const cells = cellChunks(sheet, chunkBytes).map(({ top, formulas, numberFormats, bytes }): WriteUnit => ({
    bytes,
    queue: on((worksheet) => {
      const range = worksheet.getRangeByIndexes(top, 0, formulas.length, sheet.columnCount);
      range.formulas = formulas;
      range.numberFormat = numberFormats;
    }),
  }));
  const styles = sheet.styles.flatMap(({ format, areas }) =>
    areas.map(({ top, left, rows, columns }): WriteUnit => ({
      bytes: OPERATION_BYTES * (1 + lookOperations(format, rows)),
      queue: on((worksheet) => applyLook(worksheet.getRangeByIndexes(top, left, rows, columns), format, rows)),
    })),
  );
  const layout: WriteUnit = {
    bytes: OPERATION_BYTES * (sheet.columnWidths.length + sheet.pageBreaks.length + 8),
    queue: on((worksheet) => queueLayout(worksheet, sheet, printLayout)),
  };
  // Last: a protected sheet refuses further formatting.
  const protect: WriteUnit[] = sheet.protect
    ? [
        {
          bytes: OPERATION_BYTES,
          queue: on((worksheet) =>
            worksheet.protection.protect({ allowFormatColumns: true, allowFormatRows: true, selectionMode: "Normal" }),
          ),
        },
      ]
    : [];
  return [...cells, ...styles, layout, ...protect];
}

/** The sheet's cells in runs of whole rows, each run's formulas and formats under `chunkBytes` (a row at least). */
function cellChunks(
  sheet: SheetPlan,
  chunkBytes: number,
): { top: number; formulas: CellInput[][]; numberFormats: string[][]; bytes: number }[] {
  if (sheet.rowCount === 0 || sheet.columnCount === 0) return [];
  const rowBytes = sheet.formulas.map(
    (row, r) => jsonBytes(row) + jsonBytes(sheet.numberFormats[r]) + 2 /* separators */,
  );
  const chunks: { top: number; formulas: CellInput[][]; numberFormats: string[][]; bytes: number }[] = [];
  let top = 0;
  while (top < sheet.rowCount) {
    let bottom = top;
    let bytes = 2 * OPERATION_BYTES + rowBytes[top];
    while (bottom + 1 < sheet.rowCount && bytes + rowBytes[bottom + 1] <= chunkBytes) {
      bottom += 1;
      bytes += rowBytes[bottom];
    }
    chunks.push({
      top,
      formulas: sheet.formulas.slice(top, bottom + 1),
      numberFormats: sheet.numberFormats.slice(top, bottom + 1),
      bytes,
    });
    top = bottom + 1;
  }
  return chunks;
}

const encoder = new TextEncoder();

/** The UTF-8 size of a value as JSON, which is how Office.js sends it. */
function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/** Widths and frozen panes; orientation, print titles, print area and page breaks where Excel has them (ExcelApi 1.9). */
function queueLayout(worksheet: Excel.Worksheet, sheet: SheetPlan, printLayout: boolean): void {
  sheet.columnWidths.forEach((points, column) => {
    worksheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = points;
  });
  const { rows, columns } = sheet.freeze ?? { rows: 0, columns: 0 };
  if (rows > 0 && columns > 0) worksheet.freezePanes.freezeAt(worksheet.getRangeByIndexes(0, 0, rows, columns));
  else if (rows > 0) worksheet.freezePanes.freezeRows(rows);
  else if (columns > 0) worksheet.freezePanes.freezeColumns(columns);
  if (!printLayout) return;
  worksheet.pageLayout.orientation = sheet.landscape ? "Landscape" : "Portrait";
  worksheet.pageLayout.paperSize = PAGE_SETUP.paper;
  // Only the width: the pages down are left to Excel (a zoom with only horizontalFitToPages, office-js#1860).
  worksheet.pageLayout.zoom = { horizontalFitToPages: PAGE_SETUP.pagesWide };
  if (sheet.printTitleRows) worksheet.pageLayout.setPrintTitleRows(sheet.printTitleRows);
  if (sheet.printArea) worksheet.pageLayout.setPrintArea(sheet.printArea);
  // A break goes before the top-left cell of the range given (ExcelApi 1.9).
  for (const row of sheet.pageBreaks) worksheet.horizontalPageBreaks.add(worksheet.getRangeByIndexes(row, 0, 1, 1));
}
