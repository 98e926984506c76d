import ExcelJS from "exceljs";
import fc from "fast-check";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PlanInput } from "../../src/model/plan";
import { describePlanReadProblem, PlanReadError, readPlanWorkbook } from "../../src/review/plan-reader";
import type { Language } from "../../src/model/language";
import { readPlan } from "../../src/templates/read-plan";
import { planWorkbook } from "../../src/templates/workbook";
import { readWorkbookFile } from "../../src/xlsx/read-workbook";
import { specToWorkbook } from "../../src/xlsx/xlsx-writer";
import { decidedPlan, withoutSchema } from "../fixtures/decided-plan";
import { examplePlan } from "../fixtures/example-plan";
import { randomPlan } from "../fixtures/random-plan";

const dir = mkdtempSync(join(tmpdir(), "finsam-plan-reader-"));
let files = 0;

/** A workbook saved as a file and read back as `npm run plan` reads it. */
async function readBack(workbook: ExcelJS.Workbook): Promise<PlanInput> {
  const path = join(dir, `plan-${(files += 1)}.xlsx`);
  await workbook.xlsx.writeFile(path);
  return readPlanWorkbook(await readWorkbookFile(path));
}

/** The plan written as an .xlsx file (never recalculated) and read back as a file is read. */
async function roundTrip(plan: PlanInput, language: Language = "sv"): Promise<PlanInput> {
  return readBack(specToWorkbook(planWorkbook(plan, { language })));
}

describe("the plan read back from its workbook", () => {
  it("gives back the example plan file exactly, in Swedish and in English", async () => {
    const example = withoutSchema(examplePlan());
    expect(await roundTrip(example)).toEqual(example);
    expect(await roundTrip(example, "en")).toEqual(example);
  });

  it("gives back a decision spanning years and scenario settings of the user's own", async () => {
    const plan = {
      ...withoutSchema(decidedPlan()),
      scenarios: {
        otherRevenuesEndYear: 2027,
        newIntervention: { label: "Unga vuxna", amount: 750_000, fromYear: 2026 },
        stoppedIntervention: { label: "", fromYear: 2027 },
      },
    };
    const read = await roundTrip(plan);
    expect(read).toEqual(plan);
    // A valid plan file, which written again reads back the same.
    expect(readPlan(JSON.stringify(read))).toEqual(plan);
    expect(await roundTrip(read)).toEqual(plan);
  });

  it("gives back any plan it wrote, in either language", async () => {
    const plans = fc.sample(
      randomPlan({ members: { min: 1, max: 40 }, interventions: { min: 0, max: 20 }, years: { min: 1, max: 10 } }),
      { numRuns: 12 },
    );
    for (const [i, plan] of plans.entries()) {
      expect(await roundTrip(plan, i % 2 === 0 ? "sv" : "en")).toEqual(plan);
    }
  }, 60_000);

  it("reads an edit made in the workbook", async () => {
    const example = withoutSchema(examplePlan());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await specToWorkbook(planWorkbook(example, { language: "sv" })).xlsx.writeBuffer());
    const plan = workbook.getWorksheet("Ekonomisk plan 2025–2027")!;
    const kansli = [...Array(plan.rowCount).keys()].find((r) => plan.getCell(r + 1, 1).value === "Kansli")! + 1;
    plan.getCell(kansli, 5).value = -3_900_000;
    const read = await readBack(workbook);
    expect(read.costs.find((row) => row.label === "Kansli")?.amounts).toEqual([3_677_000, 3_800_000, 3_900_000]);
  });

  it("says in both languages what it cannot find", () => {
    let error: unknown;
    try {
      readPlanWorkbook({ sheets: [{ name: "Blad1", cells: [] }], names: [] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PlanReadError);
    expect(describePlanReadProblem((error as PlanReadError).problem, "sv")).toMatch(/arbetsboken har inga planblad/);
    expect((error as PlanReadError).message).toMatch(/the workbook has no plan sheets/);
  });
});
