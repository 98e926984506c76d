import { feeTable } from "./fees";
import { Money } from "./money";
import type { PlanInput } from "./plan";

/** A member party's contribution of one year: the state (Försäkringskassan and Arbetsförmedlingen), the region or a municipality. */
export type MemberRevenue =
  | { readonly party: "state"; readonly amount: Money }
  | { readonly party: "region" | "municipality"; readonly name: string; readonly amount: Money };

/**
 * What each member party pays in `year` by the plan (docs/domain.md rules 1 and 2): the state
 * half, the region a quarter, each municipality its share of the last quarter by population, in
 * whole kronor that add up to the year's contribution. Undefined when the plan has no such year.
 */
export function memberRevenues(plan: PlanInput, year: number): MemberRevenue[] | undefined {
  const k = year - plan.budgetYear;
  const contribution = plan.memberContributions[k];
  if (k < 0 || k > plan.planYears || contribution === undefined) return undefined;
  const table = feeTable(
    contribution,
    plan.members.map((member) => member.population),
  );
  return [
    { party: "state", amount: table.split.state },
    { party: "region", name: plan.region, amount: table.split.region },
    ...plan.members.map((member, i) => ({ party: "municipality" as const, name: member.name, amount: table.fees[i] })),
  ];
}
