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
];
