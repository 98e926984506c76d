import { useMemo, useState } from "react";
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

export function useWizard(t: Texts): Wizard {
  const [form, setForm] = useState<PlanForm>(emptyForm);
  const [step, setStep] = useState(0);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [note, setNote] = useState<string>();
  const { errors, plan } = useMemo(() => checkForm(form, t), [form, t]);

  const edit = (field: Field, value: string) => {
    setTouched((seen) => new Set(seen).add(field));
    setForm((form) => {
      if (field === "planYears") return withPlanYears(form, value);
      if (field.startsWith("contributions.")) {
        const k = Number(field.split(".")[1]);
        return { ...form, contributions: form.contributions.map((old, i) => (i === k ? value : old)) };
      }
      return { ...form, [field]: value };
    });
  };
  const go = (to: number, strict = false) => {
    const fields = stepFields(step, form);
    setTouched(new Set([...touched, ...fields]));
    if (strict && fields.some((field) => errors[field])) return;
    setStep(to);
  };
  const fillExample = async () => {
    // The example is loaded when asked for, not with the first step.
    const example = await import(/* webpackChunkName: "example-plan" */ "../../../../examples/rar-sormland-2025.json");
    setForm(formOf(example.default as PlanInput));
    setTouched(new Set());
    setNote(t.exampleFilled);
    setStep(STEPS.length - 1);
  };

  return {
    form,
    step,
    errors,
    plan,
    note,
    shown: (field) => (touched.has(field) ? errors[field] : undefined),
    edit,
    go,
    fillExample,
    setNote,
  };
}
