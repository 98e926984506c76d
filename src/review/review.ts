import { reviewBurn } from "./burn";
import { ReadWorkbook } from "./cells";
import { reviewComputedSheets } from "./computed";
import { reviewFees } from "./fees";
import { Finding } from "./finding";
import { Reviewer } from "./reviewer";
import { reviewSolidity } from "./solidity";
import { reviewStatement } from "./statement";

export type { Finding, Rule, Severity } from "./finding";
export type { CellValue, ReadCell, ReadName, ReadSheet, ReadWorkbook } from "./cells";

/**
 * Granska plan: the slips in a plan workbook, made by the templates
 * and edited since, or built by hand. Every sheet is read for the tables it
 * holds (a statement, a fee table, a follow-up of interventions, soliditet), so
 * a hand-built workbook with all of them on one sheet is reviewed as well.
 */
export function reviewWorkbook(workbook: ReadWorkbook): Finding[] {
  const reviewer = new Reviewer(workbook);
  if (!reviewer.hasValues && workbook.sheets[0]) {
    reviewer.report(workbook.sheets[0], { row: 0, column: 0 }, "warning", "no-values", {});
  }
  for (const sheet of workbook.sheets) {
    reviewStatement(reviewer, sheet);
    reviewFees(reviewer, sheet);
    reviewBurn(reviewer, sheet);
    reviewSolidity(reviewer, sheet);
    reviewComputedSheets(reviewer, sheet);
  }
  const first = workbook.sheets[0];
  if (!reviewer.recognisedAny && first) reviewer.report(first, { row: 0, column: 0 }, "warning", "no-plan", {});
  return reviewer.findings();
}

export const errorCount = (findings: readonly Finding[]): number =>
  findings.filter((finding) => finding.severity === "error").length;
