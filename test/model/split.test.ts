import fc from "fast-check";
import { fullAllocation, splitContribution } from "../../src/model/split";
import { planErrorOf } from "../fixtures/plan-error";

const inKronor = (split: ReturnType<typeof splitContribution>) => ({
  state: split.state.toNumber(),
  region: split.region.toNumber(),
  municipalities: split.municipalities.toNumber(),
});

describe("the law's split of the contribution (docs/domain.md rule 1)", () => {
  it("splits seed 002's 16 000 000 into 8 000 000 / 4 000 000 / 4 000 000", () => {
    expect(inKronor(splitContribution(16000000))).toEqual({ state: 8000000, region: 4000000, municipalities: 4000000 });
  });

  it("gives the odd kronor of a total not divisible by four to the state's larger part first", () => {
    // 10 kr: exact 5 / 2.5 / 2.5 → floors 5, 2, 2 leave 1 kr; the remainders tie, so the earlier party (region) takes it.
    expect(inKronor(splitContribution(10))).toEqual({ state: 5, region: 3, municipalities: 2 });
  });

  it("matches the state's full offer in the same proportions: seed 000's 10,5 mkr gives 21 mkr in all", () => {
    const split = inKronor(fullAllocation(10500000));
    expect(split).toEqual({ state: 10500000, region: 5250000, municipalities: 5250000 });
    expect(split.state + split.region + split.municipalities).toBe(21000000);
  });

  it("matches an offer of an odd number of kronor with the region taking the odd krona", () => {
    // 2 × 7 = 14: state 7, and 7 shared 3,5 / 3,5; the remainders tie, so the earlier party (region) takes it.
    expect(inKronor(fullAllocation(7))).toEqual({ state: 7, region: 4, municipalities: 3 });
  });

  it("refuses a negative state offer", () => {
    expect(planErrorOf(() => fullAllocation(-1)).kind).toBe("invalid-number");
  });

  it("refuses an offer with öre, where the state would not pay exactly its offer", () => {
    const error = planErrorOf(() => fullAllocation(10.5));
    expect(error.kind).toBe("invalid-number");
    expect(error.message).toMatch(/offer \(10.5\) is not a whole number of kronor/);
    expect(inKronor(fullAllocation(10.5, 2))).toEqual({ state: 10.5, region: 5.25, municipalities: 5.25 });
  });

  it("always has the state pay exactly its whole-krona offer, the other parts making up the same again", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (offer) => {
        const { state, region, municipalities } = inKronor(fullAllocation(offer));
        expect(state).toBe(offer);
        expect(region + municipalities).toBe(offer);
        expect(region - municipalities).toBe(offer % 2);
      }),
      { numRuns: 2000 },
    );
  });

  it("always adds up to the total, with every part within a krona of its exact share", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (total) => {
        const { state, region, municipalities } = splitContribution(total);
        expect(state.plus(region).plus(municipalities).toNumber()).toBe(total);
        expect(
          state
            .minus(total / 2)
            .abs()
            .lt(1),
        ).toBe(true);
        expect(
          region
            .minus(total / 4)
            .abs()
            .lt(1),
        ).toBe(true);
        expect(
          municipalities
            .minus(total / 4)
            .abs()
            .lt(1),
        ).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
