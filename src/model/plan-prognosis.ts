import { BudgetLine } from "./burn";
import { Guideline } from "./guideline";
import { Money, MoneyValue, money, sum } from "./money";
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
  /** Whether the follow-up is of the budget year: only then do the budget's rows have an outcome to project from. */
  readonly ofBudgetYear: boolean;
}

/**
 * What the forecasts are made from, as a plan file or a plan workbook holds it.
 * Costs are amounts spent (≥ 0); the budget's rows are of the budget year,
 * the follow-up's of the follow-up year.
 */
export interface PrognosisFigures {
  readonly budgetYear: number;
  readonly followUpYear: number;
  /** The follow-up date (ISO): outcome up to and including it. */
  readonly asOf: string;
  readonly openingEquity: MoneyValue;
  /** The budget year's total member contribution, which the guideline's ceiling is a share of. */
  readonly contribution: MoneyValue;
  readonly guideline: Guideline;
  /** The budget year's revenues: the contribution and the other revenues. */
  readonly revenues: readonly MoneyValue[];
  /** The budget's cost rows with the books' outcome so far (which counts only in a follow-up of the budget year). */
  readonly costs: readonly BudgetLine[];
  readonly interventions: readonly { readonly label: string; readonly budget: MoneyValue }[];
  /** The follow-up's interventions (Insatser's rows). */
  readonly followUp: readonly (BudgetLine & { readonly name: string })[];
}

/**
 * The forecasts (docs/domain.md rule 8) as the workbook's Budget and Insatser
 * sheets propose them. The budget's rows take their outcome from the follow-up
 * only when it is of the budget year: an intervention's is the outcome of the
 * follow-up rows of the same name (compared as Excel's SUMIF does, ignoring case).
 */
export function prognosisOf(figures: PrognosisFigures): PlanPrognosis {
  const asOf = dayNumber(figures.asOf);
  const yearShare = (year: number) =>
    elapsedShare({ start: dayNumber(`${year}-01-01`), end: dayNumber(`${year}-12-31`) }, asOf);
  const row = (line: BudgetLine, share: Money, withPace: boolean): PrognosisRow => ({
    budget: money(line.budget),
    outcome: money(line.outcome),
    proposed: proposedPrognosis(line, share),
    pace: withPace ? pacePrognosis(line.outcome, share) : undefined,
  });

  const sameYear = figures.followUpYear === figures.budgetYear;
  const budgetShare = yearShare(figures.budgetYear);
  const outcomeOf = (label: string) =>
    sameYear
      ? sum(figures.followUp.filter((r) => r.name.toLowerCase() === label.toLowerCase()).map((r) => r.outcome))
      : money(0);
  const costs = figures.costs.map((cost) =>
    row({ budget: cost.budget, outcome: sameYear ? cost.outcome : 0 }, budgetShare, sameYear),
  );
  const interventions = figures.interventions.map((intervention) =>
    row({ budget: intervention.budget, outcome: outcomeOf(intervention.label) }, budgetShare, sameYear),
  );
  const followUpShare = yearShare(figures.followUpYear);
  return {
    followUp: figures.followUp.map((r) => row(r, followUpShare, true)),
    costs,
    interventions,
    year: projectedYear(
      figures.openingEquity,
      { revenues: figures.revenues, costs: [...figures.costs, ...figures.interventions].map((r) => r.budget) },
      [...costs, ...interventions].map((r) => r.proposed),
      figures.contribution,
      figures.guideline,
    ),
    ofBudgetYear: sameYear,
  };
}

/**
 * A plan's forecasts as its workbook proposes them. A cost row's outcome is
 * given (the books' outcome per cost row, which the plan file does not hold).
 */
export function planPrognosis(plan: PlanInput, costOutcomes: readonly number[] = []): PlanPrognosis {
  const [budget] = planYears(plan);
  return prognosisOf({
    budgetYear: plan.budgetYear,
    followUpYear: plan.followUp.year,
    asOf: plan.followUp.asOf,
    openingEquity: plan.openingEquity,
    contribution: plan.memberContributions[0],
    guideline: plan.equityGuideline,
    revenues: budget.revenues,
    costs: plan.costs.map((cost, i) => ({ budget: cost.amounts[0], outcome: costOutcomes[i] ?? 0 })),
    interventions: plan.interventions.map((row) => ({ label: row.label, budget: row.amounts[0] })),
    followUp: followUpRows(plan),
  });
}
