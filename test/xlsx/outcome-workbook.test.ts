import ExcelJS from "exceljs";
import { objectCosts, sampleLedger } from "../../src/bench/sample-ledger";
import { previewImport } from "../../src/outcome/import";
import { sieBytes } from "../../src/sie/write-sie";
import { planWorkbook } from "../../src/templates/workbook";
import { applyOutcome, readOutcomeCells, undoLastImport } from "../../src/xlsx/outcome-workbook";
import { specToWorkbook } from "../../src/xlsx/xlsx-writer";
import { examplePlan } from "../fixtures/example-plan";

const plan = examplePlan();
const ledger = sampleLedger({ year: 2021, transactions: 400, projects: ["P1"], seed: 3 });

/** The example in English, written and read back as a file, SIKTA mapped to project P1. */
async function englishPlan(): Promise<ExcelJS.Workbook> {
  const written = specToWorkbook(planWorkbook(plan, { language: "en" }));
  ["4000-7999", 6, "P1", "SIKTA"].forEach(
    (value, c) => (written.getWorksheet("Mappings")!.getCell(6, 1 + c).value = value),
  );
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(await written.xlsx.writeBuffer());
  return read;
}

const importAt = (workbook: ExcelJS.Workbook, asOf: string, importedAt: string) => {
  const preview = previewImport(readOutcomeCells(workbook), sieBytes(ledger), asOf);
  if (!preview.ok) throw new Error(preview.problems.join("\n"));
  return applyOutcome(workbook, preview, "books.se", importedAt);
};

describe("the outcome import on an .xlsx workbook", () => {
  it("finds the plan through its names in either language and logs in the workbook's language", async () => {
    const workbook = await englishPlan();
    const cells = readOutcomeCells(workbook);
    expect(cells.interventions.map((row) => row.name)).toEqual(plan.followUp.interventions.map((row) => row.name));
    expect(cells.costRows.map((row) => [row.name, row.cell])).toEqual(
      plan.costs.map((row, i) => [row.label, { sheet: "Mappings", address: `H${6 + i}` }]),
    );
    importAt(workbook, "2021-04-30", "2021-05-02 09:00:00");
    expect(workbook.getWorksheet("Interventions")!.getCell("F4").value).toBe(
      objectCosts(ledger, "2021-04-30").get("P1")!.toNumber(),
    );
    expect(workbook.getWorksheet("Outcome log")!.getCell("F5").value).toBe("Follow-up date");
  });

  it("undoes the latest import only, and the next import takes the rows the undo emptied", async () => {
    const workbook = await englishPlan();
    importAt(workbook, "2021-04-30", "first");
    importAt(workbook, "2021-08-31", "second");
    const sikta = () => workbook.getWorksheet("Interventions")!.getCell("F4").value;
    expect(sikta()).toBe(objectCosts(ledger, "2021-08-31").get("P1")!.toNumber());
    expect(undoLastImport(workbook).map((entry) => entry.importedAt)).toEqual(["second", "second"]);
    expect(sikta()).toBe(objectCosts(ledger, "2021-04-30").get("P1")!.toNumber());
    importAt(workbook, "2021-06-30", "third");
    const log = workbook.getWorksheet("Outcome log")!;
    expect([4, 5, 6, 7].map((row) => log.getCell(row, 1).value)).toEqual(["first", "first", "third", "third"]);
    undoLastImport(workbook);
    undoLastImport(workbook);
    expect(sikta()).toBe(plan.followUp.interventions[0].outcome);
    expect(undoLastImport(workbook)).toEqual([]);
  });
});
