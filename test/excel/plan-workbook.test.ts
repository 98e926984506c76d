import { readFileSync } from "node:fs";
import { join } from "node:path";
import { officePlanWorkbook, WorkbookPlanError } from "../../src/excel/plan-workbook";
import { computePlan } from "../../src/model/plan";
import { closingEquityName } from "../../src/templates/key-names";
import { readPlan } from "../../src/templates/read-plan";
import { planWorkbook } from "../../src/templates/workbook";
import { FakeExcel } from "./fake-excel";

const example = readPlan(readFileSync(join(__dirname, "..", "..", "examples", "rar-sormland-2025.json"), "utf8"));
const years = [2025, 2026, 2027];

/** What Excel would show in the plan's formula cells that the pane reads: equity at each year's end, from the model. */
function calculate(excel: FakeExcel, suffix = ""): void {
  computePlan(example).years.forEach((year, k) =>
    excel.calculated(closingEquityName(years[k]) + suffix, year.closing.toNumber()),
  );
}

describe("the task pane's workbook adapter", () => {
  it("writes the plan's sheets in two syncs, reporting progress", async () => {
    const excel = new FakeExcel(["Blad1"]);
    const steps: string[] = [];
    const { sheets } = await officePlanWorkbook(excel.runner).writePlan(example, "sv", (step) => steps.push(step));
    expect(excel.syncCount).toBe(2);
    expect(steps).toEqual(["reading", "writing"]);
    expect(sheets).toEqual(planWorkbook(example, { language: "sv" }).sheets.map((sheet) => sheet.name));
  });

  it("reads the plan back from its defined names in two syncs", async () => {
    const excel = new FakeExcel(["Blad1"]);
    const adapter = officePlanWorkbook(excel.runner);
    await adapter.writePlan(example, "sv");
    calculate(excel);
    const before = excel.syncCount;

    const plan = await adapter.readPlan();

    expect(excel.syncCount - before).toBe(2);
    expect(plan).toEqual({
      association: "Samordningsförbundet RAR i Sörmland",
      budgetYear: 2025,
      contribution: 16_000_000,
      stateOffer: 10_500_000,
      // The workbook holds each member's name and population; the letter's addressee stays on Hemställan.
      members: example.members.map(({ name, population }) => ({ name, population })),
      // Seed 002: 2025 ends at 5 632 300.
      closingEquity: [
        { year: 2025, amount: 5_632_300 },
        { year: 2026, amount: computePlan(example).years[1].closing.toNumber() },
        { year: 2027, amount: computePlan(example).years[2].closing.toNumber() },
      ],
    });
  });

  it("reads the plan written last when the workbook holds two (its names carry the suffix _2)", async () => {
    const excel = new FakeExcel(["Blad1"]);
    const adapter = officePlanWorkbook(excel.runner);
    await adapter.writePlan(example, "sv");
    await adapter.writePlan({ ...example, association: "Andra förbundet", stateOffer: 9_000_000 }, "sv");
    calculate(excel, "_2");

    const plan = await adapter.readPlan();

    expect(plan?.association).toBe("Andra förbundet");
    expect(plan?.stateOffer).toBe(9_000_000);
    expect(plan?.closingEquity[0]).toEqual({ year: 2025, amount: 5_632_300 });
  });

  it("finds no plan in a workbook without the names, in one sync", async () => {
    const excel = new FakeExcel(["Blad1"]);
    expect(await officePlanWorkbook(excel.runner).readPlan()).toBeNull();
    expect(excel.syncCount).toBe(1);
  });

  it("leaves out equity Excel has not calculated, and refuses a population that is not a number", async () => {
    const excel = new FakeExcel(["Blad1"]);
    const adapter = officePlanWorkbook(excel.runner);
    await adapter.writePlan(example, "sv");
    excel.calculated(closingEquityName(2025), "#REF!");
    excel.calculated(closingEquityName(2026), 1);
    excel.calculated(closingEquityName(2027), 2);
    expect((await adapter.readPlan())?.closingEquity).toEqual([
      { year: 2026, amount: 1 },
      { year: 2027, amount: 2 },
    ]);

    const populations = excel.names.find((n) => n.name === "Befolkning");
    excel.typeIn("Medlemsavgifter", (populations?.address ?? "").replaceAll("$", "").split(":")[0], [["många"]]);
    await expect(adapter.readPlan()).rejects.toThrow(WorkbookPlanError);
    await expect(adapter.readPlan()).rejects.toThrow(/Befolkning \(Vingåker\) is not a number \("många"\)/);
  });

  it("reads the selected range in one sync", async () => {
    const excel = new FakeExcel(["Blad1"]);
    excel.typeIn("Blad1", "B2", [
      ["Kommun", "Befolkning"],
      ["Gnesta", 6439],
      ["Trosa", 7712],
    ]);
    excel.selection = "B2:C4";
    expect(await officePlanWorkbook(excel.runner).readSelection()).toEqual({
      address: "Blad1!B2:C4",
      values: [
        ["Kommun", "Befolkning"],
        ["Gnesta", 6439],
        ["Trosa", 7712],
      ],
    });
    expect(excel.syncCount).toBe(1);
  });

  it("inserts a formula into the active cell in one sync", async () => {
    const excel = new FakeExcel(["Blad 1"]);
    excel.selection = "D5:E9";
    const { address } = await officePlanWorkbook(excel.runner).insertFormula("=FINSAM.BURNRATIO(870000,1000000)");
    expect(address).toBe("'Blad 1'!D5");
    expect(excel.sheet("Blad 1").cells.get("D5")?.formula).toBe("=FINSAM.BURNRATIO(870000,1000000)");
    expect(excel.sheet("Blad 1").cells.size).toBe(1);
    expect(excel.syncCount).toBe(1);
  });
});
