import { decidedAmounts, decidedFundsLeft, grantedPerYear, isDecided } from "../../src/model/decisions";
import type { InterventionRow, PlanInput } from "../../src/model/plan";
import { planProblems } from "../../src/model/plan-rules";
import { readPlan } from "../../src/templates/read-plan";
import { decidedPlan } from "../fixtures/decided-plan";

const decided = (plan: PlanInput) => plan.interventions[plan.interventions.length - 1];
const decision = (plan: PlanInput) => {
  const row = decided(plan);
  if (!isDecided(row)) throw new Error("the fixture's last intervention has no decision");
  return row;
};
const withDecision = (plan: PlanInput, change: Partial<InterventionRow>): PlanInput => ({
  ...plan,
  interventions: [...plan.interventions.slice(0, -1), { ...decided(plan), ...change }],
});

describe("decisions that span years (docs/domain.md rule 9)", () => {
  const plan = decidedPlan();

  it("costs the plan years their share of the decision: 5 400 000 for July 2024–June 2027 in 2025–2027", () => {
    expect(decidedAmounts(decision(plan), 2025, 3)).toEqual([1_800_000, 1_800_000, 900_000]);
    expect(decidedAmounts(decision(plan), 2027, 2)).toEqual([900_000, 0]);
  });

  it("grants the decided funds of each plan year (beviljade medel)", () => {
    expect(grantedPerYear(plan).map(Number)).toEqual([1_800_000, 1_800_000, 900_000]);
  });

  it("leaves the years after a year end as decided funds not yet paid (ansvarsförbindelser)", () => {
    // At the end of 2024: 5 400 000 − 900 000; of 2025: 2 700 000; of 2027: nothing.
    expect([2023, 2024, 2025, 2026, 2027].map((year) => decidedFundsLeft(plan, year).toNumber())).toEqual([
      5_400_000, 4_500_000, 2_700_000, 900_000, 0,
    ]);
  });

  it("is a valid plan, and its amounts must be the decision's shares", () => {
    expect(planProblems(plan)).toEqual([]);
    const problems = planProblems(withDecision(plan, { amounts: [1_800_000, 1_700_000, 900_000] }));
    expect(problems).toEqual([
      { path: ["interventions", 2, "amounts", 1], code: "differs-from-decision", detail: { expected: 1_800_000 } },
    ]);
  });

  it("is read from a plan file, whose messages name the field at fault", () => {
    expect(readPlan(JSON.stringify(plan))).toEqual(plan);
    expect(() => readPlan(JSON.stringify(withDecision(plan, { amounts: [1_800_000, 1_700_000, 900_000] })))).toThrow(
      "/interventions/2/amounts/1: 1700000 is not the decision's share of the year, 1800000",
    );
    const costWithDecision = { ...plan, costs: [{ ...plan.costs[0], decidedTotal: 1 }, ...plan.costs.slice(1)] };
    expect(() => readPlan(JSON.stringify(costWithDecision))).toThrow(/\/costs\/0: must NOT have additional properties/);
  });

  it("wants all three fields of a decision, real dates in order and at most ten calendar years", () => {
    const codes = (change: Partial<InterventionRow>) =>
      planProblems(withDecision(plan, change)).map((problem) => [problem.path.slice(2).join("/"), problem.code]);
    expect(codes({ decidedTo: undefined })).toEqual([["", "incomplete-decision"]]);
    expect(codes({ decidedFrom: "2024-02-30" })).toEqual([["decidedFrom", "not-a-date"]]);
    expect(codes({ decidedTo: "2024-06-30" })).toEqual([["decidedTo", "end-before-start"]]);
    expect(codes({ decidedTo: "2034-06-30" })).toEqual([["decidedTo", "decision-too-long"]]);
    expect(codes({ decidedTotal: 5_400_000.5 })).toEqual([["decidedTotal", "not-whole"]]);
  });
});
