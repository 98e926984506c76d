import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readPlan } from "../../src/templates/read-plan";
import { planWorkbook } from "../../src/templates/workbook";
import { specToWorkbook } from "../../src/xlsx/xlsx-writer";

const plan = readPlan(readFileSync(join(__dirname, "..", "..", "examples", "rar-sormland-2025.json"), "utf8"));

// ExcelJS reads a sheet's <sheetProtection> into this field but leaves it out of its types.
const isProtected = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet === true;

/** The file as a reader sees it: written to a buffer and loaded again. */
async function roundTrip(protect: boolean): Promise<ExcelJS.Workbook> {
  const buffer = await specToWorkbook(planWorkbook(plan, { language: "sv", protect })).xlsx.writeBuffer();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as ArrayBuffer);
  return workbook;
}

describe("the .xlsx file", () => {
  it("protects every sheet by default, with the inputs left open", async () => {
    const workbook = await roundTrip(true);
    expect(workbook.worksheets.map(isProtected)).toEqual(workbook.worksheets.map(() => true));
    const fees = workbook.getWorksheet("Medlemsavgifter")!;
    const eskilstuna = fees.getColumn(1).values.findIndex((value) => value === "Eskilstuna");
    expect(fees.getCell(eskilstuna, 2).protection?.locked).toBe(false);
    expect(fees.getCell(eskilstuna, 4).protection?.locked).not.toBe(false);
  });

  it("leaves every sheet unprotected when protection is switched off", async () => {
    const workbook = await roundTrip(false);
    expect(workbook.worksheets.map(isProtected)).toEqual(workbook.worksheets.map(() => false));
  });

  it("writes text that looks like a formula as text, never as a formula", async () => {
    const injected = '=HYPERLINK("http://example.com","klicka här")';
    const spec = planWorkbook({ ...plan, association: injected }, { language: "sv" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await specToWorkbook(spec).xlsx.writeBuffer()) as ArrayBuffer);
    const params = workbook.getWorksheet("Parametrar")!;
    const row = params.getColumn(1).values.findIndex((value) => value === "Förbund");
    expect(params.getCell(row, 2).value).toBe(injected);
    expect(params.getCell(row, 2).formula).toBeUndefined();
  });

  it("right-aligns the headers over figures and leaves text headers alone", async () => {
    const fees = (await roundTrip(true)).getWorksheet("Medlemsavgifter")!;
    const headerRow = fees.getColumn(1).values.findIndex((value) => value === "Medlem");
    expect(fees.getCell(headerRow, 4).value).toBe("Årsavgift");
    expect(fees.getCell(headerRow, 4).alignment?.horizontal).toBe("right");
    expect(fees.getCell(headerRow, 1).alignment?.horizontal).toBeUndefined();
  });
});
