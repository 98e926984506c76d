import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { newPlanStepsTable } from "../../i18n/new-plan-steps";
import { useViewTexts } from "../../i18n/use-view-texts";
import type { Wizard } from "./use-wizard";

/** Asks before a load (the example, next year's plan) replaces what the user typed; loaded only when it asks. */
export default function ReplaceQuestion({ replacing }: { replacing: NonNullable<Wizard["replacing"]> }) {
  const t = useViewTexts(newPlanStepsTable);
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>{t.replaceDraft}</MessageBarBody>
      <MessageBarActions>
        <Button onClick={replacing.confirm}>{t.replaceTyped}</Button>
        <Button onClick={replacing.cancel}>{t.keepTyped}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
