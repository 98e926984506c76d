import { emptyForm, type Field, type PlanForm } from "../../logic/plan-form";
import { STEPS } from "./steps";

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
const DRAFT_VERSION = 1;

export const savedDraft = (draft: WizardDraft) => ({ version: DRAFT_VERSION, ...draft });

const TEXT_FIELDS = [
  "association",
  "region",
  "budgetYear",
  "planYears",
  "stateOffer",
  "openingEquity",
  "members",
  "costs",
  "otherRevenues",
  "interventions",
] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === "string");

/**
 * The draft a document holds, if it is one this pane wrote: anything else (another version's, an edited
 * file's) is left alone rather than half read, and the wizard starts empty.
 */
export function draftFromDocument(value: unknown): WizardDraft | undefined {
  if (!isRecord(value) || value.version !== DRAFT_VERSION) return undefined;
  const { form, step, touched, edited } = value;
  if (!isRecord(form) || !TEXT_FIELDS.every((field) => typeof form[field] === "string")) return undefined;
  if (!isStrings(form.contributions) || form.contributions.length === 0 || !isRecord(form.extras)) return undefined;
  if (!Number.isInteger(step) || (step as number) < 0 || (step as number) >= STEPS.length) return undefined;
  if (!isStrings(touched) || typeof edited !== "boolean") return undefined;
  // The fields checked above are PlanForm's; its extras are checked by the plan rules like any plan's.
  return { form: form as unknown as PlanForm, step: step as number, touched: touched as Field[], edited };
}
