import { Money, ZERO, sum } from "./money";
import { InterventionRow, PlanInput } from "./plan";
import { dayNumber } from "./date-serial";
import { YearAmount, yearShares } from "./year-share";

/*
 * Interventions the board has decided for a period and a total (docs/domain.md
 * rule 9). Their cost per plan year, the plan's "beviljade medel" per year and
 * the decided funds not yet paid at a year's end (the balance sheet's
 * ansvarsförbindelser) all follow from the same year shares.
 */

/** An intervention with a decision: its total and period, ISO dates, both ends included. */
export type DecidedIntervention = InterventionRow & {
  readonly decidedTotal: number;
  readonly decidedFrom: string;
  readonly decidedTo: string;
};

export function isDecided(row: InterventionRow): row is DecidedIntervention {
  return row.decidedTotal !== undefined && row.decidedFrom !== undefined && row.decidedTo !== undefined;
}

/** The decision's total per calendar year of its period. */
export function decisionShares(row: DecidedIntervention): YearAmount[] {
  return yearShares(row.decidedTotal, { start: dayNumber(row.decidedFrom), end: dayNumber(row.decidedTo) });
}

/** The decision's cost in each of `count` years from `firstYear` on: its year share, zero outside its period. */
export function decidedAmounts(row: DecidedIntervention, firstYear: number, count: number): number[] {
  const shares = decisionShares(row);
  return Array.from(
    { length: count },
    (_, k) => shares.find((share) => share.year === firstYear + k)?.amount.toNumber() ?? 0,
  );
}

/** Beviljade medel: what the plan's decisions grant in each plan year, budget year first. */
export function grantedPerYear(plan: PlanInput): Money[] {
  const decided = plan.interventions.filter(isDecided).map((row) => decisionShares(row));
  return Array.from({ length: plan.planYears + 1 }, (_, k) =>
    sum(decided.flatMap((shares) => shares.filter((share) => share.year === plan.budgetYear + k).map((s) => s.amount))),
  );
}

/** Ansvarsförbindelser at the end of `year`: the decided funds of the years after it, not yet paid. */
export function decidedFundsLeft(plan: PlanInput, year: number): Money {
  return plan.interventions
    .filter(isDecided)
    .flatMap((row) => decisionShares(row).filter((share) => share.year > year))
    .reduce<Money>((total, share) => total.plus(share.amount), ZERO);
}
