import Ajv from "ajv";
import { PlanInput, planYearCount } from "../model/plan";
import schema from "./plan.schema.json";

/** A plan file that cannot be used, with every problem found, each naming its field. */
export class PlanFileError extends Error {
  constructor(readonly problems: readonly string[]) {
    const shown = problems.slice(0, SHOWN_PROBLEMS);
    const more = problems.length > shown.length ? `\n- … and ${problems.length - shown.length} more` : "";
    super(`the plan is not valid:\n- ${shown.join("\n- ")}${more}`);
    this.name = "PlanFileError";
  }
}

/** The largest plan file read: the schema's limits (1 000 members, 1 000 interventions, 10 years) fit well inside. */
export const MAX_PLAN_BYTES = 10 * 1024 * 1024;

/** Problems listed in the message; the rest are counted. */
const SHOWN_PROBLEMS = 20;

const validate = new Ajv({ allErrors: true }).compile<PlanInput>(schema);

/** Reads a plan from JSON text: first its shape (plan.schema.json), then what the schema cannot say. */
export function readPlan(text: string): PlanInput {
  if (text.length > MAX_PLAN_BYTES) {
    throw new PlanFileError([
      `the file is ${megabytes(text.length)}; a plan file is at most ${megabytes(MAX_PLAN_BYTES)}`,
    ]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new PlanFileError([`not JSON: ${(error as Error).message}`]);
  }
  if (!validate(data)) {
    throw new PlanFileError((validate.errors ?? []).map((e) => `${e.instancePath || "(the plan)"}: ${e.message}`));
  }
  const problems = consistencyProblems(data);
  if (problems.length > 0) {
    throw new PlanFileError(problems);
  }
  return data;
}

export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function consistencyProblems(plan: PlanInput): string[] {
  const years = planYearCount(plan);
  const problems: string[] = [];
  const perYear = (field: string, amounts: readonly number[]) => {
    if (amounts.length !== years) {
      problems.push(
        `${field}: has ${amounts.length} amounts, but the plan has ${years} years (budget year + ${plan.planYears})`,
      );
    }
  };
  perYear("/memberContributions", plan.memberContributions);
  plan.otherRevenues.forEach((row, i) => perYear(`/otherRevenues/${i}/amounts`, row.amounts));
  plan.costs.forEach((row, i) => perYear(`/costs/${i}/amounts`, row.amounts));
  plan.interventions.forEach((row, i) => perYear(`/interventions/${i}/amounts`, row.amounts));

  const seen = new Map<string, number>();
  plan.members.forEach((member, i) => {
    const key = member.name.trim().toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) problems.push(`/members/${i}/name: "${member.name}" is also member ${earlier}`);
    seen.set(key, i);
  });
  if (plan.members.every((member) => member.population === 0)) {
    problems.push("/members: the populations add up to zero, so the fees cannot be shared");
  }

  const { followUp } = plan;
  checkDate("/followUp/asOf", followUp.asOf, problems);
  followUp.interventions.forEach((row, i) => {
    const start = checkDate(`/followUp/interventions/${i}/start`, row.start, problems);
    const end = checkDate(`/followUp/interventions/${i}/end`, row.end, problems);
    if (start && end && end < start)
      problems.push(`/followUp/interventions/${i}/end: ${row.end} is before the start ${row.start}`);
  });
  if (!followUp.asOf.startsWith(`${followUp.year}-`)) {
    problems.push(`/followUp/asOf: ${followUp.asOf} is not in the follow-up year ${followUp.year}`);
  }
  return problems;
}

/** A real calendar date (the schema's pattern lets 2025-02-30 through). */
function checkDate(field: string, text: string, problems: string[]): string | undefined {
  const date = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    problems.push(`${field}: ${text} is not a date`);
    return undefined;
  }
  return text;
}
