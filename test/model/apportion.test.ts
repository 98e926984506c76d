import fc from "fast-check";
import { apportion, shares } from "../../src/model/apportion";
import { Money } from "../../src/model/money";
import { MUNICIPALITIES_2021, PRINTED_FEES_2021 } from "../fixtures/seed-figures";
import { planErrorOf } from "../fixtures/plan-error";
import { referenceApportion } from "../fixtures/reference-apportion";

const populations = MUNICIPALITIES_2021.map((m) => m.population);
const asNumbers = (values: { toNumber(): number }[]) => values.map((v) => v.toNumber());

describe("apportion: the municipal quarter split by population 16–64 (docs/domain.md rule 2)", () => {
  it("gives seed 004's nine municipalities whole kronor that add up to exactly 4 000 000", () => {
    // Worked by hand with exact fractions: floor(4 000 000 × p ÷ 172 458) leaves 5 kr,
    // which go to the five largest remainders: Katrineholm (.986), Eskilstuna (.972),
    // Strängnäs (.726), Flen (.582) and Vingåker (.580).
    const fees = asNumbers(apportion(4000000, populations));
    expect(fees).toEqual([117084, 149346, 750258, 150251, 209118, 463394, 1494648, 487029, 178872]);
    expect(fees.reduce((a, b) => a + b, 0)).toBe(4000000);
  });

  it("differs from the seed's printed table only where the seed's own rounding broke the total", () => {
    expect(PRINTED_FEES_2021.reduce((a, b) => a + b, 0)).toBe(4000002);
    const fees = asNumbers(apportion(4000000, populations));
    const changed = MUNICIPALITIES_2021.filter((_, i) => fees[i] !== PRINTED_FEES_2021[i]).map((m) => m.name);
    expect(changed).toEqual(["Gnesta", "Trosa"]);
  });

  it("gives shares that match seed 004's percentages to one decimal", () => {
    const percent = shares(populations).map((s) => s.times(100).toDecimalPlaces(1).toNumber());
    expect(percent).toEqual([2.9, 3.7, 18.8, 3.8, 5.2, 11.6, 37.4, 12.2, 4.5]);
  });

  it("breaks a tie of remainders in favour of the larger population, then the earlier member", () => {
    // 1 kr between two equal members: the first in the list gets it.
    expect(asNumbers(apportion(1, [5, 5]))).toEqual([1, 0]);
    // 3 kr by weights 1,1,2 → exact 0.75, 0.75, 1.5: floors 0,0,1 leave 2 kr; remainders .75 .75 .5
    expect(asNumbers(apportion(3, [1, 1, 2]))).toEqual([1, 1, 1]);
    // 2 kr by 1,3 → 0.5, 1.5: remainders tie at .5, so the larger population (3) takes it.
    expect(asNumbers(apportion(2, [1, 3]))).toEqual([0, 2]);
  });

  it("shares in öre when asked for two decimals", () => {
    const fees = apportion(100, [1, 1, 1], 2).map((f) => f.toFixed(2));
    expect(fees).toEqual(["33.34", "33.33", "33.33"]);
  });

  it("stays exact for amounts far beyond what a double holds", () => {
    expect(apportion("1e40", [1, 3]).map((fee) => fee.toFixed())).toEqual([
      "2500" + "0".repeat(36),
      "7500" + "0".repeat(36),
    ]);
  });

  it("gives a member with no population nothing", () => {
    expect(asNumbers(apportion(10, [0, 1, 1]))).toEqual([0, 5, 5]);
  });

  it("never rounds through binary floating point (0.1 + 0.2 style weights)", () => {
    expect(asNumbers(apportion(30, [0.1, 0.2]))).toEqual([10, 20]);
  });

  describe("always", () => {
    const weights = fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 1, maxLength: 300 });
    const nonZero = weights.filter((ws) => ws.some((w) => w > 0));
    const totalUnits = fc.bigInt({ min: 0n, max: 10n ** 12n });

    it("adds up to the total exactly and agrees with the independent oracle", () => {
      fc.assert(
        fc.property(totalUnits, nonZero, fc.integer({ min: 0, max: 2 }), (units, ws, decimals) => {
          const fees = apportion(units.toString() + "e-" + decimals, ws, decimals);
          const inUnits = fees.map((f) => BigInt(f.times(10 ** decimals).toFixed(0)));
          expect(inUnits).toEqual(referenceApportion(units, ws.map(BigInt)));
          expect(inUnits.reduce((a, b) => a + b, 0n)).toBe(units);
        }),
        { numRuns: 2000 },
      );
    });

    it("keeps every fee within one unit of its exact share", () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 50_000_000 }), nonZero, (total, ws) => {
          const fees = apportion(total, ws);
          const weightSum = ws.reduce((a, b) => a + b, 0);
          fees.forEach((fee, i) => {
            const share = new Money(total).times(ws[i]).div(weightSum);
            expect(fee.minus(share).abs().lt(1)).toBe(true);
          });
        }),
        { numRuns: 2000 },
      );
    });

    it("never gives a larger population a smaller fee", () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 50_000_000 }), nonZero, (total, ws) => {
          const fees = asNumbers(apportion(total, ws));
          for (let i = 0; i < ws.length; i++) {
            for (let j = 0; j < ws.length; j++) {
              if (ws[i] > ws[j]) expect(fees[i]).toBeGreaterThanOrEqual(fees[j]);
            }
          }
        }),
        { numRuns: 500 },
      );
    });
  });

  describe("refuses input it cannot share exactly", () => {
    it.each([
      ["a negative population", () => apportion(100, [1, -2]), "invalid-number", /weight 2 is negative/],
      ["populations that add up to zero", () => apportion(100, [0, 0]), "invalid-number", /add up to zero/],
      ["no members at all", () => apportion(100, []), "invalid-value", /no members/],
      [
        "a total with öre when whole kronor are asked for",
        () => apportion(100.5, [1, 1]),
        "invalid-number",
        /not a whole number of 1/,
      ],
      ["a negative total", () => apportion(-100, [1, 1]), "invalid-number", /must not be negative/],
      [
        "a fractional number of decimals",
        () => apportion(100, [1], 1.5),
        "invalid-number",
        /decimals must be a whole number/,
      ],
      [
        "too many decimals",
        () => apportion(100, [1], 11),
        "invalid-number",
        /decimals must be a whole number from 0 to 10/,
      ],
      ["an infinite total", () => apportion(Infinity, [1]), "invalid-number", /not a finite number/],
    ])("%s", (_, run, kind, message) => {
      const error = planErrorOf(run);
      expect(error.kind).toBe(kind);
      expect(error.message).toMatch(message);
    });
  });
});
