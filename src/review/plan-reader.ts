import { decidedAmounts, DecidedIntervention } from "../model/decisions";
import type { Language } from "../model/language";
import { defaultScenarioSettings, InterventionRow, PlanInput, PlanRow, ScenarioSettings } from "../model/plan";
import { isoDateOf as isoDate } from "../model/date-serial";
import { SheetKey } from "../templates/context";
import { a1 } from "../templates/grammar";
import { SCENARIO_ASSUMPTIONS, SCENARIO_ASSUMPTIONS_NAME } from "../templates/key-names";
import { LABELS, Labels } from "../templates/labels";
import { ReadSheet, ReadWorkbook, cellAt, numberAt, textAt } from "./cells";
import { namedCell } from "./layout";
import { templateSheetKey } from "./template-sheets";

/*
 * The plan read back from a plan workbook (written by the add-in or `npm run
 * workbook`, maybe edited in Excel since): every input where the templates put
 * it, found by the sheets' names and the rows' labels in the workbook's
 * language. Only typed inputs are read, so a workbook never recalculated reads
 * as well as one saved by Excel; a decided intervention's amounts follow from
 * its decision on Beslut. The caller validates the plan as any plan file.
 */

export type PlanReadProblem =
  | { readonly code: "not-a-plan" }
  | { readonly code: "no-row"; readonly sheet: string; readonly label: string }
  | { readonly code: "not-a-number"; readonly sheet: string; readonly cell: string }
  | { readonly code: "no-text"; readonly sheet: string; readonly cell: string };

export class PlanReadError extends Error {
  constructor(readonly problem: PlanReadProblem) {
    super(describePlanReadProblem(problem, "en"));
    this.name = "PlanReadError";
  }
}

export function describePlanReadProblem(problem: PlanReadProblem, language: Language): string {
  const sv = language === "sv";
  switch (problem.code) {
    case "not-a-plan":
      return sv
        ? "arbetsboken har inga planblad (Parametrar, Medlemsavgifter, Budget, Ekonomisk plan)"
        : "the workbook has no plan sheets (Parameters, Member fees, Budget, Financial plan)";
    case "no-row":
      return sv
        ? `${problem.sheet}: ingen rad heter "${problem.label}"`
        : `${problem.sheet}: no row is labelled "${problem.label}"`;
    case "not-a-number":
      return sv
        ? `${problem.sheet}!${problem.cell}: här behövs ett tal`
        : `${problem.sheet}!${problem.cell}: a number belongs here`;
    case "no-text":
      return sv
        ? `${problem.sheet}!${problem.cell}: här behövs en text`
        : `${problem.sheet}!${problem.cell}: text belongs here`;
  }
}

/** The first year column of the Budget and Ekonomisk plan sheets (statement-sheets.ts). */
const FIRST_YEAR_COLUMN = 2;

export function readPlanWorkbook(workbook: ReadWorkbook): PlanInput {
  const sheetOf = (key: SheetKey): ReadSheet | undefined =>
    workbook.sheets.filter((sheet) => templateSheetKey(workbook, sheet) === key).at(-1);
  const params = sheetOf("params");
  const fees = sheetOf("fees");
  const budget = sheetOf("budget");
  const planned = sheetOf("plan");
  if (!params || !fees || !budget || !planned) throw new PlanReadError({ code: "not-a-plan" });
  const language: Language = params.name.startsWith(LABELS.sv.sheets.params) ? "sv" : "en";
  const labels = LABELS[language];
  const read = reader();

  const p = labels.params;
  const param = (label: string) => read.number(params, read.row(params, label), 1);
  const budgetYear = param(p.budgetYear);
  const planYears = param(p.planYears);
  const years = Array.from({ length: planYears + 1 }, (_, k) => k);
  const contributionsRow = read.row(params, p.contributions);

  // Year 0 is typed on Budget, the plan years on Ekonomisk plan; both have the same rows.
  const amountsOf = (row: number) =>
    years.map((k) => 0 - read.number(k === 0 ? budget : planned, row, FIRST_YEAR_COLUMN + k));
  const b = labels.budget;
  const totalRevenues = read.row(budget, b.totalRevenues);
  const costsFirst = totalRevenues + 3;
  const interventionsHeader = read.row(budget, b.interventions, costsFirst - 1);
  const totalInterventions = read.row(budget, b.totalInterventions, interventionsHeader);
  const span = (first: number, end: number) => Array.from({ length: Math.max(end - first, 0) }, (_, i) => first + i);
  const row = (r: number): PlanRow => ({ label: read.text(budget, r, 0), amounts: amountsOf(r) });
  const decisions = readDecisions(sheetOf("decisions"), read, labels);
  const interventions = span(interventionsHeader + 1, totalInterventions).map((r): InterventionRow => {
    const label = read.text(budget, r, 0);
    const owner = read.text(budget, r, 1);
    const decision = decisions.get(label);
    if (decision) {
      const decided = { label, owner, amounts: [], ...decision };
      return { ...decided, amounts: decidedAmounts(decided, budgetYear, planYears + 1) };
    }
    return { label, owner, amounts: amountsOf(r) };
  });

  const plan: PlanInput = {
    association: read.text(params, read.row(params, p.association), 1),
    region: read.text(params, read.row(params, p.region), 1),
    budgetYear,
    planYears,
    memberContributions: years.map((k) => read.number(params, contributionsRow, 1 + k)),
    stateOffer: param(p.stateOffer),
    equityGuideline: param(p.guideline),
    supportCostPerPerson: param(p.supportCost),
    openingEquity: param(p.openingEquity),
    members: readMembers(fees, sheetOf("requests"), read, labels),
    // The first three revenue rows are the parties' parts of the contribution, computed.
    otherRevenues: span(read.row(budget, b.revenues) + 4, totalRevenues).map((r) => {
      const revenue = row(r);
      return { ...revenue, amounts: revenue.amounts.map((amount) => 0 - amount) };
    }),
    costs: span(costsFirst, interventionsHeader).map(row),
    interventions,
    followUp: {
      year: param(p.followUpYear),
      asOf: isoDate(param(p.followUpDate)),
      interventions: readFollowUp(sheetOf("interventions"), read, labels),
    },
  };
  const scenarios = readScenarios(workbook, sheetOf("scenarios"), read);
  const defaults = scenarios && JSON.stringify(scenarios) === JSON.stringify(defaultScenarioSettings(plan));
  return scenarios && !defaults ? { ...plan, scenarios } : plan;
}

type Reader = ReturnType<typeof reader>;

function reader() {
  const where = (sheet: ReadSheet, row: number, column: number) => ({ sheet: sheet.name, cell: a1(row, column) });
  return {
    /** The first row at or below `from` whose first column reads `label`. */
    row(sheet: ReadSheet, label: string, from = 0): number {
      for (let r = from; r < sheet.cells.length; r++) if (textAt(sheet, r, 0) === label) return r;
      throw new PlanReadError({ code: "no-row", sheet: sheet.name, label });
    },
    number(sheet: ReadSheet, row: number, column: number): number {
      const value = numberAt(sheet, row, column);
      if (value === undefined) throw new PlanReadError({ code: "not-a-number", ...where(sheet, row, column) });
      return value;
    },
    text(sheet: ReadSheet, row: number, column: number): string {
      const value = cellAt(sheet, row, column)?.value;
      if (typeof value !== "string" || value.trim() === "")
        throw new PlanReadError({ code: "no-text", ...where(sheet, row, column) });
      return value;
    },
  };
}

/**
 * The members from the fee table; each one's addressee from its Hemställan page ("Till …", the pages in the
 * members' order), kept only where it is not the member's own name (requests-sheet.ts writes the name then).
 */
function readMembers(
  fees: ReadSheet,
  requests: ReadSheet | undefined,
  read: Reader,
  labels: Labels,
): PlanInput["members"] {
  const header = read.row(fees, labels.fees.member);
  const sum = read.row(fees, labels.fees.sum, header);
  const populationColumn = (fees.cells[header] ?? []).findIndex((cell) => cell?.value === labels.fees.population);
  const addressees = (requests?.cells ?? [])
    .filter((cells) => cells?.[0]?.value === labels.requests.to)
    .map((cells) => cells[1]?.value);
  return Array.from({ length: sum - header - 1 }, (_, i) => {
    const name = read.text(fees, header + 1 + i, 0);
    const population = read.number(fees, header + 1 + i, populationColumn);
    const addressee = addressees[i];
    return typeof addressee === "string" && addressee !== name ? { name, population, addressee } : { name, population };
  });
}

function readFollowUp(
  sheet: ReadSheet | undefined,
  read: Reader,
  labels: Labels,
): PlanInput["followUp"]["interventions"] {
  if (!sheet) return [];
  const words = labels.interventions;
  const header = read.row(sheet, words.name);
  const total = read.row(sheet, words.total, header);
  return Array.from({ length: total - header - 1 }, (_, i) => {
    const r = header + 1 + i;
    return {
      name: read.text(sheet, r, 0),
      owner: read.text(sheet, r, 1),
      start: isoDate(read.number(sheet, r, 2)),
      end: isoDate(read.number(sheet, r, 3)),
      budget: read.number(sheet, r, 4),
      outcome: read.number(sheet, r, 5),
    };
  });
}

type Decision = Pick<DecidedIntervention, "decidedTotal" | "decidedFrom" | "decidedTo">;

/** Beslut's decisions by intervention label. */
function readDecisions(sheet: ReadSheet | undefined, read: Reader, labels: Labels): Map<string, Decision> {
  const decisions = new Map<string, Decision>();
  if (!sheet) return decisions;
  const header = read.row(sheet, labels.decisions.intervention);
  const total = read.row(sheet, labels.decisions.granted, header);
  for (let r = header + 1; r < total; r++) {
    decisions.set(read.text(sheet, r, 0), {
      decidedTotal: read.number(sheet, r, 2),
      decidedFrom: isoDate(read.number(sheet, r, 3)),
      decidedTo: isoDate(read.number(sheet, r, 4)),
    });
  }
  return decisions;
}

/** Scenarier's assumptions, one input a row under their workbook name. */
function readScenarios(
  workbook: ReadWorkbook,
  sheet: ReadSheet | undefined,
  read: Reader,
): ScenarioSettings | undefined {
  const names = workbook.names
    .filter((name) => name.sheet === sheet?.name && name.name.startsWith(SCENARIO_ASSUMPTIONS_NAME))
    .map((name) => name.name);
  const found = names.at(-1) && namedCell(workbook, names.at(-1) as string);
  if (!found) return undefined;
  const at = (key: (typeof SCENARIO_ASSUMPTIONS)[number]) => found.at.row + SCENARIO_ASSUMPTIONS.indexOf(key);
  const { column } = found.at;
  const number = (key: (typeof SCENARIO_ASSUMPTIONS)[number]) => read.number(found.sheet, at(key), column);
  return {
    otherRevenuesEndYear: number("otherRevenuesEndYear"),
    newIntervention: {
      label: read.text(found.sheet, at("newInterventionLabel"), column),
      amount: number("newInterventionAmount"),
      fromYear: number("newInterventionFrom"),
    },
    stoppedIntervention: {
      // May be blank: no intervention stops.
      label: textAt(found.sheet, at("stoppedLabel"), column) ?? "",
      fromYear: number("stoppedFrom"),
    },
  };
}
