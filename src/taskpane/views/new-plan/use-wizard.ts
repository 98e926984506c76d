import { useMemo, useState } from "react";
import { useKept } from "../../pane-store";
import type { PlanInput } from "../../../model/plan";
import type { Texts } from "../../i18n/strings";
import {
  checkForm,
  emptyForm,
  type Field,
  type FieldErrors,
  formOf,
  type PlanForm,
  withPlanYears,
} from "../../logic/plan-form";
import { STEPS, stepFields } from "./steps";

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
  /** Fills in the built-in example and goes to the last step. */
  fillExample(): Promise<void>;
  setNote(note: string): void;
}

/** What the user has done in the wizard: the form as typed, the step they are on, the fields whose messages show. */
export interface WizardDraft {
  readonly form: PlanForm;
  readonly step: number;
  readonly touched: readonly Field[];
}

const emptyDraft = (): WizardDraft => ({ form: emptyForm(), step: 0, touched: [] });

/** The wizard's draft is kept by the pane, so that it is still there after a look at another view. */
export function useWizard(t: Texts): Wizard {
  const [draft, setDraft] = useKept<WizardDraft>("newPlan.draft", emptyDraft);
  const { form, step, touched } = draft;
  const [note, setNote] = useState<string>();
  const { errors, plan } = useMemo(() => checkForm(form, t), [form, t]);
  const touch = (seen: readonly Field[], fields: readonly Field[]) => [...new Set([...seen, ...fields])];

  const edit = (field: Field, value: string) => {
    setDraft((draft) => ({ ...draft, form: edited(draft.form, field, value), touched: touch(draft.touched, [field]) }));
  };
  const go = (to: number, strict = false) => {
    const fields = stepFields(step, form);
    const blocked = strict && fields.some((field) => errors[field]);
    setDraft((draft) => ({ ...draft, step: blocked ? draft.step : to, touched: touch(draft.touched, fields) }));
  };
  const fillExample = async () => {
    // The example is loaded when asked for, not with the first step.
    const example = await import(/* webpackChunkName: "example-plan" */ "../../../../examples/rar-sormland-2025.json");
    setDraft({ form: formOf(example.default as PlanInput), step: STEPS.length - 1, touched: [] });
    setNote(t.exampleFilled);
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
