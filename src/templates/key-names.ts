import type { ScenarioKey } from "../model/scenarios";

/*
 * The workbook names the templates give their key figures, so that formulas
 * read as words and the task pane can find a plan in the workbook without
 * knowing its layout. A name the user already has gets a suffix (`Forbund_2`);
 * see naming.ts.
 */
export const KEY_NAMES = {
  association: "Forbund",
  budgetYear: "Budgetar",
  stateOffer: "Statens_erbjudande",
  openingEquity: "Ingaende_eget_kapital",
  followUpYear: "Uppfoljningsar",
  followUpDate: "Uppfoljningsdatum",
  guideline: "Riktlinje_eget_kapital",
  supportCost: "Kostnad_per_person",
  /** The budget year's total member contribution. */
  contribution: "Medlemsbidrag",
  /** Each plan year's total member contribution, budget year first (one row). */
  contributions: "Medlemsbidrag_per_ar",
  municipalities: "Kommunernas_del",
  /** Member names, populations 16–64, yearly fees and the four quarters (4 columns), one row per member. */
  members: "Medlemmar",
  populations: "Befolkning",
  fees: "Avgifter",
  quarters: "Kvartalsbelopp",
  /** Where an outcome import finds the plan's rows (mappings-sheet.ts): names and outcome cells, one row each. */
  interventionNames: "Insatser_namn",
  interventionOutcomes: "Insatser_utfall",
  costRowNames: "Kostnadsrader",
  costRowOutcomes: "Kostnadsrader_utfall",
  /** Insatser's budgets for the follow-up year, a row per name of Insatser_namn. */
  interventionBudgets: "Insatser_budget",
  /**
   * Where the pane's projection finds the budget year's budget (budget-prognosis.ts): the other revenues and the
   * cost rows (one cell a row, costs negative), and the interventions (name, owner and amount, a row each).
   */
  budgetOtherRevenues: "Budget_ovriga_intakter",
  budgetCosts: "Budget_kostnader",
  budgetInterventions: "Budget_insatser",
  /** Kopplingar's table: account, dimension, object, target; one mapping a row. */
  mappings: "Kopplingar",
} as const;

const CLOSING_EQUITY_PREFIX = "Eget_kapital_";

/** Each plan year's equity at year end: `Eget_kapital_2025`, ... */
export const closingEquityName = (year: number): string => `${CLOSING_EQUITY_PREFIX}${year}`;

/** A closing-equity name as the workbook may hold it: any case, with a clash's suffix (`Eget_kapital_2025_2`). */
export const CLOSING_EQUITY_NAME = new RegExp(`^${CLOSING_EQUITY_PREFIX}(\\d{4})(?:_\\d+)?$`, "i");

/** The plan year a closing-equity name is for, or undefined for any other name. */
export function closingEquityYear(name: string): number | undefined {
  const match = CLOSING_EQUITY_NAME.exec(name);
  return match ? Number(match[1]) : undefined;
}

/** The Scenarier sheet's assumptions, one input a row in this order, under the name `SCENARIO_ASSUMPTIONS_NAME`. */
export const SCENARIO_ASSUMPTIONS = [
  "otherRevenuesEndYear",
  "newInterventionLabel",
  "newInterventionAmount",
  "newInterventionFrom",
  "stoppedLabel",
  "stoppedFrom",
] as const;
export type ScenarioAssumption = (typeof SCENARIO_ASSUMPTIONS)[number];
export const SCENARIO_ASSUMPTIONS_NAME = "Scenario_antaganden";

const SCENARIO_WORDS: Record<ScenarioKey, string> = {
  planned: "plan",
  fullOffer: "hela_erbjudandet",
  otherRevenuesEnd: "ovriga_intakter_upphor",
  newIntervention: "ny_insats",
  stoppedIntervention: "avslutad_insats",
};

/** A scenario's rows on the Scenarier sheet, one cell a plan year: `Scenario_plan_eget_kapital`, ... */
export const scenarioNames = (key: ScenarioKey) => {
  const base = `Scenario_${SCENARIO_WORDS[key]}`;
  return {
    result: `${base}_resultat`,
    closing: `${base}_eget_kapital`,
    ceiling: `${base}_tak`,
    within: `${base}_inom_riktlinjen`,
  } as const;
};
