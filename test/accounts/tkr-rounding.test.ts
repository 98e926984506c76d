import fc from "fast-check";
import { Money, money, sum } from "../../src/model/money";
import { roundBlock, roundToTotal, roundedTkr } from "../../src/model/tkr-rounding";

const kronor = fc.integer({ min: -50_000_000_00, max: 50_000_000_00 }).map((ore) => money(ore).div(100));
const lines = fc.array(kronor, { minLength: 1, maxLength: 12 });
const tkr = (amount: Money) => amount.div(1000);

describe("whole tkr that add up (docs/domain.md rule 10)", () => {
  it("prints lines that a rounding one by one would not foot: 1 400 + 1 400 + 1 400 kr is 4 tkr, not 3", () => {
    const printed = roundBlock([money(1400), money(1400), money(1400)]);
    expect(printed.map(Number)).toEqual([2, 1, 1]);
  });

  it("gives the adjustment to the largest remainder, ties to the larger amount", () => {
    // 2,6 + 3,6 + 1,2 = 7,4 tkr → 7: floors 2 + 3 + 1 = 6, one more to a line with remainder 0,6: the larger, 3,6.
    expect(roundBlock([money(2600), money(3600), money(1200)]).map(Number)).toEqual([2, 4, 1]);
    // One by one: 3 + 4 + 1 = 8; the total is 7.
    expect(roundedTkr(money(7400)).toNumber()).toBe(7);
  });

  it("rounds half a tkr away from zero, as Excel's ROUND does", () => {
    expect([money(2500), money(-2500), money(2499.99)].map((k) => roundedTkr(k).toNumber())).toEqual([3, -3, 2]);
  });

  it("always foots to the exact total rounded, each line within 1 tkr of its exact amount", () => {
    fc.assert(
      fc.property(lines, (exact) => {
        const printed = roundBlock(exact);
        const total = tkr(sum(exact)).toDecimalPlaces(0, Money.ROUND_HALF_UP);
        expect(sum(printed).equals(total)).toBe(true);
        printed.forEach((p, i) => {
          expect(p.isInteger()).toBe(true);
          expect(p.minus(tkr(exact[i])).abs().lessThan(1)).toBe(true);
        });
      }),
    );
  });

  it("keeps a fixed line's figure and still foots", () => {
    fc.assert(
      fc.property(lines, fc.nat({ max: 11 }), (exact, at) => {
        const index = at % exact.length;
        const fixedValue = roundedTkr(exact[index]);
        const total = roundedTkr(sum(exact));
        const free = exact.length > 1;
        fc.pre(free || fixedValue.equals(total));
        const printed = roundToTotal(exact, total, new Map([[index, fixedValue]]));
        expect(printed[index].equals(fixedValue)).toBe(true);
        expect(sum(printed).equals(total)).toBe(true);
      }),
    );
  });

  it("leaves a line of whole tkr as it is", () => {
    fc.assert(
      fc.property(lines, fc.integer({ min: -1000, max: 1000 }), (exact, whole) => {
        const printed = roundBlock([...exact, money(whole).times(1000)]);
        expect(printed[printed.length - 1].toNumber()).toBe(whole);
      }),
    );
  });
});
