import { readFileSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { PlanInput } from "../model/plan";
import { Language } from "../templates/labels";
import { PlanFileError, readPlan } from "../templates/read-plan";
import { planWorkbook } from "../templates/workbook";
import { specToWorkbook } from "../xlsx/xlsx-writer";

const USAGE = "usage: npm run workbook -- --out plan.xlsx [--input plan.json] [--lang sv|en]";
export const EXAMPLE_PLAN = join(__dirname, "..", "..", "examples", "rar-sormland-2025.json");

/**
 * `npm run workbook`: writes the plan workbook as an .xlsx file, from a plan
 * JSON file or the built-in example. Exit 2 with a message (and no file) when
 * the input cannot be used.
 */
async function main(argv: string[]): Promise<number> {
  let options: { out?: string; input?: string; lang?: string };
  try {
    options = parseArgs({
      args: argv,
      options: { out: { type: "string" }, input: { type: "string" }, lang: { type: "string" } },
    }).values;
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (!options.out) return fail(`--out is required\n${USAGE}`);
  const language = options.lang ?? "sv";
  if (language !== "sv" && language !== "en") return fail(`--lang must be sv or en, not "${language}"`);

  let plan: PlanInput;
  const inputPath = options.input ?? EXAMPLE_PLAN;
  try {
    plan = readPlan(readFileSync(inputPath, "utf8"));
  } catch (error) {
    if (error instanceof PlanFileError) return fail(`${inputPath}: ${error.message}`);
    return fail(`${inputPath}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }

  const spec = planWorkbook(plan, { language: language as Language });
  const large = plan.members.length + plan.followUp.interventions.length > 200;
  const progress = (name: string) => large && process.stderr.write(`\rwriting ${name}…`.padEnd(60));
  const workbook = specToWorkbook(spec, progress);
  // Written beside the target and renamed into place: a failed write leaves no half-written file.
  const partial = `${options.out}.partial`;
  try {
    await workbook.xlsx.writeFile(partial);
    renameSync(partial, options.out);
  } catch (error) {
    rmSync(partial, { force: true });
    return fail(`${options.out}: cannot be written (${(error as Error).message})`);
  }
  if (large) process.stderr.write("\n");
  console.log(`wrote ${options.out}: ${spec.sheets.map((s) => s.name).join(", ")}`);
  return 0;
}

function fail(message: string): number {
  console.error(`finsam workbook: ${message}`);
  return 2;
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code));
