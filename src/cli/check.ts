import { statSync } from "node:fs";
import { parseArgs } from "node:util";
import { Language } from "../model/language";
import { Finding, errorCount, reviewWorkbook } from "../review/review";
import { ReadWorkbook } from "../review/cells";
import { readWorkbookFile } from "../xlsx/read-workbook";

const USAGE = "usage: npm run check -- plan.xlsx [--json] [--lang sv|en]";

const WORDS: Record<
  Language,
  { error: string; warning: string; none: string; summary: (e: number, w: number) => string }
> = {
  sv: {
    error: "FEL",
    warning: "VARNING",
    none: "Inga fel hittades.",
    summary: (e, w) => `${e} fel, ${w} ${w === 1 ? "varning" : "varningar"}.`,
  },
  en: {
    error: "ERROR",
    warning: "WARNING",
    none: "No slips found.",
    summary: (e, w) => `${e} ${e === 1 ? "error" : "errors"}, ${w} ${w === 1 ? "warning" : "warnings"}.`,
  },
};

/**
 * `npm run check`: reviews a plan workbook and prints its slips,
 * grouped by sheet. Exit 0 without errors (warnings alone do not fail), 1 with
 * errors, 2 when the file cannot be read: a message, never a stack trace.
 */
async function main(argv: string[]): Promise<number> {
  let parsed: { values: { json?: boolean; lang?: string }; positionals: string[] };
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: "boolean" }, lang: { type: "string" } },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
  const [path, ...rest] = parsed.positionals;
  if (!path || rest.length > 0) return fail(`give one workbook to review\n${USAGE}`);
  const language = parsed.values.lang ?? "sv";
  if (language !== "sv" && language !== "en") return fail(`--lang must be sv or en, not "${language}"`);

  let workbook: ReadWorkbook;
  try {
    if (!statSync(path).isFile()) return fail(`${path}: cannot be read (not a file)`);
    workbook = await readWorkbookFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : (code ?? "not an Excel workbook (.xlsx), or a damaged one");
    return fail(`${path}: cannot be read (${reason})`);
  }
  const findings = reviewWorkbook(workbook);
  if (parsed.values.json) {
    console.log(
      JSON.stringify({ file: path, errors: errorCount(findings), warnings: warnings(findings), findings }, null, 2),
    );
  } else {
    console.log(report(findings, language));
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

function fail(message: string): number {
  console.error(`finsam check: ${message}`);
  return 2;
}

main(process.argv.slice(2))
  .then((code) => (process.exitCode = code))
  .catch((error: unknown) => {
    process.exitCode = fail(`the review stopped (${(error as Error).message})`);
  });
