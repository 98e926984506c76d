import type { Texts } from "../../i18n/strings";
import { PlanTextField } from "./PlanTextField";
import type { Wizard } from "./use-wizard";

/** Step 1: the association, its region, the budget year and how many plan years follow it. */
export default function BasicsStep({ wizard, t }: { wizard: Wizard; t: Texts }) {
  return (
    <>
      <PlanTextField wizard={wizard} field="association" label={t.association} />
      <PlanTextField wizard={wizard} field="region" label={t.region} />
      <PlanTextField wizard={wizard} field="budgetYear" label={t.budgetYear} />
      <PlanTextField wizard={wizard} field="planYears" label={t.planYears} />
    </>
  );
}
