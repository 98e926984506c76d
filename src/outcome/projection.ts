import { isoDateOf } from "../model/date-serial";
import { type PlanPrognosis, prognosisOf } from "../model/plan-prognosis";
import type { CellRef, PlanOutcomeCells } from "./import";

/**
 * The budget year's figures a projection is made from, as a plan workbook holds
 * them (src/templates/budget-prognosis.ts names them): costs negative, as the
 * budget sheet writes them; an empty cell is 0, as the sheet's sums count it.
 */
export interface BudgetCells {
  readonly openingEquity: number;
  readonly contribution: number;
  readonly guideline: number;
  readonly otherRevenues: readonly number[];
  /** A cell per cost row of the outcome cells, in their order. */
  readonly costs: readonly number[];
  readonly interventions: readonly { readonly label: string; readonly amount: number }[];
  /** Insatser's budgets, a cell per intervention row of the outcome cells. */
  readonly followUpBudgets: readonly number[];
  /** Cells that hold something other than a number: with one, there is no projection. */
  readonly notNumbers: readonly CellRef[];
}

export type Projection =
  | { readonly ok: true; readonly prognosis: PlanPrognosis; readonly asOf: string }
  | { readonly ok: false; readonly notNumbers: readonly CellRef[] };

/**
 * The follow-up's projection of the workbook as it stands (docs/domain.md
 * rule 8, by the model's rules): none without the budget's figures (a plan
 * written before they were named) or a follow-up date.
 */
export function projectionOf(plan: PlanOutcomeCells, budget: BudgetCells | undefined): Projection | undefined {
  const date = plan.followUpDate.current;
  if (!budget || date === null) return undefined;
  if (budget.notNumbers.length > 0) return { ok: false, notNumbers: budget.notNumbers };
  const asOf = isoDateOf(date);
  const prognosis = prognosisOf({
    budgetYear: plan.budgetYear,
    followUpYear: plan.followUpYear,
    asOf,
    openingEquity: budget.openingEquity,
    contribution: budget.contribution,
    guideline: budget.guideline,
    revenues: [budget.contribution, ...budget.otherRevenues],
    costs: budget.costs.map((amount, i) => ({ budget: -amount, outcome: plan.costRows[i]?.current ?? 0 })),
    interventions: budget.interventions.map(({ label, amount }) => ({ label, budget: -amount })),
    followUp: plan.interventions.map((row, i) => ({
      name: row.name,
      budget: budget.followUpBudgets[i] ?? 0,
      outcome: row.current ?? 0,
    })),
  });
  return { ok: true, prognosis, asOf };
}
