import fc from "fast-check";
import { elapsedShare, pacePrognosis, projectedYear, proposedPrognosis } from "../../src/model/prognosis";

/** Excel date serials: 2025-01-01 is 45658, 2025-04-30 is 45777, 2025-12-31 is 46022. */
const YEAR_2025 = { start: 45658, end: 46022 };
const APRIL_30_2025 = 45777;
const APRIL_SHARE = elapsedShare(YEAR_2025, APRIL_30_2025);

/** Seed 002's budget 2025: the contribution and the ESF money; Styrelse, Kansli, Samverkansstöd, Sikta, Cooperari. */
const BUDGET_2025 = {
  revenues: [16_000_000, 3_020_000],
  costs: [384_000, 3_677_000, 4_450_000, 9_000_000, 1_287_700],
};

describe("the prognosis of the follow-up (docs/domain.md rule 8)", () => {
  it("counts the share of the year gone by 30 April as 120 of 365 days", () => {
    expect(APRIL_SHARE.times(365).toNumber()).toBe(120);
    expect(elapsedShare(YEAR_2025, YEAR_2025.end).toNumber()).toBe(1);
    expect(elapsedShare(YEAR_2025, YEAR_2025.start - 5).toNumber()).toBe(0);
  });

  it("proposes the budget for a row spending below its pace: 100 000 of 365 000 by 30 April stays at 365 000", () => {
    // 100 000 + 365 000 × 245/365 = 345 000, below the budget.
    expect(proposedPrognosis({ budget: 365_000, outcome: 100_000 }, APRIL_SHARE).toNumber()).toBe(365_000);
  });

  it("proposes outcome + the rest of the year's budget for a row above its pace: 150 000 + 245 000 = 395 000", () => {
    expect(proposedPrognosis({ budget: 365_000, outcome: 150_000 }, APRIL_SHARE).toNumber()).toBe(395_000);
  });

  it("projects at the current pace: 150 000 in 120 days is 456 250 in 365", () => {
    expect(pacePrognosis(150_000, APRIL_SHARE)?.toNumber()).toBe(456_250);
    expect(pacePrognosis(100_000, APRIL_SHARE)?.toFixed(4)).toBe("304166.6667");
  });

  it("has no pace-based prognosis before the year has begun", () => {
    expect(pacePrognosis(0, 0)).toBeUndefined();
  });

  it("projects seed 002's 2025 with Kansli 200 000 over: result 21 300, equity 5 432 300, 200 000 below budget, above the 3 200 000 ceiling", () => {
    const prognoses = [384_000, 3_877_000, 4_450_000, 9_000_000, 1_287_700];
    const year = projectedYear(5_411_000, BUDGET_2025, prognoses, 16_000_000, 0.2);
    expect(year.result.toNumber()).toBe(21_300);
    expect(year.costs.toNumber()).toBe(-18_998_700);
    expect(year.closing.toNumber()).toBe(5_432_300);
    expect(year.deviation.toNumber()).toBe(-200_000);
    expect(year.ceiling.toNumber()).toBe(3_200_000);
    expect(year.withinGuideline).toBe(false);
  });

  it("says when the projected equity is inside the guideline, and not when it falls below zero", () => {
    const costs = (extra: number) => [384_000, 3_677_000 + extra, 4_450_000, 9_000_000, 1_287_700];
    // 5 632 300 − 3 000 000 = 2 632 300, between 0 and 3 200 000.
    expect(projectedYear(5_411_000, BUDGET_2025, costs(3_000_000), 16_000_000, 0.2).withinGuideline).toBe(true);
    // 5 632 300 − 6 000 000 = −367 700.
    const below = projectedYear(5_411_000, BUDGET_2025, costs(6_000_000), 16_000_000, 0.2);
    expect(below.closing.toNumber()).toBe(-367_700);
    expect(below.withinGuideline).toBe(false);
  });

  const line = fc.record({ budget: fc.integer({ min: 0, max: 1e9 }), outcome: fc.integer({ min: 0, max: 1e9 }) });
  const asOf = fc.integer({ min: YEAR_2025.start, max: YEAR_2025.end });

  it("always proposes at least the budget and at least the outcome so far, and exactly max(budget, outcome) at year end", () => {
    fc.assert(
      fc.property(line, asOf, (row, day) => {
        const proposed = proposedPrognosis(row, elapsedShare(YEAR_2025, day));
        expect(proposed.gte(row.budget) && proposed.gte(row.outcome)).toBe(true);
        const atYearEnd = proposedPrognosis(row, elapsedShare(YEAR_2025, YEAR_2025.end));
        expect(atYearEnd.toNumber()).toBe(Math.max(row.budget, row.outcome));
      }),
    );
  });

  it("always gives a pace-based prognosis that, times the days of the year, is the outcome times 365 ÷ elapsed days", () => {
    fc.assert(
      fc.property(line, asOf, (row, day) => {
        const days = day - YEAR_2025.start + 1;
        const pace = pacePrognosis(row.outcome, elapsedShare(YEAR_2025, day));
        expect(pace?.times(days).toNumber()).toBe(row.outcome * 365);
      }),
    );
  });

  it("always deviates from the budget by the budgeted costs less the prognoses", () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (rows) => {
        const year = projectedYear(
          0,
          { revenues: [1_000_000], costs: rows.map((row) => row.budget) },
          rows.map((row) => row.outcome),
          1_000_000,
          0.2,
        );
        const expected = rows.reduce((total, row) => total + row.budget - row.outcome, 0);
        expect(year.deviation.toNumber()).toBe(expected);
      }),
    );
  });
});
