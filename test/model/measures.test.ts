import fc from "fast-check";
import {
  SUPPORT_COST_PER_PERSON_YEAR,
  dependencyRatio,
  paybackMonths,
  socialSaving,
  solidity,
} from "../../src/model/measures";
import { planErrorOf } from "../fixtures/plan-error";

describe("soliditet (docs/domain.md rule 6)", () => {
  it("relates equity to total assets: 5 632 300 of 7 000 000 is 80,46 %", () => {
    expect(solidity(5632300, 7000000).toFixed(6)).toBe("0.804614");
    expect(solidity(1750000, 7000000).toNumber()).toBe(0.25);
  });

  it("gives negative equity a negative ratio", () => {
    expect(solidity(-500, 1000).toNumber()).toBe(-0.5);
  });

  it.each([0, -1])("refuses total assets of %d", (assets) => {
    const error = planErrorOf(() => solidity(1, assets));
    expect(error.kind).toBe("invalid-number");
    expect(error.message).toMatch(/total assets must be above zero/);
  });
});

describe("socio-economic saving (docs/domain.md rule 6)", () => {
  it("uses seed 004's 142 000 kr per person and year for Sörmland", () => {
    expect(SUPPORT_COST_PER_PERSON_YEAR).toBe(142000);
  });

  it.each([
    [1, 8520000],
    [5, 42600000],
    [10, 85200000],
  ])("gives seed 004's 60 participants over %d year(s) %d kr (8,5 / 42,6 / 85,2 mkr)", (years, saving) => {
    expect(socialSaving(60, years, 142000).toNumber()).toBe(saving);
  });

  it.each([
    [-1, 1, 1, /participants must not be negative \(it is -1\)/],
    [1, -2, 1, /years must not be negative/],
    [1, 1, -3, /cost per person and year must not be negative/],
  ])("refuses a negative figure (%d, %d, %d)", (participants, years, cost, message) => {
    const error = planErrorOf(() => socialSaving(participants, years, cost));
    expect(error.kind).toBe("invalid-number");
    expect(error.message).toMatch(message);
  });
});

describe("payback time (docs/domain.md rule 6)", () => {
  it("counts the months until the saving covers the cost: 2 130 000 kr, 20 participants → 9 months", () => {
    // 20 × 142 000 = 2 840 000 a year, 236 666,67 a month; 2 130 000 × 12 ÷ 2 840 000 = 9.
    expect(paybackMonths(2130000, 20, 142000).toNumber()).toBe(9);
  });

  it("keeps the fraction of a month exactly (the user rounds)", () => {
    // 1 000 000 × 12 ÷ (10 × 142 000) = 12 000 000 ÷ 1 420 000 = 600/71.
    expect(paybackMonths(1000000, 10, 142000).toFixed(10)).toBe("8.4507042254");
    expect(paybackMonths(1000000, 10, 142000).times(71).toNumber()).toBe(600);
  });

  it("pays nothing back at once", () => {
    expect(paybackMonths(0, 5, 142000).toNumber()).toBe(0);
  });

  it("is the cost over the yearly saving, in months", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 1e6 }),
        (cost, participants, perPerson) => {
          const months = paybackMonths(cost, participants, perPerson);
          expect(
            months
              .times(socialSaving(participants, 1, perPerson))
              .div(12)
              .minus(cost)
              .abs()
              .lt(1e-40),
          ).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each([
    [0, 142000],
    [10, 0],
  ])("refuses %d participants at %d kr as never paying back", (participants, perPerson) => {
    const error = planErrorOf(() => paybackMonths(100, participants, perPerson));
    expect(error.kind).toBe("invalid-number");
    expect(error.message).toMatch(/never paid back/);
  });

  it("refuses a negative cost", () => {
    expect(planErrorOf(() => paybackMonths(-1, 1, 1)).message).toMatch(/the cost must not be negative/);
  });
});

describe("dependency ratio (docs/domain.md rule 6)", () => {
  it("gives (young 22 + old 30) ÷ working 55 × 100 = 94,5454…", () => {
    expect(dependencyRatio({ young: [22], old: [30], working: [55] }).toFixed(4)).toBe("94.5455");
    expect(
      dependencyRatio({ young: [22], old: [30], working: [55] })
        .times(55)
        .toNumber(),
    ).toBe(5200);
  });

  it("adds up the age groups given for each", () => {
    // 0–19 as 0–5 and 6–19; 20–64 as two groups: (10 + 12 + 30) ÷ (25 + 30) × 100.
    expect(dependencyRatio({ young: [10, 12], old: [30], working: [25, 30] }).toFixed(4)).toBe("94.5455");
  });

  it("refuses nobody of working age", () => {
    const error = planErrorOf(() => dependencyRatio({ young: [1], old: [1], working: [0, 0] }));
    expect(error.kind).toBe("invalid-number");
    expect(error.message).toMatch(/working \(persons 20–64\) is zero/);
  });

  it("refuses a negative count, naming the group and item", () => {
    const error = planErrorOf(() => dependencyRatio({ young: [1], old: [3, -2], working: [10] }));
    expect(error.kind).toBe("invalid-number");
    expect(error.message).toMatch(/old \(item 2\) must not be negative/);
  });

  it("refuses a group with no numbers", () => {
    const error = planErrorOf(() => dependencyRatio({ young: [], old: [3], working: [10] }));
    expect(error.kind).toBe("invalid-value");
    expect(error.message).toMatch(/young has no numbers/);
  });
});
