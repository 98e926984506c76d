import { Button } from "@fluentui/react-components";
import { newPlanWriteTable } from "../../i18n/new-plan-write";
import { useViewTexts } from "../../i18n/use-view-texts";
import { membersFromSelection } from "../../logic/form-of-plan";
import { messageOf, usePane } from "../../pane-context";
import { PlanTextArea } from "./PlanTextArea";
import type { Wizard } from "./use-wizard";

/** Step 3: the member municipalities and their populations, typed, pasted or read from the selected cells. */
export default function MembersStep({ wizard }: { wizard: Wizard }) {
  const { adapters, language } = usePane();
  const t = useViewTexts(newPlanWriteTable);
  const readSelection = async () => {
    try {
      const selection = await adapters.planWorkbook.readSelection();
      const members = membersFromSelection(selection.values);
      // A selection without members leaves the list as it is.
      if (!members) return wizard.setNote(t.selectionEmpty(selection.address));
      wizard.edit("members", members);
      wizard.setNote(t.selectionRead(members.split("\n").length, selection.address));
    } catch (error) {
      wizard.setNote(messageOf(error, language));
    }
  };
  return (
    <>
      <PlanTextArea wizard={wizard} field="members" label={t.members} hint={t.membersHint} />
      <Button onClick={readSelection}>{t.readSelection}</Button>
    </>
  );
}
