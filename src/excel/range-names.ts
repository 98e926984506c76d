/*
 * The workbook's defined names as the readers may use them. A name whose
 * sheet was deleted refers to #REF! (NamedItem.type "Error"), and its
 * getRange() fails the whole request (NamedItem docs): such names are set
 * apart, so that a reader falls back to the plan written before, or names them.
 */

export interface WorkbookNames {
  /** Names that refer to a range. */
  readonly ranges: readonly string[];
  /** Names whose reference is an error, such as #REF! after their sheet was deleted. */
  readonly broken: readonly string[];
}

/** Queues the load of every name and its type; the returned function gives them after the sync. */
export function loadNames(context: Excel.RequestContext): () => WorkbookNames {
  const names = context.workbook.names.load("items/name,items/type");
  return () => ({
    ranges: names.items.filter((item) => item.type === "Range").map((item) => item.name),
    broken: names.items.filter((item) => item.type === "Error").map((item) => item.name),
  });
}
