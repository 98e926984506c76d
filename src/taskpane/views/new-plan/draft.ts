import { emptyForm } from "../../logic/new-form";
import type { Field, PlanForm } from "../../logic/plan-form";

/** What the user has done in the wizard: the form as typed, the step they are on, the fields whose messages show. */
export interface WizardDraft {
  readonly form: PlanForm;
  readonly step: number;
  readonly touched: readonly Field[];
  /** Whether the user has typed anything since the draft was started or filled in: then it is theirs to lose. */
  readonly edited: boolean;
}

export const emptyDraft = (): WizardDraft => ({ form: emptyForm(), step: 0, touched: [], edited: false });

/** The name of the draft in the document's settings, and the shape it is saved in (a later shape gets a new version). */
export const DRAFT_SETTING = "finsam.newPlanDraft";
export const DRAFT_VERSION = 1;

export const savedDraft = (draft: WizardDraft) => ({ version: DRAFT_VERSION, ...draft });
