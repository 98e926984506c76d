import fc from "fast-check";
import { memberFee, memberFees } from "../../src/functions/functions";
import { BoundedMemo } from "../../src/functions/memo";

describe("the bounded memo behind the fee functions", () => {
  it("computes once per key and returns the same answer after", () => {
    const memo = new BoundedMemo<number>(4);
    const compute = jest.fn(() => 42);
    expect(memo.getOrCompute("a", compute)).toBe(42);
    expect(memo.getOrCompute("a", compute)).toBe(42);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it("never holds more than its capacity, evicting the least recently used", () => {
    const memo = new BoundedMemo<string>(2);
    memo.getOrCompute("a", () => "A");
    memo.getOrCompute("b", () => "B");
    memo.getOrCompute("a", () => "stale");
    memo.getOrCompute("c", () => "C");
    expect(memo.size).toBe(2);
    expect(memo.getOrCompute("a", () => "recomputed")).toBe("A");
    expect(memo.getOrCompute("b", () => "recomputed")).toBe("recomputed");
  });

  it("answers a changed population with a new fee, not the remembered one", () => {
    const names = [["a"], ["b"]];
    expect(memberFee(100, "a", names, [[1], [1]])).toBe(50);
    expect(memberFee(100, "a", names, [[3], [1]])).toBe(75);
    expect(memberFee(100, "a", names, [[1], [1]], 2)).toBe(50);
  });

  it("always gives a spilled fee column that adds up to the total, over many changing inputs", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e11 }),
        fc.array(fc.integer({ min: 1, max: 1e6 }), { minLength: 1, maxLength: 300 }),
        (total, populations) => {
          const fees = memberFees(
            total,
            populations.map((p) => [p]),
          );
          expect(fees.reduce((sum, [fee]) => sum + fee, 0)).toBe(total);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
