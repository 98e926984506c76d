import { readFileSync, statSync } from "node:fs";
import { PlanInput } from "../model/plan";
import { Language } from "../model/language";
import { MAX_PLAN_BYTES, PlanFileError, megabytes, readPlan } from "../templates/read-plan";
import { planWorkbook } from "../templates/workbook";
import { writeSheetPdf } from "../xlsx/sheet-pdf";
import { describeFileError } from "../xlsx/workbook-file-error";
import { specToWorkbook } from "../xlsx/xlsx-writer";
import { EXAMPLE_PLAN } from "../templates/example-plan-file";
import { Cli, parseCommandLine, runCli } from "./cli";
import { writeWorkbookFile } from "./write-workbook";

const WORDS: Record<
  Language,
  {
    outRequired: string;
    tooLarge: (size: string, most: string) => string;
    unreadable: (path: string, reason: string) => string;
    unwritable: (path: string, reason: string) => string;
    unprinted: (path: string, reason: string) => string;
    noLibreOffice: string;
    writing: (sheet: string) => string;
    wrote: (path: string, sheets: string) => string;
    printed: (path: string, members: number) => string;
  }
> = {
  sv: {
    outRequired: "--out krävs",
    tooLarge: (size, most) => `filen är ${size}; en planfil är högst ${most}`,
    unreadable: (path, reason) => `${path}: kan inte läsas: ${reason}`,
    unwritable: (path, reason) => `${path}: kan inte skrivas (${reason})`,
    unprinted: (path, reason) => `${path}: kan inte skrivas ut (${reason})`,
    noLibreOffice: "LibreOffice (soffice) är inte installerat",
    writing: (sheet) => `skriver ${sheet}…`,
    wrote: (path, sheets) => `skrev ${path}: ${sheets}`,
    printed: (path, members) => `skrev ${path}: en sida per medlem (${members})`,
  },
  en: {
    outRequired: "--out is required",
    tooLarge: (size, most) => `the file is ${size}; a plan file is at most ${most}`,
    unreadable: (path, reason) => `${path}: cannot be read: ${reason}`,
    unwritable: (path, reason) => `${path}: cannot be written (${reason})`,
    unprinted: (path, reason) => `${path}: cannot be printed (${reason})`,
    noLibreOffice: "LibreOffice (soffice) is not installed",
    writing: (sheet) => `writing ${sheet}…`,
    wrote: (path, sheets) => `wrote ${path}: ${sheets}`,
    printed: (path, members) => `wrote ${path}: one page per member (${members})`,
  },
};

/**
 * `npm run workbook`: writes the plan workbook as an .xlsx file, from a plan
 * JSON file or the built-in example. Exit 2 with a message (and no file) when
 * the input cannot be used.
 */
async function main(argv: string[], cli: Cli): Promise<number> {
  const words = WORDS[cli.language];
  const parsed = parseCommandLine(
    {
      args: argv,
      options: {
        out: { type: "string" },
        input: { type: "string" },
        lang: { type: "string" },
        "no-protect": { type: "boolean" },
        "requests-pdf": { type: "string" },
      },
    },
    cli.language,
  );
  if ("error" in parsed) return cli.failWithUsage(parsed.error);
  const options = parsed.values;
  if (!options.out) return cli.failWithUsage(words.outRequired);

  let plan: PlanInput;
  const inputPath = options.input ?? EXAMPLE_PLAN;
  try {
    // Looked at before reading, so that a huge file is refused without filling the memory.
    const { size } = statSync(inputPath);
    if (size > MAX_PLAN_BYTES)
      return cli.fail(`${inputPath}: ${words.tooLarge(megabytes(size), megabytes(MAX_PLAN_BYTES))}`);
    plan = readPlan(readFileSync(inputPath, "utf8"));
  } catch (error) {
    if (error instanceof PlanFileError) return cli.fail(`${inputPath}: ${error.messageIn(cli.language)}`);
    return cli.fail(words.unreadable(inputPath, describeFileError(error, cli.language)));
  }

  const spec = planWorkbook(plan, { language: cli.language, protect: !options["no-protect"] });
  const large = plan.members.length + plan.followUp.interventions.length > 200;
  const progress = (name: string) => large && process.stderr.write(`\r${words.writing(name)}`.padEnd(60));
  const workbook = specToWorkbook(spec, progress);
  try {
    await writeWorkbookFile(workbook, options.out);
  } catch (error) {
    return cli.fail(words.unwritable(options.out, (error as Error).message));
  }
  if (large) process.stderr.write("\n");
  console.log(words.wrote(options.out, spec.sheets.map((s) => s.name).join(", ")));

  const requestsPdf = options["requests-pdf"];
  if (requestsPdf) {
    try {
      await writeSheetPdf(spec, "requests", requestsPdf);
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
      return cli.fail(words.unprinted(requestsPdf, missing ? words.noLibreOffice : (error as Error).message));
    }
    console.log(words.printed(requestsPdf, plan.members.length));
  }
  return 0;
}

const USAGE = "--out plan.xlsx [--input plan.json] [--lang sv|en] [--no-protect] [--requests-pdf hemstallan.pdf]";
runCli({ name: "workbook", usage: { sv: USAGE, en: USAGE } }, main);
