import {
  burnRatio,
  equityCeiling,
  equityHeadroom,
  equityPlan,
  equityYearEnd,
  memberFee,
  memberFees,
  partyShare,
  quarterlyInstalments,
  socialSaving,
  solidity,
} from "../functions/functions";
import { clearFeeMemo } from "../functions/members";
import { formatMs, measure, printTable } from "./measure";

const NINE = [5048, 6439, 32347, 6478, 9016, 19979, 64441, 20998, 7712].map((p) => [p]);
const NAMES = NINE.map((_, i) => [`Kommun ${i + 1}`]);
const REVENUES = [[8000000], [4000000], [4000000], [3020000]];
const COSTS = [[-384000], [-3677000], [-4450000], [-9000000], [-1287700]];
const YEARS = { revenues: [[19020000, 17778000, 16000000]], costs: [[-18798700, -18928700, -18008500]] };
const CELLS = 10_000;
const MILLION = 1_000_000;

/** One cell of a plan sheet that uses the functions: cell k calls one of them, as a sheet's columns mix them. */
const MIXED_CELLS: ((k: number) => unknown)[] = [
  (k) => memberFee(4000000, NAMES[k % 9][0], NAMES, NINE),
  (k) => quarterlyInstalments(117084 + (k % 7)),
  (k) => equityYearEnd(5411000 + (k % 3), REVENUES, COSTS),
  (k) => burnRatio(2837000 + k, 2828000),
  (k) => partyShare(16000000, ["staten", "regionen", "kommunerna"][k % 3]),
  () => equityPlan(5411000, YEARS.revenues, YEARS.costs),
  (k) => solidity(5632300, 7000000 + k),
  (k) => socialSaving(60, 1 + (k % 10)),
  () => equityCeiling(16000000, [[0.2]]),
  (k) => equityHeadroom(5411000, REVENUES, COSTS, k % 2 === 0 ? 0 : 3200000),
];

export interface RecalcBenchResult {
  readonly mixedRecalcMs: number;
  /** Heap after a million calls with changing inputs ÷ heap after the first hundred thousand. */
  readonly memoryGrowth: number;
}

/**
 * A sheet-like recalculation of 10 000 mixed FINSAM cells, and the memory of
 * the fee memo over a million calls whose inputs never repeat (every call a
 * miss and an insert): bounded, the heap stays flat.
 */
export function benchRecalculation(): RecalcBenchResult {
  const mixed = measure(`${CELLS} mixed FINSAM cells, one recalculation`, () => {
    clearFeeMemo(); // a recalculation after an edit starts with the changed inputs unseen
    for (let k = 0; k < CELLS; k++) MIXED_CELLS[k % MIXED_CELLS.length](k);
  });
  const sameCount = measure(`${CELLS} MEMBERFEE cells (memoized), for comparison`, () => {
    clearFeeMemo();
    for (let k = 0; k < CELLS; k++) memberFee(4000000, NAMES[k % 9][0], NAMES, NINE);
  });

  const samples: number[] = [];
  const heap = () => {
    globalThis.gc?.();
    return process.memoryUsage().heapUsed / 1024 / 1024;
  };
  clearFeeMemo();
  for (let call = 1; call <= MILLION; call++) {
    memberFees(4000000 + call, NINE); // a total never seen before: a memo miss and an insert
    if (call % (MILLION / 10) === 0) samples.push(heap());
  }
  const memoryGrowth = samples[samples.length - 1] / samples[0];

  printTable("Recalculation and memory", [
    [mixed.label, formatMs(mixed.medianMs)],
    [sameCount.label, formatMs(sameCount.medianMs)],
    ["mixed ÷ memoized fee cells", `${(mixed.medianMs / sameCount.medianMs).toFixed(1)}×`],
    [
      `heap every 100 000 of ${MILLION.toLocaleString("en")} MEMBERFEES calls, new inputs each (MB)`,
      samples.map((mb) => mb.toFixed(1)).join(" "),
    ],
    ["heap after 1 000 000 ÷ after 100 000 (target < 1.5×, flat)", `${memoryGrowth.toFixed(2)}×`],
  ]);
  if (!globalThis.gc) console.log("  (run with node --expose-gc for exact heap figures; npm run bench does)");
  return { mixedRecalcMs: mixed.medianMs, memoryGrowth };
}
