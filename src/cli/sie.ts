import { parseArgs } from "node:util";
import type { Money } from "../model/money";
import { SieIssue, sieMessage, sieText, skipReasonText } from "../sie/messages";
import { readSie } from "../sie/read-sie";
import { SieSummary, summarizeSie } from "../sie/summary";
import { SUMMARY_TEXTS } from "../sie/summary-texts";
import type { Language } from "../model/language";
import { endQuietlyOnClosedPipe } from "./closed-pipe";
import { readSieFile } from "./sie-file";

const USAGE = "npm run sie -- bokforing.se [--json] [--lang sv|en]";

const TEXTS = {
  sv: { usage: `användning: ${USAGE}`, oneFile: "ange en SIE-fil", lang: "--lang ska vara sv eller en" },
  en: { usage: `usage: ${USAGE}`, oneFile: "give one SIE file", lang: "--lang must be sv or en" },
} as const;

const LOCALE: Record<Language, string> = { sv: "sv-SE", en: "en-GB" };

/**
 * `npm run sie`: whether an SIE file can be imported and what it holds, before
 * any plan is involved. Exit 0 when it can be used (warnings alone do not
 * stop it), 2 when not, with every reason and its line; never a stack trace.
 */
function main(argv: string[]): number {
  let parsed: { values: { json?: boolean; lang?: string }; positionals: string[] };
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: "boolean" }, lang: { type: "string" } },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${TEXTS.sv.usage}`);
  }
  const language = parsed.values.lang ?? "sv";
  if (language !== "sv" && language !== "en") return fail(`${TEXTS.sv.lang}\n${TEXTS.sv.usage}`);
  const [path, ...rest] = parsed.positionals;
  if (!path || rest.length > 0) return fail(`${TEXTS[language].oneFile}\n${TEXTS[language].usage}`);

  const file = readSieFile(path, language);
  if ("reason" in file) return fail(`${path}: ${file.reason}`);
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

function fail(message: string): number {
  process.stderr.write(`finsam sie: ${message}\n`);
  return 2;
}

endQuietlyOnClosedPipe();
process.exitCode = main(process.argv.slice(2));
