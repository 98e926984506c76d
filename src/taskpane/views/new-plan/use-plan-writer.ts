import type { PlanWorkbookAdapter } from "../../../excel/plan-workbook";
import type { WriteProgress, WriteStep, WrittenParts } from "../../../excel/workbook-writer";
import type { PlanInput } from "../../../model/plan";
import { messageOf, usePane } from "../../pane-context";
import { useKept } from "../../pane-store";

export type WriteStatus =
  | { state: "idle" }
  | { state: "writing"; step: WriteStep; progress?: WriteProgress }
  | {
      state: "asking";
      plan: PlanInput;
      existing: NonNullable<Awaited<ReturnType<PlanWorkbookAdapter["planInWorkbook"]>>>;
    }
  | { state: "done"; sheets: string[]; withoutPrintLayout: boolean }
  | { state: "removed"; sheets: string[] }
  | { state: "failed"; message: string };

/** Whether Skapa asks first (the workbook may hold a plan), replaces the plan it wrote last, or writes a copy beside it. */
export type CreateChoice = "ask" | "replace" | "copy";

export interface PlanWriter {
  readonly status: WriteStatus;
  /** What the latest Skapa added, which Ångra skapandet and Ersätt remove. */
  readonly last?: WrittenParts;
  create(plan: PlanInput, choice?: CreateChoice): Promise<void>;
  cancel(): void;
  undoCreate(): Promise<void>;
}

/**
 * Writes a plan's sheets and follows the writer. Its state is kept by the pane (written at once, even
 * while Skapa is not shown), so that leaving the step and coming back still shows the outcome, and Create
 * stays disabled while it writes. A workbook that holds a plan already is never written to without asking.
 */
export function usePlanWriter(): PlanWriter {
  const { adapters, language } = usePane();
  const workbook = adapters.planWorkbook;
  // Kept by the pane: after a look at another view, Skapa's outcome and its undo are still there.
  const [{ status, last }, setWriter] = useKept<{ status: WriteStatus; last?: WrittenParts }>("newPlan.written", {
    status: { state: "idle" },
  });
  const setStatus = (status: WriteStatus) => setWriter((writer) => ({ ...writer, status }));
  const setLast = (last?: WrittenParts) => setWriter((writer) => ({ ...writer, last }));
  const attempt = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      setStatus({ state: "failed", message: messageOf(error, language) });
    }
  };
  const create = (plan: PlanInput, choice: CreateChoice = "ask") =>
    attempt(async () => {
      setStatus({ state: "writing", step: "reading" });
      if (choice === "ask") {
        const existing = await workbook.planInWorkbook();
        if (existing) return setStatus({ state: "asking", plan, existing });
      }
      if (choice === "replace" && last) await workbook.removeWritten(last);
      const {
        sheets,
        names,
        missing = [],
      } = await workbook.writePlan(plan, language, (step, progress) => setStatus({ state: "writing", step, progress }));
      setLast({ sheets, names });
      setStatus({ state: "done", sheets, withoutPrintLayout: missing.includes("printLayout") });
    });
  const undoCreate = () =>
    attempt(async () => {
      if (!last) return;
      const sheets = await workbook.removeWritten(last);
      setLast(undefined);
      setStatus({ state: "removed", sheets });
    });
  return { status, last, create, cancel: () => setStatus({ state: "idle" }), undoCreate };
}
