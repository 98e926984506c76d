import Ajv, { type ErrorObject } from "ajv";
import localizeSwedish from "ajv-i18n/localize/sv";
import type { Language } from "../model/language";
import type { PlanInput } from "../model/plan";
import { PlanProblem, planProblems, pointer, valueAt } from "../model/plan-rules";
import { PLAN_SCHEMA } from "./plan-schema";

/** One problem of a plan file, naming its field, in both languages. */
export type PlanFileProblem = Readonly<Record<Language, string>>;

/** A plan file that cannot be used, with every problem found, each naming its field. */
export class PlanFileError extends Error {
  constructor(readonly found: readonly PlanFileProblem[]) {
    super(listed(found, "en"));
    this.name = "PlanFileError";
  }

  /** The problems in English (the error's own message). */
  get problems(): string[] {
    return this.found.map((problem) => problem.en);
  }

  /** Every problem listed in the user's language (the CLIs speak Swedish unless told otherwise). */
  messageIn(language: Language): string {
    return listed(this.found, language);
  }
}

const LISTED = {
  sv: { invalid: "planen är inte giltig", more: (count: number) => `… och ${count} till` },
  en: { invalid: "the plan is not valid", more: (count: number) => `… and ${count} more` },
} as const;

function listed(problems: readonly PlanFileProblem[], language: Language): string {
  const shown = problems.slice(0, SHOWN_PROBLEMS).map((problem) => problem[language]);
  const more = problems.length > shown.length ? `\n- ${LISTED[language].more(problems.length - shown.length)}` : "";
  return `${LISTED[language].invalid}:\n- ${shown.join("\n- ")}${more}`;
}

/** The largest plan file read: the plan's limits (1 000 members, 1 000 interventions, 10 years) fit well inside. */
export const MAX_PLAN_BYTES = 10 * 1024 * 1024;

/** Problems listed in the message; the rest are counted. */
const SHOWN_PROBLEMS = 20;

const validate = new Ajv({ allErrors: true }).compile<PlanInput>(PLAN_SCHEMA);

/** Reads a plan from JSON text: first its shape (plan.schema.json), then the model's plan rules. */
export function readPlan(text: string): PlanInput {
  if (text.length > MAX_PLAN_BYTES) {
    const [size, most] = [megabytes(text.length), megabytes(MAX_PLAN_BYTES)];
    throw new PlanFileError([
      {
        sv: `filen är ${size}; en planfil är högst ${most}`,
        en: `the file is ${size}; a plan file is at most ${most}`,
      },
    ]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = (error as Error).message;
    throw new PlanFileError([{ sv: `inte JSON: ${reason}`, en: `not JSON: ${reason}` }]);
  }
  if (!validate(data)) {
    throw new PlanFileError(schemaProblems(validate.errors ?? []));
  }
  const problems = planProblems(data);
  if (problems.length > 0) {
    throw new PlanFileError(problems.map((problem) => describe(problem, data)));
  }
  return data;
}

export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The schema's findings, worded by ajv in English and by ajv-i18n in Swedish. */
function schemaProblems(errors: readonly ErrorObject[]): PlanFileProblem[] {
  const swedish = errors.map((error) => ({ ...error }));
  localizeSwedish(swedish);
  return errors.map((error, i) => ({
    sv: `${error.instancePath || "(planen)"}: ${swedish[i].message}`,
    en: `${error.instancePath || "(the plan)"}: ${error.message}`,
  }));
}

/** A problem as the CLI prints it: the field, then what is wrong with it, in both languages. */
function describe({ path, code, detail }: PlanProblem, plan: PlanInput): PlanFileProblem {
  const value = valueAt(plan, path);
  const field = pointer(path);
  const both = (sv: string, en: string): PlanFileProblem => ({ sv: `${field}: ${sv}`, en: `${field}: ${en}` });
  switch (code) {
    case "not-whole":
      return both("ska vara ett heltal", "must be integer");
    case "out-of-range":
      return both(`ska vara från ${detail?.min} till ${detail?.max}`, `must be from ${detail?.min} to ${detail?.max}`);
    case "blank":
      return both("får inte vara tomt", "must not be blank");
    case "too-long":
      return both(`får inte ha fler än ${detail?.max} tecken`, `must NOT have more than ${detail?.max} characters`);
    case "too-many":
      return both(`får inte ha fler än ${detail?.max} element`, `must NOT have more than ${detail?.max} items`);
    case "none":
      return both("får inte ha färre än 1 element", "must NOT have fewer than 1 items");
    case "wrong-year-count": {
      const count = (value as unknown[]).length;
      return both(
        `har ${count} belopp, men planen har ${detail?.expected} år (budgetåret + ${plan.planYears})`,
        `has ${count} amounts, but the plan has ${detail?.expected} years (budget year + ${plan.planYears})`,
      );
    }
    case "duplicate-member":
      return both(`"${value}" är också medlem ${detail?.other}`, `"${value}" is also member ${detail?.other}`);
    case "zero-population":
      return both(
        "befolkningen summerar till noll, så avgifterna kan inte fördelas",
        "the populations add up to zero, so the fees cannot be shared",
      );
    case "not-a-date":
      return both(`${value} är inget datum`, `${value} is not a date`);
    case "end-before-start": {
      const start = valueAt(plan, [...path.slice(0, -1), path[0] === "interventions" ? "decidedFrom" : "start"]);
      return both(`${value} är före starten ${start}`, `${value} is before the start ${start}`);
    }
    case "outside-follow-up-year":
      return both(
        `${value} är inte i uppföljningsåret ${detail?.expected}`,
        `${value} is not in the follow-up year ${detail?.expected}`,
      );
    case "incomplete-decision":
      return both(
        "ett beslut behöver decidedTotal, decidedFrom och decidedTo tillsammans",
        "a decision needs decidedTotal, decidedFrom and decidedTo together",
      );
    case "decision-too-long":
      return both(
        `${value}: ett beslut sträcker sig över högst ${detail?.max} kalenderår`,
        `${value}: a decision spans at most ${detail?.max} calendar years`,
      );
    case "differs-from-decision":
      return both(
        `${value} är inte beslutets andel av året, ${detail?.expected}`,
        `${value} is not the decision's share of the year, ${detail?.expected}`,
      );
  }
}
