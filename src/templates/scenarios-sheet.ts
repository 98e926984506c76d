import { ScenarioKey, SCENARIOS, defaultScenarioSettings } from "../model/scenarios";
import { TemplateContext } from "./context";
import { SCENARIO_ASSUMPTIONS, SCENARIO_ASSUMPTIONS_NAME, ScenarioAssumption, scenarioNames } from "./key-names";
import { FORMAT, GridBuilder, computed, figureHeader, input, text, total } from "./grid";
import { a1, onSheet } from "./grammar";
import { ParamsRefs } from "./params-sheet";
import { Cell, SheetSpec } from "./spec";
import { splitFormulas } from "./split-formulas";
import { FIRST_YEAR_COLUMN, StatementRows } from "./statement-sheets";

const SETTINGS_ROW = 2;
const SETTING_COLUMN = 1;

/** The rows of one scenario's block, in order. */
const BLOCK = [
  "contributions",
  "state",
  "region",
  "municipalities",
  "result",
  "closing",
  "resultDifference",
  "closingDifference",
  "ceiling",
  "within",
] as const;
type BlockRow = (typeof BLOCK)[number];

/**
 * Scenarier: the plan side by side under named scenarios, each a
 * change to the Ekonomisk plan's figures year by year, chained from the same
 * opening equity; the differences to the plan and whether equity stays inside
 * the guideline. The assumptions are inputs at the top, so the kansli can try
 * another year or amount without the add-in. Year columns line up with the plan sheet's.
 */
export function scenariosSheet(context: TemplateContext, params: ParamsRefs, rows: StatementRows): SheetSpec {
  const { plan, labels, sheetNames } = context;
  const words = labels.scenarios;
  const settings = plan.scenarios ?? defaultScenarioSettings(plan);
  const grid = new GridBuilder();
  const years = context.years;
  grid.put(0, 0, text(words.title(years[0], years[years.length - 1]), "title"));

  const settingCells: Record<ScenarioAssumption, Cell> = {
    otherRevenuesEndYear: input(settings.otherRevenuesEndYear, FORMAT.year),
    newInterventionLabel: input(settings.newIntervention.label),
    newInterventionAmount: input(settings.newIntervention.amount, FORMAT.kronor),
    newInterventionFrom: input(settings.newIntervention.fromYear, FORMAT.year),
    stoppedLabel: input(settings.stoppedIntervention.label),
    stoppedFrom: input(settings.stoppedIntervention.fromYear, FORMAT.year),
  };
  grid.put(SETTINGS_ROW - 1, 0, text(words.settings, "header"));
  SCENARIO_ASSUMPTIONS.forEach((key, i) => grid.putRow(SETTINGS_ROW + i, 0, [text(words[key]), settingCells[key]]));
  const setting = (key: ScenarioAssumption) =>
    a1(SETTINGS_ROW + SCENARIO_ASSUMPTIONS.indexOf(key), SETTING_COLUMN, true);
  const lastSetting = SETTINGS_ROW + SCENARIO_ASSUMPTIONS.length - 1;
  context.name(
    SCENARIO_ASSUMPTIONS_NAME,
    "scenarios",
    `${setting("otherRevenuesEndYear")}:${a1(lastSetting, SETTING_COLUMN, true)}`,
  );
  // The new intervention's name is for the reader; its amount and first year are what the figures use.
  const [revenuesEnd, newAmount, newFrom, stoppedLabel, stoppedFrom] = (
    ["otherRevenuesEndYear", "newInterventionAmount", "newInterventionFrom", "stoppedLabel", "stoppedFrom"] as const
  ).map(setting);

  const headerRow = SETTINGS_ROW + SCENARIO_ASSUMPTIONS.length + 1;
  const yearRow = headerRow + 1;
  grid.put(yearRow, 0, text(words.year));
  years.forEach((year, k) => {
    const column = FIRST_YEAR_COLUMN + k;
    grid.put(headerRow, column, figureHeader(k === 0 ? labels.budget.budget(year) : labels.budget.plan(year)));
    grid.put(
      yearRow,
      column,
      computed(k === 0 ? `=${params.budgetYear}` : `=${a1(yearRow, column - 1)}+1`, FORMAT.year),
    );
  });

  const planSheet = sheetNames.plan;
  const planned = (row: number, column: number) => onSheet(planSheet, a1(row, column));
  const planRange = (first: number, last: number, column: number, absolute = false) =>
    onSheet(planSheet, `${a1(first, column, absolute)}:${a1(last, column, absolute)}`);

  /** How much a scenario adds to the plan's result in a year column (null: nothing). */
  const change = (key: ScenarioKey, column: number, contribution: string): string | null => {
    const year = a1(yearRow, column);
    const planContribution = onSheet(sheetNames.params, params.contributions[column - FIRST_YEAR_COLUMN]);
    const otherRevenues = { first: rows.revenues.first + 3, last: rows.revenues.last };
    const interventions = rows.interventions;
    switch (key) {
      case "planned":
        return null;
      case "fullOffer":
        return `${contribution}-${planContribution}`;
      case "otherRevenuesEnd":
        return otherRevenues.last < otherRevenues.first
          ? null
          : `-IF(${year}>=${revenuesEnd},SUM(${planRange(otherRevenues.first, otherRevenues.last, column)}),0)`;
      case "newIntervention":
        return `-IF(${year}>=${newFrom},${newAmount},0)`;
      case "stoppedIntervention":
        // Interventions are negative in the plan: stopping one gives its amount back.
        return interventions.last < interventions.first
          ? null
          : `-IF(${year}>=${stoppedFrom},SUMIF(${planRange(interventions.first, interventions.last, 0, true)},${stoppedLabel},${planRange(interventions.first, interventions.last, column)}),0)`;
    }
  };

  let blockStart = yearRow + 2;
  SCENARIOS.forEach((key) => {
    grid.put(blockStart, 0, text(words.names[key], "header"));
    const row = (name: BlockRow) => blockStart + 1 + BLOCK.indexOf(name);
    BLOCK.forEach((name) =>
      grid.put(row(name), 0, text(words[name], name === "result" || name === "closing" ? "total" : "label")),
    );
    years.forEach((_, k) => {
      const column = FIRST_YEAR_COLUMN + k;
      const at = (name: BlockRow) => a1(row(name), column);
      const contribution =
        key === "fullOffer" ? `2*${params.stateOffer}` : onSheet(sheetNames.params, params.contributions[k]);
      const split = splitFormulas(at("contributions"));
      const delta = change(key, column, at("contributions"));
      const opening = k === 0 ? params.openingEquity : a1(row("closing"), column - 1);
      const cells: Record<BlockRow, Cell> = {
        contributions: computed(`=${contribution}`),
        state: computed(split.state(at("region"), at("municipalities"))),
        region: computed(split.region),
        municipalities: computed(split.municipalities),
        result: total(`=${planned(rows.result, column)}${delta ? `+(${delta})` : ""}`),
        closing: total(`=${opening}+${at("result")}`),
        resultDifference: computed(`=${at("result")}-${planned(rows.result, column)}`),
        closingDifference: computed(`=${at("closing")}-${planned(rows.closing, column)}`),
        ceiling: computed(`=${params.guideline}*${at("contributions")}`),
        within: {
          formula: `=IF(AND(${at("closing")}>=0,${at("closing")}<=${at("ceiling")}),"${words.yes}","${words.no}")`,
          style: "check",
        },
      };
      BLOCK.forEach((name) => grid.put(row(name), column, cells[name]));
    });
    // The pane reads each scenario's figures through these names, without knowing the layout.
    const names = scenarioNames(key);
    const yearsOf = (name: BlockRow) =>
      `${a1(row(name), FIRST_YEAR_COLUMN, true)}:${a1(row(name), FIRST_YEAR_COLUMN + years.length - 1, true)}`;
    (["result", "closing", "ceiling", "within"] as const).forEach((name) =>
      context.name(names[name], "scenarios", yearsOf(name)),
    );
    blockStart = row("within") + 2;
  });
  grid.put(blockStart, 0, text(words.note, "note"));

  return {
    key: "scenarios",
    name: sheetNames.scenarios,
    rows: grid.build(),
    columnWidths: [44, 28, ...years.map(() => 15)],
    freeze: { rows: yearRow + 1, columns: 1 },
    protect: true,
    print: { landscape: years.length > 4, titleRows: `$${headerRow + 1}:$${yearRow + 1}` },
  };
}
