import { YearResult, equityChain } from "./equity";
import { withinGuideline } from "./guideline";
import { Money, money } from "./money";
import { type PlanInput, planYears, SCENARIOS, type ScenarioKey, scenarioSettings } from "./plan";

// The scenarios' keys and settings are part of the plan (plan.ts); reachable here too, with the scenarios.
export { defaultScenarioSettings, SCENARIOS, type ScenarioKey, type ScenarioSettings } from "./plan";

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

/**
 * The plan under each scenario side by side with the plan as it stands (the
 * Scenarier sheet): the state's full offer accepted (the contribution becomes twice the
 * offer, docs/domain.md rule 1), the other revenues ending, an intervention added or
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
        withinGuideline: withinGuideline(figures.closing, ceiling),
      };
    });
  };
  return Object.fromEntries(SCENARIOS.map((key) => [key, scenario(key)])) as Record<ScenarioKey, ScenarioYear[]>;
}
