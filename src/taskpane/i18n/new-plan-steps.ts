import type { TextTable } from "./text-table";
import type { ViewTexts } from "./use-view-texts";

/**
 * The texts of Ny plan that show only after the first step or an action (the question before a draft is
 * replaced, the list of the plan's problems, the decisions' hint), loaded with the later steps; the
 * wizard's first texts are in strings.ts.
 */
export const newPlanStepsTable = {
  replaceDraft: {
    sv: "Det du har skrivit i guiden ersätts. Vill du fortsätta?",
    en: "What you have typed in the wizard will be replaced. Do you want to go on?",
  },
  replaceTyped: { sv: "Ersätt det jag skrivit", en: "Replace what I typed" },
  keepTyped: { sv: "Behåll det jag skrivit", en: "Keep what I typed" },
} satisfies TextTable;

export type NewPlanStepsTexts = ViewTexts<typeof newPlanStepsTable>;
