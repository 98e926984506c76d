import { parseArgs } from "node:util";
import { kronor } from "../model/display";
import type { Language } from "../model/language";
import { money } from "../model/money";
import { ClosingEquity, nextYearPlan, OpeningSource } from "../model/next-year";
import { PlanFileError } from "../templates/read-plan";
import { endQuietlyOnClosedPipe } from "./closed-pipe";
import { readPlanFrom, validated, writePlanTo } from "./plan-files";

const USAGE = "npm run next-year -- plan.xlsx|plan.json [--closing N] --out next.json|next.xlsx [--lang sv|en]";

const TEXTS = {
  sv: {
    usage: `användning: ${USAGE}`,
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
    usage: `usage: ${USAGE}`,
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
async function main(argv: string[]): Promise<number> {
  let parsed: { values: { out?: string; lang?: string; closing?: string }; positionals: string[] };
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { out: { type: "string" }, lang: { type: "string" }, closing: { type: "string" } },
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
  let closing: ClosingEquity | undefined;
  if (values.closing !== undefined) {
    const amount = Number(values.closing.replace(/[\s\u00a0]/g, ""));
    if (!Number.isSafeInteger(amount)) return fail(say.notKronor(values.closing));
    closing = { amount, source: "closing-given" };
  }

  const plan = await readPlanFrom(input, language);
  if ("reason" in plan) return fail(`${input}: ${say.cannotBeRead(plan.reason)}`);
  const next = nextYearPlan(plan, closing);
  let nextPlan;
  try {
    nextPlan = validated(next.plan);
  } catch (error) {
    if (error instanceof PlanFileError) return fail(say.notValid(error.message));
    throw error;
  }
  try {
    await writePlanTo(nextPlan, values.out, language);
  } catch (error) {
    return fail(`${values.out}: ${say.cannotBeWritten((error as Error).message)}`);
  }
  console.log(say.wrote(values.out, nextPlan.budgetYear, nextPlan.budgetYear + nextPlan.planYears));
  console.log(say.opening(kronor(money(next.opening.amount)), plan.budgetYear, next.opening.source));
  if (next.finished.length > 0) console.log(say.finished(next.finished.join(", ")));
  console.log(say.populations(plan.budgetYear));
  return 0;
}

function fail(message: string): number {
  console.error(`finsam next-year: ${message}`);
  return 2;
}

endQuietlyOnClosedPipe();
main(process.argv.slice(2)).then((code) => (process.exitCode = code));
