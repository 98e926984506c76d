import type { OfficeHost } from "./excel-runner";

/*
 * The requirement sets the add-in's Office.js calls need (Office's requirement-set
 * tables). manifest.xml declares the minimum, so an Excel without it does not
 * load the add-in at all; a feature above it is optional: checked with
 * isSetSupported where it is used, left out, and named in the pane.
 */

export interface RequirementSet {
  readonly name: string;
  readonly version: string;
  /** What needs it, for the reader of the manifest test. */
  readonly for: string;
}

/** What manifest.xml's <Requirements> declares, and a test checks it does. */
export const REQUIRED_SETS: readonly RequirementSet[] = [
  { name: "SharedRuntime", version: "1.1", for: "the pane and the functions in one runtime" },
  { name: "CustomFunctionsRuntime", version: "1.3", for: "CustomFunctions.Error with ErrorCode" },
  {
    name: "ExcelApi",
    version: "1.7",
    for: "getRangeByIndexes, freezePanes, NamedItem.formula (1.7); names.add and the OrNullObject methods (1.4)",
  },
];

/** Features the add-in uses when Excel has them. */
export const OPTIONAL_FEATURES = {
  /** Page layout (orientation, print titles, print area) and page breaks of the plan's sheets. */
  printLayout: { name: "ExcelApi", version: "1.9", for: "Worksheet.pageLayout, horizontalPageBreaks" },
} as const satisfies Record<string, RequirementSet>;

export type OptionalFeature = keyof typeof OPTIONAL_FEATURES;

/** Whether this Excel has the feature's requirement set. */
export function hasFeature(office: OfficeHost, feature: OptionalFeature): boolean {
  const { name, version } = OPTIONAL_FEATURES[feature];
  return office.isSetSupported(name, version);
}
