import { decidedAmounts, isDecided } from "./decisions";
import type { PlanInput } from "./plan";

/*
 * What makes a plan valid (docs/domain.md rule 12), stated once: the limits
 * every surface holds a plan to (the plan file's JSON Schema is generated from
 * them, the Ny plan wizard checks them) and the problems a schema cannot
 * express. Problems are codes with the path of the field at fault; each surface
 * words them itself.
 */

export const PLAN_LIMITS = {
  /** The Finsam law (2003:1210) took effect on 1 January 2004: no association has an earlier year. */
  firstYear: 2004,
  /** A guard against typing slips (20255); no plan reaches this far. */
  lastYear: 2100,
  /** Ten years in all, the budget year included: the longest plan the templates are tested with. */
  maxPlanYears: 9,
  /** Kronor: a thousand times the largest association's yearly budget, and exact in a double. */
  maxAmount: 1e12,
  maxPopulation: 100_000_000,
  maxMembers: 1000,
  /** Other-revenue rows and cost rows, each. */
  maxRows: 50,
  maxInterventions: 1000,
  maxTextLength: 200,
  /** Calendar years a decision may span: the templates' year-share formula looks at ten. */
  maxDecisionYears: 10,
} as const;

/** The equity ceiling a new plan starts from, as a share of the yearly contributions (the user sets their own). */
export const DEFAULT_EQUITY_GUIDELINE = 0.2;

/** How a member's name is compared: as Excel's lookups do, ignoring case and surrounding spaces. */
export function memberKey(name: string): string {
  return name.trim().toLowerCase();
}

export type PlanProblemCode =
  | "not-whole"
  | "out-of-range"
  | "blank"
  | "too-long"
  | "too-many"
  | "none"
  | "wrong-year-count"
  | "duplicate-member"
  | "zero-population"
  | "not-a-date"
  | "end-before-start"
  | "outside-follow-up-year"
  | "incomplete-decision"
  | "decision-too-long"
  | "differs-from-decision";

/** A path into the plan as JSON Pointer segments: `["costs", 1, "amounts"]`. */
export type PlanPath = readonly (string | number)[];

export interface PlanProblem {
  readonly path: PlanPath;
  readonly code: PlanProblemCode;
  /** What the field should be or what it clashes with: the range, the year count, the earlier member. */
  readonly detail?: {
    readonly min?: number;
    readonly max?: number;
    readonly expected?: number;
    readonly other?: number;
  };
}

/** Every problem of a plan whose fields have the right types (what the JSON Schema's shape guarantees). */
export function planProblems(plan: PlanInput): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const check = checker(problems);
  const { add, whole, year, amount, text, count } = check;
  const years = plan.planYears + 1;
  const perYear = (path: PlanPath, amounts: readonly number[]) => {
    if (amounts.length !== years) add(path, "wrong-year-count", { expected: years });
    amounts.forEach((value, k) => amount([...path, k], value));
  };
  const rows = (field: "otherRevenues" | "costs" | "interventions", max: number) => {
    count([field], plan[field], max);
    plan[field].forEach((row, i) => {
      text([field, i, "label"], row.label);
      if ("owner" in row) text([field, i, "owner"], row.owner as string);
      perYear([field, i, "amounts"], row.amounts);
    });
  };

  text(["association"], plan.association);
  text(["region"], plan.region);
  year(["budgetYear"], plan.budgetYear);
  whole(["planYears"], plan.planYears, 0, PLAN_LIMITS.maxPlanYears);
  perYear(["memberContributions"], plan.memberContributions);
  amount(["stateOffer"], plan.stateOffer);
  amount(["supportCostPerPerson"], plan.supportCostPerPerson);
  if (!(plan.equityGuideline >= 0 && plan.equityGuideline <= 1))
    add(["equityGuideline"], "out-of-range", { min: 0, max: 1 });
  whole(["openingEquity"], plan.openingEquity, -PLAN_LIMITS.maxAmount, PLAN_LIMITS.maxAmount);

  problems.push(...memberListProblems(plan.members));
  rows("otherRevenues", PLAN_LIMITS.maxRows);
  rows("costs", PLAN_LIMITS.maxRows);
  rows("interventions", PLAN_LIMITS.maxInterventions);
  plan.interventions.forEach((_, i) => decisionProblems(plan, i, check));
  followUpProblems(plan.followUp, check);
  if (plan.scenarios) {
    const { otherRevenuesEndYear, newIntervention, stoppedIntervention } = plan.scenarios;
    year(["scenarios", "otherRevenuesEndYear"], otherRevenuesEndYear);
    text(["scenarios", "newIntervention", "label"], newIntervention.label);
    amount(["scenarios", "newIntervention", "amount"], newIntervention.amount);
    year(["scenarios", "newIntervention", "fromYear"], newIntervention.fromYear);
    // May be blank: no intervention stops.
    if (stoppedIntervention.label.length > PLAN_LIMITS.maxTextLength)
      add(["scenarios", "stoppedIntervention", "label"], "too-long", { max: PLAN_LIMITS.maxTextLength });
    year(["scenarios", "stoppedIntervention", "fromYear"], stoppedIntervention.fromYear);
  }
  return problems;
}

/** The problems of a member list: none, too many, names blank or given twice, populations out of range or all zero. */
export function memberListProblems(members: PlanInput["members"]): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const { add, whole, text, count } = checker(problems);
  if (members.length === 0) add(["members"], "none");
  count(["members"], members, PLAN_LIMITS.maxMembers);
  const seen = new Map<string, number>();
  members.forEach((member, i) => {
    text(["members", i, "name"], member.name);
    whole(["members", i, "population"], member.population, 0, PLAN_LIMITS.maxPopulation);
    if (member.addressee !== undefined) text(["members", i, "addressee"], member.addressee);
    const key = memberKey(member.name);
    const earlier = seen.get(key);
    if (earlier !== undefined) add(["members", i, "name"], "duplicate-member", { other: earlier });
    seen.set(key, i);
  });
  if (members.length > 0 && members.every((member) => member.population === 0)) add(["members"], "zero-population");
  return problems;
}

/** A decision's problems: all three fields or none, real dates in order, a short enough period, amounts that are its year shares. */
function decisionProblems(plan: PlanInput, i: number, { add, amount, date }: Checker): void {
  const row = plan.interventions[i];
  const path = ["interventions", i];
  const given = [row.decidedTotal, row.decidedFrom, row.decidedTo].filter((field) => field !== undefined);
  if (given.length === 0) return;
  if (!isDecided(row)) return add(path, "incomplete-decision");
  amount([...path, "decidedTotal"], row.decidedTotal);
  const datesReal = [date([...path, "decidedFrom"], row.decidedFrom), date([...path, "decidedTo"], row.decidedTo)];
  if (!datesReal.every(Boolean)) return;
  if (row.decidedTo < row.decidedFrom) return add([...path, "decidedTo"], "end-before-start");
  const years = Number(row.decidedTo.slice(0, 4)) - Number(row.decidedFrom.slice(0, 4)) + 1;
  if (years > PLAN_LIMITS.maxDecisionYears)
    return add([...path, "decidedTo"], "decision-too-long", { max: PLAN_LIMITS.maxDecisionYears });
  if (!Number.isInteger(row.decidedTotal) || row.decidedTotal < 0) return;
  decidedAmounts(row, plan.budgetYear, row.amounts.length).forEach((expected, k) => {
    if (row.amounts[k] !== expected) add([...path, "amounts", k], "differs-from-decision", { expected });
  });
}

function followUpProblems(followUp: PlanInput["followUp"], { add, whole, year, text, count, date }: Checker): void {
  year(["followUp", "year"], followUp.year);
  if (date(["followUp", "asOf"], followUp.asOf) && !followUp.asOf.startsWith(`${followUp.year}-`))
    add(["followUp", "asOf"], "outside-follow-up-year", { expected: followUp.year });
  count(["followUp", "interventions"], followUp.interventions, PLAN_LIMITS.maxInterventions);
  followUp.interventions.forEach((row, i) => {
    const path = ["followUp", "interventions", i];
    text([...path, "name"], row.name);
    text([...path, "owner"], row.owner);
    const bothDates = [date([...path, "start"], row.start), date([...path, "end"], row.end)].every(Boolean);
    if (bothDates && row.end < row.start) add([...path, "end"], "end-before-start");
    whole([...path, "budget"], row.budget, 1, PLAN_LIMITS.maxAmount);
    whole([...path, "outcome"], row.outcome, -PLAN_LIMITS.maxAmount, PLAN_LIMITS.maxAmount);
  });
}

type Checker = ReturnType<typeof checker>;

/** The checks of single fields, each adding its problem to `problems`. */
function checker(problems: PlanProblem[]) {
  const add = (path: PlanPath, code: PlanProblemCode, detail?: PlanProblem["detail"]) => {
    problems.push(detail ? { path, code, detail } : { path, code });
  };
  const whole = (path: PlanPath, value: number, min: number, max: number) => {
    if (!Number.isInteger(value)) add(path, "not-whole");
    else if (value < min || value > max) add(path, "out-of-range", { min, max });
  };
  return {
    add,
    whole,
    year: (path: PlanPath, value: number) => whole(path, value, PLAN_LIMITS.firstYear, PLAN_LIMITS.lastYear),
    amount: (path: PlanPath, value: number) => whole(path, value, 0, PLAN_LIMITS.maxAmount),
    text: (path: PlanPath, value: string) => {
      if (value.trim() === "") add(path, "blank");
      else if (value.length > PLAN_LIMITS.maxTextLength) add(path, "too-long", { max: PLAN_LIMITS.maxTextLength });
    },
    count: (path: PlanPath, items: readonly unknown[], max: number) => {
      if (items.length > max) add(path, "too-many", { max });
    },
    /** Whether the text is a real date, adding the problem if not. */
    date: (path: PlanPath, value: string) => {
      if (!isDate(value)) add(path, "not-a-date");
      return isDate(value);
    },
  };
}

/** A real calendar date written YYYY-MM-DD (a pattern alone lets 2025-02-30 through). */
export function isDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** The value a path leads to in a plan. */
export function valueAt(plan: PlanInput, path: PlanPath): unknown {
  return path.reduce<unknown>((node, segment) => (node as Record<string | number, unknown>)[segment], plan);
}

/** The path as JSON Pointer: `/costs/1/amounts`. */
export function pointer(path: PlanPath): string {
  return path.map((segment) => `/${segment}`).join("");
}
