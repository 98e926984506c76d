import fc from "fast-check";
import { feeTable, payerFee } from "../../src/model/fees";
import { money } from "../../src/model/money";
import { referenceApportion } from "../fixtures/reference-apportion";
import { MUNICIPALITIES_2021 } from "../fixtures/seed-figures";

const members = MUNICIPALITIES_2021;
const populations = members.map((m) => m.population);
const input = { contribution: 16_000_000, stateOffer: 10_500_000, members };

describe("the fee table of a year's contribution (docs/domain.md rules 1 and 2)", () => {
  it("splits 16 000 000 50/25/25 and shares the municipalities' 4 000 000 by population, as the oracle does", () => {
    const table = feeTable(16_000_000, populations);
    expect([table.split.state, table.split.region, table.split.municipalities].map(String)).toEqual([
      "8000000",
      "4000000",
      "4000000",
    ]);
    const oracle = referenceApportion(4_000_000n, populations.map(BigInt));
    expect(table.fees.map(String)).toEqual(oracle.map(String));
    expect(table.instalments.map((quarters) => String(quarters.reduce((a, b) => a.plus(b))))).toEqual(
      oracle.map(String),
    );
  });

  it("always gives each municipality the fee of the table and quarters that add up to it", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.array(fc.integer({ min: 1, max: 700_000 }), { minLength: 1, maxLength: 12 }),
        (contribution, weights) => {
          const typed = {
            contribution,
            stateOffer: 0,
            members: weights.map((p, i) => ({ name: `K${i}`, population: p })),
          };
          const municipalities = referenceApportion(BigInt(contribution), [2n, 1n, 1n])[2];
          const oracle = referenceApportion(municipalities, weights.map(BigInt));
          weights.forEach((_, index) => {
            const figures = payerFee(typed, { kind: "municipality", index });
            expect(figures.fee.toFixed()).toBe(String(oracle[index]));
            expect(figures.quarters.reduce((a, b) => a.plus(b)).toFixed()).toBe(figures.fee.toFixed());
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("a payer's fee", () => {
  it("gives each municipality its apportioned fee, adding up to the municipalities' quarter", () => {
    const fees = members.map((_, index) => payerFee(input, { kind: "municipality", index }).fee);
    expect(fees.map(String)).toEqual(referenceApportion(4_000_000n, populations.map(BigInt)).map(String));
    expect(fees.reduce((a, b) => a.plus(b)).toFixed()).toBe("4000000");
  });

  it("splits the state's and the region's part, with their quarters and the full offer", () => {
    const region = payerFee(input, { kind: "region" });
    expect(region.fee.toFixed()).toBe("4000000");
    expect(region.quarters.map((q) => q.toFixed())).toEqual(["1000000", "1000000", "1000000", "1000000"]);
    expect(region.share.toFixed()).toBe("0.25");
    // 10,5 mkr offered → 21 mkr in all → the region's quarter is 5,25 mkr.
    expect(region.fullOffer.total.toFixed()).toBe("21000000");
    expect(region.fullOffer.fee.toFixed()).toBe("5250000");
    expect(payerFee(input, { kind: "state" }).fee.toFixed()).toBe("8000000");
  });

  it("gives a municipality its part of the municipalities' 5 250 000 under the full offer", () => {
    const eskilstuna = payerFee(input, { kind: "municipality", index: 6 });
    expect(eskilstuna.fullOffer.fee.toFixed()).toBe(String(referenceApportion(5_250_000n, populations.map(BigInt))[6]));
    expect(eskilstuna.population?.all.toFixed()).toBe("172458");
  });

  it("measures leverage as the whole contribution per krona paid", () => {
    expect(payerFee(input, { kind: "state" }).leverage.toFixed()).toBe("2");
    const eskilstuna = payerFee(input, { kind: "municipality", index: 6 });
    expect(eskilstuna.leverage.toFixed(4)).toBe(money(16_000_000).div(eskilstuna.fee).toFixed(4));
  });
});
