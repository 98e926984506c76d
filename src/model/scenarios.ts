import { PlanYear, YearResult, equityChain } from "./equity";
import { Money, money } from "./money";
import type { PlanInput } from "./plan";

/** What the scenarios change, set by the user (defaults: the year after the budget year, the first intervention). */
export interface ScenarioSettings {
  /** From this year on, the other revenues (ESF money and the like) are gone. */
  readonly otherRevenuesEndYear: number;
  /** A new intervention costing `amount` a year from `fromYear` on. */
  readonly newIntervention: { readonly label: string; readonly amount: number; readonly fromYear: number };
  /** The intervention rows labelled `label` stop from `fromYear` on. */
  readonly stoppedIntervention: { readonly label: string; readonly fromYear: number };
}

export const SCENARIOS = [
  "planned",
  "fullOffer",
  "otherRevenuesEnd",
  "newIntervention",
  "stoppedIntervention",
] as const;
export type ScenarioKey = (typeof SCENARIOS)[number];

export interface ScenarioYear extends YearResult {
  readonly year: number;
  readonly contributions: Money;
  /** This scenario's result and equity at year end less the plan's. */
  readonly resultDifference: Money;
  readonly closingDifference: Money;
  /** The guideline's ceiling on this scenario's contributions. */
  readonly ceiling: Money;
  /** Equity at year end at or above zero and at or below the ceiling. */
  readonly withinGuideline: boolean;
}

export function defaultScenarioSettings(plan: PlanInput): ScenarioSettings {
  const nextYear = plan.budgetYear + 1;
  return {
    otherRevenuesEndYear: nextYear,
    newIntervention: { label: "Ny insats", amount: 1_000_000, fromYear: nextYear },
    stoppedIntervention: { label: plan.interventions[0]?.label ?? "", fromYear: nextYear },
  };
}

/** The plan's years as the equity chain takes them: the contribution and other revenues, the costs and interventions. */
export function planYears(
  plan: PlanInput,
  key: ScenarioKey = "planned",
  settings = scenarioSettings(plan),
): PlanYear[] {
  return plan.memberContributions.slice(0, plan.planYears + 1).map((planned, k) => {
    const year = plan.budgetYear + k;
    const from = (first: number) => year >= first;
    const contribution = key === "fullOffer" ? money(plan.stateOffer).times(2) : money(planned);
    const otherRevenues =
      key === "otherRevenuesEnd" && from(settings.otherRevenuesEndYear)
        ? []
        : plan.otherRevenues.map((r) => r.amounts[k]);
    const stopped = settings.stoppedIntervention;
    const interventions = plan.interventions
      .filter((row) => !(key === "stoppedIntervention" && from(stopped.fromYear) && row.label === stopped.label))
      .map((row) => row.amounts[k]);
    const added =
      key === "newIntervention" && from(settings.newIntervention.fromYear) ? [settings.newIntervention.amount] : [];
    return {
      revenues: [contribution, ...otherRevenues],
      costs: [...plan.costs.map((row) => row.amounts[k]), ...interventions, ...added],
    };
  });
}

/**
 * The plan under each scenario side by side with the plan as it stands (issue 7's
 * Scenarier): the state's full offer accepted (the contribution becomes twice the
 * offer, DOMAIN.md rule 1), the other revenues ending, an intervention added or
 * stopped; each year chained from the same opening equity (rule 4).
 */
export function planScenarios(plan: PlanInput, settings = scenarioSettings(plan)): Record<ScenarioKey, ScenarioYear[]> {
  const planned = equityChain(plan.openingEquity, planYears(plan, "planned", settings));
  const scenario = (key: ScenarioKey): ScenarioYear[] => {
    const years = planYears(plan, key, settings);
    return equityChain(plan.openingEquity, years).map((figures, k) => {
      const contributions = money(years[k].revenues[0]);
      const ceiling = contributions.times(plan.equityGuideline);
      return {
        ...figures,
        year: plan.budgetYear + k,
        contributions,
        resultDifference: figures.result.minus(planned[k].result),
        closingDifference: figures.closing.minus(planned[k].closing),
        ceiling,
        withinGuideline: figures.closing.gte(0) && figures.closing.lte(ceiling),
      };
    });
  };
  return Object.fromEntries(SCENARIOS.map((key) => [key, scenario(key)])) as Record<ScenarioKey, ScenarioYear[]>;
}

function scenarioSettings(plan: PlanInput): ScenarioSettings {
  return plan.scenarios ?? defaultScenarioSettings(plan);
}
