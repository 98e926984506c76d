/*
 * The pane's figures are the model's display (one way of writing them for the
 * whole add-in); reading what a user types is the pane's own.
 */
export {
  amountOre,
  count,
  decimal,
  exactPercent,
  figure,
  kronor,
  kronorOre,
  percent,
  signedKronor,
} from "../model/display";

/** What a user types as an amount: digits with optional spaces and an optional "kr". */
export function parseWholeNumber(text: string): number | undefined {
  // sv-SE writes a minus as U+2212 (as count() does): read it as one.
  const compact = text
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/kr$/i, "")
    .replace("\u2212", "-")
    // Excel's number format copies whole kronor as "8 200 000,00".
    .replace(/,00?$/, "");
  return /^-?\d{1,15}$/.test(compact) ? Number(compact) : undefined;
}
