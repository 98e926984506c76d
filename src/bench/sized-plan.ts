import { SUPPORT_COST_PER_PERSON_YEAR } from "../model/measures";
import { PlanInput } from "../model/plan";

export interface PlanSize {
  readonly members: number;
  readonly interventions: number;
  /** Years in the ekonomisk plan, the budget year included. */
  readonly years: number;
}

/** A made-up plan of the given size with varied, repeatable figures (no randomness: runs compare). */
export function sizedPlan(size: PlanSize): PlanInput {
  const amounts = (seed: number, scale: number) =>
    Array.from({ length: size.years }, (_, k) => scale + ((seed * 7919 + k * 104729) % scale));
  const interventions = Array.from({ length: size.interventions }, (_, i) => i);
  return {
    association: `Samordningsförbundet ${size.members}`,
    region: "Region Prov",
    budgetYear: 2026,
    planYears: size.years - 1,
    memberContributions: amounts(1, 20_000_000),
    stateOffer: 12_000_000,
    equityGuideline: 0.2,
    supportCostPerPerson: SUPPORT_COST_PER_PERSON_YEAR,
    openingEquity: 5_000_000,
    members: Array.from({ length: size.members }, (_, i) => ({
      name: `Kommun ${i + 1}`,
      population: 1000 + ((i * 7919) % 90_000),
    })),
    otherRevenues: [{ label: "Övriga intäkter", amounts: amounts(2, 1_000_000) }],
    costs: ["Styrelse", "Kansli"].map((label, i) => ({ label, amounts: amounts(3 + i, 2_000_000) })),
    interventions: interventions.map((i) => ({
      label: `Insats ${i + 1}`,
      owner: `Ägare ${i + 1}`,
      amounts: amounts(10 + i, 100_000),
    })),
    followUp: {
      year: 2025,
      asOf: "2025-04-30",
      interventions: interventions.map((i) => ({
        name: `Insats ${i + 1}`,
        owner: `Ägare ${i + 1}`,
        start: "2025-01-01",
        end: "2026-12-31",
        budget: 100_000 + ((i * 7919) % 400_000),
        outcome: (i * 104729) % 300_000,
      })),
    },
  };
}
