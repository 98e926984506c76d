import { ExcelAdapterError } from "./adapter-error";
import { ADAPTER_MESSAGES } from "./adapter-messages";
import type { Area } from "./workbook-plan";

/*
 * Reads under Excel on the web's limits (Office add-ins' resource-limits page):
 * an answer over 5 MB fails with ResponsePayloadSizeLimitExceeded, and a read
 * of more than 5 000 000 cells gives null. A range that is too large is read
 * again in halves of its rows, each its own request, until every part fits.
 */

export type Grid = unknown[][];
export type GridProperty = "values" | "formulas";

/** Excel refused to send the answer: it is over the response limit. */
export function isResponseTooLarge(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && "code" in error && error.code === "ResponsePayloadSizeLimitExceeded"
  );
}

/** What a read answered, or undefined where Excel gave null (past its cell limit). */
export function gridsOf<P extends GridProperty>(
  range: Record<P, Grid | null>,
  properties: readonly P[],
): Record<P, Grid> | undefined {
  return properties.every((p) => range[p] !== null) ? (range as Record<P, Grid>) : undefined;
}

/**
 * The area's grids on the named sheet, in as many requests as it takes: one when it fits, else its rows in halves.
 * `address` names the whole area in the message if even one row is too large.
 */
export async function readArea<P extends GridProperty>(
  context: Excel.RequestContext,
  sheet: string,
  area: Area,
  properties: readonly P[],
  address: string,
): Promise<Record<P, Grid>> {
  const range = context.workbook.worksheets
    .getItem(sheet)
    .getRangeByIndexes(area.top, area.left, area.rows, area.columns)
    .load(properties.join(","));
  try {
    await context.sync();
    const grids = gridsOf(range as unknown as Record<P, Grid | null>, properties);
    if (grids) return grids;
  } catch (error) {
    if (!isResponseTooLarge(error)) throw error;
  }
  if (area.rows === 1) throw new ExcelAdapterError(ADAPTER_MESSAGES.readTooLarge(address));
  const half = Math.ceil(area.rows / 2);
  const first = await readArea(context, sheet, { ...area, rows: half }, properties, address);
  const rest = await readArea(
    context,
    sheet,
    { ...area, top: area.top + half, rows: area.rows - half },
    properties,
    address,
  );
  return Object.fromEntries(properties.map((p) => [p, [...first[p], ...rest[p]]])) as Record<P, Grid>;
}
