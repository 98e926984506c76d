import { SUPPORT_COST_PER_PERSON_YEAR } from "../../model/measures";
import { DEFAULT_EQUITY_GUIDELINE, PLAN_LIMITS } from "../../model/plan-rules";
import type { PlanForm } from "./plan-form";

/*
 * The wizard's form as it starts and as the plan years reshape it: all the first step needs before
 * anything is checked (the checks, plan-form.ts, come once there is something to check).
 */

export function emptyForm(): PlanForm {
  const year = new Date().getFullYear() + 1;
  return {
    association: "",
    region: "",
    budgetYear: String(year),
    planYears: "2",
    contributions: ["", "", ""],
    stateOffer: "",
    openingEquity: "0",
    members: "",
    costs: "",
    otherRevenues: "",
    interventions: "",
    // Sörmland's figure (docs/domain.md rule 6) until the user sets their own on Parametrar.
    extras: {
      equityGuideline: DEFAULT_EQUITY_GUIDELINE,
      supportCostPerPerson: SUPPORT_COST_PER_PERSON_YEAR,
    },
  };
}

/** As many contribution fields as the plan has years; new years start with the last amount. */
export function withPlanYears(form: PlanForm, planYears: string): PlanForm {
  const years = Number(planYears);
  if (!Number.isInteger(years) || years < 0 || years > PLAN_LIMITS.maxPlanYears) return { ...form, planYears };
  const last = form.contributions[form.contributions.length - 1] ?? "";
  const contributions = Array.from({ length: years + 1 }, (_, k) => form.contributions[k] ?? last);
  return { ...form, planYears, contributions };
}
