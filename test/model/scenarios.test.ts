import fc from "fast-check";
import { computePlan } from "../../src/model/plan";
import { planScenarios, ScenarioKey, SCENARIOS } from "../../src/model/scenarios";
import { examplePlan } from "../fixtures/example-plan";
import { randomPlan } from "../fixtures/random-plan";

const plan = examplePlan();
const numbers = (key: ScenarioKey, field: "result" | "closing") =>
  planScenarios(plan)[key].map((year) => year[field].toNumber());

/*
 * The example (seed 002): results 221 300 / −1 150 700 / −2 008 500 and equity
 * 5 632 300 / 4 481 600 / 2 473 100 as planned. Each scenario's figures below
 * are worked out by hand from those and the example's rows; the defaults start
 * each change in 2026.
 */
describe("scenarios on the example plan", () => {
  it("leaves the plan as it is under 'as planned'", () => {
    expect(numbers("planned", "result")).toEqual([221300, -1150700, -2008500]);
    expect(numbers("planned", "closing")).toEqual([5632300, 4481600, 2473100]);
  });

  it("takes the state's full offer of 10 500 000 as 21 000 000 in contributions: 5 000 000 more each year", () => {
    const years = planScenarios(plan).fullOffer;
    expect(years.map((y) => [y.contributions, y.ceiling].map(Number))).toEqual([
      [21000000, 4200000],
      [21000000, 4200000],
      [21000000, 4200000],
    ]);
    expect(numbers("fullOffer", "result")).toEqual([5221300, 3849300, 2991500]);
    expect(numbers("fullOffer", "closing")).toEqual([10632300, 14481600, 17473100]);
    expect(years.map((y) => y.closingDifference.toNumber())).toEqual([5000000, 10000000, 15000000]);
  });

  it("drops the ESF revenue (1 778 000 in 2026, 0 in 2027) from 2026", () => {
    expect(numbers("otherRevenuesEnd", "result")).toEqual([221300, -2928700, -2008500]);
    expect(numbers("otherRevenuesEnd", "closing")).toEqual([5632300, 2703600, 695100]);
  });

  it("adds a new intervention of 1 000 000 a year from 2026", () => {
    expect(numbers("newIntervention", "closing")).toEqual([5632300, 3481600, 473100]);
  });

  it("stops the first intervention (Sikta mot arbetslivet, 9 000 000 a year) from 2026", () => {
    expect(numbers("stoppedIntervention", "result")).toEqual([221300, 7849300, 6991500]);
    expect(numbers("stoppedIntervention", "closing")).toEqual([5632300, 13481600, 20473100]);
  });

  it("says whether equity stays between zero and the ceiling of 20 % of 16 000 000", () => {
    expect(planScenarios(plan).planned.map((y) => y.withinGuideline)).toEqual([false, false, true]);
  });

  it("follows settings the user gives", () => {
    const custom = planScenarios({
      ...plan,
      scenarios: {
        otherRevenuesEndYear: 2025,
        newIntervention: { label: "Ny", amount: 250000, fromYear: 2027 },
        stoppedIntervention: { label: "Cooperari", fromYear: 2027 },
      },
    });
    expect(custom.otherRevenuesEnd.map((y) => y.resultDifference.toNumber())).toEqual([-3020000, -1778000, 0]);
    expect(custom.newIntervention.map((y) => y.resultDifference.toNumber())).toEqual([0, 0, -250000]);
    expect(custom.stoppedIntervention.map((y) => y.resultDifference.toNumber())).toEqual([0, 0, 858500]);
  });
});

describe("scenarios on any plan", () => {
  const plans = randomPlan({
    members: { min: 1, max: 5 },
    interventions: { min: 0, max: 6 },
    years: { min: 1, max: 10 },
  });

  it("always give the plan itself as 'as planned', and differences that chain year to year", () => {
    fc.assert(
      fc.property(plans, (any) => {
        const scenarios = planScenarios(any);
        const planned = computePlan(any).years;
        expect(scenarios.planned.map((y) => y.closing.toString())).toEqual(planned.map((y) => y.closing.toString()));
        SCENARIOS.forEach((key) => {
          let cumulative = scenarios[key][0].resultDifference.times(0);
          scenarios[key].forEach((year, k) => {
            cumulative = cumulative.plus(year.resultDifference);
            expect(year.closingDifference.eq(cumulative)).toBe(true);
            expect(year.opening.eq(k === 0 ? any.openingEquity : scenarios[key][k - 1].closing)).toBe(true);
            expect(year.withinGuideline).toBe(year.closing.gte(0) && year.closing.lte(year.ceiling));
          });
        });
      }),
      { numRuns: 300 },
    );
  });
});
