import { PlanInput } from "../model/plan";
import { putBudgetPrognosis } from "./budget-prognosis";
import { checksSheet } from "./checks-sheet";
import { decisionsSheet } from "./decisions-sheet";
import { SheetKey, TemplateContext } from "./context";
import { feesSheet } from "./fees-sheet";
import { interventionsSheet } from "./interventions-sheet";
import { LABELS, Language } from "./labels";
import { mappingsSheet } from "./mappings-sheet";
import { NO_NAMES_TAKEN, TakenNames, freeSheetNames } from "./naming";
import { paramsSheet } from "./params-sheet";
import { requestsSheet } from "./requests-sheet";
import { scenariosSheet } from "./scenarios-sheet";
import { WorkbookSpec } from "./spec";
import { budgetSheet, planSheet, statementRows } from "./statement-sheets";

export interface TemplateOptions {
  readonly language: Language;
  /** Sheets and names the workbook has already: the template picks others. */
  readonly taken?: TakenNames;
  /** Sheet protection (computed cells locked, no password); on unless switched off. */
  readonly protect?: boolean;
}

/** The whole plan workbook: Parametrar, Medlemsavgifter, Budget, Ekonomisk plan, Insatser, Kopplingar, Scenarier, Kontroller. */
export function planWorkbook(plan: PlanInput, options: TemplateOptions): WorkbookSpec {
  const labels = LABELS[options.language];
  const taken = options.taken ?? NO_NAMES_TAKEN;
  const years = plan.planYears + 1;
  const preferred: Record<SheetKey, string> = {
    params: labels.sheets.params,
    fees: labels.sheets.fees,
    budget: labels.sheets.budget(plan.budgetYear),
    plan: labels.sheets.plan(plan.budgetYear, plan.budgetYear + years - 1),
    interventions: labels.sheets.interventions,
    mappings: labels.sheets.mappings,
    scenarios: labels.sheets.scenarios,
    requests: labels.sheets.requests,
    checks: labels.sheets.checks,
    decisions: labels.sheets.decisions,
  };
  const sheetNames = freeSheetNames(preferred, taken.sheets);

  const context = new TemplateContext(plan, labels, sheetNames, taken);
  const params = paramsSheet(context);
  const fees = feesSheet(context, params.refs);
  const decisions = decisionsSheet(context);
  const interventions = interventionsSheet(context, params.refs);
  const budget = budgetSheet(context, params.refs, fees.refs, decisions.refs, (grid, rows) =>
    putBudgetPrognosis(grid, context, params.refs, rows, interventions.refs),
  );
  const planned = planSheet(context, params.refs, fees.refs, decisions.refs);
  // Kopplingar: where an outcome import (src/outcome) finds its mapping, and the cost rows' outcome.
  const mappings = mappingsSheet(context, interventions.refs, statementRows(context));
  const scenarios = scenariosSheet(context, params.refs, statementRows(context));
  const requests = requestsSheet(context, params.refs, fees.refs, statementRows(context));
  const checks = checksSheet(context, {
    params: params.refs,
    fees: fees.refs,
    statement: statementRows(context),
    interventions: interventions.refs,
  });
  const protect = options.protect ?? true;
  return {
    sheets: [
      params.sheet,
      fees.sheet,
      budget,
      planned,
      ...(decisions.sheet ? [decisions.sheet] : []),
      interventions.sheet,
      mappings,
      scenarios,
      requests,
      checks,
    ].map((sheet) => ({ ...sheet, protect: sheet.protect && protect })),
    names: context.definedNames,
  };
}
