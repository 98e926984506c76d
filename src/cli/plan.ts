import { Cli, parseCommandLine, runCli } from "./cli";
import { readPlanFrom, writePlanTo } from "./plan-files";

const USAGE = { sv: "plan.xlsx --out plan.json [--lang sv|en]", en: "plan.xlsx --out plan.json [--lang sv|en]" };

const TEXTS = {
  sv: {
    oneWorkbook: "ange en planarbetsbok och --out",
    cannotBeRead: (reason: string) => `kan inte läsas som en plan: ${reason}`,
    cannotBeWritten: (reason: string) => `kan inte skrivas (${reason})`,
    wrote: (path: string, years: string) => `skrev ${path}: planen för ${years}`,
  },
  en: {
    oneWorkbook: "give one plan workbook and --out",
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
async function main(argv: string[], cli: Cli): Promise<number> {
  const { language } = cli;
  const say = TEXTS[language];
  const parsed = parseCommandLine(
    { args: argv, allowPositionals: true, options: { out: { type: "string" }, lang: { type: "string" } } },
    language,
  );
  if ("error" in parsed) return cli.failWithUsage(parsed.error);
  const [input, ...rest] = parsed.positionals;
  const { out } = parsed.values;
  if (!input || rest.length > 0 || !out) return cli.failWithUsage(say.oneWorkbook);

  const plan = await readPlanFrom(input, language);
  if ("reason" in plan) return cli.fail(`${input}: ${say.cannotBeRead(plan.reason)}`);
  try {
    await writePlanTo(plan, out, language);
  } catch (error) {
    return cli.fail(`${out}: ${say.cannotBeWritten((error as Error).message)}`);
  }
  console.log(say.wrote(out, `${plan.budgetYear}–${plan.budgetYear + plan.planYears}`));
  return 0;
}

runCli({ name: "plan", usage: USAGE }, main);
