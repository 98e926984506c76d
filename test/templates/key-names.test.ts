import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SCENARIOS } from "../../src/model/scenarios";
import {
  closingEquityName,
  KEY_NAMES,
  SCENARIO_ASSUMPTIONS,
  SCENARIO_ASSUMPTIONS_NAME,
  scenarioNames,
} from "../../src/templates/key-names";
import { parseArea } from "../../src/templates/grammar";
import { LABELS } from "../../src/templates/labels";
import { readPlan } from "../../src/templates/read-plan";
import { Cell, WorkbookSpec } from "../../src/templates/spec";
import { planWorkbook } from "../../src/templates/workbook";

const plan = readPlan(readFileSync(join(__dirname, "..", "..", "examples", "rar-sormland-2025.json"), "utf8"));
const spec = planWorkbook(plan, { language: "sv" });
const words = LABELS.sv;

/** The cells a defined name covers, row by row (absolute A1 such as $B$11:$E$19), with the header above it and the label left of it. */
function cellsOf(
  workbook: WorkbookSpec,
  name: string,
  around: "cells" | "header" | "label" = "cells",
): (Cell | null)[][] {
  const defined = workbook.names.find((n) => n.name === name);
  if (!defined) throw new Error(`no name ${name}`);
  const sheet = workbook.sheets.find((s) => s.key === defined.sheet)!;
  const area = parseArea(defined.address)!;
  const [from, to] = [{ ...area.first }, { ...area.last }];
  if (around === "header") from.row = to.row = area.first.row - 1;
  if (around === "label") from.column = to.column = 0;
  return Array.from({ length: to.row - from.row + 1 }, (_, r) =>
    Array.from({ length: to.column - from.column + 1 }, (_, c) => sheet.rows[from.row + r]?.[from.column + c] ?? null),
  );
}
const single = (name: string) => cellsOf(spec, name)[0][0];

describe("the names the templates give their key figures", () => {
  it("name the plan's parameters", () => {
    expect(single(KEY_NAMES.association)?.value).toBe(plan.association);
    expect(single(KEY_NAMES.budgetYear)?.value).toBe(plan.budgetYear);
    expect(single(KEY_NAMES.stateOffer)?.value).toBe(plan.stateOffer);
    expect(single(KEY_NAMES.contribution)?.value).toBe(plan.memberContributions[0]);
    // Every plan year's, in one row, for Min avgift's years.
    expect(cellsOf(spec, KEY_NAMES.contributions)[0].map((cell) => cell?.value)).toEqual(plan.memberContributions);
    expect(single(KEY_NAMES.openingEquity)?.value).toBe(plan.openingEquity);
    expect(single(KEY_NAMES.supportCost)?.value).toBe(plan.supportCostPerPerson);
  });

  it("name the member table column by column, one row per member", () => {
    expect(cellsOf(spec, KEY_NAMES.members).map(([cell]) => cell?.value)).toEqual(plan.members.map((m) => m.name));
    expect(cellsOf(spec, KEY_NAMES.populations).map(([cell]) => cell?.value)).toEqual(
      plan.members.map((m) => m.population),
    );
    expect(cellsOf(spec, KEY_NAMES.fees)).toHaveLength(plan.members.length);
    expect(cellsOf(spec, KEY_NAMES.fees, "header")[0].map((cell) => cell?.value)).toEqual([words.fees.fee]);
    expect(cellsOf(spec, KEY_NAMES.quarters)).toHaveLength(plan.members.length);
    expect(cellsOf(spec, KEY_NAMES.quarters, "header")[0].map((cell) => cell?.value)).toEqual(
      [1, 2, 3, 4].map(words.fees.quarter),
    );
  });

  it("name the budget year's other revenues, cost rows and interventions the projection is made from", () => {
    const values = (name: string) => cellsOf(spec, name).map((row) => row.map((cell) => cell?.value));
    expect(values(KEY_NAMES.budgetOtherRevenues)).toEqual(plan.otherRevenues.map((row) => [row.amounts[0]]));
    expect(cellsOf(spec, KEY_NAMES.budgetOtherRevenues, "label").map(([cell]) => cell?.value)).toEqual(
      plan.otherRevenues.map((row) => row.label),
    );
    // Costs as the budget writes them: negative.
    expect(values(KEY_NAMES.budgetCosts)).toEqual(plan.costs.map((row) => [-row.amounts[0]]));
    expect(cellsOf(spec, KEY_NAMES.budgetCosts, "label").map(([cell]) => cell?.value)).toEqual(
      plan.costs.map((row) => row.label),
    );
    expect(values(KEY_NAMES.budgetInterventions)).toEqual(
      plan.interventions.map((row) => [row.label, row.owner, -row.amounts[0]]),
    );
    const budgets = cellsOf(spec, KEY_NAMES.interventionBudgets).map(([cell]) => cell?.value);
    expect(budgets).toEqual(cellsOf(spec, KEY_NAMES.interventionNames).map(() => expect.any(Number)));
    expect(cellsOf(spec, KEY_NAMES.interventionBudgets, "header")[0][0]?.value).toBe(
      words.interventions.budget(plan.followUp.year),
    );
  });

  it("name every plan year's closing equity", () => {
    const years = Array.from({ length: plan.planYears + 1 }, (_, k) => plan.budgetYear + k);
    const labelOf = (year: number) => cellsOf(spec, closingEquityName(year), "label")[0][0]?.value;
    expect(years.map(labelOf)).toEqual(years.map(() => words.budget.closing));
  });

  it("name each scenario's result, equity at year end and guideline verdict, one cell a plan year", () => {
    const years = plan.planYears + 1;
    for (const key of SCENARIOS) {
      const names = scenarioNames(key);
      const rows = [names.result, names.closing, names.within].map((name) => cellsOf(spec, name));
      rows.forEach((cells) => expect(cells.map((row) => row.length)).toEqual([years]));
      // The label left of each row, under the scenario's own heading: the block is the key's.
      expect(
        [names.result, names.closing, names.within].map((name) => cellsOf(spec, name, "label")[0][0]?.value),
      ).toEqual([words.scenarios.result, words.scenarios.closing, words.scenarios.within]);
      const sheet = spec.sheets.find((s) => s.key === "scenarios")!;
      const resultRow = Number(/\$(\d+):/.exec(spec.names.find((n) => n.name === names.result)!.address)![1]) - 1;
      const heading = sheet.rows
        .slice(0, resultRow)
        .map((row) => row?.[0]?.value)
        .filter((value) => Object.values(words.scenarios.names).includes(value as string));
      expect(heading.at(-1)).toBe(words.scenarios.names[key]);
      expect(String(rows[2][0][0]?.formula)).toMatch(/^=IF\(AND\(/);
    }
  });

  it("name the scenarios' assumptions, one input a row in the order the pane reads them", () => {
    const labels = cellsOf(spec, SCENARIO_ASSUMPTIONS_NAME, "label").map(([cell]) => cell?.value);
    expect(labels).toEqual(SCENARIO_ASSUMPTIONS.map((key) => words.scenarios[key]));
    expect(cellsOf(spec, SCENARIO_ASSUMPTIONS_NAME).map(([cell]) => cell?.value)).toEqual([
      2026,
      "Ny insats",
      1_000_000,
      2026,
      plan.interventions[0].label,
      2026,
    ]);
  });
});
