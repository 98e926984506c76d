import { benchBundles } from "../bench/bundle-bench";
import { benchFunctions } from "../bench/functions-bench";
import { benchReader } from "../bench/reader-bench";
import { benchRecalculation } from "../bench/recalc-bench";
import { benchSie } from "../bench/sie-bench";
import { benchWorkbook } from "../bench/workbook-bench";

/** `npm run bench`: every speed and memory target, measured side by side in one run; exits 1 if one is missed. */
async function main(): Promise<void> {
  const functions = benchFunctions();
  const recalculation = benchRecalculation();
  const workbook = await benchWorkbook();
  const sie = benchSie();
  const reader = await benchReader();
  const bundles = await benchBundles();
  const missed = [
    functions.perCellRatio >= 10 && "memoized member cells cost 10× or more what spills of the same cells cost",
    recalculation.mixedRecalcMs >= 100 && "a recalculation of 10 000 mixed FINSAM cells takes 100 ms or more",
    recalculation.memoryGrowth >= 1.5 && "the heap grows by half or more over a million calls with new inputs",
    sie.readAndAggregateMs >= 2000 && "reading and aggregating a 100 000-transaction SIE file takes 2 s or more",
    workbook.largeSeconds >= 5 && "the CLI takes 5 s or more for 290 members × 200 interventions × 10 years",
    workbook.largePeakMb >= 300 && "the CLI peaks at 300 MB or more for 290 members × 200 interventions × 10 years",
    reader.tallSeconds >= 30 && "npm run check takes 30 s or more (or fails) on a sheet of 1 048 576 rows × 3 columns",
    reader.tallPeakMb >= 1024 && "npm run check peaks at 1 GB or more on a sheet of 1 048 576 rows × 3 columns",
    reader.validationCheckSeconds >= 2 &&
      "reading a workbook with a whole-sheet validation for the review takes 2 s or more",
    reader.validationOutcomeSeconds >= 2 &&
      "opening and writing back a workbook with a whole-sheet validation takes 2 s or more",
    bundles &&
      bundles.firstPaintGzipKb > bundles.budgetKb &&
      `the pane fetches ${bundles.firstPaintGzipKb.toFixed(1)} KB gzip of JavaScript before its first view takes typing (budget ${bundles.budgetKb} KB; the template's first load is ${bundles.templateGzipKb} KB)`,
  ].filter((miss): miss is string => typeof miss === "string");

  if (missed.length > 0) {
    console.error(`\nMissed targets:\n- ${missed.join("\n- ")}`);
    process.exitCode = 1;
  } else {
    console.log("\nAll targets met.");
  }
}

void main();
