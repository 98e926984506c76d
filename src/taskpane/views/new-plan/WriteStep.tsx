import { Body1, Button, Field, MessageBar, MessageBarBody, ProgressBar } from "@fluentui/react-components";
import type { WriteStep as WritePhase } from "../../../excel/workbook-writer";
import type { PlanInput } from "../../../model/plan";
import { newPlanWriteTable } from "../../i18n/new-plan-write";
import { useViewTexts } from "../../i18n/use-view-texts";
import type { WriteStatus } from "./use-plan-writer";
import type { Wizard } from "./use-wizard";

const PROGRESS: Record<WritePhase, "stepReading" | "stepWriting" | "stepUndoing"> = {
  reading: "stepReading",
  writing: "stepWriting",
  undoing: "stepUndoing",
};

/** Step 5: what will be written, or what to fix first; then the sheets written, with what the writer is doing. */
export default function WriteStep({
  wizard: { plan, errors },
  status,
  onCreate,
}: {
  wizard: Wizard;
  status: WriteStatus;
  onCreate: (plan: PlanInput) => void;
}) {
  const t = useViewTexts(newPlanWriteTable);
  const problems = Object.values(errors).filter((e): e is string => e !== undefined);

  return (
    <>
      {plan ? (
        <Body1 as="p">
          {plan.association}, {plan.budgetYear}: {t.summary(plan.members.length, plan.planYears + 1)}
        </Body1>
      ) : (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t.fixFirst} {[...new Set(problems)].join(" ")}
          </MessageBarBody>
        </MessageBar>
      )}
      <Button
        appearance="primary"
        disabled={!plan || status.state === "writing"}
        onClick={() => plan && onCreate(plan)}
      >
        {t.create}
      </Button>
      <div role="status" aria-live="polite">
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
        {status.state === "done" && (
          <MessageBar intent="success">
            <MessageBarBody>{t.written(status.sheets.join(", "))}</MessageBarBody>
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
