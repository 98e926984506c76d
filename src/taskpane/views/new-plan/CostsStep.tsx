import { newPlanStepsTable } from "../../i18n/new-plan-steps";
import { useViewTexts } from "../../i18n/use-view-texts";
import { PlanTextArea } from "./PlanTextArea";
import type { Wizard } from "./use-wizard";

/**
 * Step 4: the cost rows, other revenues and interventions, one amount per plan year on each line; an
 * intervention may instead give the board's decision for a period.
 */
export default function CostsStep({ wizard }: { wizard: Wizard }) {
  const years = wizard.form.contributions.length;
  const t = useViewTexts(newPlanStepsTable);
  return (
    <>
      <PlanTextArea wizard={wizard} field="costs" label={t.costs} hint={t.rowsHint(years)} />
      <PlanTextArea wizard={wizard} field="otherRevenues" label={t.otherRevenues} hint={t.rowsHint(years)} />
      <PlanTextArea
        wizard={wizard}
        field="interventions"
        label={t.interventions}
        hint={`${t.interventionsHint(years)} ${t.decisionHint}`}
      />
    </>
  );
}
