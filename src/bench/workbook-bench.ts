import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXAMPLE_PLAN } from "../templates/example-plan-file";
import { timeCli } from "./cli-run";
import { printTable } from "./measure";
import { sizedPlan } from "./sized-plan";

const LARGE = { members: 290, interventions: 200, years: 10 };

export interface WorkbookBenchResult {
  readonly largeSeconds: number;
  readonly largePeakMb: number;
}

/** One run of `npm run workbook` for a plan file. */
const timeWorkbook = (input: string, dir: string) =>
  timeCli("src/cli/workbook.ts", ["--input", input, "--out", join(dir, "out.xlsx")], dir);

/**
 * The CLI's time and peak memory for the largest plan of the targets
 * (290 members × 200 interventions × 10 years) beside the built-in example,
 * so that the ratio shows what size costs over start-up.
 */
export async function benchWorkbook(): Promise<WorkbookBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), "finsam-bench-"));
  try {
    const largeInput = join(dir, "large.json");
    writeFileSync(largeInput, JSON.stringify(sizedPlan(LARGE)));
    const example = await timeWorkbook(EXAMPLE_PLAN, dir);
    const large = await timeWorkbook(largeInput, dir);
    printTable("npm run workbook (one run each, tsx start-up included)", [
      ["plan", "time", "peak memory"],
      [
        "built-in example (9 members, 2 interventions, 3 years)",
        `${example.seconds.toFixed(2)} s`,
        `${example.peakMb.toFixed(0)} MB`,
      ],
      [
        `${LARGE.members} members × ${LARGE.interventions} interventions × ${LARGE.years} years`,
        `${large.seconds.toFixed(2)} s`,
        `${large.peakMb.toFixed(0)} MB`,
      ],
      [
        "ratio large ÷ example",
        `${(large.seconds / example.seconds).toFixed(1)}×`,
        `${(large.peakMb / example.peakMb).toFixed(1)}×`,
      ],
      ["target for the large plan", "< 5 s", "< 300 MB"],
    ]);
    return { largeSeconds: large.seconds, largePeakMb: large.peakMb };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
