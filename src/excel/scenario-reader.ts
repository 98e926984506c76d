import { type ScenarioKey, SCENARIOS, type ScenarioSettings } from "../model/scenarios";
import { KEY_NAMES, SCENARIO_ASSUMPTIONS, SCENARIO_ASSUMPTIONS_NAME, scenarioNames } from "../templates/key-names";
import { newestNames } from "../templates/grammar";
import { type ExcelRunner, officeExcelRunner } from "./excel-runner";
import { numberAt, WorkbookPlanError } from "./plan-workbook";
import { loadNames } from "./range-names";

/*
 * The Scenarier sheet as the task pane reads it: through the defined names the
 * template gives its rows (key-names.ts), never through its layout.
 */

/** One plan year of one scenario, as Excel calculated it. */
export interface WorkbookScenarioYear {
  readonly year: number;
  readonly result: number;
  readonly closing: number;
  /** The guideline's ceiling on the scenario's contributions that year. */
  readonly ceiling: number;
  /** The sheet's verdict: equity at year end at or above zero and at or below the guideline's ceiling. */
  readonly withinGuideline: boolean;
}

export interface WorkbookScenarios {
  readonly association: string;
  readonly budgetYear: number;
  readonly stateOffer: number;
  /** The assumptions as the user last set them on the sheet. */
  readonly assumptions: ScenarioSettings;
  readonly scenarios: Record<ScenarioKey, readonly WorkbookScenarioYear[]>;
}

export interface ScenarioReader {
  /** Every scenario's rows and the assumptions, or null when the workbook has no Scenarier sheet: two syncs. */
  readScenarios(): Promise<WorkbookScenarios | null>;
  /** Shows the Scenarier sheet with its assumptions selected, for the user to change them: two syncs. */
  showAssumptions(): Promise<void>;
}

const PLAN_NAMES = [KEY_NAMES.association, KEY_NAMES.budgetYear, KEY_NAMES.stateOffer] as const;
const ROWS = ["result", "closing", "ceiling", "within"] as const;
const wanted = (): string[] => [
  ...PLAN_NAMES,
  SCENARIO_ASSUMPTIONS_NAME,
  ...SCENARIOS.flatMap((key) => ROWS.map((row) => scenarioNames(key)[row])),
];

export function officeScenarioReader(runner: ExcelRunner = officeExcelRunner): ScenarioReader {
  /** The workbook's names for `bases`, the plan written last where there are two (one sync), or null if one is missing. */
  const findNames = async (context: Excel.RequestContext, bases: readonly string[]) => {
    // A name whose sheet was deleted cannot be read: it is passed over, as if the sheet had never been written.
    const readNames = loadNames(context);
    await context.sync();
    const found = newestNames(readNames().ranges, bases);
    return bases.every((base) => found.has(base)) ? found : null;
  };

  return {
    readScenarios: () =>
      runner.run(async (context) => {
        const found = await findNames(context, wanted());
        if (!found) return null;
        const ranges = new Map(
          [...found].map(([base, name]) => [base, context.workbook.names.getItem(name).getRange().load("values")]),
        );
        await context.sync();
        // The sheet writes its verdicts in its own language; the labels come with the templates, not the first load.
        const { LABELS } = await import(/* webpackChunkName: "plan-templates" */ "../templates/labels");
        const words = Object.values(LABELS).map((labels) => labels.scenarios);
        return toScenarios(
          (base) => ranges.get(base)?.values ?? [],
          words.map((w) => w.yes),
          words.map((w) => w.no),
        );
      }),

    showAssumptions: () =>
      runner.run(async (context) => {
        const found = await findNames(context, [SCENARIO_ASSUMPTIONS_NAME]);
        if (!found) throw new WorkbookPlanError(`The workbook has no name ${SCENARIO_ASSUMPTIONS_NAME}`);
        const assumptions = context.workbook.names.getItem(found.get(SCENARIO_ASSUMPTIONS_NAME)!).getRange();
        // Windows selects nothing on a sheet that is not active (office-js#5118): show the sheet first.
        assumptions.worksheet.activate();
        assumptions.select();
        await context.sync();
      }),
  };
}

type Grid = readonly (readonly unknown[])[];

function toScenarios(valuesOf: (base: string) => Grid, yes: string[], no: string[]): WorkbookScenarios {
  const single = (base: string) => valuesOf(base)[0]?.[0];
  const budgetYear = numberAt(KEY_NAMES.budgetYear, single(KEY_NAMES.budgetYear));
  const assumption = (key: (typeof SCENARIO_ASSUMPTIONS)[number]) =>
    valuesOf(SCENARIO_ASSUMPTIONS_NAME)[SCENARIO_ASSUMPTIONS.indexOf(key)]?.[0];
  const year = (key: (typeof SCENARIO_ASSUMPTIONS)[number]) =>
    numberAt(`${SCENARIO_ASSUMPTIONS_NAME} (${key})`, assumption(key));
  const scenario = (key: ScenarioKey): WorkbookScenarioYear[] => {
    const names = scenarioNames(key);
    const [results, closings, ceilings, verdicts] = ROWS.map((row) => valuesOf(names[row])[0] ?? []);
    return closings.map((closing, k) => ({
      year: budgetYear + k,
      result: numberAt(`${names.result} (${budgetYear + k})`, results[k]),
      closing: numberAt(`${names.closing} (${budgetYear + k})`, closing),
      ceiling: numberAt(`${names.ceiling} (${budgetYear + k})`, ceilings[k]),
      withinGuideline: verdict(`${names.within} (${budgetYear + k})`, verdicts[k], yes, no),
    }));
  };
  return {
    association: String(single(KEY_NAMES.association) ?? ""),
    budgetYear,
    stateOffer: numberAt(KEY_NAMES.stateOffer, single(KEY_NAMES.stateOffer)),
    assumptions: {
      otherRevenuesEndYear: year("otherRevenuesEndYear"),
      newIntervention: {
        label: String(assumption("newInterventionLabel") ?? ""),
        amount: numberAt(`${SCENARIO_ASSUMPTIONS_NAME} (newInterventionAmount)`, assumption("newInterventionAmount")),
        fromYear: year("newInterventionFrom"),
      },
      stoppedIntervention: { label: String(assumption("stoppedLabel") ?? ""), fromYear: year("stoppedFrom") },
    },
    scenarios: Object.fromEntries(SCENARIOS.map((key) => [key, scenario(key)])) as Record<
      ScenarioKey,
      WorkbookScenarioYear[]
    >,
  };
}

function verdict(what: string, value: unknown, yes: string[], no: string[]): boolean {
  if (yes.includes(String(value))) return true;
  if (no.includes(String(value))) return false;
  throw new WorkbookPlanError(`${what} is neither yes nor no (${JSON.stringify(value ?? "")})`);
}
