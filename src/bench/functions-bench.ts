import { burnRatio, equityYearEnd, memberFee, memberFees } from "../functions/functions";
import { clearFeeMemo } from "../functions/members";
import { Timing, formatMs, measure, printTable } from "./measure";

/** Nine municipalities as in seed 004, and a made-up association of 290 (all of Sweden's municipalities). */
const NINE = [5048, 6439, 32347, 6478, 9016, 19979, 64441, 20998, 7712];
const NINE_NAMES = NINE.map((_, i) => [`Kommun ${i + 1}`]);
const MANY = Array.from({ length: 290 }, (_, i) => 1000 + ((i * 7919) % 90000));
const CELLS = 10_000;

const column = (values: readonly number[]) => values.map((value) => [value]);

export interface FunctionsBenchResult {
  readonly perCellRatio: number;
  readonly memoGain: number;
}

/**
 * The fee functions as a sheet uses them: a fee table of member cells, each a
 * MEMBERFEE over the same members, against spilling the fees with MEMBERFEES;
 * and the throughput of the equity and burn functions.
 */
export function benchFunctions(): FunctionsBenchResult {
  const nine = column(NINE);
  const many = column(MANY);

  const spill290 = measure(
    "MEMBERFEES, 290 members, 1 spill",
    () => {
      clearFeeMemo();
      memberFees(4000000, many);
    },
    200,
  );
  const spill9 = measure(
    "MEMBERFEES, 9 members, 1 spill",
    () => {
      clearFeeMemo();
      memberFees(4000000, nine);
    },
    2000,
  );
  const spillsFor10k = measure(`MEMBERFEES, 9 members, spills for ${CELLS} cells`, () => {
    for (let spill = 0; spill < CELLS / NINE.length; spill++) {
      clearFeeMemo();
      memberFees(4000000 + spill, nine);
    }
  });
  const memoized = measure(`MEMBERFEE, ${CELLS} cells, memoized`, () => {
    clearFeeMemo();
    for (let cell = 0; cell < CELLS; cell++) {
      memberFee(4000000, NINE_NAMES[cell % NINE.length][0], NINE_NAMES, nine);
    }
  });
  const unmemoized = measure(`MEMBERFEE, ${CELLS} cells, memo cleared each call`, () => {
    for (let cell = 0; cell < CELLS; cell++) {
      clearFeeMemo();
      memberFee(4000000, NINE_NAMES[cell % NINE.length][0], NINE_NAMES, nine);
    }
  });

  const revenues = column([8000000, 4000000, 4000000, 3020000]);
  const costs = column([-384000, -3677000, -4450000, -9000000, -1287700, -120000, -95000, -310000]);
  const equity = measure(`EQUITYYEAREND, ${CELLS} calls (4 revenues, 8 costs)`, () => {
    for (let cell = 0; cell < CELLS; cell++) equityYearEnd(5411000 + cell, revenues, costs);
  });
  const burn = measure(`BURNRATIO, ${CELLS} calls`, () => {
    for (let cell = 0; cell < CELLS; cell++) burnRatio(2837 + cell, 2828);
  });
  const pace = measure(`BURNRATIO with dates, ${CELLS} calls`, () => {
    for (let cell = 0; cell < CELLS; cell++) burnRatio(60000 + cell, 365000, 45777, 45658, 46022);
  });

  const timings: Timing[] = [spill290, spill9, spillsFor10k, memoized, unmemoized, equity, burn, pace];
  printTable(
    "Custom functions (median of 7 rounds)",
    timings.map((t) => [t.label, formatMs(t.medianMs)]),
  );
  for (const t of [equity, burn, pace]) {
    console.log(
      `  ${t.label.split(",")[0]} throughput: ${Math.round((CELLS / t.medianMs) * 1000).toLocaleString("en")} calls/s`,
    );
  }

  const perCellRatio = memoized.medianMs / spillsFor10k.medianMs;
  const memoGain = unmemoized.medianMs / memoized.medianMs;
  console.log(
    `\n  ${CELLS} memoized member cells ÷ one 9-member spill:          ${(memoized.medianMs / spill9.medianMs).toFixed(1)}×`,
  );
  console.log(
    `  ${CELLS} memoized member cells ÷ one 290-member spill:        ${(memoized.medianMs / spill290.medianMs).toFixed(1)}×`,
  );
  console.log(
    `  ${CELLS} memoized member cells ÷ spills giving ${CELLS} cells: ${perCellRatio.toFixed(2)}× (target < 10×)`,
  );
  console.log(`  memo gain (unmemoized ÷ memoized):                     ${memoGain.toFixed(1)}×`);
  return { perCellRatio, memoGain };
}
