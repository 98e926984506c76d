import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ExcelAdapterError } from "../../src/excel/adapter-error";
import { officePlanWorkbook, WorkbookPlanError } from "../../src/excel/plan-workbook";
import { computePlan } from "../../src/model/plan";
import { closingEquityName } from "../../src/templates/key-names";
import { readPlan } from "../../src/templates/read-plan";
import { planWorkbook } from "../../src/templates/workbook";
import { FakeExcel } from "./fake-excel";
import { onEveryPlatform } from "./fake-profiles";

const example = readPlan(readFileSync(join(__dirname, "..", "..", "examples", "rar-sormland-2025.json"), "utf8"));
// The pane reads each member's name and population through the names; the letter's addressee stays on Hemställan.
const namesAndPopulations = example.members.map(({ name, population }) => ({ name, population }));
const years = [2025, 2026, 2027];

/** What Excel would show in the plan's formula cells that the pane reads: equity at each year's end, from the model. */
function calculate(excel: FakeExcel, suffix = ""): void {
  computePlan(example).years.forEach((year, k) =>
    excel.calculated(closingEquityName(years[k]) + suffix, year.closing.toNumber()),
  );
}

onEveryPlatform("the task pane's workbook adapter", () => {
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
      contributions: [2025, 2026, 2027].map((year, k) => ({ year, amount: example.memberContributions[k] })),
      stateOffer: 10_500_000,
      members: namesAndPopulations,
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

  it("removes what a write added, and only that, in two syncs: the plan before it is the workbook's plan again", async () => {
    const excel = new FakeExcel(["Blad1"]);
    const adapter = officePlanWorkbook(excel.runner);
    await adapter.writePlan(example, "sv");
    const first = excel.snapshot();
    const second = await adapter.writePlan({ ...example, association: "Andra förbundet" }, "sv");
    expect(second.sheets).toContain("Parametrar (2)");
    expect(second.names).toContain("Forbund_2");
    excel.deleteSheetNow("Kontroller (2)");
    const before = excel.syncCount;

    const removed = await adapter.removeWritten(second);

    expect(excel.syncCount - before).toBe(2);
    expect(removed).toEqual(second.sheets.filter((sheet) => sheet !== "Kontroller (2)"));
    expect(excel.snapshot()).toEqual({ ...(first as object), active: (excel.snapshot() as { active: string }).active });
    calculate(excel);
    expect((await adapter.readPlan())?.association).toBe(example.association);
  });

  it("falls back to the plan before when the latest plan's Parametrar sheet was deleted (its names read #REF!)", async () => {
    const excel = new FakeExcel(["Blad1"]);
    const adapter = officePlanWorkbook(excel.runner);
    await adapter.writePlan(example, "sv");
    await adapter.writePlan({ ...example, association: "Andra förbundet" }, "sv");
    calculate(excel);
    // The second plan's equity formulas referred to its Parametrar: Excel shows #REF! there now.
    years.forEach((year) => excel.calculated(`${closingEquityName(year)}_2`, "#REF!"));
    excel.deleteSheetNow("Parametrar (2)");

    const plan = await adapter.readPlan();

    expect(plan?.association).toBe(example.association);
    expect(plan?.members).toEqual(namesAndPopulations);
    // Names are matched per base name: the second plan's equity names still work, and show no figure.
    expect(plan?.closingEquity).toEqual([]);
  });

  it("names the plan's broken names, in both languages, when a deleted sheet left no plan", async () => {
    const excel = new FakeExcel(["Blad1"]);
    const adapter = officePlanWorkbook(excel.runner);
    await adapter.writePlan(example, "sv");
    excel.deleteSheetNow("Parametrar");

    const error = await adapter.readPlan().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ExcelAdapterError);
    const { texts } = error as ExcelAdapterError;
    expect(texts.sv).toMatch(/^Planens namn .*Forbund.*#REFERENS!/);
    expect(texts.en).toMatch(/^The plan's names .*Forbund.*#REF!/);
  });

  it("writes a plan beside a user's table called Medlemmar (tables and names share one namespace)", async () => {
    const excel = new FakeExcel(["Blad1"]);
    excel.addTable("Blad1", "Medlemmar");
    const adapter = officePlanWorkbook(excel.runner);

    await adapter.writePlan(example, "sv");
    calculate(excel);

    expect(excel.names.map((n) => n.name)).toContain("Medlemmar_2");
    expect((await adapter.readPlan())?.members).toEqual(namesAndPopulations);
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

  it("leaves a cell that holds something as it is, unless told to overwrite it (one sync)", async () => {
    const excel = new FakeExcel(["Blad1"]);
    excel.typeIn("Blad1", "A1", [[2_837_000]]);
    const adapter = officePlanWorkbook(excel.runner);
    expect(await adapter.insertFormula(burnRatio)).toEqual({ address: "Blad1!A1", written: false });
    expect(excel.sheet("Blad1").cells.get("A1")?.formula).toBe(2_837_000);
    const before = excel.syncCount;
    expect(await adapter.insertFormula(burnRatio, true)).toEqual({ address: "Blad1!A1", written: true });
    expect(excel.syncCount - before).toBe(1);
    expect([burnRatio.en, burnRatio.sv]).toContain(excel.sheet("Blad1").cells.get("A1")?.formula);
  });

  it.each([
    ["a whole column", "B:B", [["Kommun"], ["Gnesta"], ["Trosa"]]],
    [
      "whole columns",
      "B:C",
      [
        ["Kommun", "Befolkning"],
        ["Gnesta", 6439],
        ["Trosa", 7712],
      ],
    ],
    [
      "Select All",
      "1:1048576",
      [
        ["Kommun", "Befolkning"],
        ["Gnesta", 6439],
        ["Trosa", 7712],
      ],
    ],
  ])(
    "reads only the filled part of %s (Excel refuses answers over 5 MB, gives null past 5 000 000 cells)",
    async (_, selection, values) => {
      const excel = new FakeExcel(["Blad1"]);
      excel.typeIn("Blad1", "B2", [
        ["Kommun", "Befolkning"],
        ["Gnesta", 6439],
        ["Trosa", 7712],
      ]);
      excel.selection = selection;
      expect(await officePlanWorkbook(excel.runner).readSelection()).toEqual({ address: `Blad1!${selection}`, values });
      expect(excel.syncCount).toBe(1);
    },
  );

  it("reads nothing from a selection outside the filled cells", async () => {
    const excel = new FakeExcel(["Blad1"]);
    excel.typeIn("Blad1", "B2", [["Kommun"]]);
    excel.selection = "F10:G20";
    expect(await officePlanWorkbook(excel.runner).readSelection()).toEqual({ address: "Blad1!F10:G20", values: [] });
  });

  it("says in Swedish and English that a selection is too large to read, never a TypeError", async () => {
    const excel = new FakeExcel(["Blad1"]);
    // A filled block of 5 000 001 cells: Excel answers null (or refuses the answer's size).
    excel.typeIn("Blad1", "A1", [["x"]]);
    excel.typeIn("Blad1", "E1000001", [["y"]]);
    excel.selection = "A:E";
    const error = await officePlanWorkbook(excel.runner)
      .readSelection()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelAdapterError);
    expect((error as ExcelAdapterError).texts).toEqual({
      sv: expect.stringMatching(/^Markeringen innehåller för mycket/),
      en: expect.stringMatching(/^The selection holds too much/),
    });
  });

  const burnRatio = { en: "=FINSAM.BURNRATIO(870000,1000000)", sv: "=FINSAM.FORBRUKNINGSKVOT(870000,1000000)" };

  it("inserts a formula into an empty active cell in two syncs, with the function names Excel registered", async () => {
    const excel = new FakeExcel(["Blad 1"]);
    excel.selection = "D5:E9";
    const { address, written } = await officePlanWorkbook(excel.runner).insertFormula(burnRatio);
    expect([address, written]).toEqual(["'Blad 1'!D5", true]);
    expect(excel.sheet("Blad 1").cells.size).toBe(1);
    expect(excel.syncCount).toBe(2);
    // Excel registers the names of its display language only: the other language's name would show #NAME?.
    expect(excel.shows("Blad 1", "D5")).not.toBe("#NAME?");
  });

  it.each([
    ["sv-SE", burnRatio.sv],
    ["en-US", burnRatio.en],
    ["en-GB", burnRatio.en],
  ])("in an Excel whose display language is %s, writes %s", async (displayLanguage, written) => {
    const excel = new FakeExcel(["Blad1"]);
    excel.displayLanguage = displayLanguage;
    await officePlanWorkbook(excel.runner).insertFormula(burnRatio);
    expect(excel.sheet("Blad1").cells.get("A1")?.formula).toBe(written);
    excel.typeIn("Blad1", "B1", [[burnRatio.sv === written ? burnRatio.en : burnRatio.sv]]);
    expect(excel.shows("Blad1", "B1")).toBe("#NAME?");
  });
});
