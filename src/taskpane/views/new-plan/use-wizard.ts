import { useMemo, useState } from "react";
import { useKept } from "../../pane-store";
import type { PlanInput } from "../../../model/plan";
import type { Texts } from "../../i18n/strings";
import { checkForm, type Field, type FieldErrors, formOf, type PlanForm, withPlanYears } from "../../logic/plan-form";
import { emptyDraft, type WizardDraft } from "./draft";
import { STEPS, stepFields } from "./steps";
import { useDraftInDocument } from "./use-draft-in-document";

/** The Ny plan wizard's state: the form as typed, the step, which messages are shown, and a note for the user. */
export interface Wizard {
  readonly form: PlanForm;
  readonly step: number;
  readonly errors: FieldErrors;
  /** The plan, once every field is right. */
  readonly plan?: PlanInput;
  readonly note?: string;
  /** A field's message, once the user has typed in it or left its step. */
  shown(field: Field): string | undefined;
  edit(field: Field, value: string): void;
  /** Leaving a step shows its messages; `strict` (Next) stays on it while one is wrong, the step list jumps anyway. */
  go(to: number, strict?: boolean): void;
  /** Fills in the built-in example and goes to the last step (asking first if the user has typed). */
  fillExample(): Promise<void>;
  /**
   * Fills the form from a plan (the example, next year's plan), says `note` and goes to `step`. If the user
   * has typed in the draft, nothing changes until they answer `replacing`'s question.
   */
  load(plan: PlanInput, note: string, step?: number): void;
  /** A load waiting for the user's yes or no, because it would replace what they typed. */
  readonly replacing?: { confirm(): void; cancel(): void };
  setNote(note: string): void;
}

/** The wizard's draft is kept by the pane, so that it is still there after a look at another view. */
export function useWizard(t: Texts): Wizard {
  const [draft, setDraft] = useKept<WizardDraft>("newPlan.draft", emptyDraft);
  const { form, step, touched } = draft;
  const [note, setNote] = useState<string>();
  const [waiting, setWaiting] = useState<() => void>();
  const { errors, plan } = useMemo(() => checkForm(form, t), [form, t]);
  useDraftInDocument(draft, (saved) => setDraft((now) => (now.edited ? now : saved)), setNote, t);
  const touch = (seen: readonly Field[], fields: readonly Field[]) => [...new Set([...seen, ...fields])];

  const edit = (field: Field, value: string) => {
    setDraft((draft) => ({
      form: edited(draft.form, field, value),
      step: draft.step,
      touched: touch(draft.touched, [field]),
      edited: true,
    }));
  };
  const go = (to: number, strict = false) => {
    const fields = stepFields(step, form);
    const blocked = strict && fields.some((field) => errors[field]);
    setDraft((draft) => ({ ...draft, step: blocked ? draft.step : to, touched: touch(draft.touched, fields) }));
  };
  const load = (plan: PlanInput, note: string, step = 0) => {
    const fill = () => {
      setWaiting(undefined);
      setDraft({ form: formOf(plan), step, touched: [], edited: false });
      setNote(note);
    };
    if (draft.edited) setWaiting(() => fill);
    else fill();
  };
  const fillExample = async () => {
    // The example is loaded when asked for, not with the first step.
    const example = await import(/* webpackChunkName: "example-plan" */ "../../../../examples/rar-sormland-2025.json");
    load(example.default as PlanInput, t.exampleFilled, STEPS.length - 1);
  };

  return {
    form,
    step,
    errors,
    plan,
    note,
    shown: (field) => (touched.includes(field) ? errors[field] : undefined),
    edit,
    go,
    fillExample,
    load,
    replacing: waiting && { confirm: waiting, cancel: () => setWaiting(undefined) },
    setNote,
  };
}

/** The form with one field as typed; the plan years also set how many contribution fields there are. */
function edited(form: PlanForm, field: Field, value: string): PlanForm {
  if (field === "planYears") return withPlanYears(form, value);
  if (field.startsWith("contributions.")) {
    const k = Number(field.split(".")[1]);
    return { ...form, contributions: form.contributions.map((old, i) => (i === k ? value : old)) };
  }
  return { ...form, [field]: value };
}
