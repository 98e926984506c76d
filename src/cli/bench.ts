import { benchFunctions } from "../bench/functions-bench";
import { benchWorkbook } from "../bench/workbook-bench";

/** `npm run bench`: every speed and memory target, measured side by side in one run; exits 1 if one is missed. */
async function main(): Promise<void> {
  const functions = benchFunctions();
  const workbook = await benchWorkbook();
  const missed = [
    functions.perCellRatio >= 10 && "memoized member cells cost 10× or more what spills of the same cells cost",
    workbook.largeSeconds >= 5 && "the CLI takes 5 s or more for 290 members × 200 interventions × 10 years",
    workbook.largePeakMb >= 300 && "the CLI peaks at 300 MB or more for 290 members × 200 interventions × 10 years",
  ].filter((miss): miss is string => typeof miss === "string");

  if (missed.length > 0) {
    console.error(`\nMissed targets:\n- ${missed.join("\n- ")}`);
    process.exitCode = 1;
  } else {
    console.log("\nAll targets met.");
  }
}

void main();
