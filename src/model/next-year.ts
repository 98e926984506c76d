import { decidedAmounts, isDecided } from "./decisions";
import { equityChain } from "./equity";
import { InterventionRow, PlanInput, PlanRow, planYears } from "./plan";
import { planPrognosis } from "./plan-prognosis";

/*
 * Next year's plan from this year's (docs/domain.md rule 11): the budget year
 * moves on by one and the plan years with it, the last plan year copied into
 * the new one at the end; opening equity is this year's closing; decided
 * interventions carry on with their remaining years and finished ones drop out;
 * the follow-up starts empty. Pure: the caller validates the result as any plan.
 */

/** Where the new plan's opening equity comes from, best first. */
export type OpeningSource = "accounts" | "closing-given" | "prognosis" | "plan";

export interface ClosingEquity {
  readonly amount: number;
  readonly source: Exclude<OpeningSource, "plan">;
}

export interface NextYear {
  readonly plan: PlanInput;
  readonly opening: { readonly amount: number; readonly source: OpeningSource };
  /** The labels of interventions that ended this year and were left out. */
  readonly finished: readonly string[];
}

/**
 * This year's closing equity as the follow-up projects it (docs/domain.md
 * rule 8), in whole kronor: only when the plan follows up its budget year and
 * something has been spent, else there is no prognosis beyond the plan itself.
 */
export function prognosisClosing(plan: PlanInput): ClosingEquity | undefined {
  const prognosis = planPrognosis(plan);
  if (!prognosis.ofBudgetYear || prognosis.followUp.every((row) => row.outcome.isZero())) return undefined;
  return { amount: prognosis.year.closing.toDecimalPlaces(0).toNumber(), source: "prognosis" };
}

/** The follow-up date a new plan starts with: seed 003's follow-up per 30 April. */
const FOLLOW_UP_DAY = "04-30";

/**
 * Next year's plan. `closing` is this year's closing equity when known (from
 * the annual accounts, typed, or the prognosis); without it, the plan's own
 * closing of the budget year.
 */
export function nextYearPlan(plan: PlanInput, closing?: ClosingEquity): NextYear {
  const budgetYear = plan.budgetYear + 1;
  const years = plan.planYears + 1;
  const opening = closing ?? {
    amount: equityChain(plan.openingEquity, planYears(plan))[0].closing.toNumber(),
    source: "plan" as const,
  };
  const continuing = plan.interventions.filter((row) => !hasEnded(row, budgetYear));
  const shiftRow = <Row extends PlanRow>(row: Row): Row => ({ ...row, amounts: shifted(row.amounts) });
  const next: PlanInput = {
    ...plan,
    budgetYear,
    memberContributions: shifted(plan.memberContributions),
    openingEquity: opening.amount,
    otherRevenues: plan.otherRevenues.map(shiftRow),
    costs: plan.costs.map(shiftRow),
    interventions: continuing.map((row) =>
      isDecided(row) ? { ...row, amounts: decidedAmounts(row, budgetYear, years) } : shiftRow(row),
    ),
    followUp: { year: budgetYear, asOf: `${budgetYear}-${FOLLOW_UP_DAY}`, interventions: [] },
    ...(plan.scenarios && { scenarios: scenariosYearLater(plan.scenarios) }),
  };
  return {
    plan: next,
    opening,
    finished: plan.interventions.filter((row) => !continuing.includes(row)).map((row) => row.label),
  };
}

/** This year's plan year 1 becomes the budget; the last plan year is copied into the new last year. */
function shifted(amounts: readonly number[]): number[] {
  return [...amounts.slice(1), amounts[amounts.length - 1]];
}

/**
 * Finished by the new budget year: a decided intervention whose period ended
 * before it; one without a decision whose plan years after this budget all
 * stand at zero.
 */
function hasEnded(row: InterventionRow, budgetYear: number): boolean {
  if (isDecided(row)) return Number(row.decidedTo.slice(0, 4)) < budgetYear;
  const remaining = row.amounts.slice(1);
  return remaining.length > 0 && remaining.every((amount) => amount === 0);
}

function scenariosYearLater(settings: NonNullable<PlanInput["scenarios"]>): NonNullable<PlanInput["scenarios"]> {
  return {
    otherRevenuesEndYear: settings.otherRevenuesEndYear + 1,
    newIntervention: { ...settings.newIntervention, fromYear: settings.newIntervention.fromYear + 1 },
    stoppedIntervention: { ...settings.stoppedIntervention, fromYear: settings.stoppedIntervention.fromYear + 1 },
  };
}
