import { PlanError } from "./errors";
import { Money, MoneyValue, money, sum } from "./money";

/** A period of days, both ends included, as day numbers (Excel date serials). */
export interface Period {
  readonly start: number;
  readonly end: number;
}

export interface BudgetLine {
  readonly outcome: MoneyValue;
  readonly budget: MoneyValue;
}

/** Burn ratio = outcome ÷ budget over the same period (docs/domain.md rule 5). */
export function burnRatio(outcome: MoneyValue, budget: MoneyValue): Money {
  const budgetAmount = money(budget);
  if (budgetAmount.isZero() || budgetAmount.isNeg()) {
    throw new PlanError("invalid-number", { code: "budget-not-positive", params: { value: budgetAmount } });
  }
  return money(outcome).div(budgetAmount);
}

/** A total's burn ratio is total outcome ÷ total budget, never an average of the rows' ratios. */
export function totalBurnRatio(lines: readonly BudgetLine[]): Money {
  return burnRatio(sum(lines.map((line) => line.outcome)), sum(lines.map((line) => line.budget)));
}

/** Days of the period that have passed by `asOf`, counting both the first day and `asOf` itself. */
export function elapsedDays(period: Period, asOf: number): number {
  checkPeriod(period);
  const days = period.end - period.start + 1;
  return Math.min(Math.max(asOf - period.start + 1, 0), days);
}

/** Expected outcome by `asOf` = budget × elapsed days ÷ days of the period. */
export function expectedOutcome(budget: MoneyValue, period: Period, asOf: number): Money {
  const days = period.end - period.start + 1;
  return money(budget).times(elapsedDays(period, asOf)).div(days);
}

/**
 * The pace of spending during the year: outcome so far ÷ the budget for the
 * time elapsed (seed 003's follow-up per 30 April). 1 means on plan.
 */
export function paceRatio(outcome: MoneyValue, budget: MoneyValue, period: Period, asOf: number): Money {
  checkPeriod(period);
  if (asOf < period.start) {
    throw new PlanError("invalid-number", { code: "follow-up-before-start" });
  }
  return burnRatio(outcome, expectedOutcome(budget, period, asOf));
}

export function checkPeriod({ start, end }: Period): void {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new PlanError("invalid-value", { code: "period-not-whole-days" });
  }
  if (end < start) {
    throw new PlanError("invalid-number", { code: "period-reversed" });
  }
}
