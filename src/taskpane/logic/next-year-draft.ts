import { kronor } from "../../model/display";
import type { Language } from "../../model/language";
import { money } from "../../model/money";
import { type NextYear, nextYearPlan, prognosisClosing } from "../../model/next-year";
import { NEXT_YEAR_MESSAGES } from "../../model/next-year-messages";
import type { ReadWorkbook } from "../../review/cells";
import { readPlanWorkbook } from "../../review/plan-reader";

/*
 * *Nästa års plan* in the pane (docs/domain.md rule 11): the plan in the open
 * workbook, read as Granska and `npm run plan` read it, made into next year's
 * plan as `npm run next-year` makes it, with what the kansli must know of it.
 * Loaded when asked for, not with Ny plan's first step.
 */

export interface NextYearDraft extends NextYear {
  /** What the draft is, in the pane's language: the years, where the opening equity came from, what to update. */
  readonly summary: string;
}

/** Next year's plan from the workbook's plan; a PlanReadError says what of the plan cannot be read. */
export function nextYearDraft(workbook: ReadWorkbook, language: Language): NextYearDraft {
  const plan = readPlanWorkbook(workbook);
  const next = nextYearPlan(plan, prognosisClosing(plan));
  const say = NEXT_YEAR_MESSAGES[language];
  const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  const parts = [
    say.opening(kronor(money(next.opening.amount)), plan.budgetYear, next.opening.source),
    ...(next.finished.length > 0 ? [say.finished(next.finished.join(", "))] : []),
    say.populations(plan.budgetYear),
  ];
  return { ...next, summary: parts.map(sentence).join(" ") };
}
