import { Field } from "@fluentui/react-components";
import { TextArea, TextInput } from "../../components/inputs";
import type { Field as FormField } from "../../logic/plan-form";
import type { Wizard } from "./use-wizard";

/*
 * A field of the wizard's form, bound to the wizard: its text, its message
 * under it once shown, its edits.
 */

type LineField = Exclude<
  FormField,
  `contributions.${number}` | "members" | "costs" | "otherRevenues" | "interventions"
>;
type AreaField = "members" | "costs" | "otherRevenues" | "interventions";

export function PlanTextField({ wizard, field, label }: { wizard: Wizard; field: LineField; label: string }) {
  return (
    <Field label={label} validationMessage={wizard.shown(field)} required>
      <TextInput value={wizard.form[field]} onChange={(_, d) => wizard.edit(field, d.value)} />
    </Field>
  );
}

export function PlanTextArea({
  wizard,
  field,
  label,
  hint,
}: {
  wizard: Wizard;
  field: AreaField;
  label: string;
  hint: string;
}) {
  return (
    <Field label={label} hint={hint} validationMessage={wizard.shown(field)}>
      <TextArea rows={6} value={wizard.form[field]} onChange={(_, d) => wizard.edit(field, d.value)} />
    </Field>
  );
}
