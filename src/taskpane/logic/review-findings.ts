import type { Finding, Rule } from "../../review/finding";

/** The findings of one sheet, in the review's order (row by row), with how many of each severity. */
export interface SheetFindings {
  readonly sheet: string;
  readonly findings: readonly Finding[];
  readonly errors: number;
  readonly warnings: number;
}

/** Findings grouped by sheet, the sheets in the workbook's order (the review gives them so). */
export function findingsBySheet(findings: readonly Finding[]): SheetFindings[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) groups.set(finding.sheet, [...(groups.get(finding.sheet) ?? []), finding]);
  return [...groups].map(([sheet, list]) => {
    const errors = list.filter((finding) => finding.severity === "error").length;
    return { sheet, findings: list, errors, warnings: list.length - errors };
  });
}

/** The rules whose figures are ratios (shown as percentages); every other figure is an amount or a count. */
const RATIO_RULES: ReadonlySet<Rule> = new Set<Rule>(["burn-row", "burn-total", "solidity"]);

export const isRatio = (finding: Finding): boolean => RATIO_RULES.has(finding.rule);
