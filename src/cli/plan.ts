import { parseArgs } from "node:util";
import type { Language } from "../model/language";
import { endQuietlyOnClosedPipe } from "./closed-pipe";
import { readPlanFrom, writePlanTo } from "./plan-files";

const USAGE = "npm run plan -- plan.xlsx --out plan.json [--lang sv|en]";

const TEXTS = {
  sv: {
    usage: `användning: ${USAGE}`,
    cannotBeRead: (reason: string) => `kan inte läsas som en plan: ${reason}`,
    cannotBeWritten: (reason: string) => `kan inte skrivas (${reason})`,
    wrote: (path: string, years: string) => `skrev ${path}: planen för ${years}`,
  },
  en: {
    usage: `usage: ${USAGE}`,
    cannotBeRead: (reason: string) => `cannot be read as a plan: ${reason}`,
    cannotBeWritten: (reason: string) => `cannot be written (${reason})`,
    wrote: (path: string, years: string) => `wrote ${path}: the plan for ${years}`,
  },
} as const;

/**
 * `npm run plan`: a plan workbook (written by the add-in or `npm run workbook`,
 * maybe edited in Excel since) read back into a plan file that validates.
 * Writing that file again gives the same workbook. Exit 2 with the reason, and
 * no file, when the workbook does not hold a plan.
 */
async function main(argv: string[]): Promise<number> {
  let parsed: { values: { out?: string; lang?: string }; positionals: string[] };
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { out: { type: "string" }, lang: { type: "string" } },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${TEXTS.sv.usage}`);
  }
  const { values, positionals } = parsed;
  const language = values.lang ?? "sv";
  if (language !== "sv" && language !== "en") return fail(`--lang ska vara sv eller en\n${TEXTS.sv.usage}`);
  const say = TEXTS[language as Language];
  if (positionals.length !== 1 || !values.out) return fail(say.usage);
  const [input] = positionals;

  const plan = await readPlanFrom(input, language);
  if ("reason" in plan) return fail(`${input}: ${say.cannotBeRead(plan.reason)}`);
  try {
    await writePlanTo(plan, values.out, language);
  } catch (error) {
    return fail(`${values.out}: ${say.cannotBeWritten((error as Error).message)}`);
  }
  console.log(say.wrote(values.out, `${plan.budgetYear}–${plan.budgetYear + plan.planYears}`));
  return 0;
}

function fail(message: string): number {
  console.error(`finsam plan: ${message}`);
  return 2;
}

endQuietlyOnClosedPipe();
main(process.argv.slice(2)).then((code) => (process.exitCode = code));
