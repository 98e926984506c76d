import fc from "fast-check";
import {
  AccountBalance,
  ASSET_LINES,
  CLAIM_LINES,
  INCOME_LINES,
  closingEquity,
  exactFigures,
  printedFigures,
  yearResult,
} from "../../src/model/annual-accounts";
import { DEFAULT_CHART } from "../../src/model/chart";
import { Money, ZERO, money, sum } from "../../src/model/money";

const ore = fc.integer({ min: -900_000_000, max: 900_000_000 }).map((n) => money(n).div(100));
const ASSETS = ["1510", "1820", "1930"];
const RESULTS = ["3010", "3910", "4010", "7010", "8310", "8410"];

/** A year's closing balances and results made consistent by the plug account (2440), the result left unbooked. */
function year(
  opening: Record<string, Money>,
  figures: Money[],
): { closing: Record<string, Money>; results: Record<string, Money> } {
  const results = Object.fromEntries(RESULTS.map((account, i) => [account, figures[i]]));
  const closing: Record<string, Money> = Object.fromEntries(
    ASSETS.map((account, i) => [account, figures[RESULTS.length + i]]),
  );
  closing["2010"] = opening["2010"];
  closing["2440"] = sum([...Object.values(closing), ...Object.values(results)]).neg();
  return { closing, results };
}

const books = fc
  .tuple(
    fc.array(ore, { minLength: 4, maxLength: 4 }),
    fc.array(ore, { minLength: 9, maxLength: 9 }),
    fc.array(ore, { minLength: 9, maxLength: 9 }),
  )
  .map(([start, previousFigures, currentFigures]) => {
    const previousOpening: Record<string, Money> = Object.fromEntries(ASSETS.map((a, i) => [a, start[i]]));
    previousOpening["2010"] = start[3];
    previousOpening["2440"] = sum(Object.values(previousOpening)).neg();
    const previous = year(previousOpening, previousFigures);
    const currentOpening: Record<string, Money> = {
      ...previous.closing,
      "2010": previous.closing["2010"].minus(sum(Object.values(previous.closing))),
    };
    const current = year(currentOpening, currentFigures);
    const accounts = [...ASSETS, "2010", "2440", ...RESULTS];
    return accounts.map((account): AccountBalance => {
      const result = account >= "3";
      return {
        account,
        name: account,
        current: {
          opening: result ? ZERO : currentOpening[account],
          closing: (result ? current.results : current.closing)[account],
        },
        previous: {
          opening: result ? ZERO : previousOpening[account],
          closing: (result ? previous.results : previous.closing)[account],
        },
      };
    });
  });

describe("the annual accounts in whole tkr (docs/domain.md rule 10)", () => {
  it("always balance as printed, with the result and last year's closing equity the same everywhere", () => {
    fc.assert(
      fc.property(books, (balances) => {
        const exact = exactFigures(balances, DEFAULT_CHART);
        const printed = printedFigures(exact);
        for (const column of ["current", "previous", "previousOpening"] as const) {
          const sheet = printed.balance[column];
          expect(sum(ASSET_LINES.map((line) => sheet[line])).equals(sum(CLAIM_LINES.map((line) => sheet[line])))).toBe(
            true,
          );
          [...ASSET_LINES, ...CLAIM_LINES].forEach((line) => expect(sheet[line].isInteger()).toBe(true));
        }
        for (const column of ["current", "previous"] as const) {
          expect(printed.balance[column].result.equals(yearResult(printed.income[column]))).toBe(true);
          expect(
            yearResult(printed.income[column])
              .minus(yearResult(exact.income[column]).div(1000))
              .abs()
              .lessThanOrEqualTo(0.5),
          ).toBe(true);
          INCOME_LINES.forEach((line) =>
            expect(printed.income[column][line].minus(exact.income[column][line].div(1000)).abs().lessThan(1)).toBe(
              true,
            ),
          );
        }
        expect(printed.balance.current.openingEquity.equals(closingEquity(printed.balance.previous))).toBe(true);
        // The exact balance sheet balances too: the books were made consistent.
        const claims = exact.balance.current;
        expect(sum(ASSET_LINES.map((l) => claims[l])).equals(sum(CLAIM_LINES.map((l) => claims[l])))).toBe(true);
      }),
    );
  });
});
