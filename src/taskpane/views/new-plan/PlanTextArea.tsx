import { Field } from "@fluentui/react-components";
import { TextArea } from "../../components/TextArea";
import type { Wizard } from "./use-wizard";

/** A field of lines in the wizard's form (members, costs, ...): its text, its message under it once shown, its edits. */
export function PlanTextArea({
  wizard,
  field,
  label,
  hint,
}: {
  wizard: Wizard;
  field: "members" | "costs" | "otherRevenues" | "interventions";
  label: string;
  hint: string;
}) {
  return (
    <Field label={label} hint={hint} validationMessage={wizard.shown(field)}>
      <TextArea name={field} rows={6} value={wizard.form[field]} onChange={(_, d) => wizard.edit(field, d.value)} />
    </Field>
  );
}
