import type { WrittenParts } from "./workbook-writer";

/**
 * Removes what a write added (its sheets and defined names), as far as it is still there: the user
 * may have deleted a sheet since. Two syncs: one finds what is left, one deletes it. Returns the
 * sheets removed.
 */
export async function removeWritten(context: Excel.RequestContext, { sheets, names }: WrittenParts): Promise<string[]> {
  const presentSheets = context.workbook.worksheets.load("items/name");
  const presentNames = context.workbook.names.load("items/name");
  await context.sync();
  const has = (items: { name: string }[], name: string) =>
    items.some((item) => item.name.toLowerCase() === name.toLowerCase());
  const gone = sheets.filter((sheet) => has(presentSheets.items, sheet));
  names
    .filter((name) => has(presentNames.items, name))
    .forEach((name) => context.workbook.names.getItem(name).delete());
  gone.forEach((sheet) => context.workbook.worksheets.getItem(sheet).delete());
  await context.sync();
  return gone;
}
