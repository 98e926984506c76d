import fc from "fast-check";
import { nextYearPlan, prognosisClosing } from "../../src/model/next-year";
import type { PlanInput } from "../../src/model/plan";
import { planProblems } from "../../src/model/plan-rules";
import { decidedPlan } from "../fixtures/decided-plan";
import { examplePlan } from "../fixtures/example-plan";
import { followedUp2025 } from "../fixtures/followed-up-2025";
import { randomPlan } from "../fixtures/random-plan";

const amountsOf = (plan: PlanInput, label: string) =>
  [...plan.costs, ...plan.otherRevenues, ...plan.interventions].find((row) => row.label === label)?.amounts;

describe("next year's plan (docs/domain.md rule 11)", () => {
  const example = examplePlan();
  const { plan, opening, finished } = nextYearPlan(example);

  it("makes the example a 2026 plan opening at 2025's closing, 5 632 300 (seed 002), saying it is the plan's", () => {
    expect(plan.budgetYear).toBe(2026);
    expect(plan.planYears).toBe(2);
    expect(opening).toEqual({ amount: 5_632_300, source: "plan" });
    expect(plan.openingEquity).toBe(5_632_300);
  });

  it("shifts every row: plan year 1 becomes the budget, the last plan year is copied into the new one", () => {
    expect(plan.memberContributions).toEqual([16_000_000, 16_000_000, 16_000_000]);
    expect(amountsOf(plan, "Övriga intäkter, ESF-projekt")).toEqual([1_778_000, 0, 0]);
    expect(amountsOf(plan, "Kansli")).toEqual([3_800_000, 3_800_000, 3_800_000]);
    expect(amountsOf(plan, "Cooperari")).toEqual([1_278_700, 858_500, 858_500]);
  });

  it("keeps the members and the settings, empties the follow-up, and is a valid plan", () => {
    expect(plan.members).toEqual(example.members);
    expect([plan.association, plan.region, plan.stateOffer]).toEqual([
      example.association,
      example.region,
      example.stateOffer,
    ]);
    expect(plan.followUp).toEqual({ year: 2026, asOf: "2026-04-30", interventions: [] });
    expect(finished).toEqual([]);
    expect(planProblems(plan)).toEqual([]);
  });

  it("opens at the closing of the accounts when given, and says so", () => {
    const fromAccounts = nextYearPlan(example, { amount: 5_700_123, source: "accounts" });
    expect(fromAccounts.opening).toEqual({ amount: 5_700_123, source: "accounts" });
    expect(fromAccounts.plan.openingEquity).toBe(5_700_123);
  });

  it("takes the prognosis's closing, in whole kronor, when the plan follows up its budget year with outcomes", () => {
    const followedUp = followedUp2025(example);
    expect(prognosisClosing(followedUp)).toEqual({ amount: 5_091_204, source: "prognosis" });
    expect(nextYearPlan(followedUp, prognosisClosing(followedUp)).plan.openingEquity).toBe(5_091_204);
    // The example follows up 2021; a follow-up of 2025 with nothing spent yet projects nothing beyond the plan.
    expect(prognosisClosing(example)).toBeUndefined();
    expect(prognosisClosing(followedUp2025(example, 0))).toBeUndefined();
  });

  it("carries a decision on with its remaining years, and drops it once its period has ended", () => {
    // 5 400 000 for July 2024–June 2027: 2026 holds 12 of 36 months, 2027 six, 2028 none.
    const in2026 = nextYearPlan(decidedPlan()).plan;
    expect(amountsOf(in2026, "Jobbspår")).toEqual([1_800_000, 900_000, 0]);
    expect(planProblems(in2026)).toEqual([]);
    const in2027 = nextYearPlan(in2026).plan;
    expect(amountsOf(in2027, "Jobbspår")).toEqual([900_000, 0, 0]);
    const in2028 = nextYearPlan(in2027);
    expect(amountsOf(in2028.plan, "Jobbspår")).toBeUndefined();
    expect(in2028.finished).toEqual(["Jobbspår"]);
  });

  it("drops an intervention without a decision whose plan years after the budget are all zero", () => {
    const ending = { label: "Slutar 2025", owner: "Flen", amounts: [500_000, 0, 0] };
    const next = nextYearPlan({ ...example, interventions: [...example.interventions, ending] });
    expect(next.finished).toEqual(["Slutar 2025"]);
    expect(next.plan.interventions.map((row) => row.label)).toEqual(["Sikta mot arbetslivet", "Cooperari"]);
  });

  it("always gives a valid plan one year on, opening at the budget year's closing", () => {
    fc.assert(
      fc.property(
        randomPlan({ members: { min: 1, max: 5 }, interventions: { min: 0, max: 5 }, years: { min: 1, max: 10 } }),
        (thisYear) => {
          const { plan: next, opening } = nextYearPlan(thisYear);
          expect(planProblems(next)).toEqual([]);
          expect(next.budgetYear).toBe(thisYear.budgetYear + 1);
          // Each cost row's plan year 1 is the new budget; its last year stands in the last two.
          thisYear.costs.forEach((row, i) => {
            const years = row.amounts.length;
            expect(next.costs[i].amounts[0]).toBe(row.amounts[Math.min(1, years - 1)]);
            expect(next.costs[i].amounts.slice(-1)).toEqual(row.amounts.slice(-1));
          });
          // Closing = opening + the year's revenues − its costs, summed here from the rows.
          const revenues =
            thisYear.memberContributions[0] + thisYear.otherRevenues.reduce((s, r) => s + r.amounts[0], 0);
          const costs = [...thisYear.costs, ...thisYear.interventions].reduce((s, r) => s + r.amounts[0], 0);
          expect(opening.amount).toBe(thisYear.openingEquity + revenues - costs);
        },
      ),
      { numRuns: 200 },
    );
  });
});
