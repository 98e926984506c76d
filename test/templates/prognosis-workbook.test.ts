import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PlanInput } from "../../src/model/plan";
import { PlanPrognosis, PrognosisRow, planPrognosis } from "../../src/model/plan-prognosis";
import { LABELS } from "../../src/templates/labels";
import { planWorkbook } from "../../src/templates/workbook";
import { specToWorkbook } from "../../src/xlsx/xlsx-writer";
import { examplePlan } from "../fixtures/example-plan";
import { SheetReader, readWorkbook, recalculateInLibreOffice } from "../fixtures/libreoffice";

const words = LABELS.sv;

/** The example followed up per 30 April of its budget year: Sikta above its pace, Cooperari below, one row of its own. */
const plan: PlanInput = {
  ...examplePlan(),
  followUp: {
    year: 2025,
    asOf: "2025-04-30",
    interventions: [
      {
        name: "Sikta mot arbetslivet",
        owner: "Samordningsförbundet",
        start: "2024-01-01",
        end: "2027-12-31",
        budget: 9_000_000,
        outcome: 3_500_000,
      },
      {
        name: "Cooperari",
        owner: "Eskilstuna kommun",
        start: "2025-01-01",
        end: "2026-12-31",
        budget: 1_287_700,
        outcome: 300_000,
      },
      {
        name: "Unga på väg",
        owner: "Eskilstuna kommun",
        start: "2024-06-01",
        end: "2025-12-31",
        budget: 500_000,
        outcome: 250_000,
      },
    ],
  },
};
/** Styrelse's outcome so far, typed into Kopplingar as an outcome import would write it. */
const STYRELSE_OUTCOME = 200_000;

/**
 * The workbook's forecasts, recalculated by LibreOffice's formula engine, are
 * the model's in every cell (docs/domain.md rule 8), and Kontroller says OK.
 */
describe("the prognosis in a workbook followed up inside its budget year, recalculated in LibreOffice", () => {
  const model: PlanPrognosis = planPrognosis(plan, [STYRELSE_OUTCOME]);
  let sheet: (name: string) => SheetReader;

  beforeAll(async () => {
    const workbook = specToWorkbook(planWorkbook(plan, { language: "sv" }));
    const mappings = workbook.getWorksheet(words.sheets.mappings);
    if (!mappings) throw new Error("the workbook has no Kopplingar");
    const styrelse = mappings.getColumn(6).values.indexOf("Styrelse");
    mappings.getCell(styrelse, 8).value = STYRELSE_OUTCOME;
    const out = join(mkdtempSync(join(tmpdir(), "finsam-prognosis-")), "prognosis.xlsx");
    await workbook.xlsx.writeFile(out);
    sheet = await readWorkbook(await recalculateInLibreOffice(out));
  }, 180_000);

  it("hand-checks the model: Sikta 3 500 000 by 30 April proposes 3 500 000 + 9 000 000 × 245/365", () => {
    expect(model.followUp[0].proposed.toNumber()).toBeCloseTo(3_500_000 + (9_000_000 * 245) / 365, 6);
    expect(model.followUp[1].proposed.toNumber()).toBe(1_287_700);
    expect(model.followUp[0].pace?.toNumber()).toBeCloseTo((3_500_000 * 365) / 120, 6);
  });

  it("gives each intervention on Insatser the model's Prognos helår and Prognos i nuvarande takt, and their totals", () => {
    const insatser = sheet(words.sheets.interventions);
    const header = insatser.rowOf(words.interventions.name);
    const column = (name: string) => insatser.columnOf(name, header);
    plan.followUp.interventions.forEach((row, i) => {
      const at = insatser.rowOf(row.name);
      expect(insatser.value(at, column(words.prognosis.forecast))).toBeCloseTo(
        model.followUp[i].proposed.toNumber(),
        6,
      );
      expect(insatser.value(at, column(words.prognosis.pace))).toBeCloseTo(model.followUp[i].pace!.toNumber(), 6);
    });
    const totalOf = (pick: (row: PrognosisRow) => number) => model.followUp.reduce((sum, row) => sum + pick(row), 0);
    const total = insatser.rowOf(words.interventions.total);
    expect(insatser.value(total, column(words.prognosis.forecast))).toBeCloseTo(
      totalOf((r) => r.proposed.toNumber()),
      6,
    );
    expect(insatser.value(total, column(words.prognosis.pace))).toBeCloseTo(
      totalOf((r) => r.pace!.toNumber()),
      6,
    );
  });

  it("gives each budget row its outcome, proposed and pace-based forecast (negative, as the budget writes costs)", () => {
    const budget = sheet(words.sheets.budget(2025));
    const column = (name: string) => budget.columnOf(name, 4);
    const rows: [string, PrognosisRow][] = [
      ...plan.costs.map((row, i): [string, PrognosisRow] => [row.label, model.costs[i]]),
      ...plan.interventions.map((row, i): [string, PrognosisRow] => [row.label, model.interventions[i]]),
    ];
    rows.forEach(([label, row]) => {
      const at = budget.rowOf(label);
      expect(budget.value(at, column(words.prognosis.outcomeSoFar))).toBe(0 - row.outcome.toNumber());
      expect(budget.value(at, column(words.prognosis.forecast))).toBeCloseTo(-row.proposed.toNumber(), 6);
      expect(budget.value(at, column(words.prognosis.pace))).toBeCloseTo(-row.pace!.toNumber(), 6);
    });
    expect(model.costs[0].outcome.toNumber()).toBe(STYRELSE_OUTCOME);
    expect(model.interventions.map((row) => row.outcome.toNumber())).toEqual([3_500_000, 300_000]);
  });

  it("projects the year's result, equity at year end, the deviation and the guideline's verdict as the model does", () => {
    const budget = sheet(words.sheets.budget(2025));
    const forecast = (label: string) => budget.at(label, words.prognosis.forecast, 4);
    const { year } = model;
    expect(forecast(words.budget.totalRevenues)).toBe(19_020_000);
    expect(forecast(words.budget.totalCosts)).toBeCloseTo(year.costs.toNumber(), 6);
    expect(forecast(words.budget.result)).toBeCloseTo(year.result.toNumber(), 6);
    expect(forecast(words.budget.closing)).toBeCloseTo(year.closing.toNumber(), 6);
    expect(forecast(words.prognosis.deviation)).toBeCloseTo(year.deviation.toNumber(), 6);
    expect(forecast(words.prognosis.within)).toBe(year.withinGuideline ? words.prognosis.yes : words.prognosis.no);
    // Sikta and Styrelse run over: the year costs more than budgeted.
    expect(year.deviation.isNegative()).toBe(true);
  });

  it("says OK on every row of Kontroller, the forecasts' among them", () => {
    const results = sheet(words.sheets.checks).column(2);
    results.delete(words.checks.title);
    results.delete(words.checks.rule);
    expect(results.get(words.checks.prognosis.interventions)).toBe("OK");
    expect(results.get(words.checks.prognosis.closing(2025))).toBe("OK");
    expect([...results].filter(([, status]) => status !== "OK")).toEqual([]);
  });
});
