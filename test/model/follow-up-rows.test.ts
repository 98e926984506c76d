import fc from "fast-check";
import { followUpRows } from "../../src/model/follow-up-rows";
import type { PlanInput } from "../../src/model/plan";
import { examplePlan } from "../fixtures/example-plan";
import { randomPlan } from "../fixtures/random-plan";

/** The example's plan as the wizard makes it: its interventions, no follow-up list, the follow-up in the budget year. */
const typedPlan = (year: number, listed: PlanInput["followUp"]["interventions"] = []): PlanInput => {
  const plan = examplePlan();
  return { ...plan, followUp: { year, asOf: `${year}-04-30`, interventions: listed } };
};

describe("the interventions Insatser follows up", () => {
  it("lists a typed plan's interventions of the follow-up year with that year's budget", () => {
    const plan = typedPlan(2026);
    expect(followUpRows(plan)).toEqual([
      {
        name: "Sikta mot arbetslivet",
        owner: "Samordningsförbundet",
        start: "2026-01-01",
        end: "2026-12-31",
        budget: 9000000,
        outcome: 0,
      },
      {
        name: "Cooperari",
        owner: "Eskilstuna kommun",
        start: "2026-01-01",
        end: "2026-12-31",
        budget: 1278700,
        outcome: 0,
      },
    ]);
  });

  it("leaves out the plan's interventions when the follow-up year is outside the plan, and those without a budget that year", () => {
    expect(followUpRows(typedPlan(2024))).toEqual([]);
    expect(followUpRows(typedPlan(2028))).toEqual([]);
    const plan = typedPlan(2027);
    const stopped = {
      ...plan,
      interventions: [{ ...plan.interventions[0], amounts: [9000000, 9000000, 0] }, plan.interventions[1]],
    };
    expect(followUpRows(stopped).map((row) => row.name)).toEqual(["Cooperari"]);
  });

  it("adds the follow-up list after them, and a listed row named like one of them stands in its place", () => {
    const own = {
      name: "Cooperari",
      owner: "Eskilstuna kommun",
      start: "2025-07-01",
      end: "2027-06-30",
      budget: 1200000,
      outcome: 400000,
    };
    const other = {
      name: "Unga på väg",
      owner: "Eskilstuna kommun",
      start: "2026-01-01",
      end: "2026-12-31",
      budget: 500000,
      outcome: 10,
    };
    const rows = followUpRows(typedPlan(2026, [other, own]));
    expect(rows.map((row) => row.name)).toEqual(["Sikta mot arbetslivet", "Cooperari", "Unga på väg"]);
    expect(rows[1]).toEqual(own);
  });

  it("always keeps every row of the follow-up list and every plan intervention with a budget that year, each name once", () => {
    fc.assert(
      fc.property(
        randomPlan({ years: { min: 1, max: 4 }, members: { min: 1, max: 3 }, interventions: { min: 0, max: 6 } }),
        fc.integer({ min: -1, max: 4 }),
        (plan, offset) => {
          const year = plan.budgetYear + offset;
          const renamed = plan.followUp.interventions.map((row, i) =>
            i % 2 === 0 ? row : { ...row, name: `Egen ${i}` },
          );
          const p = { ...plan, followUp: { ...plan.followUp, year, interventions: renamed } };
          const names = followUpRows(p).map((row) => row.name);
          expect(new Set(names).size).toBe(names.length);
          for (const row of renamed) expect(names).toContain(row.name);
          const k = offset;
          if (k >= 0 && k <= plan.planYears)
            for (const row of plan.interventions) if (row.amounts[k] > 0) expect(names).toContain(row.label);
        },
      ),
    );
  });
});
