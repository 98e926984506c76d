import { kronor } from "../model/display";
import { money } from "../model/money";
import { ClosingEquity, nextYearPlan, OpeningSource } from "../model/next-year";
import { PlanFileError } from "../templates/read-plan";
import { Cli, parseCommandLine, runCli } from "./cli";
import { readPlanFrom, validated, writePlanTo } from "./plan-files";

const ARGUMENTS = "plan.xlsx|plan.json [--closing N] --out next.json|next.xlsx [--lang sv|en]";
const USAGE = { sv: ARGUMENTS, en: ARGUMENTS };

const TEXTS = {
  sv: {
    onePlan: "ange en plan (arbetsbok eller planfil) och --out",
    cannotBeRead: (reason: string) => `kan inte läsas som en plan: ${reason}`,
    notKronor: (value: string) => `--closing ska vara hela kronor, inte "${value}"`,
    notValid: (reason: string) => `nästa års plan är inte giltig: ${reason}`,
    cannotBeWritten: (reason: string) => `kan inte skrivas (${reason})`,
    wrote: (path: string, first: number, last: number) => `skrev ${path}: planen för ${first}–${last}`,
    opening: (amount: string, year: number, source: OpeningSource) =>
      `ingående eget kapital ${amount}: ${year} års utgående eget kapital ${
        {
          accounts: "enligt årsredovisningen",
          "closing-given": "som angavs med --closing",
          prognosis: "enligt prognosen",
          plan: "enligt planen (inget bokslut angavs)",
        }[source]
      }`,
    finished: (labels: string) => `avslutade insatser, inte med i den nya planen: ${labels}`,
    populations: (year: number) =>
      `kom ihåg: uppdatera medlemmarnas befolkning 16–64 år (SCB, 1 november ${year}) innan avgifterna skickas`,
  },
  en: {
    onePlan: "give one plan (workbook or plan file) and --out",
    cannotBeRead: (reason: string) => `cannot be read as a plan: ${reason}`,
    notKronor: (value: string) => `--closing must be whole kronor, not "${value}"`,
    notValid: (reason: string) => `next year's plan is not valid: ${reason}`,
    cannotBeWritten: (reason: string) => `cannot be written (${reason})`,
    wrote: (path: string, first: number, last: number) => `wrote ${path}: the plan for ${first}–${last}`,
    opening: (amount: string, year: number, source: OpeningSource) =>
      `opening equity ${amount}: ${year}'s closing equity ${
        {
          accounts: "from the annual accounts",
          "closing-given": "as given by --closing",
          prognosis: "from the prognosis",
          plan: "from the plan (no accounts given)",
        }[source]
      }`,
    finished: (labels: string) => `finished interventions, left out of the new plan: ${labels}`,
    populations: (year: number) =>
      `remember: update the members' populations aged 16–64 (SCB, 1 November ${year}) before the fees go out`,
  },
} as const;

/**
 * `npm run next-year`: next year's plan from this year's plan workbook or file
 * (docs/domain.md rule 11), as a plan file or a plan workbook. Says where the
 * opening equity came from and what the kansli must still update. Exit 2 with
 * the reason, and no file, when the plan cannot be read or the new one is not valid.
 */
async function main(argv: string[], cli: Cli): Promise<number> {
  const { language } = cli;
  const say = TEXTS[language];
  const parsed = parseCommandLine(
    {
      args: argv,
      allowPositionals: true,
      options: { out: { type: "string" }, lang: { type: "string" }, closing: { type: "string" } },
    },
    language,
  );
  if ("error" in parsed) return cli.failWithUsage(parsed.error);
  const [input, ...rest] = parsed.positionals;
  const { out, closing: closingText } = parsed.values;
  if (!input || rest.length > 0 || !out) return cli.failWithUsage(say.onePlan);
  let closing: ClosingEquity | undefined;
  if (closingText !== undefined) {
    const amount = Number(closingText.replace(/[\s\u00a0]/g, ""));
    if (!Number.isSafeInteger(amount)) return cli.fail(say.notKronor(closingText));
    closing = { amount, source: "closing-given" };
  }

  const plan = await readPlanFrom(input, language);
  if ("reason" in plan) return cli.fail(`${input}: ${say.cannotBeRead(plan.reason)}`);
  const next = nextYearPlan(plan, closing);
  let nextPlan;
  try {
    nextPlan = validated(next.plan);
  } catch (error) {
    if (error instanceof PlanFileError) return cli.fail(say.notValid(error.messageIn(language)));
    throw error;
  }
  try {
    await writePlanTo(nextPlan, out, language);
  } catch (error) {
    return cli.fail(`${out}: ${say.cannotBeWritten((error as Error).message)}`);
  }
  console.log(say.wrote(out, nextPlan.budgetYear, nextPlan.budgetYear + nextPlan.planYears));
  console.log(say.opening(kronor(money(next.opening.amount)), plan.budgetYear, next.opening.source));
  if (next.finished.length > 0) console.log(say.finished(next.finished.join(", ")));
  console.log(say.populations(plan.budgetYear));
  return 0;
}

runCli({ name: "next-year", usage: USAGE }, main);
