import fc from "fast-check";
import { dayNumber } from "../../src/model/date-serial";
import { MONTH_UNITS, yearShare, yearShares } from "../../src/model/year-share";
import { planErrorOf } from "../fixtures/plan-error";

const period = (start: string, end: string) => ({ start: dayNumber(start), end: dayNumber(end) });
const amounts = (total: number, start: string, end: string) =>
  yearShares(total, period(start, end)).map(({ year, amount }) => [year, amount.toNumber()]);

/**
 * The months of a period in each year, counted day by day: every day adds its
 * month's 1/days (in units of 1/MONTH_UNITS of a month). Independent of the
 * model's month positions.
 */
function monthsByWalkingDays(start: number, end: number): Map<number, number> {
  const months = new Map<number, number>();
  for (let day = start; day <= end; day++) {
    const date = new Date(Date.UTC(1899, 11, 30 + day));
    const daysInMonth = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
    const year = date.getUTCFullYear();
    months.set(year, (months.get(year) ?? 0) + MONTH_UNITS / daysInMonth);
  }
  return months;
}

describe("a decision's year share (docs/domain.md rule 9)", () => {
  it("shares seed 003's 5 400 000 for July 2018–June 2020 as 1 350 000 / 2 700 000 / 1 350 000 (6, 12 and 6 of 24 months)", () => {
    expect(amounts(5_400_000, "2018-07-01", "2020-06-30")).toEqual([
      [2018, 1_350_000],
      [2019, 2_700_000],
      [2020, 1_350_000],
    ]);
  });

  it("counts a partial month by its share of days: 1 000 000 for 16 March 2024–15 March 2025", () => {
    // 2024: 16 of March's 31 days and April–December = 9 + 16/31 months; 2025: January, February and
    // 15/31 of March = 2 + 15/31; 12 months in all. 1 000 000 × (295/31) / 12 = 793 010,75…,
    // 1 000 000 × (77/31) / 12 = 206 989,24…; the krona left goes to the larger remainder, 2024's.
    expect(amounts(1_000_000, "2024-03-16", "2025-03-15")).toEqual([
      [2024, 793_011],
      [2025, 206_989],
    ]);
  });

  it("counts a day of February 2024 as 1/29 of a month and a day of March as 1/31", () => {
    // 29 February 2024 and 1 March 2024 (1/29 and 1/31 of a month) are both in 2024.
    expect(amounts(60, "2024-02-29", "2024-03-01")).toEqual([[2024, 60]]);
    // 31 December 2024 (1/31 of a month) and 1–30 January 2025 (30/31): 1 : 30 of 3 100 000 kr.
    expect(amounts(3_100_000, "2024-12-31", "2025-01-30")).toEqual([
      [2024, 100_000],
      [2025, 3_000_000],
    ]);
  });

  it("gives a tie of remainders to the earlier year, not the longer one", () => {
    // 2 kr over October 2018–September 2019: 3 and 9 months give 0,5 and 1,5; the krona left goes to 2018.
    expect(amounts(2, "2018-10-01", "2019-09-30")).toEqual([
      [2018, 1],
      [2019, 1],
    ]);
  });

  it("gives a year outside the period nothing", () => {
    expect(yearShare(5_400_000, period("2018-07-01", "2020-06-30"), 2021).toNumber()).toBe(0);
    expect(yearShare(5_400_000, period("2018-07-01", "2020-06-30"), 2019).toNumber()).toBe(2_700_000);
  });

  it("refuses a period that ends before it starts, and a total not in whole kronor", () => {
    expect(planErrorOf(() => yearShares(100, period("2020-01-02", "2020-01-01"))).message).toMatch(/ends before/);
    expect(planErrorOf(() => yearShares(100.5, period("2020-01-01", "2020-12-31"))).kind).toBe("invalid-number");
  });

  it("always adds up to the decision, each year within a krona of its exact share of the months", () => {
    const first = dayNumber("2004-01-01");
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: first, max: dayNumber("2099-12-31") }),
        fc.integer({ min: 0, max: 5 * 366 }),
        (total, start, length) => {
          const shares = yearShares(total, { start, end: start + length });
          const months = monthsByWalkingDays(start, start + length);
          const allMonths = [...months.values()].reduce((a, b) => a + b, 0);
          expect(shares.map((share) => share.year)).toEqual([...months.keys()]);
          expect(shares.reduce((sum, share) => sum + share.amount.toNumber(), 0)).toBe(total);
          for (const share of shares) {
            const exact = (total * (months.get(share.year) ?? 0)) / allMonths;
            expect(Math.abs(share.amount.toNumber() - exact)).toBeLessThan(1 + 1e-3);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
