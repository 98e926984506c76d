import { withinGuideline } from "../model/guideline";
import { Money, money } from "../model/money";
import { ReadSheet, numberAt } from "./cells";
import { YearColumn } from "./layout";
import { Reviewer } from "./reviewer";

/*
 * Equity inside Nationella rådet's guideline (docs/domain.md rule 7): at year end at or above zero and at or below
 * the ceiling. A plan outside it is not wrong arithmetic but a choice the board must see: a warning per year, on
 * the cell of equity at year end, naming the year and the ceiling.
 */
export function reviewGuideline(
  reviewer: Reviewer,
  sheet: ReadSheet,
  rows: { readonly closing: number; readonly ceiling?: number },
  years: readonly YearColumn[],
): void {
  for (const { year, column } of years) {
    const closing = numberAt(sheet, rows.closing, column);
    if (closing === undefined) continue;
    const ceilingFigure = rows.ceiling === undefined ? undefined : numberAt(sheet, rows.ceiling, column);
    // Without a ceiling row only the floor is known.
    const ceiling: Money = money(ceilingFigure ?? Math.max(closing, 0));
    if (withinGuideline(closing, ceiling)) continue;
    reviewer.report(sheet, { row: rows.closing, column }, "warning", "equity-guideline", {
      year,
      found: closing,
      expected: closing < 0 ? money(0) : ceiling,
      variant: closing < 0 ? "below" : "above",
    });
  }
}
