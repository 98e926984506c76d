import { burnRatio, paceRatio, totalBurnRatio } from "./burn";
import { PlanYear, YearResult, equityChain } from "./equity";
import { FeeTable, feeTable } from "./fees";
import { dayNumber } from "./date-serial";
import { type FollowUpRow, followUpRows } from "./follow-up-rows";
import { Money, money } from "./money";

/**
 * A plan as the kansli states it: the association, its members, and per year
 * the contributions, other revenues and costs. Costs are amounts spent (≥ 0);
 * the sheets write them negative, as the association's own plans do.
 * Dates are ISO strings (YYYY-MM-DD).
 */
export interface PlanInput {
  readonly association: string;
  readonly region: string;
  readonly budgetYear: number;
  /** Plan years after the budget year (the ekonomisk plan covers 1 + planYears years). */
  readonly planYears: number;
  /** Total member contribution per year, budget year first. */
  readonly memberContributions: readonly number[];
  /** The state's offered allocation for the budget year. */
  readonly stateOffer: number;
  /** Nationella rådet's equity guideline: a ceiling as a share of the yearly contributions (0.2 = 20 %). */
  readonly equityGuideline: number;
  /** Yearly cost of public support per person, for the socio-economic saving (142 000 kr for Sörmland). */
  readonly supportCostPerPerson: number;
  /** Equity at the start of the budget year (över-/underskott från tidigare år). */
  readonly openingEquity: number;
  readonly members: readonly Member[];
  readonly otherRevenues: readonly PlanRow[];
  readonly costs: readonly PlanRow[];
  readonly interventions: readonly InterventionRow[];
  readonly followUp: FollowUp;
  /** What the Scenarier sheet varies; defaults from defaultScenarioSettings. */
  readonly scenarios?: ScenarioSettings;
}

/** A member municipality: its name, its population aged 16–64, and whom its budget request is addressed to. */
export interface Member {
  readonly name: string;
  readonly population: number;
  /** The name a letter is addressed to ("Vingåkers kommun" for Vingåker); the member's name when not given. */
  readonly addressee?: string;
}

/** What the Scenarier sheet varies, set by the user (defaults: the year after the budget year, the first intervention). */
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

/** A row with an amount per year, budget year first. */
export interface PlanRow {
  readonly label: string;
  readonly amounts: readonly number[];
}

/** A samverkansinsats in the budget: a cost row with its owner. */
export interface InterventionRow extends PlanRow {
  readonly owner: string;
  /**
   * A board decision for a period that may span years (docs/domain.md rule 9):
   * the total and its first and last day. With one, the amounts per year are the
   * decision's year shares.
   */
  readonly decidedTotal?: number;
  readonly decidedFrom?: string;
  readonly decidedTo?: string;
}

/** Follow-up of interventions' spending against their budget for one year (docs/domain.md rule 5). */
export interface FollowUp {
  readonly year: number;
  readonly asOf: string;
  readonly interventions: readonly FollowUpRow[];
}

/** Every figure the templates compute, from the model, for checking what a spreadsheet engine makes of them. */
export interface PlanFigures extends FeeTable {
  readonly years: YearResult[];
  readonly burnRatios: Money[];
  /** None when Insatser lists no interventions. */
  readonly totalBurnRatio: Money | undefined;
  readonly paceRatios: Money[];
}

export function computePlan(plan: PlanInput): PlanFigures {
  const { year, asOf } = plan.followUp;
  const interventions = followUpRows(plan);
  const yearPeriod = { start: dayNumber(`${year}-01-01`), end: dayNumber(`${year}-12-31`) };
  return {
    ...feeTable(
      plan.memberContributions[0],
      plan.members.map((member) => member.population),
    ),
    years: equityChain(plan.openingEquity, planYears(plan)),
    burnRatios: interventions.map((row) => burnRatio(row.outcome, row.budget)),
    totalBurnRatio: interventions.length > 0 ? totalBurnRatio(interventions) : undefined,
    paceRatios: interventions.map((row) => paceRatio(row.outcome, row.budget, yearPeriod, dayNumber(asOf))),
  };
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

/** The plan's own scenario settings, or the defaults. */
export function scenarioSettings(plan: PlanInput): ScenarioSettings {
  return plan.scenarios ?? defaultScenarioSettings(plan);
}
