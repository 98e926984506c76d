import { PlanError } from "./errors";
import { Money, MoneyValue, money, sum } from "./money";

/** One year of a plan: its revenue rows and cost rows, as the plan writes them. */
export interface PlanYear {
  readonly revenues: readonly MoneyValue[];
  readonly costs: readonly MoneyValue[];
}

/** The year's figures, with costs negative as the association's plans write them. */
export interface YearResult {
  readonly opening: Money;
  readonly revenues: Money;
  readonly costs: Money;
  readonly result: Money;
  readonly closing: Money;
}

/**
 * Equity at year end = opening equity + revenues − costs (docs/domain.md rule 3).
 * Costs may be written negative (as plans do) or positive, but not mixed: with
 * both signs among them, a cost and a refund cannot be told apart.
 */
export function equityYearEnd(opening: MoneyValue, year: PlanYear): YearResult {
  const openingEquity = money(opening);
  const revenues = sum(year.revenues);
  const costs = negativeCostTotal(year.costs);
  const result = yearResult(revenues, costs);
  return { opening: openingEquity, revenues, costs, result, closing: closingEquity(openingEquity, result) };
}

/** The year's result (årets resultat): revenues plus the costs, written negative as plans write them. */
export function yearResult(revenues: MoneyValue, negativeCosts: MoneyValue): Money {
  return money(revenues).plus(negativeCosts);
}

/** Equity at year end: the opening equity plus the year's result. */
export function closingEquity(opening: MoneyValue, result: MoneyValue): Money {
  return money(opening).plus(result);
}

/**
 * The multi-year plan (docs/domain.md rule 4): each year opens with the previous
 * year's equity at year end.
 */
export function equityChain(opening: MoneyValue, years: readonly PlanYear[]): YearResult[] {
  const chain: YearResult[] = [];
  let openingEquity = money(opening);
  years.forEach((year, index) => {
    const figures = nameTheYear(index, () => equityYearEnd(openingEquity, year));
    chain.push(figures);
    openingEquity = figures.closing;
  });
  return chain;
}

/** A problem in one year of several says which year it is in. */
function nameTheYear<Result>(index: number, run: () => Result): Result {
  try {
    return run();
  } catch (error) {
    if (error instanceof PlanError) {
      throw new PlanError(error.kind, { ...error.problem, year: index + 1 });
    }
    throw error;
  }
}

/** The sum of the cost rows as a negative amount, whichever sign convention they follow. */
export function negativeCostTotal(costs: readonly MoneyValue[]): Money {
  const values = costs.map((cost) => money(cost));
  const positive = values.findIndex((cost) => cost.isPositive() && !cost.isZero());
  const negative = values.findIndex((cost) => cost.isNegative() && !cost.isZero());
  if (positive >= 0 && negative >= 0) {
    throw new PlanError("ambiguous", {
      code: "costs-mixed-signs",
      params: {
        positiveItem: positive + 1,
        positive: values[positive],
        negativeItem: negative + 1,
        negative: values[negative],
      },
    });
  }
  const total = sum(values);
  return positive >= 0 ? total.negated() : total;
}
