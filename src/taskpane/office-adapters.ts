import { type ExcelRunner, officeExcelRunner } from "../excel/excel-runner";
import { officeDocumentSettings } from "../excel/document-settings";
import type { PaneAdapters } from "./adapters";

/*
 * Office's adapters for the pane, each loaded on its first call: the first view
 * paints without the workbook's Office code, and a view's adapter comes with its
 * first read or write.
 */

type AsyncMethods<T> = { [K in keyof T]: (...args: never[]) => Promise<unknown> };

/** An adapter that loads its module on the first call of any of its methods (all listed in `methods`). */
function loadedOnFirstCall<T extends AsyncMethods<T>>(load: () => Promise<T>, methods: Record<keyof T, true>): T {
  let adapter: Promise<T> | undefined;
  const call = async (method: keyof T, args: never[]) => {
    const loaded = await (adapter ??= load());
    return loaded[method](...args);
  };
  const forwarding = Object.keys(methods).map((method) => [
    method,
    (...args: never[]) => call(method as keyof T, args),
  ]);
  // Every method of T is in `methods` (the Record's keys), each forwarding to the loaded adapter's.
  return Object.fromEntries(forwarding) as T;
}

export function officeAdapters(runner: ExcelRunner = officeExcelRunner): PaneAdapters {
  return {
    planWorkbook: loadedOnFirstCall(
      async () =>
        (await import(/* webpackChunkName: "office-plan-workbook" */ "../excel/plan-workbook")).officePlanWorkbook(
          runner,
        ),
      {
        writePlan: true,
        removeWritten: true,
        readPlan: true,
        planInWorkbook: true,
        readSelection: true,
        insertFormula: true,
      },
    ),
    outcomeImport: loadedOnFirstCall(
      async () =>
        (await import(/* webpackChunkName: "office-outcome-import" */ "../excel/outcome-import")).officeOutcomeImport(
          runner,
        ),
      { read: true, write: true, undoLatest: true },
    ),
    scenarioReader: loadedOnFirstCall(
      async () =>
        (
          await import(/* webpackChunkName: "office-scenario-reader" */ "../excel/scenario-reader")
        ).officeScenarioReader(runner),
      { readScenarios: true, showAssumptions: true },
    ),
    reviewReader: loadedOnFirstCall(
      async () =>
        (await import(/* webpackChunkName: "office-review-reader" */ "../excel/review-reader")).officeReviewReader(
          runner,
        ),
      { readWorkbook: true, selectCell: true },
    ),
    // A few lines, read as the pane opens: with the shell, not a request of its own.
    documentSettings: officeDocumentSettings(runner),
    accountsWorkbook: loadedOnFirstCall(
      async () =>
        (
          await import(/* webpackChunkName: "office-accounts-workbook" */ "../excel/accounts-workbook")
        ).officeAccountsWorkbook(runner),
      { writeAccounts: true, removeWritten: true },
    ),
  };
}
