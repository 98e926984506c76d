import { ExcelAdapterError } from "../../src/excel/adapter-error";
import { officeReviewReader } from "../../src/excel/review-reader";
import { reviewWorkbook } from "../../src/review/review";
import { dayNumber } from "../../src/model/date-serial";
import { a1 } from "../../src/templates/grammar";
import { brief } from "../fixtures/findings";
import { asReadWorkbook } from "../fixtures/hand-built-plan";
import { seed004Report } from "../fixtures/seed-004-report";
import { SEED_002_SLIP, seed002Budget } from "../fixtures/seed-002-budget";
import { FakeExcel } from "./fake-excel";
import { onEveryPlatform } from "./fake-profiles";

/** A workbook as a kansli leaves it: seed 002's typed budget, a sheet with formulas that starts at B2, an empty one. */
async function workbook(): Promise<FakeExcel> {
  const excel = new FakeExcel(["Blad1", "Budget", "Nyckeltal 2025"]);
  excel.typeIn("Budget", "A1", seed002Budget());
  excel.typeIn("Nyckeltal 2025", "B2", [
    ["Eget kapital", "=Budget!B16"],
    ["Tillgångar", 20_000_000],
  ]);
  const formulaCell = excel.sheet("Nyckeltal 2025").cells.get("C2");
  if (formulaCell) formulaCell.value = 5_632_300; // what Excel calculated
  await excel.runner.run(async (context) => {
    context.workbook.names.add("Eget_kapital_2025", context.workbook.worksheets.getItem("Budget").getRange("B16"));
    context.workbook.names.add("Tillgangar", context.workbook.worksheets.getItem("Nyckeltal 2025").getRange("C3"));
    await context.sync();
  });
  excel.syncCount = 0;
  return excel;
}

/**
 * Seed 004's annual report typed into Excel: each year-end header (2021-12-31) a date, that is its serial
 * with `format` as its number format (none: the serial under General, an amount like any other).
 */
function seed004Typed(format: string | undefined): FakeExcel {
  const sheets = seed004Report();
  const excel = new FakeExcel(sheets.map((sheet) => sheet.name));
  for (const { name, rows } of sheets) {
    rows.forEach((row, r) =>
      row.forEach((figure, c) => {
        if (figure === null || figure === "") return;
        const date = typeof figure === "string" && /^\d{4}-\d{2}-\d{2}$/.test(figure);
        excel.typeIn(name, a1(r, c), [[date ? dayNumber(figure) : figure]]);
        if (date && format) excel.sheet(name).cells.get(a1(r, c))!.numberFormat = format;
      }),
    );
  }
  excel.syncCount = 0;
  return excel;
}

onEveryPlatform("Granska plan's reader of the open workbook", () => {
  it("reads a year-end typed as a date as that date, in one more sync for the formats of the cells that could be one", async () => {
    const excel = seed004Typed("yyyy-mm-dd");
    const findings = brief(reviewWorkbook(await officeReviewReader(excel.runner).readWorkbook()));
    expect(excel.syncCount).toBe(3);
    // The same findings as the report with its dates typed as text, soliditet on another sheet included.
    expect(findings).toEqual(brief(reviewWorkbook(asReadWorkbook(seed004Report()))));
    expect(findings.filter((finding) => finding.rule === "solidity")).toHaveLength(2);
  });

  it("takes a serial under General for the amount it is, not a year-end", async () => {
    const findings = brief(reviewWorkbook(await officeReviewReader(seed004Typed(undefined).runner).readWorkbook()));
    expect(findings.filter((finding) => finding.rule === "solidity")).toEqual([]);
  });

  it("reads every sheet and the names in two syncs: the sheet list, then all used ranges and names together", async () => {
    const excel = await workbook();
    const read = await officeReviewReader(excel.runner).readWorkbook();

    expect(excel.syncCount).toBe(2);
    expect(read.sheets.map((sheet) => sheet.name)).toEqual(["Blad1", "Budget", "Nyckeltal 2025"]);
    expect(read.sheets[0].cells).toEqual([[null]]);
    expect(read.sheets[1].cells[0]).toEqual([{ value: "Intäkter" }, { value: 2025 }, { value: 2026 }, { value: 2027 }]);
    // The used range starts at B2: the cells keep their places, the formula beside its calculated value.
    expect(read.sheets[2].cells).toEqual([
      [],
      [null, { value: "Eget kapital" }, { value: 5_632_300, formula: "=Budget!B16" }],
      [null, { value: "Tillgångar" }, { value: 20_000_000 }],
    ]);
    expect(read.names).toEqual([
      { name: "Eget_kapital_2025", sheet: "Budget", address: "$B$16" },
      { name: "Tillgangar", sheet: "Nyckeltal 2025", address: "$C$3" },
    ]);
  });

  it("costs two syncs however many sheets the workbook has", async () => {
    const excel = new FakeExcel(Array.from({ length: 12 }, (_, k) => `Blad${k + 1}`));
    excel.sheets.forEach((sheet, k) => excel.typeIn(sheet.name, "A1", [["Summa", k]]));
    const read = await officeReviewReader(excel.runner).readWorkbook();
    expect(read.sheets).toHaveLength(12);
    expect(excel.syncCount).toBe(2);
  });

  it("reads a workbook too large for one answer in parts under the response limit, the same as in one", async () => {
    const whole = await workbook();
    const split = await workbook();
    const rows = Array.from({ length: 400 }, (_, k) => [`Rad ${k + 1}`, k * 1000, `Anteckning ${k}`]);
    for (const excel of [whole, split]) excel.typeIn("Blad1", "A1", rows);
    // What 5 MB is to a real workbook: the 400 rows alone are more than one answer may carry.
    split.responseLimitBytes = 8 * 1024;
    const read = await officeReviewReader(split.runner).readWorkbook();
    expect(read).toEqual(await officeReviewReader(whole.runner).readWorkbook());
    expect(split.syncCount).toBeGreaterThan(3);
  });

  it("says in Swedish and English which range is too large when even one row is over the limit", async () => {
    const excel = await workbook();
    excel.typeIn("Blad1", "A1", [["x".repeat(20_000)]]);
    excel.responseLimitBytes = 8 * 1024;
    const error = await officeReviewReader(excel.runner)
      .readWorkbook()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelAdapterError);
    expect((error as ExcelAdapterError).texts.sv).toMatch(/^Blad1!A1 är för stort/);
    expect((error as ExcelAdapterError).texts.en).toMatch(/^Blad1!A1 is too large/);
  });

  it("gives the review what it needs to find seed 002's slip", async () => {
    const excel = await workbook();
    const findings = reviewWorkbook(await officeReviewReader(excel.runner).readWorkbook());
    expect(brief(findings)).toEqual([{ ...SEED_002_SLIP, severity: "error", rule: "opening-differs" }]);
  });

  it("selects a finding's cell on its sheet in one sync", async () => {
    const excel = await workbook();
    await officeReviewReader(excel.runner).selectCell("Budget", "D14");
    expect(excel.syncCount).toBe(1);
    expect(excel.active.name).toBe("Budget");
    expect(excel.selection).toBe("D14");
  });

  it("fails the read when Excel refuses it", async () => {
    const excel = await workbook();
    excel.failOnSync(2);
    await expect(officeReviewReader(excel.runner).readWorkbook()).rejects.toThrow(/Injected failure/);
  });
});
