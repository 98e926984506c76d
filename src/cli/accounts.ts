import { unmappedAccounts } from "../model/annual-accounts";
import { DEFAULT_CHART } from "../model/chart";
import { booksBalances } from "../sie/account-balances";
import type { FiscalYear } from "../sie/ledger";
import { SieIssue, sieText } from "../sie/messages";
import { readSie } from "../sie/read-sie";
import { Unit } from "../templates/accounts-context";
import { accountsWorkbook } from "../templates/accounts-workbook";
import { readPlanBudget } from "../xlsx/plan-budget";
import { writeSheetPdf } from "../xlsx/sheet-pdf";
import { specToWorkbook } from "../xlsx/xlsx-writer";
import { Cli, parseCommandLine, runCli } from "./cli";
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
  const reading = readSie(file.bytes);
  const { fiscalYear } = reading.ledger;
  const reasons = [...reading.problems.map((issue) => sieText(issue, language)), ...(fiscalYear ? [] : [texts.noYear])];
  if (reasons.length > 0 || !fiscalYear)
    return cli.fail(`${path}: ${texts.cannotUse}\n${reasons.map((r) => `- ${r}`).join("\n")}`);

  const books = booksBalances(reading.ledger);
  // The reader's own comparison with #RES/#UB is said again, with the amounts, by the balances.
  const warnings: SieIssue[] = [...reading.warnings.filter((w) => w.code !== "balance-mismatch"), ...books.warnings];
  const previous = reading.ledger.previousYear ?? yearBefore(fiscalYear);
  const year = fiscalYear.end.slice(0, 4);
  const budget = values.plan ? await readPlanBudget(values.plan, Number(year)) : undefined;
  if (values.plan && !budget) return cli.fail(`${values.plan}: ${texts.noBudget(year)}`);
  const spec = accountsWorkbook({
    company: reading.ledger.company,
    years: [year, previous.end.slice(0, 4)],
    yearEnds: [fiscalYear.end, previous.end],
    balances: books.balances,
    chart: DEFAULT_CHART,
    unit: unit as Unit,
    language,
    budget,
  });
  await writeWorkbookFile(specToWorkbook(spec), values.out);
  if (values.pdf) await writeSheetPdf(spec, PRINTED, values.pdf);

  const lines = [texts.written(values.out), ...(values.pdf ? [texts.written(values.pdf)] : [])];
  if (warnings.length > 0) lines.push(texts.warnings, ...warnings.map((w) => `- ${sieText(w, language)}`));
  process.stdout.write(`${lines.join("\n")}\n`);
  const unmapped = unmappedAccounts(books.balances, DEFAULT_CHART);
  if (unmapped.length === 0) return 0;
  process.stderr.write(`${texts.unmapped(unmapped.map((b) => `${b.account} ${b.name}`).join(", "))}\n`);
  return 1;
}

/** The year before a fiscal year the file names without its predecessor (#RAR −1). */
function yearBefore(year: FiscalYear): FiscalYear {
  const shift = (iso: string) => `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}`;
  return { start: shift(year.start), end: shift(year.end) };
}

runCli({ name: "accounts", usage: USAGE }, main);
