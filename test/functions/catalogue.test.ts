import fc from "fast-check";
import {
  dependencyRatio,
  equityCeiling,
  equityHeadroom,
  equityPlan,
  equityYearEnd,
  fullAllocation,
  partyShare,
  paybackMonths,
  quarterlyInstalments,
  socialSaving,
  solidity,
  yearShare,
} from "../../src/functions/functions";
import { quarterlyInstalments as modelInstalments } from "../../src/model/instalments";
import { splitContribution } from "../../src/model/split";
import { refuses } from "../fixtures/excel-error";
import { column } from "../fixtures/excel-range";
import { PLAN_2025_2027 } from "../fixtures/seed-figures";

/**
 * A plan's rows with one column per year, as a sheet lays them out: row r holds item r of every year,
 * empty cells below a short year, and at least one row (Excel has no range without rows).
 */
const byYear = (years: readonly (readonly (number | null)[])[]): (number | null)[][] => {
  const rows = Math.max(1, ...years.map((year) => year.length));
  return Array.from({ length: rows }, (_, row) => years.map((year) => year[row] ?? null));
};
const total = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe("FINSAM.PARTYSHARE / PARTSANDEL", () => {
  it("splits seeds 002 and 004's 16 000 000 into 8 000 000 / 4 000 000 / 4 000 000", () => {
    expect(["state", "region", "municipalities"].map((party) => partyShare(16000000, party))).toEqual([
      8000000, 4000000, 4000000,
    ]);
  });

  it("takes the Swedish words and the short forms, in any case and with spaces around them", () => {
    // 10 kr splits 5 / 3 / 2, so every word must find its own party.
    const words = ["Staten", " REGIONEN", "kommunerna ", "stat", "Region", "Kommuner", "STATE", "Municipalities"];
    expect(words.map((party) => partyShare(10, party))).toEqual([5, 3, 2, 5, 3, 2, 5, 2]);
  });

  it("agrees with the model's split of a total not divisible by four (10 kr: 5 / 3 / 2)", () => {
    expect(["staten", "regionen", "kommunerna"].map((party) => partyShare(10, party))).toEqual([5, 3, 2]);
  });

  it("always gives three parts that add up exactly to any whole-krona total, as the model splits it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (amount) => {
        const parts = ["state", "region", "municipalities"].map((party) => partyShare(amount, party));
        expect(total(parts)).toBe(amount);
        const split = splitContribution(amount);
        expect(parts).toEqual([split.state, split.region, split.municipalities].map((part) => part.toNumber()));
      }),
      { numRuns: 2000 },
    );
  });

  refuses([
    [
      "a word that is not a party, listing the words it takes",
      () => partyShare(100, "kommun"),
      "#VALUE!",
      /party "kommun" is not a party of the split; write one of state, staten, stat, region, regionen, municipalities, kommunerna, kommuner/,
    ],
    ["a word every object has", () => partyShare(100, "toString"), "#VALUE!", /party "toString" is not a party/],
    ["a number as the party", () => partyShare(100, 2), "#VALUE!", /party "2" is not a party/],
    ["an empty party", () => partyShare(100, null), "#VALUE!", /party is empty/],
    ["text as the total", () => partyShare("16 mkr", "staten"), "#VALUE!", /total is the text "16 mkr"/],
    ["a total with öre", () => partyShare(100.5, "staten"), "#VALUE!", /100.5 is not a whole number/],
    ["a negative total", () => partyShare(-4, "staten"), "#VALUE!", /must not be negative/],
  ]);
});

describe("FINSAM.FULLALLOCATION / FULLTILLDELNING", () => {
  it("has the region and the municipalities match a state offer of 8 000 000 with 4 000 000 each", () => {
    expect(["staten", "regionen", "kommunerna"].map((party) => fullAllocation(8000000, party))).toEqual([
      8000000, 4000000, 4000000,
    ]);
  });

  it("makes seed 000's offer of 10,5 mkr 21 mkr in all", () => {
    const parts = ["state", "region", "municipalities"].map((party) => fullAllocation(10500000, party));
    expect(parts).toEqual([10500000, 5250000, 5250000]);
    expect(total(parts)).toBe(21000000);
  });

  refuses([
    ["a negative offer", () => fullAllocation(-1, "staten"), "#VALUE!", /offer must not be negative/],
    [
      "an offer with öre",
      () => fullAllocation(10.5, "staten"),
      "#VALUE!",
      /offer \(10.5\) is not a whole number of kronor/,
    ],
    ["text as the offer", () => fullAllocation("mycket", "staten"), "#VALUE!", /stateOffer is the text "mycket"/],
    ["a word that is not a party", () => fullAllocation(10, "kommunen"), "#VALUE!", /party "kommunen" is not a party/],
  ]);
});

describe("FINSAM.QUARTERS / KVARTAL", () => {
  it("pays seed 004's Eskilstuna 1 494 648 kr as four times 373 662", () => {
    expect(quarterlyInstalments(1494648)).toEqual([[373662, 373662, 373662, 373662]]);
  });

  it("puts the odd kronor in the first quarters, as the model does for one member", () => {
    expect(quarterlyInstalments(7)).toEqual([[2, 2, 2, 1]]);
    expect(quarterlyInstalments(0)).toEqual([[0, 0, 0, 0]]);
  });

  it("always spills four instalments that add up to the fee and differ by at most 1 kr", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (fee) => {
        const [row] = quarterlyInstalments(fee);
        expect(row).toHaveLength(4);
        expect(total(row)).toBe(fee);
        expect(Math.max(...row) - Math.min(...row)).toBeLessThanOrEqual(1);
        expect(row).toEqual(modelInstalments([fee])[0].map((instalment) => instalment.toNumber()));
      }),
      { numRuns: 2000 },
    );
  });

  refuses([
    [
      "a fee with öre",
      () => quarterlyInstalments(100.5),
      "#VALUE!",
      /the fee \(100.5\) is not a whole number of kronor/,
    ],
    ["a negative fee", () => quarterlyInstalments(-4), "#VALUE!", /the fee must be a non-negative number/],
    ["text as the fee", () => quarterlyInstalments("4 000"), "#VALUE!", /fee is the text "4 000"/],
    ["an empty fee", () => quarterlyInstalments(""), "#VALUE!", /fee is empty/],
  ]);
});

describe("FINSAM.EQUITYPLAN / KAPITALPLAN", () => {
  const revenues = byYear(PLAN_2025_2027.years.map((year) => year.revenues));
  const costs = byYear(PLAN_2025_2027.years.map((year) => year.costs));

  it("chains seed 002's plan 2025–2027 from its rows: 5 632 300, 4 481 600, 2 473 100", () => {
    expect(equityPlan(5411000, revenues, costs)).toEqual([[5632300, 4481600, 2473100]]);
  });

  it("ignores empty cells and takes costs written positive", () => {
    const positive = costs.map((row) => row.map((cost) => (cost === null ? null : -cost)));
    expect(equityPlan(5411000, [...revenues, [null, "", null]], positive)).toEqual([[5632300, 4481600, 2473100]]);
  });

  it("takes single numbers for a one-year plan", () => {
    expect(equityPlan(100, [[50]], [[-30]])).toEqual([[120]]);
  });

  it("always gives each year EQUITYYEAREND opened at the previous close, and last = opening + revenues − costs", () => {
    const year = fc.record({
      revenues: fc.array(fc.integer({ min: 0, max: 1e9 }), { maxLength: 6 }),
      costs: fc.array(fc.integer({ min: 0, max: 1e9 }), { maxLength: 8 }),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.array(year, { minLength: 1, maxLength: 8 }),
        fc.constantFrom(1, -1),
        (opening, years, sign) => {
          const signed = years.map((y) => y.costs.map((cost) => sign * cost));
          const [closings] = equityPlan(opening, byYear(years.map((y) => y.revenues)), byYear(signed));
          expect(closings).toHaveLength(years.length);
          closings.forEach((closing, k) => {
            const previous = k === 0 ? opening : closings[k - 1];
            expect(closing).toBe(equityYearEnd(previous, column(years[k].revenues), column(signed[k])));
          });
          const expected = opening + total(years.flatMap((y) => y.revenues)) - total(years.flatMap((y) => y.costs));
          expect(closings[closings.length - 1]).toBe(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });

  refuses([
    [
      "revenues and costs with different numbers of years",
      () => equityPlan(0, [[1, 2, 3]], [[-1, -2]]),
      "#VALUE!",
      /revenues has 3 columns but costs has 2 columns; give one column per year in both/,
    ],
    [
      "text among the revenues",
      () => equityPlan(0, [[1, "x"]], [[-1, -2]]),
      "#VALUE!",
      /revenues column 2 \(item 1\) is the text "x"/,
    ],
    [
      "costs of both signs in one year",
      () =>
        equityPlan(
          0,
          [[1, 2]],
          [
            [-1, -2],
            [-1, 2],
          ],
        ),
      "#VALUE!",
      /year 2 of the plan: costs mix signs/,
    ],
    ["an empty opening equity", () => equityPlan(null, [[1]], [[-1]]), "#VALUE!", /opening is empty/],
    ["an empty range", () => equityPlan(0, [[]], [[-1]]), "#VALUE!", /revenues is an empty range/],
  ]);
});

describe("FINSAM.SOLIDITY / SOLIDITET", () => {
  it("divides equity by total assets: 5 632 300 ÷ 7 000 000", () => {
    expect(solidity(5632300, 7000000)).toBeCloseTo(0.804614285714, 12);
  });

  refuses([
    ["total assets of zero", () => solidity(1, 0), "#VALUE!", /total assets must be above zero/],
    [
      "negative total assets",
      () => solidity(1, -5),
      "#VALUE!",
      /total assets must be above zero to relate equity to \(they are -5\)/,
    ],
    ["text as equity", () => solidity("eget kapital", 5), "#VALUE!", /equity is the text "eget kapital"/],
    ["empty total assets", () => solidity(1, null), "#VALUE!", /totalAssets is empty/],
  ]);
});

describe("FINSAM.SOCIALSAVING / SAMHALLSBESPARING", () => {
  it.each([
    [1, 8520000],
    [5, 42600000],
    [10, 85200000],
  ])("gives seed 004's 60 participants at 142 000 kr over %d year(s) %d kr", (years, saving) => {
    expect(socialSaving(60, years)).toBe(saving);
    expect(socialSaving(60, years, 142000)).toBe(saving);
  });

  it("takes another region's cost per person", () => {
    expect(socialSaving(60, 1, 100000)).toBe(6000000);
  });

  refuses([
    ["negative participants", () => socialSaving(-1, 1), "#VALUE!", /participants must not be negative/],
    ["negative years", () => socialSaving(1, -1), "#VALUE!", /years must not be negative/],
    [
      "a negative cost per person",
      () => socialSaving(1, 1, -5),
      "#VALUE!",
      /cost per person and year must not be negative/,
    ],
    ["text as the cost per person", () => socialSaving(1, 1, "hög"), "#VALUE!", /perPersonYear is the text "hög"/],
    ["text as participants", () => socialSaving("sextio", 1), "#VALUE!", /participants is the text "sextio"/],
  ]);
});

describe("FINSAM.PAYBACKMONTHS / ATERBETALNINGSTID", () => {
  it("gives 2 130 000 kr and 20 participants at 142 000 kr a payback of 9 months", () => {
    expect(paybackMonths(2130000, 20)).toBe(9);
  });

  it("keeps the fraction of a month: 1 000 000 kr, 10 participants → 600/71 months", () => {
    expect(paybackMonths(1000000, 10)).toBeCloseTo(600 / 71, 12);
    expect(paybackMonths(1000000, 10, 100000)).toBe(12);
  });

  refuses([
    ["no participants, as never paying back", () => paybackMonths(100, 0), "#VALUE!", /never paid back/],
    ["a cost per person of zero", () => paybackMonths(100, 5, 0), "#VALUE!", /never paid back/],
    ["a negative cost", () => paybackMonths(-100, 5), "#VALUE!", /the cost must not be negative/],
    ["text as the cost", () => paybackMonths("dyrt", 5), "#VALUE!", /cost is the text "dyrt"/],
  ]);
});

describe("FINSAM.DEPENDENCYRATIO / FORSORJNINGSKVOT", () => {
  it("gives (young 22 + old 30) ÷ working 55 × 100 = 94,5454…", () => {
    expect(dependencyRatio([[22]], [[30]], [[55]])).toBeCloseTo(94.545454545454, 10);
  });

  it("adds up a table of age groups, skipping empty cells", () => {
    expect(dependencyRatio(column([10, 12]), [[30]], column([25, 30, null]))).toBeCloseTo(94.545454545454, 10);
  });

  refuses([
    [
      "nobody of working age",
      () => dependencyRatio([[1]], [[1]], [[0]]),
      "#VALUE!",
      /working \(persons 20–64\) is zero/,
    ],
    [
      "an empty working range",
      () => dependencyRatio([[1]], [[1]], column([null, ""])),
      "#VALUE!",
      /working has no numbers/,
    ],
    [
      "text among the young",
      () => dependencyRatio(column([1, "0–5"]), [[1]], [[5]]),
      "#VALUE!",
      /young \(item 2\) is the text "0–5"/,
    ],
    [
      "a negative count",
      () => dependencyRatio([[1]], column([2, -1]), [[5]]),
      "#VALUE!",
      /old \(item 2\) must not be negative/,
    ],
  ]);
});

describe("FINSAM.EQUITYCEILING / KAPITALTAK", () => {
  const staircase = [
    [0, 0.3],
    [10000000, 0.2],
    [20000000, 0.15],
  ];

  it("takes 20 % of 16 000 000: 3 200 000, from a cell or a one-cell range", () => {
    expect(equityCeiling(16000000, [[0.2]])).toBe(3200000);
    expect(equityCeiling(16000000, 0.2 as never)).toBe(3200000);
  });

  it("applies the staircase row that the contributions fall in to the whole contribution", () => {
    expect(equityCeiling(16000000, staircase)).toBe(3200000);
    expect(equityCeiling(9000000, staircase)).toBe(2700000);
    expect(equityCeiling(25000000, staircase)).toBe(3750000);
  });

  it("skips empty rows after the staircase and takes a single row", () => {
    expect(equityCeiling(16000000, [...staircase, [null, null], ["", null]])).toBe(3200000);
    expect(equityCeiling(16000000, [[0, 0.25]])).toBe(4000000);
  });

  refuses([
    [
      "a percentage written as 20",
      () => equityCeiling(16000000, [[20]]),
      "#VALUE!",
      /percentage 20 is above 100 %: write 20 % \(or 0.2\), not 20/,
    ],
    [
      "rows out of order, naming the row",
      () => equityCeiling(16000000, [staircase[0], staircase[2], staircase[1]]),
      "#VALUE!",
      /guideline row 3 starts at 10000000, not above row 2's 20000000/,
    ],
    [
      "a first row not starting at 0",
      () => equityCeiling(16000000, [[5000000, 0.2]]),
      "#VALUE!",
      /guideline row 1 starts at 5000000; the first row must start at 0/,
    ],
    [
      "a row with its percentage missing",
      () => equityCeiling(16000000, [staircase[0], [10000000, null], staircase[2]]),
      "#VALUE!",
      /guideline row 2 \(percentage\) is empty/,
    ],
    [
      "three columns",
      () => equityCeiling(16000000, [[0, 0.2, 1]]),
      "#VALUE!",
      /one percentage or two columns \(contribution from, percentage\), not 1 rows × 3 columns/,
    ],
    ["an empty staircase", () => equityCeiling(16000000, [[null, null]]), "#VALUE!", /guideline is empty/],
    ["an empty guideline cell", () => equityCeiling(16000000, [[null]]), "#VALUE!", /guideline is empty/],
    ["text as the guideline", () => equityCeiling(16000000, [["20 %"]]), "#VALUE!", /guideline is the text "20 %"/],
    ["negative contributions", () => equityCeiling(-1, [[0.2]]), "#VALUE!", /contributions must not be negative/],
  ]);
});

describe("FINSAM.HEADROOM / UTRYMME", () => {
  const [year2025] = PLAN_2025_2027.years;

  it("leaves seed 002's 2025 room of 5 632 300 above zero, 2 432 300 above a floor of 3 200 000", () => {
    expect(equityHeadroom(5411000, column(year2025.revenues), column(year2025.costs))).toBe(5632300);
    expect(equityHeadroom(5411000, column(year2025.revenues), column(year2025.costs), 3200000)).toBe(2432300);
  });

  it("is negative when the plan already breaks the floor", () => {
    expect(equityHeadroom(100, [[50]], [[-30]], 200)).toBe(-80);
  });

  it("always leaves equity at year end at the floor when the room is spent as one more cost", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.array(fc.integer({ min: 0, max: 1e9 }), { maxLength: 6 }),
        fc.array(fc.integer({ min: -1e9, max: 0 }), { maxLength: 8 }),
        fc.integer({ min: 0, max: 1e9 }),
        (opening, revenues, costs, room) => {
          const floor = equityYearEnd(opening, column(revenues), column(costs)) - room;
          expect(equityHeadroom(opening, column(revenues), column(costs), floor)).toBe(room);
          expect(equityYearEnd(opening, column(revenues), column([...costs, -room]))).toBe(floor);
        },
      ),
      { numRuns: 1000 },
    );
  });

  refuses([
    ["costs of both signs", () => equityHeadroom(0, [[1]], [[-5], [5]]), "#VALUE!", /costs mix signs/],
    ["text as the floor", () => equityHeadroom(0, [[1]], [[-5]], "tak"), "#VALUE!", /floor is the text "tak"/],
    ["an empty opening equity", () => equityHeadroom(null, [[1]], [[-5]]), "#VALUE!", /opening is empty/],
  ]);
});

describe("FINSAM.YEARSHARE / ARSANDEL", () => {
  // Excel date serials: 2018-07-01 is 43282, 2020-06-30 is 44012.
  const [start, end] = [43282, 44012];

  it("shares seed 003's 5 400 000 for July 2018–June 2020 as 1 350 000 / 2 700 000 / 1 350 000, nothing in 2021", () => {
    expect([2018, 2019, 2020, 2021].map((year) => yearShare(5400000, start, end, year))).toEqual([
      1350000, 2700000, 1350000, 0,
    ]);
  });

  it("takes a date with a time of day as that day", () => {
    expect(yearShare(5400000, start + 0.75, end + 0.25, 2018)).toBe(1350000);
  });

  refuses([
    ["a period that ends before it starts", () => yearShare(100, end, start, 2019), "#VALUE!", /ends before it starts/],
    ["a year with decimals", () => yearShare(100, start, end, 2019.5), "#VALUE!", /year \(2019.5\) is not a year/],
    ["a total with öre", () => yearShare(100.5, start, end, 2019), "#VALUE!", /100.5 is not a whole number/],
    ["a negative total", () => yearShare(-100, start, end, 2019), "#VALUE!", /must not be negative/],
    ["text as the start", () => yearShare(100, "1 juli", end, 2019), "#VALUE!", /start is the text "1 juli"/],
  ]);
});
