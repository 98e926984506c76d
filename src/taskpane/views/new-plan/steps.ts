import type { Field, PlanForm } from "../../logic/plan-form";

/** The wizard's steps, in order, by the key of their title. */
export const STEPS = ["stepBasics", "stepMoney", "stepMembers", "stepCosts", "stepWrite"] as const;

/** The fields each step asks for: Next shows their messages and stops while one is wrong. */
export function stepFields(step: number, form: PlanForm): Field[] {
  switch (step) {
    case 0:
      return ["association", "region", "budgetYear", "planYears"];
    case 1:
      return [...form.contributions.map((_, k): Field => `contributions.${k}`), "stateOffer", "openingEquity"];
    case 2:
      return ["members"];
    case 3:
      return ["costs", "otherRevenues", "interventions"];
    default:
      return [];
  }
}
