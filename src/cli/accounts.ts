import { memberRevenues } from "../model/member-revenues";
import { importProblemText } from "../outcome/messages";
import { yearCosts } from "../outcome/year-costs";
import type { SieLedger } from "../sie/ledger";
import type { Language } from "../model/language";
import { sieText } from "../sie/messages";
import { booksForAccounts } from "../sie/books-for-accounts";
import { readSie } from "../sie/read-sie";
import { NoteBreakdowns, Unit } from "../templates/accounts-context";
import { accountsWorkbook } from "../templates/accounts-workbook";
import { openEditableWorkbook } from "../xlsx/editable-workbook";
import { OutcomeWorkbookError, readOutcomeCells } from "../xlsx/outcome-workbook";
import { readPlanBudget } from "../xlsx/plan-budget";
import { writeSheetPdf } from "../xlsx/sheet-pdf";
import { specToWorkbook } from "../xlsx/xlsx-writer";
import { Cli, parseCommandLine, runCli } from "./cli";
import { readPlanFrom } from "./plan-files";
import { readSieFile } from "./sie-file";
import { writeWorkbookFile } from "./write-workbook";

const USAGE = {
  sv: "bokforing.se --out bokslut.xlsx [--plan plan.xlsx] [--unit tkr|kr] [--lang sv|en] [--pdf bokslut.pdf]",
  en: "ledger.se --out accounts.xlsx [--plan plan.xlsx] [--unit tkr|kr] [--lang sv|en] [--pdf accounts.pdf]",
};

const TEXTS = {
  sv: {
    oneFile: "ange en SIE-fil",
    out: "ange --out bokslut.xlsx",
    unit: "--unit ska vara tkr eller kr",
    cannotUse: "filen kan inte användas för bokslutet:",
    noYear: "filen anger inget räkenskapsår (#RAR 0 med datum)",
    noBudget: (year: string) =>
      `planen har ingen budget för ${year} (namnet Eget_kapital_${year} och raderna för summa intäkter och kostnader)`,
    notAPlan: (reason: string) => `kan inte läsas som en plan: ${reason}`,
    noMembers: (year: string) => `planen har inga medlemsbidrag för ${year}: Noter visar inte intäkterna per part`,
    noCosts: (reason: string) =>
      `Kopplingar i planen går inte att använda (${reason}): Noter visar inte kostnaderna per kostnadsrad och insats`,
    noVerifications: "filen har inga verifikationer",
    nothingMapped: "inga rader",
    warnings: "Att känna till:",
    unmapped: (list: string) =>
      `FEL: konton med belopp som ingen rad i Kontoplan tar (tabellerna saknar dem tills Kontoplan rättas): ${list}`,
    written: (path: string) => `skrev ${path}`,
  },
  en: {
    oneFile: "give one SIE file",
    out: "give --out accounts.xlsx",
    unit: "--unit must be tkr or kr",
    cannotUse: "the file cannot be used for the accounts:",
    noYear: "the file names no fiscal year (#RAR 0 with its dates)",
    noBudget: (year: string) =>
      `the plan has no budget for ${year} (the name Eget_kapital_${year} and the rows of total revenues and costs)`,
    notAPlan: (reason: string) => `cannot be read as a plan: ${reason}`,
    noMembers: (year: string) =>
      `the plan has no member contributions for ${year}: the Notes do not show revenues per party`,
    noCosts: (reason: string) =>
      `the plan's Kopplingar cannot be used (${reason}): the Notes do not show costs per cost row and intervention`,
    noVerifications: "the file has no verifications",
    nothingMapped: "no rows",
    warnings: "To know:",
    unmapped: (list: string) =>
      `ERROR: accounts with amounts that no line of the Chart takes (the tables miss them until the Chart is corrected): ${list}`,
    written: (path: string) => `wrote ${path}`,
  },
} as const;

/** The statements that go to print, in order. */
const PRINTED = ["income", "balance", "cashFlow", "operating", "notes", "keyFigures"];

/**
 * `npm run accounts`: the annual accounts from an SIE file, as a workbook of
 * live formulas over the books' balances (and as a PDF with --pdf). Exit 0
 * when written; 1 when written but accounts with amounts have no line (the
 * user must see them); 2 when the file or the arguments cannot be used, with
 * every reason.
 */
async function main(argv: string[], cli: Cli): Promise<number> {
  const { language } = cli;
  const texts = TEXTS[language];
  const parsed = parseCommandLine(
    {
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: "string" },
        plan: { type: "string" },
        unit: { type: "string" },
        lang: { type: "string" },
        pdf: { type: "string" },
      },
    },
    language,
  );
  if ("error" in parsed) return cli.failWithUsage(parsed.error);
  const { values, positionals } = parsed;
  const unit = values.unit ?? "tkr";
  if (unit !== "tkr" && unit !== "kr") return cli.failWithUsage(texts.unit);
  const [path, ...rest] = positionals;
  if (!path || rest.length > 0) return cli.failWithUsage(texts.oneFile);
  if (!values.out) return cli.failWithUsage(texts.out);

  const file = readSieFile(path, language);
  if ("reason" in file) return cli.fail(`${path}: ${file.reason}`);
  const books = booksForAccounts(readSie(file.bytes));
  if (!books.ok) {
    const reasons = [
      ...books.problems.map((issue) => sieText(issue, language)),
      ...(books.noFiscalYear ? [texts.noYear] : []),
    ];
    return cli.fail(`${path}: ${texts.cannotUse}\n${reasons.map((r) => `- ${r}`).join("\n")}`);
  }
  const { ledger, fiscalYear, warnings } = books;
  const year = books.accounts.years[0];
  const budget = values.plan ? await readPlanBudget(values.plan, Number(year)) : undefined;
  if (values.plan && !budget) return cli.fail(`${values.plan}: ${texts.noBudget(year)}`);
  const notes: string[] = [];
  let breakdowns: NoteBreakdowns | undefined;
  if (values.plan) {
    const plan = await readPlanFrom(values.plan, language);
    if ("reason" in plan) return cli.fail(`${values.plan}: ${texts.notAPlan(plan.reason)}`);
    const members = memberRevenues(plan, Number(year));
    if (!members) notes.push(texts.noMembers(year));
    const costs = await planYearCosts(values.plan, ledger, fiscalYear.end, language);
    if ("reason" in costs) notes.push(texts.noCosts(costs.reason));
    breakdowns = { members, costs: "reason" in costs ? undefined : costs };
  }
  const spec = accountsWorkbook({ ...books.accounts, unit: unit as Unit, language, budget, breakdowns });
  await writeWorkbookFile(specToWorkbook(spec), values.out);
  if (values.pdf) await writeSheetPdf(spec, PRINTED, values.pdf);

  const lines = [texts.written(values.out), ...(values.pdf ? [texts.written(values.pdf)] : [])];
  const said = [...warnings.map((w) => sieText(w, language)), ...notes];
  if (said.length > 0) lines.push(texts.warnings, ...said.map((text) => `- ${text}`));
  process.stdout.write(`${lines.join("\n")}\n`);
  const { unmapped } = books;
  if (unmapped.length === 0) return 0;
  process.stderr.write(`${texts.unmapped(unmapped.map((b) => `${b.account} ${b.name}`).join(", "))}\n`);
  return 1;
}

/**
 * The fiscal year's costs per cost row and intervention as the plan's Kopplingar maps the books;
 * why not, when the plan's cells or its mapping cannot be read, or the books have no verifications.
 */
async function planYearCosts(
  planPath: string,
  ledger: SieLedger,
  yearEnd: string,
  language: Language,
): Promise<NonNullable<NoteBreakdowns["costs"]> | { reason: string }> {
  if (ledger.yearMovements?.source !== "verifications") return { reason: TEXTS[language].noVerifications };
  try {
    const { costs, problems } = yearCosts(ledger, readOutcomeCells(await openEditableWorkbook(planPath)), yearEnd);
    if (problems.length > 0) return { reason: problems.map((p) => importProblemText(p, language)).join("; ") };
    return costs.length > 0 ? costs : { reason: TEXTS[language].nothingMapped };
  } catch (error) {
    return { reason: error instanceof OutcomeWorkbookError ? error.reason[language] : (error as Error).message };
  }
}

runCli({ name: "accounts", usage: USAGE }, main);
