import fc from "fast-check";
import { equityChain, equityYearEnd } from "../../src/model/equity";
import { PLAN_2025_2027 } from "../fixtures/seed-figures";
import { planErrorOf } from "../fixtures/plan-error";

const [year2025] = PLAN_2025_2027.years;

describe("equity at year end (docs/domain.md rule 3)", () => {
  it("gives seed 002's 2025: revenues 19 020 000, costs −18 798 700, result 221 300, equity 5 632 300", () => {
    const figures = equityYearEnd(PLAN_2025_2027.openingEquity2025, year2025);
    expect(figures.revenues.toNumber()).toBe(19020000);
    expect(figures.costs.toNumber()).toBe(-18798700);
    expect(figures.result.toNumber()).toBe(221300);
    expect(figures.closing.toNumber()).toBe(5632300);
  });

  it("reads costs written positive the same as costs written negative", () => {
    const positive = { revenues: year2025.revenues, costs: year2025.costs.map((c) => -c) };
    expect(equityYearEnd(5411000, positive).closing.toNumber()).toBe(5632300);
  });

  it("adds exactly where binary floating point would not (0.1 + 0.2)", () => {
    expect(equityYearEnd(0, { revenues: [0.1, 0.2], costs: [] }).closing.toString()).toBe("0.3");
  });

  it("refuses costs with both signs, naming the items", () => {
    const error = planErrorOf(() => equityYearEnd(0, { revenues: [], costs: [-100, 0, 40] }));
    expect(error.kind).toBe("ambiguous");
    expect(error.message).toMatch(/item 3 is 40, item 1 is -100/);
  });
});

describe("the multi-year plan (docs/domain.md rule 4)", () => {
  it("chains seed 002's plan, correcting its 2027 opening equity (typed 4 472 600, should be 4 481 600)", () => {
    const chain = equityChain(PLAN_2025_2027.openingEquity2025, PLAN_2025_2027.years);
    expect(chain.map((y) => [y.opening.toNumber(), y.result.toNumber(), y.closing.toNumber()])).toEqual([
      [5411000, 221300, 5632300],
      [5632300, -1150700, 4481600],
      [4481600, -2008500, 2473100],
    ]);
  });

  it("says which year of the plan has costs of both signs", () => {
    const years = [PLAN_2025_2027.years[0], { revenues: [], costs: [-5, 5] }];
    const error = planErrorOf(() => equityChain(0, years));
    expect(error.kind).toBe("ambiguous");
    expect(error.message).toMatch(/^year 2 of the plan: costs mix signs/);
  });

  it("always opens each year with the previous year's closing equity", () => {
    const amount = fc.integer({ min: -1e9, max: 1e9 });
    const year = fc.record({
      revenues: fc.array(fc.integer({ min: 0, max: 1e9 }), { maxLength: 8 }),
      costs: fc.array(fc.integer({ min: -1e9, max: 0 }), { maxLength: 30 }),
    });
    fc.assert(
      fc.property(amount, fc.array(year, { minLength: 1, maxLength: 10 }), (opening, years) => {
        const chain = equityChain(opening, years);
        let expectedOpening = opening;
        chain.forEach((figures, i) => {
          const result = [...years[i].revenues, ...years[i].costs].reduce((a, b) => a + b, 0);
          expect(figures.opening.toNumber()).toBe(expectedOpening);
          expect(figures.result.toNumber()).toBe(result);
          expect(figures.closing.toNumber()).toBe(expectedOpening + result);
          expectedOpening = figures.closing.toNumber();
        });
      }),
      { numRuns: 2000 },
    );
  });
});
