import { Language } from "../model/language";
import { Finding, errorCount, reviewWorkbook } from "../review/review";
import { ReadWorkbook } from "../review/cells";
import { readWorkbookFile } from "../xlsx/read-workbook";
import { describeFileError } from "../xlsx/workbook-file-error";
import { Cli, parseCommandLine, runCli } from "./cli";

const WORDS: Record<
  Language,
  {
    error: string;
    warning: string;
    none: string;
    oneWorkbook: string;
    unreadable: (path: string, reason: string) => string;
    summary: (e: number, w: number) => string;
  }
> = {
  sv: {
    error: "FEL",
    warning: "VARNING",
    none: "Inga fel hittades.",
    oneWorkbook: "ange en arbetsbok att granska",
    unreadable: (path, reason) => `${path}: kan inte läsas: ${reason}`,
    summary: (e, w) => `${e} fel, ${w} ${w === 1 ? "varning" : "varningar"}.`,
  },
  en: {
    error: "ERROR",
    warning: "WARNING",
    none: "No slips found.",
    oneWorkbook: "give one workbook to review",
    unreadable: (path, reason) => `${path}: cannot be read: ${reason}`,
    summary: (e, w) => `${e} ${e === 1 ? "error" : "errors"}, ${w} ${w === 1 ? "warning" : "warnings"}.`,
  },
};

/**
 * `npm run check`: reviews a plan workbook and prints its slips, grouped by
 * sheet. Exit 0 without errors (warnings alone do not fail), 1 with errors, 2
 * when the file was not read (not a workbook the review can read, or one
 * without a single cell): one line saying why, never a stack trace.
 */
async function main(argv: string[], cli: Cli): Promise<number> {
  const words = WORDS[cli.language];
  const parsed = parseCommandLine(
    { args: argv, allowPositionals: true, options: { json: { type: "boolean" }, lang: { type: "string" } } },
    cli.language,
  );
  if ("error" in parsed) return cli.failWithUsage(parsed.error);
  const [path, ...rest] = parsed.positionals;
  if (!path || rest.length > 0) return cli.failWithUsage(words.oneWorkbook);

  let workbook: ReadWorkbook;
  try {
    workbook = await readWorkbookFile(path);
  } catch (error) {
    return cli.fail(words.unreadable(path, describeFileError(error, cli.language)));
  }
  const findings = reviewWorkbook(workbook);
  if (parsed.values.json) {
    console.log(
      JSON.stringify({ file: path, errors: errorCount(findings), warnings: warnings(findings), findings }, null, 2),
    );
  } else {
    console.log(report(findings, cli.language));
  }
  return errorCount(findings) > 0 ? 1 : 0;
}

const warnings = (findings: readonly Finding[]) => findings.length - errorCount(findings);

function report(findings: readonly Finding[], language: Language): string {
  const words = WORDS[language];
  if (findings.length === 0) return words.none;
  const lines: string[] = [];
  let sheet: string | undefined;
  for (const finding of findings) {
    if (finding.sheet !== sheet) {
      sheet = finding.sheet;
      lines.push(lines.length > 0 ? `\n${sheet}` : sheet);
    }
    lines.push(`  ${finding.address.padEnd(6)} ${words[finding.severity].padEnd(8)} ${finding.message[language]}`);
  }
  lines.push("", words.summary(errorCount(findings), warnings(findings)));
  return lines.join("\n");
}

runCli(
  {
    name: "check",
    usage: { sv: "plan.xlsx [--json] [--lang sv|en]", en: "plan.xlsx [--json] [--lang sv|en]" },
  },
  main,
);
