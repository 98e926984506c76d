import { useEffect, useMemo, useState } from "react";
import { useKept } from "../../pane-store";
import type { PlanInput } from "../../../model/plan";
import type { Texts } from "../../i18n/strings";
import { focusSoon } from "../../components/focus-soon";
import { withPlanYears } from "../../logic/new-form";
import type { Checked, checkForm, Field, FieldErrors, FormProblem, PlanForm } from "../../logic/plan-form";
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
  next(): Promise<void>;
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

/** How long the first typing may go on before the checks are fetched: the first step takes typing without them. */
const CHECK_AFTER_MS = 300;

const NOTHING_CHECKED: Checked = { errors: {}, problems: [] };

let checks: Promise<typeof checkForm> | undefined;
/** The form's checks (the plan rules and their messages), loaded once there is something to check. */
const loadChecks = () =>
  (checks ??= import(/* webpackChunkName: "new-plan-checks" */ "../../logic/plan-form").then((m) => m.checkForm));

/** The wizard's draft is kept by the pane, so that it is still there after a look at another view. */
export function useWizard(t: Texts): Wizard {
  const [draft, setDraft] = useKept<WizardDraft>("newPlan.draft", emptyDraft);
  const { form, step, touched } = draft;
  const [note, setNote] = useState<string>();
  const [waiting, setWaiting] = useState<() => void>();
  const [blocked, setBlocked] = useState<string>();
  const [check, setCheck] = useState<typeof checkForm>();
  const { errors, problems, plan } = useMemo(() => check?.(form, t) ?? NOTHING_CHECKED, [check, form, t]);
  useEffect(() => {
    if (check || (step === 0 && touched.length === 0)) return;
    const timer = setTimeout(
      () => void loadChecks().then((loaded) => setCheck(() => loaded)),
      step === 0 ? CHECK_AFTER_MS : 0,
    );
    return () => clearTimeout(timer);
  }, [check, step, touched.length]);
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
  const next = async () => {
    const checkNow = check ?? (await loadChecks());
    const here = checkNow(form, t).problems.filter((problem) => stepOfField(problem.field, form) === step);
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
    // What turns a plan into the form's text comes with the first load, not the first paint; the checks
    // with it, so that the plan's summary (or its problems) shows at once.
    const [{ formOf }, loaded] = await Promise.all([
      import(/* webpackChunkName: "new-plan-steps" */ "../../logic/form-of-plan"),
      loadChecks(),
    ]);
    const fill = () => {
      setWaiting(undefined);
      setCheck(() => loaded);
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
