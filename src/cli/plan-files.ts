import { readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import type { Language } from "../model/language";
import { PlanInput } from "../model/plan";
import { describePlanReadProblem, PlanReadError, readPlanWorkbook } from "../review/plan-reader";
import { MAX_PLAN_BYTES, megabytes, PlanFileError, readPlan } from "../templates/read-plan";
import { planWorkbook } from "../templates/workbook";
import { readWorkbookFile } from "../xlsx/read-workbook";
import { specToWorkbook } from "../xlsx/xlsx-writer";
import { writeWorkbookFile } from "./write-workbook";

/*
 * A plan from and to the files the commands take: a plan file (.json) or a plan
 * workbook (.xlsx), read back and validated as any plan file.
 */

const PROJECT = join(__dirname, "..", "..");
const SCHEMA = join(PROJECT, "src", "templates", "plan.schema.json");

/** A plan from a .json plan file or a plan workbook; the reason in the language asked for when it cannot be read. */
export async function readPlanFrom(path: string, language: Language): Promise<PlanInput | { reason: string }> {
  try {
    if (statSync(path).size > MAX_PLAN_BYTES && path.endsWith(".json")) {
      const most = megabytes(MAX_PLAN_BYTES);
      return { reason: language === "sv" ? `filen är större än ${most}` : `the file is larger than ${most}` };
    }
    if (!path.endsWith(".xlsx")) return readPlan(readFileSync(path, "utf8"));
    return validated(readPlanWorkbook(await readWorkbookFile(path)));
  } catch (error) {
    if (error instanceof PlanReadError) return { reason: describePlanReadProblem(error.problem, language) };
    if (error instanceof PlanFileError) return { reason: error.messageIn(language) };
    return { reason: `${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
}

/** The plan held to the plan file's schema and rules, as a file would be. */
export function validated(plan: PlanInput): PlanInput {
  return readPlan(JSON.stringify(plan));
}

/** Writes the plan as a plan file (.json, with its schema for editors) or as the plan workbook (.xlsx). */
export async function writePlanTo(plan: PlanInput, path: string, language: Language): Promise<void> {
  if (path.endsWith(".xlsx")) {
    await writeWorkbookFile(specToWorkbook(planWorkbook(plan, { language })), path);
    return;
  }
  // A plan read from a file may carry that file's $schema, relative to where it was.
  const rest = Object.fromEntries(Object.entries(plan).filter(([key]) => key !== "$schema"));
  // Inside the project an editor finds the schema by a relative path; elsewhere the path would name this machine.
  const insideProject = !relative(PROJECT, resolve(path)).startsWith("..");
  const schema = relative(dirname(resolve(path)), SCHEMA)
    .split(sep)
    .join("/");
  writeFileSync(path, `${JSON.stringify(insideProject ? { $schema: schema, ...rest } : rest, null, 2)}\n`);
}
