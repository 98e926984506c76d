import { objectCosts, sampleLedger } from "../../src/bench/sample-ledger";
import { type ConfirmedPreview, officeOutcomeImport, OutcomeImportError } from "../../src/excel/outcome-import";
import { officePlanWorkbook } from "../../src/excel/plan-workbook";
import { dayNumber } from "../../src/model/date-serial";
import { previewImport } from "../../src/outcome/import";
import { sieBytes } from "../../src/sie/write-sie";
import { examplePlan } from "../fixtures/example-plan";
import { FakeExcel } from "./fake-excel";
import { onEveryPlatform } from "./fake-profiles";

const plan = examplePlan();
const ledger = sampleLedger({ year: 2021, transactions: 400, projects: ["P1"], seed: 3 });
const sikta = (asOf: string) => objectCosts(ledger, asOf).get("P1")!.toNumber();

/** The example plan written by the pane, with SIKTA mapped to project P1 on Kopplingar (its first row is 6). */
async function planWithMapping(): Promise<FakeExcel> {
  const excel = new FakeExcel(["Blad1"]);
  await officePlanWorkbook(excel.runner).writePlan(plan, "sv");
  excel.typeIn("Kopplingar", "A6", [["4000-7999", 6, "P1", "SIKTA"]]);
  return excel;
}

async function previewed(excel: FakeExcel, asOf: string) {
  const workbook = (await officeOutcomeImport(excel.runner).read())!;
  const preview = previewImport(workbook, sieBytes(ledger), asOf);
  if (!preview.ok) throw new Error(preview.problems.join("\n"));
  return { workbook, preview: preview as ConfirmedPreview };
}

/** What the workbook holds as a user sees it: its sheets and the cells with content (Excel keeps no empty ones). */
const contents = (excel: FakeExcel) =>
  excel.sheets.map((sheet) => [
    sheet.name,
    [...sheet.cells]
      .filter(([, cell]) => cell.formula !== undefined && cell.formula !== "")
      .map(([a, c]) => [a, c.formula]),
  ]);

const value = (excel: FakeExcel, sheet: string, address: string) => excel.sheet(sheet).cells.get(address)?.value;

onEveryPlatform("the task pane's outcome import adapter", () => {
  it("reads the plan's outcome cells and Kopplingar through the names in two syncs", async () => {
    const excel = await planWithMapping();
    const before = excel.syncCount;
    const workbook = await officeOutcomeImport(excel.runner).read();
    expect(excel.syncCount - before).toBe(2);
    expect(workbook?.followUpYear).toBe(2021);
    expect(workbook?.budgetYear).toBe(2025);
    expect(workbook?.followUpDate.current).toBe(dayNumber(plan.followUp.asOf));
    expect(workbook?.interventions.map((row) => [row.name, row.current])).toEqual(
      plan.followUp.interventions.map((row) => [row.name, row.outcome]),
    );
    expect(workbook?.interventions[0].cell).toEqual({ sheet: "Insatser", address: "F4" });
    expect(workbook?.costRows.map((row) => [row.name, row.cell.sheet])).toEqual(
      plan.costs.map((row) => [row.label, "Kopplingar"]),
    );
    expect(workbook?.mapping.firstRow).toBe(6);
    expect(workbook?.mapping.rows[0]).toEqual(["4000-7999", 6, "P1", "SIKTA"]);
    expect(workbook?.log).toMatchObject({ sheet: "Utfallslogg", exists: false, rows: [], nextRow: 4 });
  });

  it("reads the budget's figures for the projection in the same two syncs, costs negative as the budget writes them", async () => {
    const excel = await planWithMapping();
    const opening = excel.names.find((name) => name.name === "Ingaende_eget_kapital")!;
    excel.typeIn(opening.sheet.name, opening.address.replaceAll("$", ""), [[""]]);
    const before = excel.syncCount;
    const workbook = await officeOutcomeImport(excel.runner).read();
    expect(excel.syncCount - before).toBe(2);
    expect(workbook?.budget).toEqual({
      // The opening equity's cell emptied: it counts 0, as the sheet's sums count it.
      openingEquity: 0,
      contribution: plan.memberContributions[0],
      guideline: plan.equityGuideline,
      otherRevenues: plan.otherRevenues.map((row) => row.amounts[0]),
      costs: plan.costs.map((row) => -row.amounts[0]),
      interventions: plan.interventions.map((row) => ({ label: row.label, amount: -row.amounts[0] })),
      followUpBudgets: plan.followUp.interventions.map((row) => row.budget),
      notNumbers: [],
    });
  });

  it("names a budget cell that holds text, and has no budget figures in a plan written before they were named", async () => {
    const excel = await planWithMapping();
    const kansli = excel.names.find((name) => name.name === "Budget_kostnader")!;
    const [, column, row] = /^\$([A-Z]+)\$(\d+)/.exec(kansli.address)!;
    excel.typeIn(kansli.sheet.name, `${column}${Number(row) + 1}`, [["mycket"]]);
    const read = await officeOutcomeImport(excel.runner).read();
    expect(read?.budget?.notNumbers).toEqual([{ sheet: kansli.sheet.name, address: `${column}${Number(row) + 1}` }]);

    excel.names.splice(
      excel.names.findIndex((name) => name.name === "Insatser_budget"),
      1,
    );
    const older = await officeOutcomeImport(excel.runner).read();
    expect(older?.budget).toBeUndefined();
    expect(older?.interventions).toHaveLength(plan.followUp.interventions.length);
  });

  it("finds no plan to import into once Kopplingar was deleted (its names read #REF!), rather than failing", async () => {
    const excel = await planWithMapping();
    excel.deleteSheetNow("Kopplingar");
    expect(await officeOutcomeImport(excel.runner).read()).toBeNull();
  });

  it("finds no plan in a workbook without the names, in one sync", async () => {
    const excel = new FakeExcel(["Blad1"]);
    expect(await officeOutcomeImport(excel.runner).read()).toBeNull();
    expect(excel.syncCount).toBe(1);
  });

  it("writes the outcome, the follow-up date and the log in one sync", async () => {
    const excel = await planWithMapping();
    const { workbook, preview } = await previewed(excel, "2021-04-30");
    const before = excel.syncCount;

    const entries = await officeOutcomeImport(excel.runner).write(workbook, preview, "books.se", "2021-05-02 09:00");

    expect(excel.syncCount - before).toBe(1);
    expect(value(excel, "Insatser", "F4")).toBe(sikta("2021-04-30"));
    expect(value(excel, "Parametrar", preview.followUpDate.cell.address)).toBe(dayNumber("2021-04-30"));
    expect(entries.map((entry) => entry.target)).toEqual(["SIKTA", "Uppföljningsdatum"]);
    const log = (row: number) => "ABCDEFGH".split("").map((column) => value(excel, "Utfallslogg", `${column}${row}`));
    expect(value(excel, "Utfallslogg", "A3")).toBe("Importerad");
    // The log's title and headers look as the templates' (and as the CLI writes them): headers bold over a line.
    const format = (address: string) => excel.sheet("Utfallslogg").cells.get(address)?.format;
    expect(format("A1")).toEqual({ "font.bold": true, "font.size": 14 });
    const header = { "font.bold": true, "borderBottom.style": "Continuous", "borderBottom.weight": "Thin" };
    expect(["A3", "H3"].map(format)).toEqual([header, header]);
    expect(log(4)).toEqual([
      "2021-05-02 09:00",
      "books.se",
      "2021-04-30",
      "Insatser",
      "F4",
      "SIKTA",
      2_837_000,
      sikta("2021-04-30"),
    ]);
    expect(log(5)[5]).toBe("Uppföljningsdatum");
    expect(log(5)[6]).toBe(dayNumber(plan.followUp.asOf));
  });

  it("undoes the latest import only (three syncs), and the next import takes the rows the undo emptied", async () => {
    const excel = await planWithMapping();
    const adapter = officeOutcomeImport(excel.runner);
    const importAt = async (asOf: string, importedAt: string) => {
      const { workbook, preview } = await previewed(excel, asOf);
      await adapter.write(workbook, preview, "books.se", importedAt);
    };
    await importAt("2021-04-30", "first");
    await importAt("2021-08-31", "second");
    expect(value(excel, "Insatser", "F4")).toBe(sikta("2021-08-31"));

    const before = excel.syncCount;
    expect((await adapter.undoLatest()).map((entry) => entry.importedAt)).toEqual(["second", "second"]);
    expect(excel.syncCount - before).toBe(3);
    expect(value(excel, "Insatser", "F4")).toBe(sikta("2021-04-30"));
    expect(value(excel, "Utfallslogg", "A6")).toBe("");

    await importAt("2021-06-30", "third");
    expect([4, 5, 6, 7].map((row) => value(excel, "Utfallslogg", `A${row}`))).toEqual([
      "first",
      "first",
      "third",
      "third",
    ]);
    await adapter.undoLatest();
    await adapter.undoLatest();
    expect(value(excel, "Insatser", "F4")).toBe(2_837_000);
    expect(value(excel, "Parametrar", (await adapter.read())!.followUpDate.cell.address)).toBe(
      dayNumber(plan.followUp.asOf),
    );
    expect(await adapter.undoLatest()).toEqual([]);
  });

  it("undoes only the second of two imports written in the same second: the first import's values come back", async () => {
    const excel = await planWithMapping();
    const adapter = officeOutcomeImport(excel.runner);
    for (const asOf of ["2021-04-30", "2021-08-31"]) {
      const { workbook, preview } = await previewed(excel, asOf);
      await adapter.write(workbook, preview, "books.se", "2021-09-01 10:00:00");
    }
    expect([4, 5, 6, 7].map((row) => value(excel, "Utfallslogg", `I${row}`))).toEqual([1, 1, 2, 2]);
    expect((await adapter.undoLatest()).map((entry) => entry.importId)).toEqual([2, 2]);
    expect(value(excel, "Insatser", "F4")).toBe(sikta("2021-04-30"));
    expect(value(excel, "Parametrar", (await adapter.read())!.followUpDate.cell.address)).toBe(dayNumber("2021-04-30"));
    await adapter.undoLatest();
    expect(value(excel, "Insatser", "F4")).toBe(2_837_000);
  });

  it.each([
    ["the first import (the log sheet is added)", false],
    ["a later import (the log exists)", true],
  ])("leaves the workbook as it was when Excel refuses %s at any point of the batch", async (_, again) => {
    const excel = await planWithMapping();
    const adapter = officeOutcomeImport(excel.runner);
    if (again) {
      const { workbook, preview } = await previewed(excel, "2021-03-31");
      await adapter.write(workbook, preview, "books.se", "earlier");
    }
    const { workbook, preview } = await previewed(excel, "2021-04-30");
    const snapshot = contents(excel);
    // Count the write's operations once, then fail it after each of them.
    const probe = await planWithMapping();
    if (again) {
      const earlier = await previewed(probe, "2021-03-31");
      await officeOutcomeImport(probe.runner).write(earlier.workbook, earlier.preview, "books.se", "earlier");
    }
    await officeOutcomeImport(probe.runner).write(workbook, preview, "books.se", "now");
    const operations = probe.operationsPerSync[probe.operationsPerSync.length - 1];
    expect(operations).toBeGreaterThanOrEqual(3);

    for (let applied = 0; applied < operations; applied++) {
      excel.failOnSync(excel.syncCount + 1, applied);
      const error = await adapter.write(workbook, preview, "books.se", "now").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OutcomeImportError);
      expect((error as OutcomeImportError).restored).toBe(true);
      expect(contents(excel)).toEqual(snapshot);
    }
  });

  it("puts the log back when an undo is refused", async () => {
    const excel = await planWithMapping();
    const adapter = officeOutcomeImport(excel.runner);
    const { workbook, preview } = await previewed(excel, "2021-04-30");
    await adapter.write(workbook, preview, "books.se", "first");
    const snapshot = contents(excel);
    for (let applied = 0; applied < 3; applied++) {
      excel.failOnSync(excel.syncCount + 3, applied);
      await expect(adapter.undoLatest()).rejects.toThrow(OutcomeImportError);
      expect(contents(excel)).toEqual(snapshot);
    }
  });

  it("imports into an intervention of a plan made in the wizard: its interventions of the budget year are on Insatser", async () => {
    const typed = { ...plan, budgetYear: 2021, followUp: { year: 2021, asOf: "2021-04-30", interventions: [] } };
    const excel = new FakeExcel(["Blad1"]);
    await officePlanWorkbook(excel.runner).writePlan(typed, "sv");
    excel.typeIn("Kopplingar", "A6", [["4000-7999", 6, "P1", "Cooperari"]]);
    const { workbook, preview } = await previewed(excel, "2021-04-30");
    expect(workbook.interventions.map((row) => row.name)).toEqual(["Sikta mot arbetslivet", "Cooperari"]);
    expect(value(excel, "Insatser", "E5")).toBe(1287700);
    await officeOutcomeImport(excel.runner).write(workbook, preview, "books.se", "now");
    expect(value(excel, "Insatser", "F5")).toBe(sikta("2021-04-30"));
  });
});
