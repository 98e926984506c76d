import { isDecided } from "../../model/decisions";
import { money } from "../../model/money";
import type { PlanInput } from "../../model/plan";
import { count, parseWholeNumber } from "../format";
import type { PlanForm } from "./plan-form";

/*
 * The wizard's form filled in for the user: from a plan (the example, next year's plan) or from the
 * selected cells. Loaded with what fills it, not with the first step.
 */

/** A line of a text field, amounts grouped the Swedish way ("Styrelse; 384 000; 350 000"). */
function line(...parts: (string | number)[]): string {
  return parts.map((part) => (typeof part === "number" ? count(money(part)) : part)).join("; ");
}

/** The form filled from a plan (the built-in example), amounts written as a Swede would type them. */
export function formOf(plan: PlanInput): PlanForm {
  return {
    association: plan.association,
    region: plan.region,
    budgetYear: String(plan.budgetYear),
    planYears: String(plan.planYears),
    contributions: plan.memberContributions.map((amount) => line(amount)),
    stateOffer: line(plan.stateOffer),
    openingEquity: line(plan.openingEquity),
    members: plan.members.map((m) => line(m.name, m.population, ...(m.addressee ? [m.addressee] : []))).join("\n"),
    costs: plan.costs.map((row) => line(row.label, ...row.amounts)).join("\n"),
    otherRevenues: plan.otherRevenues.map((row) => line(row.label, ...row.amounts)).join("\n"),
    interventions: plan.interventions
      .map((row) =>
        isDecided(row)
          ? line(row.label, row.owner, row.decidedTotal, row.decidedFrom, row.decidedTo)
          : line(row.label, row.owner, ...row.amounts),
      )
      .join("\n"),
    extras: {
      equityGuideline: plan.equityGuideline,
      supportCostPerPerson: plan.supportCostPerPerson,
      followUp: plan.followUp,
    },
  };
}

/**
 * Members from the values of a selected range: a name column and a population column, the population a
 * number or a number stored as text ("6 439"); a header row and empty rows are skipped.
 */
export function membersFromSelection(values: readonly (readonly unknown[])[]): string {
  const population = (cell: unknown) => (typeof cell === "number" ? cell : parseWholeNumber(String(cell ?? "")));
  return values
    .filter((row) => row.length >= 2 && String(row[0]).trim() !== "" && population(row[1]) !== undefined)
    .map((row) => line(String(row[0]).trim(), population(row[1]) as number))
    .join("\n");
}
