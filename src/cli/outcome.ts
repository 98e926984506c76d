import { basename } from "node:path";
import { parseArgs } from "node:util";
import { amountOre } from "../model/display";
import { money } from "../model/money";
import { ImportPreview, previewImport } from "../outcome/import";
import { ImportProblem, importProblemText } from "../outcome/messages";
import { skipReasonText } from "../sie/messages";
import type { Language } from "../model/language";
import { readSieFile } from "./sie-file";
import { writeWorkbookFile } from "./write-workbook";
import { Cli, describeArgumentError, runCli } from "./cli";
import { openEditableWorkbook } from "../xlsx/editable-workbook";
import { OutcomeWorkbookError, applyOutcome, readOutcomeCells, undoLastImport } from "../xlsx/outcome-workbook";
import { describeFileError } from "../xlsx/workbook-file-error";

const USAGE = {
  sv:
    "plan.xlsx bokföring.se --as-of ÅÅÅÅ-MM-DD --out uppföljd.xlsx [--lang sv|en]\n" +
    "       npm run outcome -- plan.xlsx --undo --out återställd.xlsx",
  en:
    "plan.xlsx ledger.se --as-of YYYY-MM-DD --out followed-up.xlsx [--lang sv|en]\n" +
    "       npm run outcome -- plan.xlsx --undo --out restored.xlsx",
};
const REQUIRED = {
  sv: (option: string) => `${option} krävs`,
  en: (option: string) => `${option} is required`,
};

/** Problems listed; the rest are counted. */
const SHOWN_PROBLEMS = 20;

/** What the command says about the SIE file and the import, in Swedish and English. */
const TEXTS = {
  sv: {
    noImportToUndo: "loggen har ingen import att ångra",
    cannotBeUsed: (reason: string) => `kan inte användas (${reason})`,
    undone: (file: string, at: string, cells: number) =>
      `ångrade importen av ${file} (${at}): ${cells} celler återställda`,
    cannotBeWritten: (reason: string) => `kan inte skrivas (${reason})`,
    wrote: (file: string) => `skrev ${file}`,
    nothingImported: "inget importerat",
    more: (count: number) => `… och ${count} till`,
    summary: (company: string, year: string, verifications: number, counted: number, asOf: string, later: number) =>
      `${company}, räkenskapsår ${year}: ${verifications} verifikationer; ${counted} kostnadstransaktioner till och med ${asOf} räknade, ${later} senare lämnade utanför`,
    noCompany: "(inget företagsnamn)",
    empty: "(tomt)",
    notMapped: (names: string) => `inte i Kopplingar, lämnas som de är: ${names}`,
    unmapped: (account: string, amount: string, transactions: number) =>
      `kostnad på konto ${account} som inte finns i Kopplingar: ${amount} (${transactions} transaktioner)`,
    skipped: (count: number, label: string, line: number, reason: string) =>
      `förbigick ${count} × ${label} (från rad ${line}): ${reason}`,
    warning: "varning",
  },
  en: {
    noImportToUndo: "the log has no import to undo",
    cannotBeUsed: (reason: string) => `cannot be used (${reason})`,
    undone: (file: string, at: string, cells: number) => `undid the import of ${file} (${at}): ${cells} cells restored`,
    cannotBeWritten: (reason: string) => `cannot be written (${reason})`,
    wrote: (file: string) => `wrote ${file}`,
    nothingImported: "nothing imported",
    more: (count: number) => `… and ${count} more`,
    summary: (company: string, year: string, verifications: number, counted: number, asOf: string, later: number) =>
      `${company}, fiscal year ${year}: ${verifications} verifications; ${counted} cost transactions up to ${asOf} counted, ${later} dated later left out`,
    noCompany: "(no company name)",
    empty: "(empty)",
    notMapped: (names: string) => `not in Kopplingar, left as they are: ${names}`,
    unmapped: (account: string, amount: string, transactions: number) =>
      `cost on account ${account} not in Kopplingar: ${amount} (${transactions} transactions)`,
    skipped: (count: number, label: string, line: number, reason: string) =>
      `passed over ${count} × ${label} (from line ${line}): ${reason}`,
    warning: "warning",
  },
} as const;

/**
 * `npm run outcome`: imports the outcome so far from an SIE file into a plan
 * workbook's Utfall cells, as Kopplingar maps the books, and writes the result
 * as a new file with the replaced values in the log sheet (`--undo` puts the
 * latest import's values back). Exit 2 with the reasons, and no file, when the
 * plan or the SIE file cannot be used.
 */
async function main(argv: string[], cli: Cli): Promise<number> {
  let parsed: { values: { "as-of"?: string; out?: string; undo?: boolean; lang?: string }; positionals: string[] };
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        "as-of": { type: "string" },
        out: { type: "string" },
        undo: { type: "boolean" },
        lang: { type: "string" },
      },
    });
  } catch (error) {
    return cli.failWithUsage(describeArgumentError(error, cli.language));
  }
  const { values, positionals } = parsed;
  const [planPath, siePath] = positionals;
  const undo = values.undo === true;
  const language = cli.language;
  const say = TEXTS[language];
  if (!values.out) return cli.failWithUsage(REQUIRED[cli.language]("--out"));
  if (!planPath || positionals.length !== (undo ? 1 : 2)) return cli.failWithUsage(ARGUMENTS[cli.language]);
  if (!undo && !values["as-of"]) return cli.failWithUsage(REQUIRED[cli.language]("--as-of"));

  let workbook: Awaited<ReturnType<typeof openEditableWorkbook>>;
  try {
    workbook = await openEditableWorkbook(planPath);
  } catch (error) {
    return cli.fail(`${planPath}: ${UNREADABLE_PLAN[cli.language]}: ${describeFileError(error, cli.language)}`);
  }
  try {
    if (undo) {
      const undone = undoLastImport(workbook);
      if (undone.length === 0) return cli.fail(`${planPath}: ${say.noImportToUndo}`);
      console.log(say.undone(undone[0].file, undone[0].importedAt, undone.length));
    } else {
      const cells = readOutcomeCells(workbook);
      const file = readSieFile(siePath, language);
      if ("reason" in file) return cli.fail(`${siePath}: ${file.reason}`);
      const preview = previewImport(cells, file.bytes, values["as-of"] as string);
      if (!preview.ok) return cli.fail(problemsText(siePath, preview.problems, language));
      printPreview(preview, language);
      applyOutcome(workbook, preview, basename(siePath), new Date().toISOString().slice(0, 19).replace("T", " "));
    }
  } catch (error) {
    // A workbook that is not the plan's shape can break anywhere in reading it: a message, not a stack trace.
    const message = error instanceof OutcomeWorkbookError ? error.reason[language] : say.cannotBeUsed(reason(error));
    return cli.fail(`${planPath}: ${message}`);
  }

  try {
    await writeWorkbookFile(workbook, values.out);
  } catch (error) {
    return cli.fail(`${values.out}: ${say.cannotBeWritten(reason(error))}`);
  }
  console.log(say.wrote(values.out));
  return 0;
}

const kronor = (value: number | null, language: Language) =>
  value === null ? TEXTS[language].empty : amountOre(money(value));

function printPreview(preview: Extract<ImportPreview, { ok: true }>, language: Language): void {
  const { report, changes, sie } = preview;
  const say = TEXTS[language];
  const year = report.fiscalYear ? `${report.fiscalYear.start}–${report.fiscalYear.end}` : preview.asOf.slice(0, 4);
  console.log(
    say.summary(
      report.company || say.noCompany,
      year,
      report.verifications,
      report.counted,
      preview.asOf,
      report.later,
    ),
  );
  const width = Math.max(...changes.map((change) => change.target.length), 10);
  for (const change of changes) {
    console.log(
      `  ${change.target.padEnd(width)}  ${kronor(change.before, language).padStart(16)} → ${kronor(change.after.toNumber(), language).padStart(16)}`,
    );
  }
  if (report.notMapped.length > 0) console.log(say.notMapped(report.notMapped.join("; ")));
  for (const account of report.unmapped) {
    const amount = kronor(account.amount.toNumber(), language);
    console.log(say.unmapped(`${account.account} ${account.name}`, amount, account.transactions));
  }
  for (const skipped of sie.skipped) {
    const reason = skipReasonText(skipped.reason, language);
    console.log(say.skipped(skipped.count, skipped.label, skipped.firstLine, reason));
  }
  for (const warning of sie.warnings) console.log(`${say.warning}: ${importProblemText(warning, language)}`);
}

function problemsText(path: string, problems: readonly ImportProblem[], language: Language): string {
  const shown = problems.slice(0, SHOWN_PROBLEMS).map((problem) => importProblemText(problem, language));
  const more = problems.length > shown.length ? `\n- ${TEXTS[language].more(problems.length - shown.length)}` : "";
  return `${path}: ${TEXTS[language].nothingImported}:\n- ${shown.join("\n- ")}${more}`;
}

const reason = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

const UNREADABLE_PLAN = { sv: "planen kan inte läsas", en: "the plan cannot be read" } as const;
const ARGUMENTS = {
  sv: "ange en plan och en SIE-fil, eller en plan och --undo",
  en: "give a plan and an SIE file, or a plan and --undo",
} as const;

runCli({ name: "outcome", usage: USAGE }, main);
