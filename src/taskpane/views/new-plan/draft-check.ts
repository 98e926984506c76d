import type { Field, PlanForm } from "../../logic/plan-form";
import { DRAFT_VERSION, type WizardDraft } from "./draft";
import { STEPS } from "./steps";

/*
 * Reads back a draft from the document's settings: loaded only when the document holds one, not with
 * the first paint of every pane.
 */

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
