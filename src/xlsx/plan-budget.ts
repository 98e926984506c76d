import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ReadWorkbook, numberAt } from "../review/cells";
import { statementRole } from "../review/labels";
import { labelOf, namedCell } from "../review/layout";
import { closingEquityName } from "../templates/key-names";
import { convertWithLibreOffice } from "./libreoffice";
import { readWorkbookFile } from "./read-workbook";

/** What the Driftredovisning takes from the plan: the year's budget, in kronor as the plan writes it (costs negative). */
export interface PlanBudget {
  readonly netRevenue: number;
  readonly netCost: number;
  readonly closingEquity: number;
}

/**
 * A year's budget in a plan workbook: its equity at year end where the name
 * `Eget_kapital_<year>` points, and in that column the sheet's total revenues
 * and total costs. Undefined when the plan has no such year or the cells hold
 * no computed figures.
 */
export function budgetOf(workbook: ReadWorkbook, year: number): PlanBudget | undefined {
  const named = namedCell(workbook, closingEquityName(year));
  if (!named) return undefined;
  const { sheet, at } = named;
  const rowOf = (role: "totalRevenues" | "totalCosts") =>
    sheet.cells.findIndex((_, row) => {
      const label = labelOf(sheet, row);
      return label !== undefined && statementRole(label.text) === role;
    });
  const netRevenue = numberAt(sheet, rowOf("totalRevenues"), at.column);
  const netCost = numberAt(sheet, rowOf("totalCosts"), at.column);
  const closingEquity = numberAt(sheet, at.row, at.column);
  return netRevenue === undefined || netCost === undefined || closingEquity === undefined
    ? undefined
    : { netRevenue, netCost, closingEquity };
}

/** The budget of a plan workbook file, recalculated by LibreOffice first when no spreadsheet has saved its figures. */
export async function readPlanBudget(path: string, year: number): Promise<PlanBudget | undefined> {
  const budget = budgetOf(await readWorkbookFile(path), year);
  if (budget) return budget;
  const dir = mkdtempSync(join(tmpdir(), "finsam-plan-"));
  try {
    const [recalculated] = await convertWithLibreOffice([path], "xlsx", dir);
    return budgetOf(await readWorkbookFile(recalculated), year);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
