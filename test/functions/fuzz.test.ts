import Decimal from "decimal.js";
import fc from "fast-check";
import * as functions from "../../src/functions/functions";
import { inDisplayLanguage } from "../fixtures/excel-error";
import { DeclaredFunction, DeclaredParameter, declaredFunctions } from "../fixtures/function-metadata";

/*
 * Every FINSAM function, with arguments of every kind Excel can hand over and
 * some it cannot: numbers of every size and sign, text, booleans, empty cells,
 * ragged and mismatched ranges, data types (Excel.CellValue objects), in a
 * Swedish or an English Excel. An outcome is either a finite number (or a
 * rectangle of them) or #VALUE!/#N/A with a message (the only errors whose
 * message Excel shows); never NaN or Infinity, a JavaScript error, a message
 * with an unfilled word, or a fee column that does not add up to its total.
 * `npm run fuzz` runs 100 000 cases a function; `npm test` a sample.
 */
const RUNS = Number(process.env.FINSAM_FUZZ_RUNS ?? 2000);

const number = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -1_000_000, max: 100_000_000 }) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.double({ min: 1e15, max: 1e300, noNaN: true }) },
  { weight: 1, arbitrary: fc.double({ min: -1e-300, max: 1e-300, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 1, 4, 0.2, 1.5, 142000, 2958465, 2958466, -1) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity, Number.MAX_VALUE, Number.MIN_VALUE) },
);
const word = fc.oneof(
  fc.constantFrom("A", "B", "C", "state", "Staten", "REGIONEN", "kommunerna", "region", "12", "1 000", "12,5", "20 %"),
  fc.constantFrom("2025-04-30", "30/4/2025", "=SUM(A1:A3)", "#N/A", "TRUE", " ", "Ö"),
  fc.string({ maxLength: 8 }),
);
/** A cell with a data type, as Excel hands it to an `any` parameter (Excel.CellValue): plain kinds and entities. */
const dataType = fc.oneof(
  number.map((basicValue) => ({ type: "Double", basicValue })),
  number.map((basicValue) => ({ type: "FormattedNumber", basicValue, numberFormat: "0.0 %" })),
  word.map((basicValue) => ({ type: "String", basicValue })),
  fc.boolean().map((basicValue) => ({ type: "Boolean", basicValue })),
  fc.constant({ type: "Empty", basicValue: "" }),
  word.map((text) => ({ type: "Entity", text, properties: { Befolkning: { type: "Double", basicValue: 1 } } })),
  word.map((text) => ({ type: "LinkedEntity", text, basicValue: "#VALUE!", id: { domainId: "stocks" } })),
  fc.constant({ type: "Error", basicValue: "#N/A", errorType: "NotAvailable" }),
  fc.constant({}),
);
const cell = fc.oneof(
  { weight: 6, arbitrary: number },
  { weight: 3, arbitrary: word },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constantFrom(null, "") },
  { weight: 2, arbitrary: dataType },
);
/** Well-formed input, so that valid calls are common too: whole amounts, a few names, one shape for every range. */
const plausibleCell = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 100_000_000 }) },
  { weight: 1, arbitrary: fc.constantFrom("A", "B", "C", "staten", "Region", "kommunerna", 0.2) },
);
/** Parameters that take words get words when well-formed (the parameter names are the metadata's). */
const plausibleWords: Record<string, fc.Arbitrary<unknown>> = {
  member: fc.constantFrom("A", "B", "C", "D"),
  members: fc.constantFrom("A", "B", "C", "D", "E", "F"),
  party: fc.constantFrom("state", "Staten", "REGIONEN", "region", "kommunerna", "municipalities"),
};
const grid = (value: fc.Arbitrary<unknown>, rows: number, columns: number) =>
  fc.array(fc.array(value, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows });
const anyRange = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 6 }).chain((rows) => grid(cell, rows, 1)) },
  { weight: 2, arbitrary: fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 5 }) }, // ragged or empty
  { weight: 1, arbitrary: cell.map((value) => [[value]]) },
);

/** The arguments of one call: half of the calls well-formed (ranges of one shape), half anything. */
function callArguments(parameters: readonly DeclaredParameter[]): fc.Arbitrary<unknown[]> {
  return fc
    .record({ plausible: fc.boolean(), rows: fc.integer({ min: 1, max: 6 }), columns: fc.constantFrom(1, 1, 2, 3) })
    .chain(({ plausible, rows, columns }) =>
      fc.tuple(
        ...parameters.map((parameter): fc.Arbitrary<unknown> => {
          const value: fc.Arbitrary<unknown> = plausible
            ? parameter.range
              ? grid(plausibleWords[parameter.name] ?? plausibleCell, rows, columns)
              : (plausibleWords[parameter.name] ?? plausibleCell)
            : parameter.range
              ? anyRange
              : cell;
          return parameter.optional ? fc.option(value, { nil: undefined, freq: 2 }) : value;
        }),
      ),
    );
}

type Outcome = { kind: "value"; value: number | number[][] } | { kind: "error"; code: string; message: string };

function outcomeOf(run: () => unknown): Outcome {
  let value: unknown;
  try {
    value = run();
  } catch (error) {
    if (error instanceof CustomFunctions.Error && error.message) {
      expect(["#VALUE!", "#N/A"]).toContain(error.code);
      expect(error.message).not.toMatch(/^(unexpected error|oväntat fel)|\[object|undefined/);
      return { kind: "error", code: error.code, message: error.message };
    }
    throw new Error(`threw something other than an Excel error with a message: ${String(error)}`);
  }
  if (typeof value === "number") {
    expect(Number.isFinite(value)).toBe(true);
    return { kind: "value", value };
  }
  const rows = value as number[][];
  expect(Array.isArray(rows) && rows.length > 0 && rows.every((row) => row.length === rows[0].length)).toBe(true);
  rows.flat().forEach((x) => expect(typeof x === "number" && Number.isFinite(x)).toBe(true));
  return { kind: "value", value: rows };
}

/** A number argument as the function read it: a Double or FormattedNumber data type counts as its basic value. */
const basic = (value: unknown) =>
  (typeof value === "object" && value !== null ? (value as { basicValue: number }).basicValue : value) as number;

/** Rules that hold for the value whatever the input, per function. */
const INVARIANTS: Record<string, (args: unknown[], value: number | number[][]) => void> = {
  // The fees of a valid call, read as Excel shows them (the shortest decimal of each number), add up to the total exactly.
  memberFees: ([total], value) => {
    const sum = (value as number[][]).flat().reduce((acc, fee) => acc.plus(fee), new Decimal(0));
    expect(sum.toFixed()).toBe(new Decimal(basic(total)).toFixed());
  },
  quarterlyInstalments: ([fee], value) => {
    const quarters = (value as number[][])[0];
    expect(quarters.reduce((a, b) => a + b, 0)).toBe(basic(fee));
    expect(Math.max(...quarters) - Math.min(...quarters)).toBeLessThanOrEqual(1);
  },
};

describe(`every FINSAM function under ${RUNS} generated inputs`, () => {
  let declared: DeclaredFunction[] = [];
  const counts = new Map<string, Map<string, number>>();

  beforeAll(async () => {
    declared = await declaredFunctions();
  });

  afterAll(() => {
    const lines = [...counts].map(
      ([name, outcomes]) => `  ${name.padEnd(22)} ${[...outcomes].map(([k, n]) => `${k} ${n}`).join(", ")}`,
    );
    process.stdout.write(`\nFuzzed, ${RUNS} inputs each:\n${lines.join("\n")}\n`);
  });

  it("has functions to fuzz", () => expect(declared.length).toBeGreaterThanOrEqual(15));

  it("gives a finite number or an Excel error with a message, for every function", () => {
    for (const fn of declared) {
      const implementation = (functions as unknown as Record<string, (...args: unknown[]) => unknown>)[fn.jsName];
      const tally = new Map<string, number>();
      counts.set(fn.jsName, tally);
      fc.assert(
        fc.property(callArguments(fn.parameters), fc.constantFrom("sv-SE", "en-US"), (args, language) => {
          const outcome = inDisplayLanguage(language, () => outcomeOf(() => implementation(...args)));
          const key = outcome.kind === "value" ? "value" : outcome.code;
          tally.set(key, (tally.get(key) ?? 0) + 1);
          if (outcome.kind === "value") INVARIANTS[fn.jsName]?.(args, outcome.value);
        }),
        { numRuns: RUNS },
      );
    }
  }, 600_000);
});
