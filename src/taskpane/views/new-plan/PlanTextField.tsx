import { RequiredField } from "../../components/RequiredField";
import type { Field as FormField } from "../../logic/plan-form";
import type { Wizard } from "./use-wizard";

/** The form's one-line fields (the contributions, one per year, are laid out by their step). */
export type LineField = Exclude<
  FormField,
  `contributions.${number}` | "members" | "costs" | "otherRevenues" | "interventions"
>;

/** A required one-line field of the wizard's form: its text, its message under it once shown, its edits. */
export function PlanTextField({ wizard, field, label }: { wizard: Wizard; field: LineField; label: string }) {
  return (
    <RequiredField
      label={label}
      message={wizard.shown(field)}
      name={field}
      value={wizard.form[field]}
      onChange={(_, d) => wizard.edit(field, d.value)}
    />
  );
}
