import fc from "fast-check";
import { equityYearEnd } from "../../src/model/equity";
import { equityCeiling, equityHeadroom } from "../../src/model/guideline";
import { PLAN_2025_2027 } from "../fixtures/seed-figures";
import { planErrorOf } from "../fixtures/plan-error";

/** An illustrative staircase: 30 % below 10 mkr, 20 % from 10 mkr, 15 % from 20 mkr. */
const STAIRCASE = [
  { from: 0, rate: 0.3 },
  { from: 10000000, rate: 0.2 },
  { from: 20000000, rate: 0.15 },
];

describe("the equity ceiling (docs/domain.md rule 7)", () => {
  it("takes a percentage of the yearly contributions: 20 % of 16 000 000 is 3 200 000", () => {
    expect(equityCeiling(16000000, 0.2).toNumber()).toBe(3200000);
  });

  it.each([
    [0, 0],
    [9999999, 2999999.7],
    [10000000, 2000000],
    [16000000, 3200000],
    [20000000, 3000000],
    [30000000, 4500000],
  ])("applies the staircase row that %d falls in to the whole contribution (%d)", (contributions, ceiling) => {
    expect(equityCeiling(contributions, STAIRCASE).toNumber()).toBe(ceiling);
  });

  it("is the same for one row from 0 as for its percentage", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e10 }), fc.integer({ min: 0, max: 100 }), (contributions, percent) => {
        const rate = percent / 100;
        expect(equityCeiling(contributions, [{ from: 0, rate }]).eq(equityCeiling(contributions, rate))).toBe(true);
      }),
    );
  });

  it("refuses a percentage written as a whole number, telling how to write it", () => {
    const error = planErrorOf(() => equityCeiling(100, 20));
    expect(error.kind).toBe("invalid-number");
    expect(error.message).toBe("the guideline's percentage 20 is above 100 %: write 20 % (or 0.2), not 20");
  });

  it.each([
    ["a negative percentage", -0.1, "invalid-number", /the guideline's percentage must not be negative/],
    [
      "a staircase row's percentage above 100 %",
      [STAIRCASE[0], { from: 5, rate: 15 }],
      "invalid-number",
      /guideline row 2's percentage 15 is above 100 %/,
    ],
    [
      "a first row not starting at 0",
      [{ from: 1000, rate: 0.2 }],
      "invalid-value",
      /guideline row 1 starts at 1000; the first row must start at 0/,
    ],
    [
      "rows out of order",
      [STAIRCASE[0], STAIRCASE[2], STAIRCASE[1]],
      "invalid-value",
      /guideline row 3 starts at 10000000, not above row 2's 20000000; the rows must ascend/,
    ],
    ["a row repeated", [STAIRCASE[0], STAIRCASE[0]], "invalid-value", /guideline row 2 starts at 0, not above/],
    ["no rows", [], "invalid-value", /the guideline has no rows/],
  ])("refuses %s", (_, guideline, kind, message) => {
    const error = planErrorOf(() => equityCeiling(16000000, guideline));
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
  });

  it("refuses contributions below the first row (negative)", () => {
    const error = planErrorOf(() => equityCeiling(-1, STAIRCASE));
    expect(error.kind).toBe("invalid-number");
    expect(error.message).toMatch(/contributions must not be negative/);
  });
});

describe("room for new interventions (docs/domain.md rule 7)", () => {
  const [year2025] = PLAN_2025_2027.years;

  it("leaves seed 002's 2025 with 5 632 300 to spend above a floor of 0, 2 432 300 above 3 200 000", () => {
    expect(equityHeadroom(5411000, year2025).toNumber()).toBe(5632300);
    expect(equityHeadroom(5411000, year2025, 3200000).toNumber()).toBe(2432300);
  });

  it("is negative when the plan already takes equity below the floor", () => {
    expect(equityHeadroom(5411000, year2025, 6000000).toNumber()).toBe(-367700);
  });

  it("always leaves equity at year end exactly at the floor when the room is spent", () => {
    const costSign = fc.constantFrom(1, -1);
    const amounts = fc.array(fc.integer({ min: 0, max: 1e9 }), { maxLength: 10 });
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        amounts,
        amounts,
        costSign,
        fc.integer({ min: -1e9, max: 1e10 }),
        (opening, revenues, spent, sign, floor) => {
          const year = { revenues, costs: spent.map((cost) => sign * cost) };
          const room = equityHeadroom(opening, year, floor);
          // Spending the room is one more cost row in the year's own sign; a negative room is a saving of that much.
          const spentYear = room.isNeg()
            ? { revenues: [...revenues, room.negated()], costs: year.costs }
            : { revenues, costs: [...year.costs, room.times(sign)] };
          expect(equityYearEnd(opening, spentYear).closing.toNumber()).toBe(floor);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
