/*
 * One worked example per FINSAM function, shown in the task pane's function
 * guide and inserted into a cell on request. The arguments are literals (an
 * array is a column or row of a range, as Excel passes it) and the result is
 * worked out by hand, so the examples double as tests of the functions.
 */

export type ExampleValue = number | string | boolean;
export type ExampleArgument = ExampleValue | ExampleValue[][];

export interface FunctionExample {
  /** The function's id in the metadata, e.g. MEMBERFEE. */
  id: string;
  args: ExampleArgument[];
  result: number | number[][];
}

export const functionExamples: FunctionExample[] = [
  // 1 000 kr by 100/200/300: floors 166 + 333 + 500 = 999; the krona left goes to the largest remainder (A, .67).
  { id: "MEMBERFEE", args: [1000, "B", [["A"], ["B"], ["C"]], [[100], [200], [300]]], result: 333 },
  { id: "MEMBERFEES", args: [1000, [[100], [200], [300]]], result: [[167], [333], [500]] },
  { id: "MEMBERSHARE", args: ["C", [["A"], ["B"], ["C"]], [[100], [200], [300]]], result: 0.5 },
  // Seed 002: 2025 opens at 5 411 000 and ends at 5 632 300 (result 221 300).
  { id: "EQUITYYEAREND", args: [5411000, 17000000, -16778700], result: 5632300 },
  { id: "BURNRATIO", args: [870000, 1000000], result: 0.87 },
  // Seeds 002, 004: 16 000 000 kr in all, of which the municipalities pay a quarter.
  { id: "PARTYSHARE", args: [16000000, "kommunerna"], result: 4000000 },
  // Seed 000: the state offered 10,5 mkr; matched, the region pays a quarter of 21 mkr.
  { id: "FULLALLOCATION", args: [10500000, "regionen"], result: 5250000 },
  // 1 494 650 ÷ 4 = 373 662,5: four times 373 662 leaves 2 kr, one each in quarters 1 and 2.
  { id: "QUARTERS", args: [1494650], result: [[373663, 373663, 373662, 373662]] },
  // Seed 002's plan 2025–2027 in year totals: results 221 300, −1 150 700, −2 008 500 from 5 411 000.
  {
    id: "EQUITYPLAN",
    args: [5411000, [[19020000, 17778000, 16000000]], [[-18798700, -18928700, -18008500]]],
    result: [[5632300, 4481600, 2473100]],
  },
  // 5 632 300 ÷ 7 000 000 = 0,804614285714…
  { id: "SOLIDITY", args: [5632300, 7000000], result: 0.8046142857142857 },
  // Seed 004: 60 participants × 142 000 kr × 5 years = 42,6 mkr.
  { id: "SOCIALSAVING", args: [60, 5], result: 42600000 },
  // 20 participants save 20 × 142 000 ÷ 12 = 236 666,67 kr a month; 2 130 000 kr takes 9 months.
  { id: "PAYBACKMONTHS", args: [2130000, 20], result: 9 },
  // (22 + 30) ÷ 55 × 100 = 94,5454…
  { id: "DEPENDENCYRATIO", args: [22, 30, 55], result: 94.54545454545455 },
  // 16 mkr falls in the row from 10 mkr: 20 % of the whole 16 mkr.
  {
    id: "EQUITYCEILING",
    args: [
      16000000,
      [
        [0, 0.3],
        [10000000, 0.2],
        [20000000, 0.15],
      ],
    ],
    result: 3200000,
  },
  // Seed 002's 2025 ends at 5 632 300; keeping 3 200 000 leaves 2 432 300 to spend.
  { id: "HEADROOM", args: [5411000, 19020000, -18798700, 3200000], result: 2432300 },
  // Seed 003: 5 400 000 kr for July 2018–June 2020 (serials 43282–44012); 2019 holds 12 of its 24 months.
  { id: "YEARSHARE", args: [5400000, 43282, 44012, 2019], result: 2700000 },
];
