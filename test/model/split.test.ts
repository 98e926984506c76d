import fc from "fast-check";
import { fullAllocation, splitContribution } from "../../src/model/split";
import { planErrorOf } from "../fixtures/plan-error";

const inKronor = (split: ReturnType<typeof splitContribution>) => ({
  state: split.state.toNumber(),
  region: split.region.toNumber(),
  municipalities: split.municipalities.toNumber(),
});

describe("the law's split of the contribution (DOMAIN.md rule 1)", () => {
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

  it("refuses a negative state offer", () => {
    expect(planErrorOf(() => fullAllocation(-1)).kind).toBe("invalid-number");
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
