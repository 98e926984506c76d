import type { Texts } from "../../i18n/strings";
import type { Field, FormProblem, PlanForm } from "../../logic/plan-form";

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

/** The step that asks for a field; what the wizard does not ask for (the plan's settings) is Skapa's to tell. */
export function stepOfField(field: FormProblem["field"], form: PlanForm): number {
  const step = STEPS.findIndex((_, i) => stepFields(i, form).includes(field as Field));
  return step < 0 ? STEPS.length - 1 : step;
}

/** A field's label as its step shows it; the plan's settings have none. */
export function fieldLabel(field: FormProblem["field"], t: Texts, form: PlanForm): string {
  if (field === "extras") return "";
  if (field.startsWith("contributions.")) {
    return t.contributionFor((Number(form.budgetYear) || 0) + Number(field.split(".")[1]));
  }
  return t[field as Exclude<Field, `contributions.${number}`>];
}
