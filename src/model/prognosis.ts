import { BudgetLine, Period, elapsedDays } from "./burn";
import { PlanYear, YearResult, equityYearEnd } from "./equity";
import { Guideline, equityCeiling, withinGuideline } from "./guideline";
import { Money, MoneyValue, money } from "./money";

/*
 * The follow-up's forecast for the whole year (docs/domain.md rule 8): per cost
 * row and intervention a proposed *prognos helår* and the pace-based one beside
 * it, and from the forecasts the year's projected result and equity.
 */

/** The share of the period gone by `asOf`, by days as the pace ratio counts them (both ends included). */
export function elapsedShare(period: Period, asOf: number): Money {
  return money(elapsedDays(period, asOf)).div(period.end - period.start + 1);
}

/**
 * Prognos helår as proposed: the budget, or the outcome so far plus the budget
 * for the rest of the year, whichever is larger. A row that has spent less than
 * its pace keeps its budget; one that has spent more carries the overrun.
 */
export function proposedPrognosis(line: BudgetLine, share: MoneyValue): Money {
  const budget = money(line.budget);
  const restOfYear = budget.times(money(1).minus(share));
  return Money.max(budget, money(line.outcome).plus(restOfYear));
}

/** Prognos i nuvarande takt: the outcome so far ÷ the share of the year gone; none before the year has begun. */
export function pacePrognosis(outcome: MoneyValue, share: MoneyValue): Money | undefined {
  const elapsed = money(share);
  return elapsed.isZero() ? undefined : money(outcome).div(elapsed);
}

export interface ProjectedYear extends YearResult {
  /** The projected result less the budgeted result: negative when the year costs more than budgeted. */
  readonly deviation: Money;
  readonly ceiling: Money;
  readonly withinGuideline: boolean;
}

/**
 * The year as the forecasts project it: the revenues as budgeted (the members'
 * contributions are decided for the year), each cost at its prognosis; the
 * result, equity at year end (docs/domain.md rule 3), the deviation from the
 * budget and the guideline's verdict on that equity (rule 7).
 */
export function projectedYear(
  opening: MoneyValue,
  budget: PlanYear,
  costPrognoses: readonly MoneyValue[],
  contributions: MoneyValue,
  guideline: Guideline,
): ProjectedYear {
  const budgeted = equityYearEnd(opening, budget);
  const projected = equityYearEnd(opening, { revenues: budget.revenues, costs: costPrognoses });
  const ceiling = equityCeiling(contributions, guideline);
  return {
    ...projected,
    deviation: projected.result.minus(budgeted.result),
    ceiling,
    withinGuideline: withinGuideline(projected.closing, ceiling),
  };
}
