import { readFileSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { PlanInput } from "../model/plan";
import { Language } from "../model/language";
import { MAX_PLAN_BYTES, PlanFileError, megabytes, readPlan } from "../templates/read-plan";
import { planWorkbook } from "../templates/workbook";
import { writeSheetPdf } from "../xlsx/sheet-pdf";
import { specToWorkbook } from "../xlsx/xlsx-writer";
import { EXAMPLE_PLAN } from "../templates/example-plan-file";
import { writeWorkbookFile } from "./write-workbook";

const USAGE =
  "usage: npm run workbook -- --out plan.xlsx [--input plan.json] [--lang sv|en] [--no-protect] [--requests-pdf hemstallan.pdf]";

/**
 * `npm run workbook`: writes the plan workbook as an .xlsx file, from a plan
 * JSON file or the built-in example. Exit 2 with a message (and no file) when
 * the input cannot be used.
 */
async function main(argv: string[]): Promise<number> {
  let options: { out?: string; input?: string; lang?: string; "no-protect"?: boolean; "requests-pdf"?: string };
  try {
    options = parseArgs({
      args: argv,
      options: {
        out: { type: "string" },
        input: { type: "string" },
        lang: { type: "string" },
        "no-protect": { type: "boolean" },
        "requests-pdf": { type: "string" },
      },
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
    // Looked at before reading, so that a huge file is refused without filling the memory.
    const { size } = statSync(inputPath);
    if (size > MAX_PLAN_BYTES) {
      throw new PlanFileError([`the file is ${megabytes(size)}; a plan file is at most ${megabytes(MAX_PLAN_BYTES)}`]);
    }
    plan = readPlan(readFileSync(inputPath, "utf8"));
  } catch (error) {
    if (error instanceof PlanFileError) return fail(`${inputPath}: ${error.message}`);
    return fail(`${inputPath}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }

  const spec = planWorkbook(plan, { language: language as Language, protect: !options["no-protect"] });
  const large = plan.members.length + plan.followUp.interventions.length > 200;
  const progress = (name: string) => large && process.stderr.write(`\rwriting ${name}…`.padEnd(60));
  const workbook = specToWorkbook(spec, progress);
  try {
    await writeWorkbookFile(workbook, options.out);
  } catch (error) {
    return fail(`${options.out}: cannot be written (${(error as Error).message})`);
  }
  if (large) process.stderr.write("\n");
  console.log(`wrote ${options.out}: ${spec.sheets.map((s) => s.name).join(", ")}`);

  const requestsPdf = options["requests-pdf"];
  if (requestsPdf) {
    try {
      await writeSheetPdf(spec, "requests", requestsPdf);
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
      const reason = missing ? "LibreOffice (soffice) is not installed" : (error as Error).message;
      return fail(`${requestsPdf}: cannot be printed (${reason})`);
    }
    console.log(`wrote ${requestsPdf}: one page per member (${plan.members.length})`);
  }
  return 0;
}

function fail(message: string): number {
  console.error(`finsam workbook: ${message}`);
  return 2;
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code));
