/** An intervention as Insatser follows it up, and a row of a plan's follow-up list (model/plan.ts). */
export interface FollowUpRow {
  readonly name: string;
  readonly owner: string;
  readonly start: string;
  readonly end: string;
  readonly budget: number;
  readonly outcome: number;
}

/** What of a plan (model/plan.ts's PlanInput) decides Insatser's rows. */
interface PlannedInterventions {
  readonly budgetYear: number;
  readonly planYears: number;
  readonly interventions: readonly {
    readonly label: string;
    readonly owner: string;
    readonly amounts: readonly number[];
  }[];
  readonly followUp: { readonly year: number; readonly interventions: readonly FollowUpRow[] };
}

/**
 * The interventions Insatser follows up: the plan's interventions with a budget
 * in the follow-up year (that year's amount, over the whole year, nothing spent
 * yet), then the plan file's follow-up list. The list adds to the plan's
 * interventions; a row of the list named like one of them is that intervention's
 * own follow-up (its dates, budget and outcome as the kansli states them), so it
 * stands in its place rather than appearing twice.
 */
export function followUpRows(plan: PlannedInterventions): FollowUpRow[] {
  const { year, interventions: listed } = plan.followUp;
  const k = year - plan.budgetYear;
  const inPlan = k >= 0 && k <= plan.planYears ? plan.interventions : [];
  const named = new Map(listed.map((row) => [row.name, row]));
  const fromPlan = inPlan
    .filter((row) => named.has(row.label) || (row.amounts[k] ?? 0) > 0)
    .map(
      (row): FollowUpRow =>
        named.get(row.label) ?? {
          name: row.label,
          owner: row.owner,
          start: `${year}-01-01`,
          end: `${year}-12-31`,
          budget: row.amounts[k],
          outcome: 0,
        },
    );
  const shown = new Set(fromPlan.map((row) => row.name));
  return [...fromPlan, ...listed.filter((row) => !shown.has(row.name))];
}
