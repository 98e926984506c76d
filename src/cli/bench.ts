import { benchFunctions } from "../bench/functions-bench";

/** `npm run bench`: every speed target, measured side by side in one run; exits 1 if one is missed. */
const functions = benchFunctions();
const missed = [
  functions.perCellRatio >= 10 && "memoized member cells cost 10× or more what spills of the same cells cost",
].filter((miss): miss is string => typeof miss === "string");

if (missed.length > 0) {
  console.error(`\nMissed targets:\n- ${missed.join("\n- ")}`);
  process.exitCode = 1;
} else {
  console.log("\nAll targets met.");
}
