import Ajv from "ajv";
import type { PlanInput } from "../model/plan";
import { PlanProblem, planProblems, pointer, valueAt } from "../model/plan-rules";
import { PLAN_SCHEMA } from "./plan-schema";

/** A plan file that cannot be used, with every problem found, each naming its field. */
export class PlanFileError extends Error {
  constructor(readonly problems: readonly string[]) {
    const shown = problems.slice(0, SHOWN_PROBLEMS);
    const more = problems.length > shown.length ? `\n- … and ${problems.length - shown.length} more` : "";
    super(`the plan is not valid:\n- ${shown.join("\n- ")}${more}`);
    this.name = "PlanFileError";
  }
}

/** The largest plan file read: the plan's limits (1 000 members, 1 000 interventions, 10 years) fit well inside. */
export const MAX_PLAN_BYTES = 10 * 1024 * 1024;

/** Problems listed in the message; the rest are counted. */
const SHOWN_PROBLEMS = 20;

const validate = new Ajv({ allErrors: true }).compile<PlanInput>(PLAN_SCHEMA);

/** Reads a plan from JSON text: first its shape (plan.schema.json), then the model's plan rules. */
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
  const problems = planProblems(data);
  if (problems.length > 0) {
    throw new PlanFileError(problems.map((problem) => describe(problem, data)));
  }
  return data;
}

export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A problem as the CLI prints it: the field, then what is wrong with it. */
function describe({ path, code, detail }: PlanProblem, plan: PlanInput): string {
  const value = valueAt(plan, path);
  const say = (): string => {
    switch (code) {
      case "not-whole":
        return "must be integer";
      case "out-of-range":
        return `must be from ${detail?.min} to ${detail?.max}`;
      case "blank":
        return "must not be blank";
      case "too-long":
        return `must NOT have more than ${detail?.max} characters`;
      case "too-many":
        return `must NOT have more than ${detail?.max} items`;
      case "none":
        return "must NOT have fewer than 1 items";
      case "wrong-year-count":
        return `has ${(value as unknown[]).length} amounts, but the plan has ${detail?.expected} years (budget year + ${plan.planYears})`;
      case "duplicate-member":
        return `"${value}" is also member ${detail?.other}`;
      case "zero-population":
        return "the populations add up to zero, so the fees cannot be shared";
      case "not-a-date":
        return `${value} is not a date`;
      case "end-before-start":
        return `${value} is before the start ${valueAt(plan, [...path.slice(0, -1), path[0] === "interventions" ? "decidedFrom" : "start"])}`;
      case "outside-follow-up-year":
        return `${value} is not in the follow-up year ${detail?.expected}`;
      case "incomplete-decision":
        return "a decision needs decidedTotal, decidedFrom and decidedTo together";
      case "decision-too-long":
        return `${value}: a decision spans at most ${detail?.max} calendar years`;
      case "differs-from-decision":
        return `${value} is not the decision's share of the year, ${detail?.expected}`;
    }
  };
  return `${pointer(path)}: ${say()}`;
}
