import type { TakenNames } from "../templates/naming";
import type { WorkbookSpec } from "../templates/spec";
import { WEB_REQUEST_LIMIT_BYTES, batches, writeUnits } from "./write-batches";
import { WorkbookPlan, planWorkbook } from "./workbook-plan";

/*
 * Puts a template into the open workbook: one of the Office.js adapters of
 * src/excel/, the only part that calls Office.js (docs/architecture.md).
 *
 * Two round trips on success for any normal plan: one reads the names that are
 * taken, one carries every write. Excel on the web refuses a request over about
 * 5 MB, so a very large template goes in as few requests as fit under that
 * limit, one sync each. Nothing is left half-written:
 * if the writes fail, the sheets and names this call added are removed again,
 * and nothing the user had is ever changed (the builder picks free names, and
 * the plan refuses one that is taken).
 *
 * Only types come from the `Excel` namespace, never its enums: enum values are
 * written as their string literals, so that the code also runs against a fake.
 */

/** What the writer is doing, for a progress line in the task pane (translated there). */
export type WriteStep = "reading" | "writing" | "undoing";

/** The writes failed; `cause` is Excel's error. What this call had added was removed, unless the message says otherwise. */
export class WorkbookWriteError extends Error {
  constructor(message: string, cause: unknown) {
    super(message, { cause });
    this.name = "WorkbookWriteError";
  }
}

/** The sheets and defined names one write added, which is what undoing it removes. */
export interface WrittenParts {
  readonly sheets: string[];
  readonly names: string[];
}

export interface WriteProgress {
  /** Requests sent so far and in all (1 of 1 for a normal plan). */
  readonly batch: number;
  readonly batches: number;
}

export async function writeWorkbook(
  context: Excel.RequestContext,
  build: (taken: TakenNames) => WorkbookSpec,
  onProgress?: (step: WriteStep, progress?: WriteProgress) => void,
  requestLimitBytes = WEB_REQUEST_LIMIT_BYTES,
  printLayout = true,
): Promise<WrittenParts> {
  onProgress?.("reading");
  const readBefore = loadWorkbook(context);
  await context.sync();
  const before = readBefore();
  const plan = planWorkbook(build(before.taken), before.taken);
  const added: Excel.Worksheet[] = [];
  const requests = batches(writeUnits(context, plan, added, requestLimitBytes, printLayout), requestLimitBytes);

  try {
    for (const [k, request] of requests.entries()) {
      onProgress?.("writing", { batch: k + 1, batches: requests.length });
      request.forEach((unit) => unit.queue(added));
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per request under the web's size limit; a normal plan has one
      await context.sync();
    }
  } catch (cause) {
    onProgress?.("undoing");
    throw await undo(context, plan, before.activeSheet, cause);
  }
  return { sheets: plan.sheets.map((sheet) => sheet.name), names: plan.names.map((name) => name.name) };
}

/* ---------- Reading ---------- */

interface WorkbookState {
  readonly taken: TakenNames;
  readonly activeSheet: string;
}

/** Queues the reads; the returned function gives their result after the sync. */
function loadWorkbook(context: Excel.RequestContext): () => WorkbookState {
  const sheets = context.workbook.worksheets.load("items/name");
  const names = context.workbook.names.load("items/name");
  // Tables and defined names share one namespace: a table called Medlemmar takes that name from the plan.
  const tables = context.workbook.tables.load("items/name");
  // Read so that an undo can give the user back the sheet they were on.
  const active = context.workbook.worksheets.getActiveWorksheet().load("name");
  return () => ({
    taken: {
      sheets: sheets.items.map((sheet) => sheet.name),
      definedNames: [...names.items, ...tables.items].map((name) => name.name),
    },
    activeSheet: active.name,
  });
}

/* ---------- Undoing ---------- */

/**
 * Removes what a failed batch left behind: Excel applies a batch's operations
 * in order up to the one that fails, so any prefix of the writes may exist.
 * One sync finds which of our sheets and names exist, and a second (only if
 * some do) deletes them. Only names this call planned are candidates, and the
 * plan holds no name that was taken when we read the workbook.
 */
async function undo(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  activeSheet: string,
  cause: unknown,
): Promise<WorkbookWriteError> {
  const failed = `Could not write the template (${describe(cause)})`;
  const ours = plan.sheets.map((sheet) => sheet.name);
  try {
    const readNow = loadWorkbook(context);
    await context.sync();
    const now = readNow();
    const sheets = ours.filter((name) => includesName(now.taken.sheets, name));
    const names = plan.names.map((name) => name.name).filter((name) => includesName(now.taken.definedNames, name));
    if (sheets.length > 0 || names.length > 0) {
      names.forEach((name) => context.workbook.names.getItem(name).delete());
      sheets.forEach((name) => context.workbook.worksheets.getItem(name).delete());
      if (includesName(sheets, now.activeSheet)) context.workbook.worksheets.getItem(activeSheet).activate();
      await context.sync();
    }
    return new WorkbookWriteError(`${failed}; nothing was changed.`, cause);
  } catch (undoError) {
    return new WorkbookWriteError(
      `${failed}, and removing what was written failed too (${describe(undoError)}): these sheets may remain: ${ours.join(", ")}.`,
      cause,
    );
  }
}

function includesName(names: readonly string[], name: string): boolean {
  return names.some((candidate) => candidate.toLowerCase() === name.toLowerCase());
}

/** Office.js errors carry a `code` (e.g. "InvalidArgument") beside the message. */
function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
  return typeof code === "string" && code !== "" ? `${code}: ${message}` : message;
}
