import type { ExampleArgument, ExampleValue, FunctionExample } from "../../functions/examples";
import type { Language } from "../i18n/strings";

/*
 * The Funktioner view's data: the build's own metadata files (functions.json in
 * English, functions-sv.json in Swedish: what Excel itself shows), joined with
 * the worked examples. Nothing here names a function, so functions added later
 * appear by themselves.
 */

/** The part of Excel's custom-function metadata the guide reads. */
export interface FunctionMetadata {
  readonly functions: readonly {
    readonly id: string;
    readonly name: string;
    readonly description?: string;
    readonly parameters: readonly {
      readonly name: string;
      readonly description?: string;
      readonly optional?: boolean;
    }[];
  }[];
}

export type Localized = Readonly<Record<Language, string>>;

export interface FunctionGuide {
  readonly id: string;
  readonly name: Localized;
  readonly description: Localized;
  readonly parameters: readonly {
    /** As each language's Excel shows it in the formula tooltip. */
    readonly name: Localized;
    readonly optional: boolean;
    readonly description: Localized;
  }[];
  readonly example?: {
    /**
     * What `range.formulas` takes (invariant separators), with the function's name in each language: Excel knows
     * only the names of its display language's metadata.
     */
    readonly formula: Localized;
    /** As a user of that language types it. */
    readonly shown: Localized;
    /** The result as Excel shows it in the cells (a spill fills several), in each language's notation. */
    readonly result: Readonly<Record<Language, readonly (readonly string[])[]>>;
  };
}

/** The namespace in manifest.xml (Functions.Namespace). */
export const NAMESPACE = "FINSAM";

/** Loads both metadata files from the pane's own origin; they sit beside taskpane.html in dist/. */
export async function fetchMetadata(): Promise<Record<Language, FunctionMetadata>> {
  const load = async (file: string): Promise<FunctionMetadata> => {
    const response = await fetch(file);
    if (!response.ok) throw new Error(`${file}: ${response.status}`);
    return (await response.json()) as FunctionMetadata;
  };
  const [en, sv] = await Promise.all([load("functions.json"), load("functions-sv.json")]);
  return { en, sv };
}

export function functionGuides(
  metadata: Record<Language, FunctionMetadata>,
  examples: readonly FunctionExample[],
): FunctionGuide[] {
  return metadata.en.functions.map((en) => {
    const sv = metadata.sv.functions.find((fn) => fn.id === en.id) ?? en;
    const example = examples.find((e) => e.id === en.id);
    const name = { en: `${NAMESPACE}.${en.name}`, sv: `${NAMESPACE}.${sv.name}` };
    return {
      id: en.id,
      name,
      description: { en: en.description ?? "", sv: sv.description ?? "" },
      parameters: en.parameters.map((p, i) => ({
        name: { en: p.name, sv: sv.parameters[i]?.name ?? p.name },
        optional: p.optional ?? false,
        description: { en: p.description ?? "", sv: sv.parameters[i]?.description ?? "" },
      })),
      example: example && {
        formula: { en: formula(name.en, example.args, INVARIANT), sv: formula(name.sv, example.args, INVARIANT) },
        shown: { en: formula(name.en, example.args, INVARIANT), sv: formula(name.sv, example.args, SWEDISH) },
        result: { en: shownCells(example.result, "en-US"), sv: shownCells(example.result, "sv-SE") },
      },
    };
  });
}

/**
 * A result as cells of a column wide enough show it: whole numbers grouped in thousands, others to two decimals
 * (`0,80`), in the notation of Excel's display language.
 */
function shownCells(result: number | number[][], locale: string): string[][] {
  const grid = Array.isArray(result) ? result : [[result]];
  return grid.map((row) =>
    row.map((value) =>
      new Intl.NumberFormat(locale, {
        minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
        maximumFractionDigits: 2,
      }).format(value),
    ),
  );
}

interface Notation {
  readonly separator: string;
  readonly column: string;
  readonly row: string;
  readonly decimal: string;
  readonly booleans: readonly [string, string];
}

/** `range.formulas` takes en-US notation whatever Excel's language. */
const INVARIANT: Notation = { separator: ",", column: ",", row: ";", decimal: ".", booleans: ["TRUE", "FALSE"] };
/** What a Swedish Excel shows: semicolons between arguments, a decimal comma, backslash between array columns. */
const SWEDISH: Notation = { separator: ";", column: "\\", row: ";", decimal: ",", booleans: ["SANT", "FALSKT"] };

function formula(name: string, args: readonly ExampleArgument[], notation: Notation): string {
  return `=${name}(${args.map((arg) => argument(arg, notation)).join(notation.separator)})`;
}

function argument(arg: ExampleArgument | number[][], notation: Notation): string {
  if (Array.isArray(arg)) {
    return `{${arg.map((row) => row.map((value) => scalar(value, notation)).join(notation.column)).join(notation.row)}}`;
  }
  return scalar(arg, notation);
}

function scalar(value: ExampleValue, notation: Notation): string {
  if (typeof value === "string") return `"${value.replaceAll('"', '""')}"`;
  if (typeof value === "boolean") return notation.booleans[value ? 0 : 1];
  return String(value).replace(".", notation.decimal);
}
