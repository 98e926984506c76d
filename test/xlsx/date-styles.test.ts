import ExcelJS from "exceljs";
import fc from "fast-check";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dayNumber } from "../../src/model/date-serial";
import { isDateFormatCode } from "../../src/review/date-format";
import { readWorkbookFile } from "../../src/xlsx/read-workbook";

/*
 * A date typed into a spreadsheet is a serial number with a date format: the
 * .xlsx reader says which numbers are shown as dates, from the styles part,
 * and leaves every other number (an amount of 44 561 kr) a number.
 */

describe("a number format code", () => {
  it.each(["yyyy-mm-dd", "YYYY-MM-DD", "d/m/yyyy", "[$-41D]mmmm yyyy", "dd\\ mmm", "[h]:mm:ss", "yy"])(
    "%s shows a date",
    (code) => expect(isDateFormatCode(code)).toBe(true),
  );

  it.each(["General", "0", "#,##0", '#,##0 "dagar"', "[Red]-#,##0", "0.0%", "#,##0\\ \\k\\r", "_-* #,##0_-", "@"])(
    "%s does not",
    (code) => expect(isDateFormatCode(code)).toBe(false),
  );

  it("never shows a date when its only letters y, m, d are quoted", () => {
    const plain = fc.stringMatching(/^[0#,.% -]*$/);
    const quoted = fc.stringMatching(/^[ymd ]+$/).map((text) => `"${text}"`);
    fc.assert(fc.property(plain, quoted, plain, (a, q, b) => !isDateFormatCode(a + q + b)));
  });
});

describe("the .xlsx reader", () => {
  const serial = dayNumber("2021-12-31");
  /** Each row: a label, then the same serial under the format the label names (ExcelJS writes these codes as built-in ids 14, 16 and 46). */
  const FORMATS: [string, string | undefined, boolean][] = [
    ["custom date", "yyyy-mm-dd", true],
    ["built-in 14", "mm-dd-yy", true],
    ["built-in 16", "d-mmm", true],
    ["built-in 46", "[h]:mm:ss", true],
    ["general", undefined, false],
    ["thousands", "#,##0", false],
    ["quoted days", '0 "dagar"', false],
  ];

  it("marks the numbers whose format shows a date, and no other number", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Formats");
    FORMATS.forEach(([label, format], r) => {
      sheet.getCell(r + 1, 1).value = label;
      const cell = sheet.getCell(r + 1, 2);
      cell.value = serial;
      if (format) cell.numFmt = format;
    });
    // Text in a date-formatted cell stays text.
    Object.assign(sheet.getCell(FORMATS.length + 1, 2), { value: "2021-12-31", numFmt: "yyyy-mm-dd" });
    const path = join(mkdtempSync(join(tmpdir(), "finsam-dates-")), "formats.xlsx");
    await workbook.xlsx.writeFile(path);

    const [read] = (await readWorkbookFile(path)).sheets;
    expect(FORMATS.map((_, r) => read.cells[r][1])).toEqual(
      FORMATS.map(([, , date]) => (date ? { value: serial, date: true } : { value: serial })),
    );
    expect(read.cells[FORMATS.length][1]).toEqual({ value: "2021-12-31" });
  });
});
