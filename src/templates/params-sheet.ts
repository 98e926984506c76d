import { dayNumber } from "../model/date-serial";
import { TemplateContext } from "./context";
import { FORMAT, GridBuilder, computed, input, text } from "./grid";
import { a1, areaAddress } from "./grammar";
import { KEY_NAMES } from "./key-names";
import { SheetSpec } from "./spec";

/** Where the other sheets find the parameters. */
export interface ParamsRefs {
  readonly openingEquity: string;
  readonly followUpYear: string;
  readonly followUpDate: string;
  readonly guideline: string;
  readonly budgetYear: string;
  readonly association: string;
  /** The region's name, as an absolute address on Parametrar. */
  readonly region: string;
  readonly stateOffer: string;
  /** The total member contribution of each plan year, budget year first (absolute addresses on Parametrar). */
  readonly contributions: readonly string[];
}

const VALUE_COLUMN = 1;

export function paramsSheet(context: TemplateContext): { sheet: SheetSpec; refs: ParamsRefs } {
  const { plan, labels } = context;
  const words = labels.params;
  const grid = new GridBuilder();
  grid.put(0, 0, text(words.title, "title"));
  const rows: [string, ReturnType<typeof input>][] = [
    [words.association, input(plan.association)],
    [words.region, input(plan.region)],
    [words.budgetYear, { value: plan.budgetYear, format: FORMAT.year, style: "computed" }],
    [words.planYears, { value: plan.planYears, format: FORMAT.year, style: "computed" }],
    [words.stateOffer, input(plan.stateOffer, FORMAT.kronor)],
    [words.guideline, input(plan.equityGuideline, FORMAT.percent)],
    [words.supportCost, input(plan.supportCostPerPerson, FORMAT.kronor)],
    [words.openingEquity, input(plan.openingEquity, FORMAT.kronor)],
    [words.followUpYear, input(plan.followUp.year, FORMAT.year)],
    [words.followUpDate, input(dayNumber(plan.followUp.asOf), FORMAT.date)],
  ];
  rows.forEach(([label, cell], i) => grid.putRow(2 + i, 0, [text(label), cell]));
  const rowOf = (label: string) => 2 + rows.findIndex(([l]) => l === label);
  const valueAt = (label: string) => a1(rowOf(label), VALUE_COLUMN, true);

  const yearRow = 2 + rows.length + 1;
  grid.put(yearRow, 0, text(words.year, "header"));
  grid.put(yearRow + 1, 0, text(words.contributions));
  const contributions = context.years.map((_, k) => {
    grid.put(
      yearRow,
      VALUE_COLUMN + k,
      computed(k === 0 ? `=${valueAt(words.budgetYear)}` : `=${a1(yearRow, k, true)}+1`, FORMAT.year),
    );
    grid.put(yearRow + 1, VALUE_COLUMN + k, input(plan.memberContributions[k], FORMAT.kronor));
    return a1(yearRow + 1, VALUE_COLUMN + k, true);
  });
  grid.put(yearRow + 3, 0, text(words.inputsNote, "note"));

  context.name(KEY_NAMES.supportCost, "params", valueAt(words.supportCost));
  context.name(KEY_NAMES.contribution, "params", contributions[0]);
  const contributionRow = { row: yearRow + 1, column: VALUE_COLUMN };
  context.name(
    KEY_NAMES.contributions,
    "params",
    areaAddress(
      { first: contributionRow, last: { ...contributionRow, column: VALUE_COLUMN + context.years.length - 1 } },
      true,
    ),
  );
  const refs: ParamsRefs = {
    openingEquity: context.name(KEY_NAMES.openingEquity, "params", valueAt(words.openingEquity)),
    followUpYear: context.name(KEY_NAMES.followUpYear, "params", valueAt(words.followUpYear)),
    followUpDate: context.name(KEY_NAMES.followUpDate, "params", valueAt(words.followUpDate)),
    guideline: context.name(KEY_NAMES.guideline, "params", valueAt(words.guideline)),
    association: context.name(KEY_NAMES.association, "params", valueAt(words.association)),
    region: valueAt(words.region),
    budgetYear: context.name(KEY_NAMES.budgetYear, "params", valueAt(words.budgetYear)),
    stateOffer: context.name(KEY_NAMES.stateOffer, "params", valueAt(words.stateOffer)),
    contributions,
  };
  return {
    sheet: {
      key: "params",
      name: context.sheetNames.params,
      rows: grid.build(),
      columnWidths: [46, ...context.years.map(() => 14)],
      protect: true,
      print: { landscape: false },
    },
    refs,
  };
}
