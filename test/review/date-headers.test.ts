import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dayNumber } from "../../src/model/date-serial";
import { reviewWorkbook } from "../../src/review/review";
import { convertWithLibreOffice } from "../../src/xlsx/libreoffice";
import { readWorkbookFile } from "../../src/xlsx/read-workbook";
import { brief } from "../fixtures/findings";
import { HandBuiltSheet, asExcelJs, asReadWorkbook, locate } from "../fixtures/hand-built-plan";
import { seed004Report } from "../fixtures/seed-004-report";

/*
 * Seed 004's annual report as a kansli types it into Excel or LibreOffice:
 * the balance sheet's year-end headers (2021-12-31) become dates, serial
 * numbers with a date format. The review reads them as the years they end,
 * as it reads the same headers typed as text: soliditet on the management
 * report's sheet is checked against the balance sheet on its own.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const isIsoDate = (value: unknown): value is string => typeof value === "string" && ISO_DATE.test(value);

/** The sheets with every ISO date a bare serial number (44561), as a number format would hold it. */
const withSerials = (sheets: readonly HandBuiltSheet[]): HandBuiltSheet[] =>
  sheets.map((sheet) => ({
    ...sheet,
    rows: sheet.rows.map((row) => row.map((value) => (isIsoDate(value) ? dayNumber(value) : value))),
  }));

/** The sheets in a workbook, every ISO date a serial under `format` (under General when there is none). */
function withDates(sheets: readonly HandBuiltSheet[], format: string | undefined): ExcelJS.Workbook {
  const workbook = asExcelJs(withSerials(sheets));
  sheets.forEach(({ name, rows }) =>
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (format && isIsoDate(value)) workbook.getWorksheet(name)!.getCell(r + 1, c + 1).numFmt = format;
      }),
    ),
  );
  return workbook;
}

const printed = seed004Report();
const corrected = seed004Report({ corrected: true });
const reviewed = async (path: string) => brief(reviewWorkbook(await readWorkbookFile(path)));
/** What the review finds in the same report with its dates typed as text. */
const asText = (sheets: readonly HandBuiltSheet[]) => brief(reviewWorkbook(asReadWorkbook(sheets)));
const solidity = (findings: ReturnType<typeof brief>) => findings.filter((finding) => finding.rule === "solidity");

describe("year-end headers typed as dates", () => {
  const dir = mkdtempSync(join(tmpdir(), "finsam-date-headers-"));
  const path = (name: string) => join(dir, name);

  beforeAll(async () => {
    await withDates(printed, "yyyy-mm-dd").xlsx.writeFile(path("printed.xlsx"));
    await withDates(corrected, "mm-dd-yy").xlsx.writeFile(path("corrected.xlsx"));
    await withDates(printed, undefined).xlsx.writeFile(path("general.xlsx"));
  });

  it("are read as their years: every slip found at its cell, soliditet on another sheet included", async () => {
    const findings = await reviewed(path("printed.xlsx"));
    expect(findings).toEqual(asText(printed));
    const report = printed.find((sheet) => sheet.name === "Förvaltningsberättelse")!;
    expect(solidity(findings).map(({ sheet, address }) => [sheet, address])).toEqual(
      [2021, 2020].map((year) => ["Förvaltningsberättelse", locate(report, "Soliditet", year).address]),
    );
  });

  it("give no finding in the corrected copy (Excel's built-in date format)", async () => {
    expect(await reviewed(path("corrected.xlsx"))).toEqual([]);
  });

  it("are dates to LibreOffice too: the same slips in an .ods it saved, nothing in the corrected copy", async () => {
    const [ods, correctedOds] = await convertWithLibreOffice(
      [path("printed.xlsx"), path("corrected.xlsx")],
      "ods",
      mkdtempSync(join(tmpdir(), "finsam-date-headers-ods-")),
    );
    expect(await reviewed(ods)).toEqual(asText(printed));
    expect(await reviewed(correctedOds)).toEqual([]);
  }, 120_000);

  it("are not taken from numbers in General format: 44 561 there is an amount, not a year-end", async () => {
    const findings = await reviewed(path("general.xlsx"));
    expect(findings).toEqual(asText(withSerials(printed)));
    expect(solidity(findings)).toEqual([]);
  });
});
