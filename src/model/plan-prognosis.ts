import { BudgetLine } from "./burn";
import { Money, money, sum } from "./money";
import { PlanInput, planYears } from "./plan";
import { dayNumber } from "./date-serial";
import { ProjectedYear, elapsedShare, pacePrognosis, projectedYear, proposedPrognosis } from "./prognosis";
import { followUpRows } from "./follow-up-rows";

/** One row's forecasts beside its budget and outcome so far (costs as amounts spent, ≥ 0). */
export interface PrognosisRow {
  readonly budget: Money;
  readonly outcome: Money;
  readonly proposed: Money;
  /** None when the row's year has not begun by the follow-up date, or the follow-up is of another year. */
  readonly pace: Money | undefined;
}

export interface PlanPrognosis {
  /** The follow-up's interventions (Insatser), in the follow-up year. */
  readonly followUp: PrognosisRow[];
  /** The budget's cost rows and interventions, in the budget year, with the proposed forecast as each row's. */
  readonly costs: PrognosisRow[];
  readonly interventions: PrognosisRow[];
  readonly year: ProjectedYear;
}

/**
 * A plan's forecasts as its workbook proposes them (docs/domain.md rule 8).
 * The budget's rows take their outcome from the follow-up only when it is of
 * the budget year: an intervention's is the outcome of the follow-up rows of
 * the same name (compared as Excel's SUMIF does, ignoring case), a cost row's
 * is given (the books' outcome per cost row, which the plan file does not hold).
 */
export function planPrognosis(plan: PlanInput, costOutcomes: readonly number[] = []): PlanPrognosis {
  const { followUp } = plan;
  // Insatser's rows: the plan's interventions of the follow-up year and the follow-up list.
  const rows = followUpRows(plan);
  const yearShare = (year: number) =>
    elapsedShare({ start: dayNumber(`${year}-01-01`), end: dayNumber(`${year}-12-31`) }, dayNumber(followUp.asOf));
  const row = (line: BudgetLine, share: Money, withPace: boolean): PrognosisRow => ({
    budget: money(line.budget),
    outcome: money(line.outcome),
    proposed: proposedPrognosis(line, share),
    pace: withPace ? pacePrognosis(line.outcome, share) : undefined,
  });

  const followUpShare = yearShare(followUp.year);
  const sameYear = followUp.year === plan.budgetYear;
  const budgetShare = yearShare(plan.budgetYear);
  const outcomeOf = (label: string) =>
    sameYear ? sum(rows.filter((r) => r.name.toLowerCase() === label.toLowerCase()).map((r) => r.outcome)) : money(0);
  const costs = plan.costs.map((cost, i) =>
    row({ budget: cost.amounts[0], outcome: sameYear ? (costOutcomes[i] ?? 0) : 0 }, budgetShare, sameYear),
  );
  const interventions = plan.interventions.map((intervention) =>
    row({ budget: intervention.amounts[0], outcome: outcomeOf(intervention.label) }, budgetShare, sameYear),
  );
  const [budget] = planYears(plan);
  return {
    followUp: rows.map((r) => row(r, followUpShare, true)),
    costs,
    interventions,
    year: projectedYear(
      plan.openingEquity,
      budget,
      [...costs, ...interventions].map((r) => r.proposed),
      plan.memberContributions[0],
      plan.equityGuideline,
    ),
  };
}
