import { benchBundles } from "../bench/bundle-bench";
import { benchFunctions } from "../bench/functions-bench";

/** `npm run bench`: every speed target, measured side by side in one run; exits 1 if one is missed. */
const functions = benchFunctions();
const bundles = benchBundles();
const missed = [
  functions.perCellRatio >= 10 && "memoized member cells cost 10× or more what spills of the same cells cost",
  bundles &&
    bundles.initialGzipKb > bundles.templateGzipKb &&
    `the pane's initial JS (${bundles.initialGzipKb.toFixed(0)} KB gzip) is more than the template's (${bundles.templateGzipKb} KB)`,
].filter((miss): miss is string => typeof miss === "string");

if (missed.length > 0) {
  console.error(`\nMissed targets:\n- ${missed.join("\n- ")}`);
  process.exitCode = 1;
} else {
  console.log("\nAll targets met.");
}
