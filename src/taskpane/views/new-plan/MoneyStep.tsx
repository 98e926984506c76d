import { RequiredField } from "../../components/RequiredField";
import type { Texts } from "../../i18n/strings";
import { PlanTextField } from "./PlanTextField";
import type { Wizard } from "./use-wizard";

/** Step 2: the members' contribution for each plan year, the state's offer and the opening equity. */
export default function MoneyStep({ wizard, t }: { wizard: Wizard; t: Texts }) {
  const budgetYear = Number(wizard.form.budgetYear) || 0;
  return (
    <>
      {wizard.form.contributions.map((value, k) => (
        <RequiredField
          key={k}
          label={t.contributionFor(budgetYear + k)}
          message={wizard.shown(`contributions.${k}`)}
          name={`contributions.${k}`}
          inputMode="numeric"
          value={value}
          onChange={(_, d) => wizard.edit(`contributions.${k}`, d.value)}
        />
      ))}
      <PlanTextField wizard={wizard} field="stateOffer" label={t.stateOffer} />
      <PlanTextField wizard={wizard} field="openingEquity" label={t.openingEquity} />
    </>
  );
}
