import { useState } from "react";
import type { WriteProgress, WriteStep } from "../../../excel/workbook-writer";
import type { PlanInput } from "../../../model/plan";
import { messageOf, usePane } from "../../pane-context";

export type WriteStatus =
  | { state: "idle" }
  | { state: "writing"; step: WriteStep; progress?: WriteProgress }
  | { state: "done"; sheets: string[]; withoutPrintLayout: boolean }
  | { state: "failed"; message: string };

/**
 * Writes a plan's sheets and follows the writer. Held by the wizard, not its last step, so that
 * leaving the step and coming back still shows the outcome, and Create stays disabled while it writes.
 */
export function usePlanWriter(): { status: WriteStatus; create: (plan: PlanInput) => Promise<void> } {
  const { adapters, language } = usePane();
  const [status, setStatus] = useState<WriteStatus>({ state: "idle" });
  const create = async (plan: PlanInput) => {
    setStatus({ state: "writing", step: "reading" });
    try {
      const { sheets, missing = [] } = await adapters.planWorkbook.writePlan(plan, language, (step, progress) =>
        setStatus({ state: "writing", step, progress }),
      );
      setStatus({ state: "done", sheets, withoutPrintLayout: missing.includes("printLayout") });
    } catch (error) {
      setStatus({ state: "failed", message: messageOf(error, language) });
    }
  };
  return { status, create };
}
