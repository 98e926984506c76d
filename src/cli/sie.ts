import type { Money } from "../model/money";
import { SieIssue, sieMessage, sieText, skipReasonText } from "../sie/messages";
import { readSie } from "../sie/read-sie";
import { SieSummary, summarizeSie } from "../sie/summary";
import { SUMMARY_TEXTS } from "../sie/summary-texts";
import type { Language } from "../model/language";
import { Cli, parseCommandLine, runCli } from "./cli";
import { readSieFile } from "./sie-file";

const USAGE = { sv: "bokforing.se [--json] [--lang sv|en]", en: "ledger.se [--json] [--lang sv|en]" };
const ONE_FILE = { sv: "ange en SIE-fil", en: "give one SIE file" } as const;

const LOCALE: Record<Language, string> = { sv: "sv-SE", en: "en-GB" };

/**
 * `npm run sie`: whether an SIE file can be imported and what it holds, before
 * any plan is involved. Exit 0 when it can be used (warnings alone do not
 * stop it), 2 when not, with every reason and its line; never a stack trace.
 */
async function main(argv: string[], cli: Cli): Promise<number> {
  const { language } = cli;
  const parsed = parseCommandLine(
    { args: argv, allowPositionals: true, options: { json: { type: "boolean" }, lang: { type: "string" } } },
    language,
  );
  if ("error" in parsed) return cli.failWithUsage(parsed.error);
  const [path, ...rest] = parsed.positionals;
  if (!path || rest.length > 0) return cli.failWithUsage(ONE_FILE[language]);

  const file = readSieFile(path, language);
  if ("reason" in file) return cli.fail(`${path}: ${file.reason}`);
  const summary = summarizeSie(readSie(file.bytes));
  process.stdout.write(
    parsed.values.json
      ? `${JSON.stringify(summaryJson(path, summary, language), null, 2)}\n`
      : summaryText(path, summary, language),
  );
  return summary.problems.length === 0 ? 0 : 2;
}

function summaryJson(file: string, summary: SieSummary, language: Language) {
  const issue = (issue: SieIssue) => ({ code: issue.code, line: issue.line, message: sieMessage(issue, language) });
  return {
    file,
    program: summary.program,
    company: summary.company,
    fiscalYear: summary.fiscalYear ?? null,
    encoding: summary.encoding,
    accounts: summary.accounts,
    verifications: summary.verifications,
    transactions: summary.transactions,
    movements: Object.fromEntries([...summary.movements].map(([account, amount]) => [account, amount.toFixed(2)])),
    skipped: summary.skipped.map((s) => ({ ...s, reason: skipReasonText(s.reason, language) })),
    warnings: summary.warnings.map(issue),
    problems: summary.problems.map(issue),
  };
}

function summaryText(file: string, summary: SieSummary, language: Language): string {
  const words = SUMMARY_TEXTS[language];
  const amount = (value: Money) =>
    Number(value.toFixed(2)).toLocaleString(LOCALE[language], { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const year = summary.fiscalYear ? `${summary.fiscalYear.start}–${summary.fiscalYear.end}` : words.noFiscalYear;
  const width = Math.max(0, ...[...summary.movements.keys()].map((account) => account.length));
  const lines = [
    `${file}: ${summary.problems.length === 0 ? words.usable : words.unusable}`,
    `${words.program}: ${summary.program || words.unnamed}`,
    `${words.company}: ${summary.company || words.unnamed}`,
    `${words.fiscalYear}: ${year}`,
    `${words.encoding}: ${summary.encoding}`,
    `${words.accounts}: ${summary.accounts}, ${words.verifications.toLowerCase()}: ${summary.verifications}, ` +
      `${words.transactions.toLowerCase()}: ${summary.transactions}`,
  ];
  const section = (heading: string, items: readonly string[]) => {
    if (items.length > 0) lines.push("", `${heading}:`, ...items);
  };
  section(
    words.movements,
    [...summary.movements].map(([account, value]) => `  ${account.padEnd(width)}  ${amount(value).padStart(18)}`),
  );
  section(
    words.passedOver,
    summary.skipped.map((s) => `- ${words.skipped(s.count, s.label, s.firstLine, skipReasonText(s.reason, language))}`),
  );
  section(
    words.warnings,
    summary.warnings.map((issue) => `- ${sieText(issue, language)}`),
  );
  section(
    words.problems,
    summary.problems.map((issue) => `- ${sieText(issue, language)}`),
  );
  return `${lines.join("\n")}\n`;
}

runCli({ name: "sie", usage: USAGE }, main);
