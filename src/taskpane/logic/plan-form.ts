import type { InterventionRow, Member, PlanInput } from "../../model/plan";
import { decidedAmounts } from "../../model/decisions";
import { money } from "../../model/money";
import {
  isDate,
  memberListProblems,
  PLAN_LIMITS,
  type PlanProblem,
  planProblems,
  pointer,
  valueAt,
} from "../../model/plan-rules";
import { count, parseWholeNumber } from "../format";
import type { Texts } from "../i18n/strings";

/*
 * The Ny plan wizard's form: what the user typed, as text, and how it becomes a
 * PlanInput. Every field is checked as it is typed: first what the text says
 * (a number, a line's parts), then the model's plan rules, the same rules a plan
 * file is held to. The message is keyed by the field so that the view shows it
 * next to it.
 */

export interface PlanForm {
  readonly association: string;
  readonly region: string;
  readonly budgetYear: string;
  readonly planYears: string;
  /** One per plan year, budget year first. */
  readonly contributions: readonly string[];
  readonly stateOffer: string;
  readonly openingEquity: string;
  /** Lines of "name<tab or ;>population", and the addressee of its budget request where it has one. */
  readonly members: string;
  /** Lines of "label<sep>amount<sep>amount…", one amount per year. */
  readonly costs: string;
  readonly otherRevenues: string;
  /**
   * Lines of "name<sep>owner<sep>amount…", or for a decision over a period "name<sep>owner<sep>total<sep>first
   * day<sep>last day" (ISO dates), whose amounts per year follow from it (docs/domain.md rule 9).
   */
  readonly interventions: string;
  /**
   * What the wizard does not ask for, kept from the example or set to a neutral default.
   * Without a follow-up of its own, the plan follows up its budget year per 30 April.
   */
  readonly extras: Pick<PlanInput, "equityGuideline" | "supportCostPerPerson"> & Partial<Pick<PlanInput, "followUp">>;
}

export type Field = Exclude<keyof PlanForm, "extras" | "contributions"> | `contributions.${number}`;
/** `extras` holds a problem of what the wizard does not ask for (shown before the sheets are written). */
export type FieldErrors = Partial<Record<Field | "extras", string>>;

/** Between the parts of a line: a tab as pasted from Excel, or a semicolon as typed and as the form writes. */
const SEPARATOR = /\t|;/;

/** The follow-up of a plan made in the wizard: its budget year per 30 April (docs/domain.md rule 5), the plan's interventions. */
function budgetYearFollowUp(year: number): PlanInput["followUp"] {
  return { year, asOf: `${year}-04-30`, interventions: [] };
}

/** A problem of the form: its field, the line of a field of lines, and what is wrong, in the user's words. */
export interface FormProblem {
  readonly field: Field | "extras";
  /** The line of a field of lines (members, costs, …), from 1 as the user counts. */
  readonly line?: number;
  readonly message: string;
}

export interface Checked {
  /** Each field's messages, together, as shown under it. */
  readonly errors: FieldErrors;
  /** Every problem, in the form's order: all of them at once, not the first one per field. */
  readonly problems: readonly FormProblem[];
  /** The plan, when there is no problem. */
  readonly plan?: PlanInput;
}

export function checkForm(form: PlanForm, t: Texts): Checked {
  const problems: FormProblem[] = [];
  const add = (field: FormProblem["field"], message: string, line?: number) =>
    problems.push(line === undefined ? { field, message } : { field, line, message: t.onLine(line, message) });
  const text = (field: Field, value: string) => {
    if (value.trim() === "") add(field, t.required);
    return value.trim();
  };
  const amount = (field: Field, value: string) => {
    const n = parseWholeNumber(value);
    if (value.trim() === "") add(field, t.required);
    else if (n === undefined) add(field, t.notWholeKronor);
    return n ?? 0;
  };

  const association = text("association", form.association);
  const region = text("region", form.region);
  const budgetYear = parseWholeNumber(form.budgetYear);
  if (budgetYear === undefined) add("budgetYear", t.notYear(PLAN_LIMITS.firstYear, PLAN_LIMITS.lastYear));
  const planYears = parseWholeNumber(form.planYears);
  if (planYears === undefined) add("planYears", t.notPlanYears(PLAN_LIMITS.maxPlanYears));
  const years = form.contributions.length;
  const memberContributions = form.contributions.map((value, k) => amount(`contributions.${k}`, value));
  const stateOffer = amount("stateOffer", form.stateOffer);
  const openingEquity = parseWholeNumber(form.openingEquity);
  if (openingEquity === undefined) add("openingEquity", form.openingEquity.trim() ? t.notWholeKronor : t.required);

  const { members, lines: memberLines } = readMembers(form.members, t, (message, line) =>
    add("members", message, line),
  );
  const rows = (field: "costs" | "otherRevenues") =>
    parseRows(form[field], years, 0, (line) => add(field, t.badRowLine(years), line));
  const costs = rows("costs");
  const otherRevenues = rows("otherRevenues");
  const interventions = parseRows(
    form.interventions,
    years,
    1,
    (line) => add("interventions", t.badInterventionLine(years), line),
    budgetYear ?? PLAN_LIMITS.firstYear,
  );

  const plan: PlanInput = {
    association,
    region,
    budgetYear: budgetYear ?? PLAN_LIMITS.firstYear,
    planYears: planYears ?? years - 1,
    memberContributions,
    stateOffer,
    equityGuideline: form.extras.equityGuideline,
    supportCostPerPerson: form.extras.supportCostPerPerson,
    openingEquity: openingEquity ?? 0,
    members,
    otherRevenues: otherRevenues.rows.map(({ label, amounts }) => ({ label, amounts })),
    costs: costs.rows.map(({ label, amounts }) => ({ label, amounts })),
    interventions: interventions.rows,
    followUp: form.extras.followUp ?? budgetYearFollowUp(budgetYear ?? PLAN_LIMITS.firstYear),
  };
  // The plan rules speak of what the text could be read as: a field already wrong as text is not told twice.
  const readAlready = new Set(problems.map((problem) => problem.field));
  const lineOf: Partial<Record<string, readonly number[]>> = {
    members: memberLines,
    costs: costs.lines,
    otherRevenues: otherRevenues.lines,
    interventions: interventions.lines,
  };
  const seen = new Set<string>();
  for (const problem of planProblems(plan)) {
    const field = fieldOf(problem);
    const message = problemMessage(problem, t, plan);
    const [top, index] = problem.path;
    const line = typeof index === "number" ? lineOf[String(top)]?.[index] : undefined;
    const key = `${field}|${line}|${message}`;
    if (readAlready.has(field) || seen.has(key)) continue;
    seen.add(key);
    add(field, message, line);
  }
  const errors: FieldErrors = {};
  for (const { field, message } of problems) errors[field] = errors[field] ? `${errors[field]} ${message}` : message;
  return problems.length > 0 ? { errors, problems } : { errors, problems, plan };
}

/** The form field a plan problem belongs to. */
function fieldOf({ path, code }: PlanProblem): keyof FieldErrors {
  const [top, index] = path;
  switch (top) {
    case "association":
    case "region":
    case "budgetYear":
    case "planYears":
    case "stateOffer":
    case "openingEquity":
    case "members":
    case "costs":
    case "otherRevenues":
    case "interventions":
      return top;
    case "memberContributions":
      // A count that does not match the plan years is the plan years' field's to say.
      return code === "wrong-year-count" ? "planYears" : `contributions.${index as number}`;
    default:
      return "extras";
  }
}

/** A plan problem in the user's words, saying what the field should hold. */
function problemMessage(problem: PlanProblem, t: Texts, plan: PlanInput): string {
  const { path, code, detail } = problem;
  const [top] = path;
  if (fieldOf(problem) === "extras") return t.invalidSetting(pointer(path));
  if (top === "members") return memberMessage(problem, t, plan.members);
  if (top === "budgetYear") return t.notYear(PLAN_LIMITS.firstYear, PLAN_LIMITS.lastYear);
  if (top === "planYears" || code === "wrong-year-count") return t.notPlanYears(PLAN_LIMITS.maxPlanYears);
  switch (code) {
    case "blank":
      return t.required;
    case "too-long":
      return t.tooLong(PLAN_LIMITS.maxTextLength);
    case "too-many":
      return t.tooMany(detail?.max ?? 0);
    case "out-of-range":
      return (valueAt(plan, path) as number) < 0 ? t.negative : t.tooLarge(count(money(detail?.max ?? 0)));
    case "not-a-date":
      return t.notADate;
    case "end-before-start":
      return t.decisionEndsBeforeStart;
    case "decision-too-long":
      return t.decisionTooLong(detail?.max ?? 0);
    default:
      return t.notWholeKronor;
  }
}

/** A problem of the member list, for the wizard and for Min avgift's typed members. */
function memberMessage({ code, path }: PlanProblem, t: Texts, members: PlanInput["members"]): string {
  const name = () => members[path[1] as number].name;
  switch (code) {
    case "none":
      return t.noMembers;
    case "duplicate-member":
      return t.duplicateMember(name());
    case "zero-population":
      return t.zeroPopulation;
    case "too-many":
      return t.tooMany(PLAN_LIMITS.maxMembers);
    case "too-long":
      return t.tooLong(PLAN_LIMITS.maxTextLength);
    case "out-of-range":
      return t.populationTooLarge(name(), count(money(PLAN_LIMITS.maxPopulation)));
    default:
      return t.required;
  }
}

function lines(text: string): { line: number; parts: string[] }[] {
  return text
    .split(/\r?\n/)
    .map((content, i) => ({ line: i + 1, parts: content.split(SEPARATOR).map((part) => part.trim()) }))
    .filter(({ parts }) => parts.some((part) => part !== ""));
}

/** Members from lines of "name<tab or ;>population[<tab or ;>addressee]"; `error` gets each problem, with its line. */
export function parseMembers(text: string, t: Texts, error: (message: string) => void): PlanInput["members"] {
  const { members } = readMembers(text, t, (message, line) => error(t.onLine(line, message)));
  const [problem] = memberListProblems(members);
  if (problem) error(memberMessage(problem, t, members));
  return members;
}

/**
 * The members a text lists, with the line each came from, and `error` for each line that cannot be read.
 * A first line with words, not a number, where the population goes is the header row a copy from Excel brings
 * along ("Kommun, Befolkning 16–64").
 */
function readMembers(
  text: string,
  t: Texts,
  error: (message: string, line: number) => void,
): { members: Member[]; lines: number[] } {
  const members: Member[] = [];
  const read: number[] = [];
  lines(text).forEach(({ line, parts }, i) => {
    if (i === 0 && parts.length >= 2 && /\p{L}/u.test(parts[1]) && parseWholeNumber(parts[1]) === undefined) return;
    const population = parts.length === 2 || parts.length === 3 ? parseWholeNumber(parts[1]) : undefined;
    if (parts[0] === "" || population === undefined) return error(t.badMemberLine, line);
    if (population < 0) return error(t.negativePopulation, line);
    members.push(parts[2] ? { name: parts[0], population, addressee: parts[2] } : { name: parts[0], population });
    read.push(line);
  });
  return { members, lines: read };
}

/** A decision's last two parts: its first and last day, written as the plan file writes dates. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The rows of a field of lines, with the line each came from: a label, `texts` more words (an owner), and one
 * whole amount per year; costs are written as spent (≥ 0). With `budgetYear` (interventions), a line may instead give a decision: its total, first and last day,
 * and its amounts are the decision's year shares from the budget year on.
 */
function parseRows(
  text: string,
  years: number,
  texts: number,
  error: (line: number) => void,
  budgetYear?: number,
): { rows: InterventionRow[]; lines: number[] } {
  const rows: InterventionRow[] = [];
  const read: number[] = [];
  for (const { line, parts } of lines(text)) {
    const row =
      budgetYear !== undefined && parts.length === 5 && ISO_DATE.test(parts[3]) && ISO_DATE.test(parts[4])
        ? readDecision(parts, budgetYear, years)
        : readAmounts(parts, years, texts);
    if (!row) error(line);
    else {
      rows.push(row);
      read.push(line);
    }
  }
  return { rows, lines: read };
}

function readAmounts(parts: string[], years: number, texts: number): InterventionRow | undefined {
  const amounts = parts.slice(1 + texts).map(parseWholeNumber);
  if (
    parts.length !== 1 + texts + years ||
    parts.slice(0, 1 + texts).some((part) => part === "") ||
    amounts.some((n) => n === undefined || n < 0)
  )
    return undefined;
  return { label: parts[0], owner: texts > 0 ? parts[1] : "", amounts: amounts as number[] };
}

/** A decided intervention; dates that are no dates, or out of order, are the plan rules' to tell. */
function readDecision(
  [label, owner, total, decidedFrom, decidedTo]: string[],
  budgetYear: number,
  years: number,
): InterventionRow | undefined {
  const decidedTotal = parseWholeNumber(total);
  if (label === "" || owner === "" || decidedTotal === undefined || decidedTotal < 0) return undefined;
  const decision = { label, owner, amounts: [], decidedTotal, decidedFrom, decidedTo };
  const shares =
    isDate(decidedFrom) && isDate(decidedTo) && decidedFrom <= decidedTo
      ? decidedAmounts(decision, budgetYear, years)
      : Array<number>(years).fill(0);
  return { ...decision, amounts: shares };
}
