import fc from "fast-check";
import { burnRatio, elapsedDays, expectedOutcome, paceRatio, totalBurnRatio } from "../../src/model/burn";
import { INTERVENTIONS_2021 } from "../fixtures/seed-figures";
import { planErrorOf } from "../fixtures/plan-error";

/** Excel date serials: 2025-01-01 is 45658, 2025-04-30 is 45777, 2025-12-31 is 46022. */
const YEAR_2025 = { start: 45658, end: 46022 };
const APRIL_30_2025 = 45777;
const percent = (ratio: { times(n: number): { toDecimalPlaces(n: number): { toNumber(): number } } }) =>
  ratio.times(100).toDecimalPlaces(0).toNumber();

describe("burn ratio (docs/domain.md rule 5)", () => {
  it("gives seed 004's SIKTA 2 837 of 2 828 as 100 %", () => {
    expect(percent(burnRatio(2837, 2828))).toBe(100);
    expect(burnRatio(2837, 2828).toNumber()).toBeCloseTo(2837 / 2828, 15);
  });

  it("gives every row of seed 004's note 3 its printed percentage", () => {
    expect(INTERVENTIONS_2021.map((r) => percent(burnRatio(r.outcome, r.budget)))).toEqual([
      100, 100, 74, 68, 87, 89, 92, 75, 106, 74, 69, 58,
    ]);
  });

  it("takes the total as total outcome ÷ total budget: 12 987 ÷ 14 955 = 87 %, not the printed 89 % nor the rows' average 83 %", () => {
    const total = totalBurnRatio(INTERVENTIONS_2021);
    expect(total.toNumber()).toBeCloseTo(12987 / 14955, 15);
    expect(percent(total)).toBe(87);
  });

  it("refuses a zero or negative budget", () => {
    expect(planErrorOf(() => burnRatio(10, 0)).kind).toBe("invalid-number");
    expect(planErrorOf(() => burnRatio(10, -5)).message).toMatch(/budget must be above zero/);
  });
});

describe("pace against elapsed time (docs/domain.md rule 5, seed 003's follow-up per 30 April)", () => {
  it("counts 120 days from 1 January to 30 April, both included, of 365", () => {
    expect(elapsedDays(YEAR_2025, APRIL_30_2025)).toBe(120);
    expect(expectedOutcome(365000, YEAR_2025, APRIL_30_2025).toNumber()).toBe(120000);
  });

  it("is 1 when the outcome so far is exactly the budget for the days elapsed", () => {
    expect(paceRatio(120000, 365000, YEAR_2025, APRIL_30_2025).toNumber()).toBe(1);
  });

  it("compares with the whole budget once the period is over", () => {
    expect(paceRatio(365000, 365000, YEAR_2025, YEAR_2025.end + 100).toNumber()).toBe(1);
  });

  it("refuses a follow-up date before the period and a period that ends before it starts", () => {
    expect(planErrorOf(() => paceRatio(1, 1, YEAR_2025, YEAR_2025.start - 1)).message).toMatch(
      /before the period starts/,
    );
    expect(planErrorOf(() => elapsedDays({ start: 10, end: 5 }, 7)).message).toMatch(/ends before it starts/);
    expect(planErrorOf(() => elapsedDays({ start: 1.5, end: 5 }, 3)).kind).toBe("invalid-value");
  });

  it("always equals outcome × days ÷ (budget × elapsed days), exactly", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 1, max: 1e9 }),
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 0, max: 4000 }),
        (outcome, budget, days, offset) => {
          const period = { start: 40000, end: 40000 + days - 1 };
          const elapsed = Math.min(offset + 1, days);
          const pace = paceRatio(outcome, budget, period, period.start + offset);
          expect(
            pace
              .times(budget)
              .times(elapsed)
              .minus(outcome * days)
              .abs()
              .lt("1e-40"),
          ).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
