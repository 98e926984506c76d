/*
 * The follow-up's forecast as native formulas (docs/domain.md rule 8, in the
 * model in src/model/prognosis.ts), shared by Insatser and the budget sheet.
 */

/** Days of `year` gone by `asOf`, both ends counted, within 0 and the whole year; and the year's days. */
export function elapsedDaysFormulas(year: string, asOf: string): { elapsed: string; days: string; share: string } {
  const yearStart = `DATE(${year},1,1)`;
  const days = `(DATE(${year},12,31)-${yearStart}+1)`;
  const elapsed = `MIN(MAX(${asOf}-${yearStart}+1,0),${days})`;
  return { elapsed, days, share: `(${elapsed}/${days})` };
}

/**
 * Prognos helår as proposed: the budget, or the outcome so far plus the budget
 * for the rest of the year, whichever costs more. With costs written negative
 * (as the budget sheet writes them), "costs more" is the smaller number.
 */
export function proposedPrognosisFormula(
  budget: string,
  outcome: string,
  share: string,
  costs: "positive" | "negative",
): string {
  return `=${costs === "positive" ? "MAX" : "MIN"}(${budget},${outcome}+${budget}*(1-${share}))`;
}
