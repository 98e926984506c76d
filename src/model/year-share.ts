import { apportion } from "./apportion";
import { Period, checkPeriod } from "./burn";
import { Money, MoneyValue, ZERO } from "./money";
import { dateOfSerial } from "./date-serial";

/*
 * A decision's total over a period shared per calendar year (docs/domain.md
 * rule 9): each year weighs the months of the period it holds, a partial month
 * by its share of days, and the kronor go out by largest remainder, ties to the
 * earlier year, so that the years add up to the decision exactly.
 */

/** A month counted in units that every month's length (28, 29, 30, 31 days) divides: lcm = 377 580. */
export const MONTH_UNITS = 377_580;

/**
 * Where a day (an Excel date serial) starts on a scale of months, in MONTH_UNITS:
 * the whole months since year 0 before its month plus the days of its month
 * before it. The months a period covers are the position of the day after it
 * minus the position of its first day.
 */
export function monthPosition(day: number): number {
  const date = dateOfSerial(day);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const daysInMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return (year * 12 + month) * MONTH_UNITS + (date.getUTCDate() - 1) * (MONTH_UNITS / daysInMonth);
}

/** The calendar year of an Excel date serial. */
export function yearOfDay(day: number): number {
  return dateOfSerial(day).getUTCFullYear();
}

export interface YearWeight {
  readonly year: number;
  /** The months of the period in this year, in MONTH_UNITS. */
  readonly units: number;
}

/** Each calendar year the period touches, first to last, with the months it covers there. */
export function yearWeights(period: Period): YearWeight[] {
  checkPeriod(period);
  const from = monthPosition(period.start);
  const to = monthPosition(period.end + 1);
  const weights: YearWeight[] = [];
  for (let year = yearOfDay(period.start); year <= yearOfDay(period.end); year++) {
    const yearStart = year * 12 * MONTH_UNITS;
    weights.push({ year, units: Math.min(to, yearStart + 12 * MONTH_UNITS) - Math.max(from, yearStart) });
  }
  return weights;
}

export interface YearAmount {
  readonly year: number;
  readonly amount: Money;
}

/** The decision's total in whole kronor per calendar year of its period, adding up to the total. */
export function yearShares(total: MoneyValue, period: Period): YearAmount[] {
  const weights = yearWeights(period);
  const amounts = apportion(
    total,
    weights.map((weight) => weight.units),
    0,
    "earlier",
  );
  return weights.map(({ year }, k) => ({ year, amount: amounts[k] }));
}

/** One year's part of the decision: zero for a year outside its period. */
export function yearShare(total: MoneyValue, period: Period, year: number): Money {
  return yearShares(total, period).find((share) => share.year === year)?.amount ?? ZERO;
}
