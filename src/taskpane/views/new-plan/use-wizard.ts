import { useMemo, useState } from "react";
import { useKept } from "../../pane-store";
import type { PlanInput } from "../../../model/plan";
import type { Texts } from "../../i18n/strings";
import { focusSoon } from "../../components/focus-soon";
import {
  checkForm,
  type Field,
  type FieldErrors,
  type FormProblem,
  type PlanForm,
  withPlanYears,
} from "../../logic/plan-form";
import { emptyDraft, type WizardDraft } from "./draft";
import { fieldLabel, STEPS, stepFields, stepOfField } from "./steps";
import { useDraftInDocument } from "./use-draft-in-document";

/** The Ny plan wizard's state: the form as typed, the step, which messages are shown, and a note for the user. */
export interface Wizard {
  readonly form: PlanForm;
  readonly step: number;
  readonly errors: FieldErrors;
  /** Every problem of the form, in its order. */
  readonly problems: readonly FormProblem[];
  /** The steps the step list marks: those with a problem the user has been shown (on Skapa, all). */
  readonly stepsWithProblems: ReadonlySet<number>;
  /** Why Next did not go on, for the live region; until the next edit or step. */
  readonly blocked?: string;
  /** The plan, once every field is right. */
  readonly plan?: PlanInput;
  readonly note?: string;
  /** A field's message, once the user has typed in it or left its step. */
  shown(field: Field): string | undefined;
  edit(field: Field, value: string): void;
  /** Leaving a step shows its messages; the step list jumps whatever they say. Focus goes to the new step. */
  go(to: number): void;
  /** Next: on to the next step if this one is right, else focus on its first problem, which is announced. */
  next(): void;
  /** To a problem's step and field, the caret on its line. */
  goToProblem(problem: FormProblem): void;
  /** Fills in the built-in example and goes to the last step (asking first if the user has typed). */
  fillExample(): Promise<void>;
  /**
   * Fills the form from a plan (the example, next year's plan), says `note` and goes to `step`. If the user
   * has typed in the draft, nothing changes until they answer `replacing`'s question.
   */
  load(plan: PlanInput, note: string, step?: number): Promise<void>;
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
  const [blocked, setBlocked] = useState<string>();
  const { errors, problems, plan } = useMemo(() => checkForm(form, t), [form, t]);
  useDraftInDocument(draft, (saved) => setDraft((now) => (now.edited ? now : saved)), setNote, t);
  const touch = (seen: readonly Field[], fields: readonly Field[]) => [...new Set([...seen, ...fields])];

  const edit = (field: Field, value: string) => {
    setBlocked(undefined);
    setDraft((draft) => ({
      form: edited(draft.form, field, value),
      step: draft.step,
      touched: touch(draft.touched, [field]),
      edited: true,
    }));
  };
  const leave = (to: number) => {
    setBlocked(undefined);
    const fields = stepFields(step, form);
    setDraft((draft) => ({ ...draft, step: to, touched: touch(draft.touched, fields) }));
  };
  const go = (to: number) => {
    leave(to);
    focusStep(to);
  };
  const next = () => {
    const here = problems.filter((problem) => stepOfField(problem.field, form) === step);
    if (here.length === 0) return go(step + 1);
    leave(step);
    const [first] = here;
    setBlocked(t.stepBlocked(here.length, `${fieldLabel(first.field, t, form)}: ${first.message}`));
    void focusField(first);
  };
  const goToProblem = (problem: FormProblem) => {
    leave(stepOfField(problem.field, form));
    void focusField(problem);
  };
  const load = async (plan: PlanInput, note: string, step = 0) => {
    // What turns a plan into the form's text comes with the first load, not the first paint.
    const { formOf } = await import(/* webpackChunkName: "new-plan-steps" */ "../../logic/form-of-plan");
    const fill = () => {
      setWaiting(undefined);
      setDraft({ form: formOf(plan), step, touched: [], edited: false });
      setNote(note);
      focusStep(step);
    };
    if (draft.edited) setWaiting(() => fill);
    else fill();
  };
  const fillExample = async () => {
    // The example is loaded when asked for, not with the first step.
    const example = await import(/* webpackChunkName: "example-plan" */ "../../../../examples/rar-sormland-2025.json");
    await load(example.default as PlanInput, t.exampleFilled, STEPS.length - 1);
  };

  return {
    form,
    step,
    errors,
    problems,
    stepsWithProblems: new Set(
      problems
        .filter((problem) => step === STEPS.length - 1 || touched.includes(problem.field as Field))
        .map((problem) => stepOfField(problem.field, form)),
    ),
    blocked,
    plan,
    note,
    shown: (field) => (touched.includes(field) ? errors[field] : undefined),
    edit,
    go,
    next,
    goToProblem,
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

/** Focus on a problem's field: loaded with the later steps, which the problems send the user to. */
async function focusField(problem: FormProblem): Promise<void> {
  (await import(/* webpackChunkName: "new-plan-steps" */ "./focus-field")).focusField(problem);
}

/** Focus on a step's heading, so that the step is read out; on Skapa the result is what the user came for. */
function focusStep(step: number): void {
  focusSoon(step === STEPS.length - 1 ? "#wizard-result" : "#step-heading");
}
