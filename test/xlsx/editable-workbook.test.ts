import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { WHOLE_SHEET, withWholeSheetValidation } from "../../src/bench/large-workbooks";
import { sampleLedger } from "../../src/bench/sample-ledger";
import { sieBytes } from "../../src/sie/write-sie";
import { planWorkbook } from "../../src/templates/workbook";
import { openEditableWorkbook } from "../../src/xlsx/editable-workbook";
import { decodeEntities } from "../../src/xlsx/xml-scan";
import { relationshipsOf } from "../../src/xlsx/package-relationships";
import { specToWorkbook } from "../../src/xlsx/xlsx-writer";
import { ZipArchive, writeZip } from "../../src/xlsx/zip-archive";
import { examplePlan } from "../fixtures/example-plan";

const run = promisify(execFile);
const ROOT = join(__dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "finsam-editable-"));
const plan = examplePlan();
const interventions = plan.followUp.interventions;
const PROJECTS = interventions.map((_, i) => `P${i + 1}`);

/** The example plan with Kopplingar filled in (one project per intervention), as bytes of an .xlsx file. */
async function mappedPlan(): Promise<Buffer> {
  const workbook = specToWorkbook(planWorkbook(plan, { language: "sv" }));
  const mappings = workbook.getWorksheet("Kopplingar")!;
  interventions.forEach((row, r) =>
    ["4000-7999", 6, PROJECTS[r], row.name].forEach((value, c) => (mappings.getCell(6 + r, 1 + c).value = value)),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Every `<dataValidation>` of the first sheet part of an .xlsx file: its ranges and first formula. */
function validationsOfFirstSheet(xlsx: Buffer): { sqref: string; formula1: string }[] {
  const zip = new ZipArchive(xlsx);
  const workbookPart = relationshipsOf(zip, "").find((r) => r.kind === "officeDocument")!.part;
  const sheet = relationshipsOf(zip, workbookPart).find((r) => r.kind === "worksheet")!.part;
  return [...zip.text(sheet)!.matchAll(/<dataValidation\b[^>]*sqref="([^"]*)"[^>]*>\s*<formula1>([^<]*)</g)].map(
    (match) => ({ sqref: match[1], formula1: decodeEntities(match[2]) }),
  );
}

describe("a workbook opened to be written back", () => {
  it("keeps a validation over the whole sheet as that one range, opened and written in seconds", async () => {
    const path = join(dir, "whole-sheet.xlsx");
    writeFileSync(path, withWholeSheetValidation(await mappedPlan()));
    const started = Date.now();
    const workbook = await openEditableWorkbook(path);
    const written = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(validationsOfFirstSheet(written)).toEqual([{ sqref: WHOLE_SHEET, formula1: "-1000000000" }]);
  }, 30_000);

  it("keeps every range of a validation over several, and a single-cell one, beside the plan's cells", async () => {
    const source = new ExcelJS.Workbook();
    const sheet = source.addWorksheet("Blad1");
    sheet.getCell("B2").value = 5;
    (sheet as unknown as { dataValidations: { add(a: string, v: object): void } }).dataValidations.add("B2", {
      type: "list",
      allowBlank: true,
      formulae: ['"ja,nej"'],
    });
    // Two areas in one sqref, as Excel writes a validation copied to a second block.
    const zip = new ZipArchive(Buffer.from(await source.xlsx.writeBuffer()));
    const twoAreas = writeZip(
      zip
        .names()
        .map((name) => ({ name, data: Buffer.from(zip.text(name)!.replace('sqref="B2"', 'sqref="B2 D4:D6"')) })),
    );
    const path = join(dir, "several.xlsx");
    writeFileSync(path, withWholeSheetValidation(twoAreas));
    const written = Buffer.from(await (await openEditableWorkbook(path)).xlsx.writeBuffer());
    expect(validationsOfFirstSheet(written).sort((a, b) => a.sqref.localeCompare(b.sqref))).toEqual([
      { sqref: WHOLE_SHEET, formula1: "-1000000000" },
      { sqref: "B2", formula1: '"ja,nej"' },
      { sqref: "D4:D6", formula1: '"ja,nej"' },
    ]);
  }, 30_000);

  it("npm run outcome imports into a plan with a whole-sheet validation in seconds, and keeps the validation", async () => {
    const path = join(dir, "plan.xlsx");
    writeFileSync(path, withWholeSheetValidation(await mappedPlan()));
    const ledger = join(dir, "ledger.se");
    writeFileSync(ledger, sieBytes(sampleLedger({ year: 2021, transactions: 300, projects: PROJECTS, seed: 7 })));
    const out = join(dir, "followed-up.xlsx");
    const started = Date.now();
    await run(
      process.execPath,
      ["--import", "tsx", "src/cli/outcome.ts", path, ledger, "--as-of", "2021-04-30", "--out", out],
      { cwd: ROOT, timeout: 60_000 },
    );
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(validationsOfFirstSheet(readFileSync(out))).toEqual([{ sqref: WHOLE_SHEET, formula1: "-1000000000" }]);
  }, 90_000);
});
