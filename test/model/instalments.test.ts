import fc from "fast-check";
import { apportion } from "../../src/model/apportion";
import { Money } from "../../src/model/money";
import { QUARTERS, feeInstalments, quarterlyInstalments } from "../../src/model/instalments";
import { MUNICIPALITIES_2021 } from "../fixtures/seed-figures";
import { planErrorOf } from "../fixtures/plan-error";

const numbers = (rows: { toNumber(): number }[][]) => rows.map((row) => row.map((v) => v.toNumber()));
const quarterTotals = (rows: number[][]) => [0, 1, 2, 3].map((q) => rows.reduce((sum, row) => sum + row[q], 0));

describe("quarterly instalments (docs/domain.md rule 2)", () => {
  it("pays seed 004's Eskilstuna 1 494 648 kr as four times 373 662", () => {
    expect(numbers(quarterlyInstalments([1494648]))).toEqual([[373662, 373662, 373662, 373662]]);
  });

  it("makes every quarter of the nine municipalities add up to 1 000 000", () => {
    const fees = apportion(
      4000000,
      MUNICIPALITIES_2021.map((m) => m.population),
    );
    const rows = numbers(quarterlyInstalments(fees));
    expect(quarterTotals(rows)).toEqual([1000000, 1000000, 1000000, 1000000]);
    rows.forEach((row, i) => expect(row.reduce((a, b) => a + b, 0)).toBe(fees[i].toNumber()));
  });

  it("deals the odd kronor round the quarters, member after member", () => {
    // 7 = 1+1+1+1 + 3 extra in Q1–Q3; 5 = 1×4 + 1 extra, which goes to Q4, the next in turn.
    expect(numbers(quarterlyInstalments([7, 5]))).toEqual([
      [2, 2, 2, 1],
      [1, 1, 1, 2],
    ]);
  });

  it("splits öre when the fees are in öre", () => {
    expect(quarterlyInstalments([0.1], 2).map((row) => row.map((v) => v.toFixed(2)))).toEqual([
      ["0.03", "0.03", "0.02", "0.02"],
    ]);
  });

  it("refuses a fee that is negative or not whole", () => {
    expect(planErrorOf(() => quarterlyInstalments([10, -4])).message).toMatch(/fee 2 must be a non-negative number/);
    expect(planErrorOf(() => quarterlyInstalments([10.5])).message).toMatch(/fee 1 \(10.5\) is not a whole number/);
  });

  it("pays one fee on its own with its odd kronor in the first quarters", () => {
    expect(feeInstalments(7).map((v) => v.toNumber())).toEqual([2, 2, 2, 1]);
    expect(feeInstalments(1494650).map((v) => v.toNumber())).toEqual([373663, 373663, 373662, 373662]);
  });

  it("refuses one fee with öre, saying it is not whole kronor", () => {
    const error = planErrorOf(() => feeInstalments(100.5));
    expect(error.kind).toBe("invalid-number");
    expect(error.message).toBe("the fee (100.5) is not a whole number of kronor");
  });

  describe("always", () => {
    const fees = fc.array(fc.integer({ min: 0, max: 1e10 }), { minLength: 1, maxLength: 300 });

    it("adds up to each fee, with each instalment less than 1 kr from fee ÷ 4", () => {
      fc.assert(
        fc.property(fees, (list) => {
          const rows = quarterlyInstalments(list);
          rows.forEach((row, i) => {
            expect(row).toHaveLength(QUARTERS);
            expect(row.reduce((a, b) => a.plus(b), new Money(0)).toNumber()).toBe(list[i]);
            row.forEach((instalment) => expect(instalment.minus(new Money(list[i]).div(4)).abs().lt(1)).toBe(true));
          });
        }),
        { numRuns: 2000 },
      );
    });

    it("gives quarters that each add up to total ÷ 4 when the total divides by four, and within 1 kr otherwise", () => {
      fc.assert(
        fc.property(fees, (list) => {
          const total = list.reduce((a, b) => a + b, 0);
          const totals = quarterTotals(numbers(quarterlyInstalments(list)));
          if (total % 4 === 0) {
            expect(totals).toEqual([total / 4, total / 4, total / 4, total / 4]);
          }
          expect(Math.max(...totals) - Math.min(...totals)).toBeLessThanOrEqual(1);
        }),
        { numRuns: 2000 },
      );
    });
  });
});
