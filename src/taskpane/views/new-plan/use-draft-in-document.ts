import { useEffect, useRef } from "react";
import type { Texts } from "../../i18n/strings";
import { messageOf, usePane } from "../../pane-context";
import { useKept } from "../../pane-store";
import { DRAFT_SETTING, savedDraft, type WizardDraft } from "./draft";

/** How long the typing must pause before the draft is saved: a save is a write to the document. */
export const SAVE_AFTER_MS = 600;

/**
 * Keeps the wizard's draft in the document's settings, so that a pane opened again on the workbook
 * continues: read once when the pane first shows the wizard (`restore` decides whether it replaces what
 * is there), then saved a moment after each change, and at once when the user leaves the view.
 */
export function useDraftInDocument(
  draft: WizardDraft,
  restore: (saved: WizardDraft) => void,
  tell: (note: string) => void,
  t: Texts,
): void {
  const {
    adapters: { documentSettings },
    language,
  } = usePane();
  // The draft as the document holds it (its JSON), or undefined before the document was read.
  const [inDocument, setInDocument] = useKept<string | undefined>("newPlan.inDocument", undefined);
  const pending = useRef<(() => void) | undefined>(undefined);
  const latest = useRef(draft);
  latest.current = draft;

  useEffect(() => {
    if (inDocument !== undefined) return;
    let shown = true;
    documentSettings.read(DRAFT_SETTING).then(
      async (value) => {
        const saved =
          value === null
            ? undefined
            : (await import(/* webpackChunkName: "new-plan-draft" */ "./draft-check")).draftFromDocument(value);
        if (!shown) return;
        if (saved) {
          restore(saved);
          tell(t.draftRestored);
        }
        // Without a draft of its own, the document needs none until the user changes something.
        setInDocument(JSON.stringify(saved ?? latest.current));
      },
      (error: unknown) => {
        if (!shown) return;
        tell(messageOf(error, language));
        setInDocument(JSON.stringify(latest.current));
      },
    );
    return () => {
      shown = false;
    };
    // Once per pane: the document is read before anything is saved into it.
  }, []);

  useEffect(() => {
    const json = JSON.stringify(draft);
    if (inDocument === undefined || json === inDocument) return;
    const save = () => {
      pending.current = undefined;
      setInDocument(json);
      documentSettings
        .write(DRAFT_SETTING, savedDraft(draft))
        .catch((error: unknown) => tell(`${t.draftNotSaved} ${messageOf(error, language)}`));
    };
    pending.current = save;
    const timer = setTimeout(save, SAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [draft, inDocument, documentSettings, language, setInDocument, tell, t]);

  // Leaving the view saves what is waiting at once: the pane may be closed next.
  useEffect(() => () => pending.current?.(), []);
}
