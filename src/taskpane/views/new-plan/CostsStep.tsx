import type { Texts } from "../../i18n/strings";
import { PlanTextArea } from "./PlanTextArea";
import type { Wizard } from "./use-wizard";

/** Step 4: the cost rows, other revenues and interventions, one amount per plan year on each line. */
export default function CostsStep({ wizard, t }: { wizard: Wizard; t: Texts }) {
  const years = wizard.form.contributions.length;
  return (
    <>
      <PlanTextArea wizard={wizard} field="costs" label={t.costs} hint={t.rowsHint(years)} />
      <PlanTextArea wizard={wizard} field="otherRevenues" label={t.otherRevenues} hint={t.rowsHint(years)} />
      <PlanTextArea wizard={wizard} field="interventions" label={t.interventions} hint={t.interventionsHint(years)} />
    </>
  );
}
