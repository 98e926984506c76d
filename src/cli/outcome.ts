import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { ImportPreview, previewImport } from "../outcome/import";
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

/** The largest SIE file read: a year of a large association's books is a few MB. */
const MAX_SIE_BYTES = 100 * 1024 * 1024;
/** Problems listed; the rest are counted. */
const SHOWN_PROBLEMS = 20;

/**
 * `npm run outcome`: imports the outcome so far from an SIE file into a plan
 * workbook's Utfall cells, as Kopplingar maps the books, and writes the result
 * as a new file with the replaced values in the log sheet (`--undo` puts the
 * latest import's values back). Exit 2 with the reasons, and no file, when the
 * plan or the SIE file cannot be used.
 */
async function main(argv: string[], cli: Cli): Promise<number> {
  let parsed: { values: { "as-of"?: string; out?: string; undo?: boolean }; positionals: string[] };
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
      if (undone.length === 0) return fail(`${planPath}: the log has no import to undo`);
      console.log(`undid the import of ${undone[0].file} (${undone[0].importedAt}): ${undone.length} cells restored`);
    } else {
      const cells = readOutcomeCells(workbook);
      let bytes: Buffer;
      try {
        const { size } = statSync(siePath);
        if (size > MAX_SIE_BYTES) return fail(`${siePath}: the file is over ${MAX_SIE_BYTES / 1024 / 1024} MB`);
        bytes = readFileSync(siePath);
      } catch (error) {
        return fail(`${siePath}: cannot be read (${reason(error)})`);
      }
      const preview = previewImport(cells, bytes, values["as-of"] as string);
      if (!preview.ok) return fail(problemsText(siePath, preview.problems));
      printPreview(preview);
      applyOutcome(workbook, preview, basename(siePath), new Date().toISOString().slice(0, 19).replace("T", " "));
    }
  } catch (error) {
    // A workbook that is not the plan's shape can break anywhere in reading it: a message, not a stack trace.
    const message = error instanceof OutcomeWorkbookError ? error.message : `cannot be used (${reason(error)})`;
    return fail(`${planPath}: ${message}`);
  }

  try {
    await writeWorkbookFile(workbook, values.out);
  } catch (error) {
    return fail(`${values.out}: cannot be written (${reason(error)})`);
  }
  console.log(`wrote ${values.out}`);
  return 0;
}

const kronor = (value: number | null) =>
  value === null
    ? "(empty)"
    : value.toLocaleString("sv-SE", {
        minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
        maximumFractionDigits: 2,
      });

function printPreview(preview: Extract<ImportPreview, { ok: true }>): void {
  const { report, changes } = preview;
  console.log(
    `${report.company || "(no company name)"}, fiscal year ${report.fiscalYear?.start}–${report.fiscalYear?.end}: ` +
      `${report.verifications} verifications; ${report.counted} cost transactions up to ${preview.asOf} counted, ` +
      `${report.later} dated later left out`,
  );
  const width = Math.max(...changes.map((change) => change.target.length), 10);
  for (const change of changes) {
    console.log(
      `  ${change.target.padEnd(width)}  ${kronor(change.before).padStart(16)} → ${kronor(change.after.toNumber()).padStart(16)}`,
    );
  }
  if (report.notMapped.length > 0) console.log(`not in Kopplingar, left as they are: ${report.notMapped.join("; ")}`);
  for (const account of report.unmapped) {
    console.log(
      `cost on account ${account.account} ${account.name} not in Kopplingar: ${kronor(account.amount.toNumber())} (${account.transactions} transactions)`,
    );
  }
  for (const skipped of report.skipped) {
    console.log(`passed over ${skipped.count} × ${skipped.label} (from line ${skipped.firstLine}): ${skipped.reason}`);
  }
}

function problemsText(path: string, problems: readonly string[]): string {
  const shown = problems.slice(0, SHOWN_PROBLEMS);
  const more = problems.length > shown.length ? `\n- … and ${problems.length - shown.length} more` : "";
  return `${path}: nothing imported:\n- ${shown.join("\n- ")}${more}`;
}

const reason = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

function fail(message: string): number {
  console.error(`finsam outcome: ${message}`);
  return 2;
}

const UNREADABLE_PLAN = { sv: "planen kan inte läsas", en: "the plan cannot be read" } as const;
const ARGUMENTS = {
  sv: "ange en plan och en SIE-fil, eller en plan och --undo",
  en: "give a plan and an SIE file, or a plan and --undo",
} as const;

runCli({ name: "outcome", usage: USAGE }, main);
