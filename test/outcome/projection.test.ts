import { dayNumber } from "../../src/model/date-serial";
import type { OutcomeRow, PlanOutcomeCells } from "../../src/outcome/import";
import { type BudgetCells, projectionOf } from "../../src/outcome/projection";

/*
 * Seed 002's budget 2025 followed up per 30 April 2025 (120 of 365 days gone):
 * Kansli 2 000 000 spent of 3 677 000, Cooperari 600 000 of 1 287 700, the rest
 * nothing yet. The figures below are worked by hand from docs/domain.md rule 8.
 */
const row = (name: string, current: number | null, column = "F"): OutcomeRow => ({
  name,
  cell: { sheet: "Insatser", address: `${column}4` },
  current,
});
const cells = (followUpYear: number): PlanOutcomeCells => ({
  followUpYear,
  budgetYear: 2025,
  followUpDate: { cell: { sheet: "Parametrar", address: "B11" }, current: dayNumber(`${followUpYear}-04-30`) },
  interventions: [row("Sikta mot arbetslivet", null), row("COOPERARI", 600_000)],
  costRows: [row("Styrelse", null, "H"), row("Kansli", 2_000_000, "H"), row("Samverkansstöd", null, "H")],
  mapping: { firstRow: 6, rows: [] },
});
const budget: BudgetCells = {
  openingEquity: 5_411_000,
  contribution: 16_000_000,
  guideline: 0.2,
  otherRevenues: [3_020_000],
  costs: [-384_000, -3_677_000, -4_450_000],
  interventions: [
    { label: "Sikta mot arbetslivet", amount: -9_000_000 },
    { label: "Cooperari", amount: -1_287_700 },
  ],
  followUpBudgets: [9_000_000, 1_287_700],
  notNumbers: [],
};
const REST = 245 / 365;

describe("the follow-up's projection of a plan workbook (docs/domain.md rule 8)", () => {
  it("forecasts each cost row and intervention of the budget year by the stated rule and at the current pace", () => {
    const projection = projectionOf(cells(2025), budget);
    if (!projection?.ok) throw new Error("no projection");
    const { costs, interventions } = projection.prognosis;
    expect(projection.asOf).toBe("2025-04-30");
    // Kansli is above its pace: 2 000 000 + 3 677 000 × 245/365; the others keep their budgets.
    expect(costs.map((r) => r.proposed.toNumber())).toEqual([384_000, expect.any(Number), 4_450_000]);
    expect(costs[1].proposed.toNumber()).toBeCloseTo(2_000_000 + 3_677_000 * REST, 6);
    expect(costs[1].pace?.toNumber()).toBeCloseTo((2_000_000 * 365) / 120, 6);
    // Cooperari's outcome is Insatser's row of that name, whatever its case (as SUMIF compares).
    expect(interventions[1].outcome.toNumber()).toBe(600_000);
    expect(interventions[1].proposed.toNumber()).toBeCloseTo(600_000 + 1_287_700 * REST, 6);
    expect(interventions[0].proposed.toNumber()).toBe(9_000_000);
    expect(interventions[0].pace?.toNumber()).toBe(0);
  });

  it("projects the year: revenues as budgeted, the forecasts as costs; deviation, equity and the guideline's verdict", () => {
    const projection = projectionOf(cells(2025), budget);
    if (!projection?.ok) throw new Error("no projection");
    const { year, ofBudgetYear } = projection.prognosis;
    const overruns = 2_000_000 + 3_677_000 * REST - 3_677_000 + (600_000 + 1_287_700 * REST - 1_287_700);
    // Seed 002: revenues 19 020 000, costs 18 798 700, result 221 300 as budgeted.
    expect(ofBudgetYear).toBe(true);
    expect(year.result.toNumber()).toBeCloseTo(221_300 - overruns, 6);
    expect(year.deviation.toNumber()).toBeCloseTo(-overruns, 6);
    expect(year.closing.toNumber()).toBeCloseTo(5_411_000 + 221_300 - overruns, 6);
    expect(year.ceiling.toNumber()).toBe(3_200_000);
    expect(year.withinGuideline).toBe(false);
  });

  it("leaves the budget year as budgeted when the follow-up is of another year, and forecasts Insatser's rows", () => {
    const projection = projectionOf(cells(2024), budget);
    if (!projection?.ok) throw new Error("no projection");
    const { year, followUp, ofBudgetYear } = projection.prognosis;
    expect(ofBudgetYear).toBe(false);
    expect(year.result.toNumber()).toBe(221_300);
    expect(year.deviation.toNumber()).toBe(0);
    // 2024 is a leap year: 121 of 366 days by 30 April.
    expect(followUp[1].proposed.toNumber()).toBeCloseTo(600_000 + (1_287_700 * 245) / 366, 6);
    expect(followUp[1].pace?.toNumber()).toBeCloseTo((600_000 * 366) / 121, 6);
  });

  it("has none without the budget's figures or a follow-up date, and names the cells that are not numbers", () => {
    expect(projectionOf(cells(2025), undefined)).toBeUndefined();
    const undated = { ...cells(2025), followUpDate: { ...cells(2025).followUpDate, current: null } };
    expect(projectionOf(undated, budget)).toBeUndefined();
    const text = { sheet: "Budget 2025", address: "C14" };
    expect(projectionOf(cells(2025), { ...budget, notNumbers: [text] })).toEqual({ ok: false, notNumbers: [text] });
  });
});
