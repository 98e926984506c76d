import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { reviewWorkbook } from "../review/review";
import { planWorkbook } from "../templates/workbook";
import { readPlan } from "../templates/read-plan";
import { EXAMPLE_PLAN } from "../templates/example-plan-file";
import { openEditableWorkbook } from "../xlsx/editable-workbook";
import { readWorkbookFile } from "../xlsx/read-workbook";
import { specToWorkbook } from "../xlsx/xlsx-writer";
import { timeCli } from "./cli-run";
import { EXCEL_ROWS, tallSheetWorkbook, withWholeSheetValidation } from "./large-workbooks";
import { printTable } from "./measure";

export interface ReaderBenchResult {
  readonly tallSeconds: number;
  readonly tallPeakMb: number;
  readonly validationCheckSeconds: number;
  readonly validationOutcomeSeconds: number;
}

const seconds = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e9;

/**
 * Workbooks whose cost must follow their cells: `npm run check` on a sheet of
 * every row Excel has (3 columns), as a user starts it, with its peak memory;
 * and the example plan with a data validation over a whole sheet, read for the
 * review and opened and written back as `outcome` does.
 */
export async function benchReader(): Promise<ReaderBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), "finsam-bench-reader-"));
  try {
    const tall = join(dir, "tall.xlsx");
    writeFileSync(tall, tallSheetWorkbook());
    const tallRun = await timeCli("src/cli/check.ts", [tall], dir);

    const plan = readPlan(readFileSync(EXAMPLE_PLAN, "utf8"));
    const planBytes = Buffer.from(await specToWorkbook(planWorkbook(plan, { language: "sv" })).xlsx.writeBuffer());
    const validated = join(dir, "whole-sheet-validation.xlsx");
    writeFileSync(validated, withWholeSheetValidation(planBytes));
    let started = process.hrtime.bigint();
    reviewWorkbook(await readWorkbookFile(validated));
    const validationCheckSeconds = seconds(started);
    started = process.hrtime.bigint();
    await (await openEditableWorkbook(validated)).xlsx.writeBuffer();
    const validationOutcomeSeconds = seconds(started);

    printTable("Reading workbooks (npm run check and outcome)", [
      ["workbook", "time", "processor time", "peak memory", "target"],
      [
        `npm run check, one sheet of ${EXCEL_ROWS.toLocaleString("en")} rows × 3 columns (${tallRun.code === 0 ? "reviewed" : `exit ${tallRun.code}`})`,
        `${tallRun.seconds.toFixed(1)} s`,
        `${tallRun.cpuSeconds.toFixed(1)} s`,
        `${tallRun.peakMb.toFixed(0)} MB`,
        "< 30 s, < 1 GB",
      ],
      [
        "check's read and review, a validation over A1:XFD1048576",
        `${validationCheckSeconds.toFixed(2)} s`,
        "",
        "",
        "< 2 s",
      ],
      ["outcome's open and write-back, the same workbook", `${validationOutcomeSeconds.toFixed(2)} s`, "", "", "< 2 s"],
    ]);
    return {
      tallSeconds: tallRun.code === 0 ? tallRun.seconds : Infinity,
      tallPeakMb: tallRun.peakMb,
      validationCheckSeconds,
      validationOutcomeSeconds,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
