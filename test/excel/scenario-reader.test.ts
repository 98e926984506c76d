import { readFileSync } from "node:fs";
import { join } from "node:path";
import { officePlanWorkbook, WorkbookPlanError } from "../../src/excel/plan-workbook";
import { officeScenarioReader } from "../../src/excel/scenario-reader";
import { planScenarios, SCENARIOS } from "../../src/model/scenarios";
import { SCENARIO_ASSUMPTIONS_NAME, scenarioNames } from "../../src/templates/key-names";
import { readPlan } from "../../src/templates/read-plan";
import { calculatedScenarios } from "../fixtures/calculated-scenarios";
import { FakeExcel } from "./fake-excel";
import { onEveryPlatform } from "./fake-profiles";

const example = readPlan(readFileSync(join(__dirname, "..", "..", "examples", "rar-sormland-2025.json"), "utf8"));

async function workbookWith(language: "sv" | "en" = "sv"): Promise<FakeExcel> {
  const excel = new FakeExcel(["Blad1"]);
  await officePlanWorkbook(excel.runner).writePlan(example, language);
  for (const [name, grid] of calculatedScenarios(example, language)) excel.calculatedRange(name, grid);
  return excel;
}

onEveryPlatform("the task pane's reader of the Scenarier sheet", () => {
  it.each(["sv", "en"] as const)(
    "reads every scenario's result, equity, ceiling and verdict as the model computes them, in two syncs (%s sheet)",
    async (language) => {
      const excel = await workbookWith(language);
      const before = excel.syncCount;

      const read = await officeScenarioReader(excel.runner).readScenarios();

      expect(excel.syncCount - before).toBe(2);
      const model = planScenarios(example);
      for (const key of SCENARIOS) {
        expect(read?.scenarios[key]).toEqual(
          model[key].map((y) => ({
            year: y.year,
            result: y.result.toNumber(),
            closing: y.closing.toNumber(),
            ceiling: y.ceiling.toNumber(),
            withinGuideline: y.withinGuideline,
          })),
        );
      }
      // The full offer (docs/domain.md rule 1): 21 mkr a year instead of 16 mkr, 15 mkr more equity by 2027.
      expect(read?.scenarios.fullOffer[2]).toMatchObject({ year: 2027, closing: 17_473_100 });
      expect(read?.scenarios.planned.map((y) => y.withinGuideline)).toEqual([false, false, true]);
    },
  );

  it("reads the assumptions as the sheet holds them, with the plan's year and the state's offer", async () => {
    const excel = await workbookWith();
    const address = excel.names.find((n) => n.name === SCENARIO_ASSUMPTIONS_NAME)!.address.replaceAll("$", "");
    excel.typeIn("Scenarier", address.split(":")[0], [[2027]]);

    const read = await officeScenarioReader(excel.runner).readScenarios();

    expect(read).toMatchObject({
      association: example.association,
      budgetYear: 2025,
      stateOffer: 10_500_000,
      assumptions: {
        otherRevenuesEndYear: 2027,
        newIntervention: { label: "Ny insats", amount: 1_000_000, fromYear: 2026 },
        stoppedIntervention: { label: example.interventions[0].label, fromYear: 2026 },
      },
    });
  });

  it("reads the plan written last when the workbook holds two", async () => {
    const excel = new FakeExcel(["Blad1"]);
    const writer = officePlanWorkbook(excel.runner);
    await writer.writePlan(example, "sv");
    const second = { ...example, association: "Andra förbundet", stateOffer: 9_000_000 };
    await writer.writePlan(second, "sv");
    for (const [name, grid] of calculatedScenarios(second, "sv", "_2")) excel.calculatedRange(name, grid);

    const read = await officeScenarioReader(excel.runner).readScenarios();

    expect(read?.association).toBe("Andra förbundet");
    expect(read?.scenarios.fullOffer[0].closing).toBe(planScenarios(second).fullOffer[0].closing.toNumber());
  });

  it("finds no scenarios once the Scenarier sheet was deleted (its names read #REF!), rather than failing", async () => {
    const excel = await workbookWith();
    excel.deleteSheetNow("Scenarier");
    expect(await officeScenarioReader(excel.runner).readScenarios()).toBeNull();
  });

  it("finds no scenarios in a workbook without the names, in one sync", async () => {
    const excel = new FakeExcel(["Blad1"]);
    expect(await officeScenarioReader(excel.runner).readScenarios()).toBeNull();
    expect(excel.syncCount).toBe(1);
  });

  it("refuses equity that is not a number and a verdict that is neither yes nor no", async () => {
    const excel = await workbookWith();
    const reader = officeScenarioReader(excel.runner);
    excel.calculatedRange(scenarioNames("newIntervention").closing, [[1, "#VALUE!", 3]]);
    await expect(reader.readScenarios()).rejects.toThrow(WorkbookPlanError);
    await expect(reader.readScenarios()).rejects.toThrow(
      /Scenario_ny_insats_eget_kapital \(2026\) is not a number \("#VALUE!"\)/,
    );

    excel.calculatedRange(scenarioNames("newIntervention").closing, [[1, 2, 3]]);
    excel.calculatedRange(scenarioNames("planned").within, [["JA", "kanske", "NEJ"]]);
    await expect(reader.readScenarios()).rejects.toThrow(/Scenario_plan_inom_riktlinjen \(2026\) is neither/);
  });

  it("shows the Scenarier sheet with its assumptions selected", async () => {
    const excel = await workbookWith();
    // The writer leaves the first of the plan's sheets active.
    expect(excel.active.name).toBe("Parametrar");
    const before = excel.syncCount;

    await officeScenarioReader(excel.runner).showAssumptions();

    expect(excel.syncCount - before).toBe(2);
    expect(excel.active.name).toBe("Scenarier");
    expect(excel.selection).toBe(
      excel.names.find((n) => n.name === SCENARIO_ASSUMPTIONS_NAME)!.address.replaceAll("$", ""),
    );
  });
});
