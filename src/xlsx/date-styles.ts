import { isDateFormatCode } from "../review/date-format";
import { attributesOf, scanXml } from "./xml-scan";

/*
 * Which cell styles show a number as a date. A date typed into Excel or
 * LibreOffice is stored as a serial number (44561) with a date format; only
 * the styles part (`cellXfs`, each cell's `s` an index into it, and the
 * workbook's own `numFmts`) tells it from an amount of 44 561 kr.
 */

/** Excel's built-in formats that show a date or a time: 14–22 and 45–47 (ECMA-376 part 1, 18.8.30). */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** The indexes into `cellXfs` whose number format shows a date. */
export function dateStylesOf(bytes: Buffer): ReadonlySet<number> {
  const customDates = new Set<number>();
  const dates = new Set<number>();
  let inCellXfs = false;
  let xf = 0;
  scanXml(bytes, {
    open(name, raw, selfClosing) {
      if (name === "numFmt") {
        const { numFmtId, formatCode } = attributesOf(raw);
        if (isDateFormatCode(formatCode ?? "")) customDates.add(Number(numFmtId));
      } else if (name === "cellXfs") {
        inCellXfs = !selfClosing;
      } else if (name === "xf" && inCellXfs) {
        const id = Number(attributesOf(raw).numFmtId ?? 0);
        if (BUILT_IN_DATES.has(id) || customDates.has(id)) dates.add(xf);
        xf++;
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
    text() {},
  });
  return dates;
}
