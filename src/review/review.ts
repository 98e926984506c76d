import { reviewBalanceSheet, findBalanceSheet } from "./balance-sheet";
import { reviewBurn } from "./burn";
import { reviewCashFlow } from "./cash-flow";
import { ReadWorkbook } from "./cells";
import { reviewComputedSheets } from "./computed";
import { reviewFees } from "./fees";
import { Finding } from "./finding";
import { Reviewer } from "./reviewer";
import { reviewSolidity } from "./solidity";
import { reviewNotes } from "./notes";
import { reviewSameFigures } from "./same-figure";
import { reviewStatement } from "./statement";
import { reviewVariance } from "./variance";

export type { Finding, Rule, Severity } from "./finding";
export type { CellValue, ReadCell, ReadName, ReadSheet, ReadWorkbook } from "./cells";

/**
 * Granska plan: the slips in a plan workbook, made by the templates
 * and edited since, or built by hand, and in an annual report's tables. Every
 * sheet is read for the tables it holds (a statement, a balance sheet, a cash
 * flow, a driftredovisning, notes, a fee table, a follow-up of interventions,
 * soliditet), so a hand-built workbook with all of them on one sheet is
 * reviewed as well; figures repeated between tables are compared last.
 */
export function reviewWorkbook(workbook: ReadWorkbook): Finding[] {
  const reviewer = new Reviewer(workbook);
  if (!reviewer.hasValues && workbook.sheets[0]) {
    reviewer.report(workbook.sheets[0], { row: 0, column: 0 }, "warning", "no-values", {});
  }
  const balance = findBalanceSheet(workbook);
  for (const sheet of workbook.sheets) {
    reviewStatement(reviewer, sheet);
    reviewBalanceSheet(reviewer, sheet);
    reviewCashFlow(reviewer, sheet, balance);
    reviewVariance(reviewer, sheet);
    reviewNotes(reviewer, sheet);
    reviewFees(reviewer, sheet);
    reviewBurn(reviewer, sheet);
    reviewSolidity(reviewer, sheet, balance);
    reviewComputedSheets(reviewer, sheet);
  }
  reviewSameFigures(reviewer, workbook, balance);
  const first = workbook.sheets[0];
  if (!reviewer.recognisedAny && first) reviewer.report(first, { row: 0, column: 0 }, "warning", "no-plan", {});
  return reviewer.findings();
}

export const errorCount = (findings: readonly Finding[]): number =>
  findings.filter((finding) => finding.severity === "error").length;
