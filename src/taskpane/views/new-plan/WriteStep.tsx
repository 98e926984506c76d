import { Body1, Button, Field, MessageBar, MessageBarBody, ProgressBar } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { WriteStep as WritePhase } from "../../../excel/workbook-writer";
import { newPlanWriteTable } from "../../i18n/new-plan-write";
import { useViewTexts } from "../../i18n/use-view-texts";
import { ExistingSheetsQuestion, SheetsWritten } from "../../components/WriteQuestions";
import { ProblemList } from "./ProblemList";
import { usePlanWriter } from "./use-plan-writer";
import type { Wizard } from "./use-wizard";

const PROGRESS: Record<WritePhase, "stepReading" | "stepWriting" | "stepUndoing"> = {
  reading: "stepReading",
  writing: "stepWriting",
  undoing: "stepUndoing",
};

/**
 * Step 5: what will be written, or what to fix first; then the sheets written, with what the writer is doing.
 * A plan already in the workbook is replaced or kept beside a copy only when the user says so; the latest
 * Skapa can be undone. Focus comes to the summary or the problems on arriving, and to the outcome after Skapa.
 */
export default function WriteStep({ wizard }: { wizard: Wizard }) {
  const t = useViewTexts(newPlanWriteTable);
  const writer = usePlanWriter();
  const { status } = writer;
  const { plan } = wizard;
  const outcome = useRef<HTMLDivElement>(null);
  // The outcome takes focus when Skapa answers (done, a question, undone, failed), not when the step is shown again.
  const shownState = useRef(status.state);
  useEffect(() => {
    const answered = status.state !== "idle" && status.state !== "writing";
    if (answered && status.state !== shownState.current) outcome.current?.focus();
    shownState.current = status.state;
  }, [status.state]);

  return (
    <>
      <div id="wizard-result" tabIndex={-1}>
        {plan ? (
          <Body1 as="p">
            {plan.association}, {plan.budgetYear}: {t.summary(plan.members.length, plan.planYears + 1)}
          </Body1>
        ) : (
          // Until the checks have come, there is neither a plan nor a problem to show.
          wizard.problems.length > 0 && <ProblemList wizard={wizard} />
        )}
      </div>
      <Button
        appearance="primary"
        disabled={!plan || status.state === "writing" || status.state === "asking"}
        onClick={() => plan && void writer.create(plan)}
      >
        {t.create}
      </Button>
      <div role="status" aria-live="polite" tabIndex={-1} ref={outcome}>
        {status.state === "writing" && (
          <Field
            label={
              status.progress && status.progress.batches > 1
                ? t.stepWritingBatch(status.progress.batch, status.progress.batches)
                : t[PROGRESS[status.step]]
            }
          >
            <ProgressBar aria-label={t.progress} />
          </Field>
        )}
        {status.state === "asking" && (
          <ExistingSheetsQuestion
            question={t.planExists(status.existing.association, status.existing.budgetYear)}
            replace={writer.last && { label: t.replacePlan, onClick: () => void writer.create(status.plan, "replace") }}
            beside={{ label: t.writeCopy, onClick: () => void writer.create(status.plan, "copy") }}
            cancel={{ label: t.cancel, onClick: writer.cancel }}
          />
        )}
        {status.state === "done" && (
          <SheetsWritten
            message={t.written(status.sheets.join(", "))}
            undo={{ label: t.undoCreate, onClick: () => void writer.undoCreate() }}
          />
        )}
        {status.state === "removed" && (
          <MessageBar intent="success">
            <MessageBarBody>{t.createUndone(status.sheets.join(", "))}</MessageBarBody>
          </MessageBar>
        )}
        {status.state === "done" && status.withoutPrintLayout && (
          <MessageBar intent="warning">
            <MessageBarBody>{t.printLayoutMissing}</MessageBarBody>
          </MessageBar>
        )}
        {status.state === "failed" && (
          <MessageBar intent="error">
            <MessageBarBody>
              {t.writeFailed} ({status.message})
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </>
  );
}
