import { kronor } from "../model/display";
import { money } from "../model/money";
import { ClosingEquity, nextYearPlan, prognosisClosing } from "../model/next-year";
import { NEXT_YEAR_MESSAGES } from "../model/next-year-messages";
import { AccountsReadError, describeAccountsReadProblem, readAccountsEquity } from "../review/accounts-reader";
import { readWorkbookFile } from "../xlsx/read-workbook";
import { PlanFileError } from "../templates/read-plan";
import { Cli, parseCommandLine, runCli } from "./cli";
import { readPlanFrom, validated, writePlanTo } from "./plan-files";

const ARGUMENTS =
  "plan.xlsx|plan.json [--closing N | --accounts accounts.xlsx] --out next.json|next.xlsx [--lang sv|en]";
const USAGE = { sv: ARGUMENTS, en: ARGUMENTS };

const TEXTS = {
  sv: {
    onePlan: "ange en plan (arbetsbok eller planfil) och --out",
    cannotBeRead: (reason: string) => `kan inte läsas som en plan: ${reason}`,
    notKronor: (value: string) => `--closing ska vara hela kronor, inte "${value}"`,
    closingOrAccounts: "ange --closing eller --accounts, inte båda",
    notAccounts: (reason: string) => `kan inte läsas som ett bokslut: ${reason}`,
    otherYear: (accounts: number, year: number) =>
      `bokslutet gäller ${accounts}, men planens budgetår är ${year}: nästa års plan börjar med ${year} års utgående eget kapital`,
    notValid: (reason: string) => `nästa års plan är inte giltig: ${reason}`,
    cannotBeWritten: (reason: string) => `kan inte skrivas (${reason})`,
    wrote: (path: string, first: number, last: number) => `skrev ${path}: planen för ${first}–${last}`,
  },
  en: {
    onePlan: "give one plan (workbook or plan file) and --out",
    cannotBeRead: (reason: string) => `cannot be read as a plan: ${reason}`,
    notKronor: (value: string) => `--closing must be whole kronor, not "${value}"`,
    closingOrAccounts: "give --closing or --accounts, not both",
    notAccounts: (reason: string) => `cannot be read as annual accounts: ${reason}`,
    otherYear: (accounts: number, year: number) =>
      `the accounts are of ${accounts}, but the plan's budget year is ${year}: next year's plan opens with ${year}'s closing equity`,
    notValid: (reason: string) => `next year's plan is not valid: ${reason}`,
    cannotBeWritten: (reason: string) => `cannot be written (${reason})`,
    wrote: (path: string, first: number, last: number) => `wrote ${path}: the plan for ${first}–${last}`,
  },
} as const;

/**
 * `npm run next-year`: next year's plan from this year's plan workbook or file
 * (docs/domain.md rule 11), as a plan file or a plan workbook. The opening
 * equity is the budget year's closing: from the annual accounts (--accounts, a
 * workbook `npm run accounts` wrote) or as typed (--closing), else from the
 * follow-up's prognosis when the plan follows up its budget year, else the
 * plan's own. Says which, and what the kansli must still update. Exit 2 with
 * the reason, and no file, when the plan or the accounts cannot be read or the
 * new plan is not valid.
 */
async function main(argv: string[], cli: Cli): Promise<number> {
  const { language } = cli;
  const say = { ...TEXTS[language], ...NEXT_YEAR_MESSAGES[language] };
  const parsed = parseCommandLine(
    {
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: "string" },
        lang: { type: "string" },
        closing: { type: "string" },
        accounts: { type: "string" },
      },
    },
    language,
  );
  if ("error" in parsed) return cli.failWithUsage(parsed.error);
  const [input, ...rest] = parsed.positionals;
  const { out, closing: closingText, accounts } = parsed.values;
  if (!input || rest.length > 0 || !out) return cli.failWithUsage(say.onePlan);
  if (closingText !== undefined && accounts !== undefined) return cli.failWithUsage(say.closingOrAccounts);
  let closing: ClosingEquity | undefined;
  if (closingText !== undefined) {
    const amount = Number(closingText.replace(/[\s\u00a0]/g, ""));
    if (!Number.isSafeInteger(amount)) return cli.fail(say.notKronor(closingText));
    closing = { amount, source: "closing-given" };
  }

  const plan = await readPlanFrom(input, language);
  if ("reason" in plan) return cli.fail(`${input}: ${say.cannotBeRead(plan.reason)}`);
  if (accounts !== undefined) {
    let equity;
    try {
      equity = readAccountsEquity(await readWorkbookFile(accounts));
    } catch (error) {
      const reason =
        error instanceof AccountsReadError
          ? describeAccountsReadProblem(error.problem, language)
          : `${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
      return cli.fail(`${accounts}: ${say.notAccounts(reason)}`);
    }
    if (equity.year !== plan.budgetYear) return cli.fail(`${accounts}: ${say.otherYear(equity.year, plan.budgetYear)}`);
    closing = { amount: equity.closing.toDecimalPlaces(0).toNumber(), source: "accounts" };
  }
  const next = nextYearPlan(plan, closing ?? prognosisClosing(plan));
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
