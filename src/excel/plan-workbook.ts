import type { PlanInput } from "../model/plan";
import { newestNames } from "../templates/grammar";
import { closingEquityName, closingEquityYear, KEY_NAMES } from "../templates/key-names";
import { type Language, languageOfTag } from "../model/language";
import { ExcelAdapterError } from "./adapter-error";
import { ADAPTER_MESSAGES } from "./adapter-messages";
import { type ExcelRunner, officeExcelRunner } from "./excel-runner";
import { loadNames } from "./range-names";
import { removeWritten } from "./remove-written";
import { isResponseTooLarge } from "./read-in-parts";
import { hasFeature, type OptionalFeature } from "./requirements";
import type { WriteProgress, WriteStep, WrittenParts } from "./workbook-writer";

/*
 * What the task pane asks of the workbook, as one interface: the pane never
 * calls Excel.run, and its tests (jest and the browser tests) put a fake behind
 * this interface or behind the runner.
 */

/** A plan as the workbook holds it, found through the templates' defined names (key-names.ts). */
export interface WorkbookPlan {
  readonly association: string;
  readonly budgetYear: number;
  /** The budget year's total member contribution. */
  readonly contribution: number;
  /** Each plan year's total member contribution, budget year first (only the budget year's in a plan written before
   * the templates named them all). */
  readonly contributions: readonly { readonly year: number; readonly amount: number }[];
  readonly stateOffer: number;
  readonly members: readonly { readonly name: string; readonly population: number }[];
  /** Equity at each plan year's end, as far as the workbook has it calculated. */
  readonly closingEquity: readonly { readonly year: number; readonly amount: number }[];
}

/** The selected range: its address and values, as Excel gives them (numbers, text, "" for empty cells). */
export interface Selection {
  readonly address: string;
  readonly values: readonly (readonly unknown[])[];
}

export interface PlanWorkbookAdapter {
  /**
   * Writes the plan's template sheets: two syncs for any normal plan (more requests only past Excel on the web's
   * size limit), and nothing left behind if it fails (workbook-writer.ts). `missing` names the optional features
   * this Excel lacks, which the sheets were written without (requirements.ts).
   */
  writePlan(
    plan: PlanInput,
    language: Language,
    onProgress?: (step: WriteStep, progress?: WriteProgress) => void,
  ): Promise<WrittenParts & { missing?: readonly OptionalFeature[] }>;
  /**
   * Removes what a `writePlan` added, as far as it is still there (the user may have deleted a sheet): two syncs.
   * Returns the sheets removed.
   */
  removeWritten(parts: WrittenParts): Promise<string[]>;
  /**
   * The plan the workbook holds, or null when it has none: two syncs. Names whose sheet was deleted are passed
   * over (the plan written before is read); if they leave no plan, the error names them.
   */
  readPlan(): Promise<WorkbookPlan | null>;
  /** Which plan the workbook holds, if any works (its inputs only, no figures Excel calculates): two syncs. */
  planInWorkbook(): Promise<Pick<WorkbookPlan, "association" | "budgetYear"> | null>;
  /** The used part of the selection (a whole column reads as its filled cells): one sync. */
  readSelection(): Promise<Selection>;
  /**
   * Puts a formula (en-US invariant, as `range.formulas` takes it) into the active cell: the one written with the
   * custom-function names of Excel's display language, the only ones it registered (office-js#891). A cell that
   * holds something is left as it is (`written` false) unless `overwrite`: two syncs, one with `overwrite`.
   */
  insertFormula(
    formula: Readonly<Record<Language, string>>,
    overwrite?: boolean,
  ): Promise<{ address: string; written: boolean }>;
}

/** A plan's names in the workbook do not hold what the templates put there. */
export class WorkbookPlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookPlanError";
  }
}

const REQUIRED = [
  KEY_NAMES.association,
  KEY_NAMES.budgetYear,
  KEY_NAMES.contribution,
  KEY_NAMES.stateOffer,
  KEY_NAMES.members,
  KEY_NAMES.populations,
] as const;

export function officePlanWorkbook(runner: ExcelRunner = officeExcelRunner): PlanWorkbookAdapter {
  return {
    writePlan: async (plan, language, onProgress) => {
      // The templates and the writer are loaded when a plan is written, not with the pane's first view.
      const [{ planWorkbook }, { writeWorkbook }] = await Promise.all([
        import(/* webpackChunkName: "plan-templates" */ "../templates/workbook"),
        import(/* webpackChunkName: "plan-templates" */ "./workbook-writer"),
      ]);
      const printLayout = hasFeature(runner.office, "printLayout");
      const { sheets, names } = await runner.run((context) =>
        writeWorkbook(
          context,
          (taken) => planWorkbook(plan, { language, taken }),
          onProgress,
          undefined, // Excel on the web's request limit
          printLayout,
        ),
      );
      return { sheets, names, missing: printLayout ? [] : ["printLayout"] };
    },

    removeWritten: (parts) => runner.run((context) => removeWritten(context, parts)),

    readPlan: () =>
      runner.run(async (context) => {
        const { found, lost } = await readPlanNames(context);
        if (!found) {
          // No working plan; if a deleted sheet took one with it, say which names are left broken.
          if (lost.length > 0) throw new ExcelAdapterError(ADAPTER_MESSAGES.brokenNames(lost));
          return null;
        }
        const read = (name: string) => context.workbook.names.getItem(name).getRange().load("values");
        // Only what the pane shows: a formula cell such as Avgifter is the model's to compute, not Excel's to report.
        const wanted = [...found].filter(
          ([key]) =>
            (REQUIRED as readonly string[]).includes(key) ||
            key === KEY_NAMES.contributions ||
            closingEquityYear(key) !== undefined,
        );
        const ranges = new Map(wanted.map(([key, name]) => [key, read(name)]));
        await context.sync();
        return toPlan((key) => ranges.get(key)?.values);
      }),

    planInWorkbook: () =>
      runner.run(async (context) => {
        const { found } = await readPlanNames(context);
        if (!found) return null;
        const [association, budgetYear] = [KEY_NAMES.association, KEY_NAMES.budgetYear].map((key) =>
          context.workbook.names
            .getItem(found.get(key) as string)
            .getRange()
            .load("values"),
        );
        await context.sync();
        return {
          association: String(association.values[0]?.[0] ?? ""),
          budgetYear: numberAt(KEY_NAMES.budgetYear, budgetYear.values[0]?.[0]),
        };
      }),

    readSelection: () =>
      runner.run(async (context) => {
        const selected = context.workbook.getSelectedRange().load("address");
        // Only the used part: a whole column or Select All is millions of empty cells, past Excel's read limits.
        const used = selected.getIntersectionOrNullObject(selected.worksheet.getUsedRange(true)).load("values");
        const tooLarge = () => new ExcelAdapterError(ADAPTER_MESSAGES.selectionTooLarge);
        try {
          await context.sync();
        } catch (error) {
          throw isResponseTooLarge(error) ? tooLarge() : error;
        }
        if (used.isNullObject) return { address: selected.address, values: [] };
        // Excel gives null past 5 000 000 cells (resource-limits page).
        if (used.values === null) throw tooLarge();
        return { address: selected.address, values: used.values };
      }),

    insertFormula: (formula, overwrite = false) =>
      runner.run(async (context) => {
        const cell = context.workbook.getActiveCell();
        if (!overwrite) {
          cell.load("address,formulas");
          await context.sync();
          if (cell.formulas[0]?.[0] !== "") return { address: cell.address, written: false };
        }
        // Excel registers only the names of its display language (functions-sv.json in a Swedish UI).
        cell.formulas = [[formula[languageOfTag(runner.office.displayLanguage())]]];
        cell.load("address");
        await context.sync();
        return { address: cell.address, written: true };
      }),
  };
}

/** The plan's key names and each year's closing equity by their base name, the plan written last where there are two. */
export function planNames(names: readonly string[]): Map<string, string> {
  const years = names.map(closingEquityYear).filter((year) => year !== undefined);
  return newestNames(names, [...Object.values(KEY_NAMES), ...years.map(closingEquityName)]);
}

/** The latest plan's key names, one sync; none when a required one is missing, with those a deleted sheet broke. */
async function readPlanNames(context: Excel.RequestContext): Promise<{ found?: Map<string, string>; lost: string[] }> {
  const readNames = loadNames(context);
  await context.sync();
  const { ranges: working, broken } = readNames();
  const found = planNames(working);
  if (REQUIRED.every((key) => found.has(key))) return { found, lost: [] };
  const lost = [...planNames(broken)].filter(([key]) => (REQUIRED as readonly string[]).includes(key));
  return { lost: lost.map(([, name]) => name) };
}

type Grid = readonly (readonly unknown[])[] | undefined;

function toPlan(valuesOf: (key: string) => Grid): WorkbookPlan {
  const single = (key: string) => valuesOf(key)?.[0]?.[0];
  const names = (valuesOf(KEY_NAMES.members) ?? []).map((row) => row[0]);
  const populations = (valuesOf(KEY_NAMES.populations) ?? []).map((row) => row[0]);
  if (names.length !== populations.length) {
    throw new WorkbookPlanError(`${KEY_NAMES.members} and ${KEY_NAMES.populations} are not the same length`);
  }
  const budgetYear = numberAt(KEY_NAMES.budgetYear, single(KEY_NAMES.budgetYear));
  const closingEquity: { year: number; amount: number }[] = [];
  for (let year = budgetYear; ; year++) {
    const values = valuesOf(closingEquityName(year));
    if (!values) break;
    const amount = values[0]?.[0];
    if (typeof amount === "number") closingEquity.push({ year, amount });
  }
  const contribution = numberAt(KEY_NAMES.contribution, single(KEY_NAMES.contribution));
  const perYear = valuesOf(KEY_NAMES.contributions)?.[0] ?? [contribution];
  return {
    association: String(single(KEY_NAMES.association) ?? ""),
    budgetYear,
    contribution,
    contributions: perYear.map((amount, k) => ({
      year: budgetYear + k,
      amount: numberAt(`${KEY_NAMES.contributions} (${budgetYear + k})`, amount),
    })),
    stateOffer: numberAt(KEY_NAMES.stateOffer, single(KEY_NAMES.stateOffer)),
    members: names.map((name, i) => ({
      name: String(name),
      population: numberAt(`${KEY_NAMES.populations} (${String(name)})`, populations[i]),
    })),
    closingEquity,
  };
}

export function numberAt(what: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new WorkbookPlanError(`${what} is not a number (${JSON.stringify(value ?? "")})`);
  }
  return value;
}
