import { VARIANCE_HEADERS } from "./annual-labels";
import { ReadSheet, numberAt, textAt } from "./cells";
import { normalise } from "./labels";
import { labelOf } from "./layout";
import { Reviewer, amountAt } from "./reviewer";
import { inThousands } from "./unit";

interface VarianceColumns {
  readonly row: number;
  readonly outcome: number;
  readonly budget: number;
  readonly variance: number;
}

/*
 * A driftredovisning, generated or hand-built (seed 004): outcome, the current
 * budget and the variance, which is outcome − budget, sign included
 * (docs/domain.md rule 10): a cost of −21 904 against a budget of −23 937 is
 * +2 033, not −2 033.
 */
export function reviewVariance(reviewer: Reviewer, sheet: ReadSheet): void {
  sheet.cells.forEach((_, row) => {
    const columns = varianceColumns(sheet, row);
    if (!columns) return;
    reviewer.recognise();
    const tkr = inThousands(sheet, row);
    for (let r = row + 1; r < sheet.cells.length; r++) {
      const label = labelOf(sheet, r);
      if (!label) break;
      const at = { row: r, column: columns.variance };
      if ([columns.outcome, columns.budget, columns.variance].every((c) => numberAt(sheet, r, c) === undefined))
        continue;
      const expected = amountAt(sheet, { row: r, column: columns.outcome }).minus(
        amountAt(sheet, { row: r, column: columns.budget }),
      );
      reviewer.check({ sheet, at, expected, rule: "variance", tkr, details: { label: label.text } });
    }
  });
}

/** The row's outcome, budget and variance columns, when it is a header that has all three. */
function varianceColumns(sheet: ReadSheet, row: number): VarianceColumns | undefined {
  const found: Partial<Record<"outcome" | "budget" | "variance", number>> = {};
  (sheet.cells[row] ?? []).forEach((_, column) => {
    const header = normalise(textAt(sheet, row, column) ?? "");
    if (!header || VARIANCE_HEADERS.notOutcome.test(header)) return;
    if (VARIANCE_HEADERS.variance.test(header)) found.variance ??= column;
    else if (VARIANCE_HEADERS.outcome.test(header)) found.outcome ??= column;
    else if (VARIANCE_HEADERS.budget.test(header)) found.budget ??= column;
  });
  const { outcome, budget, variance } = found;
  return outcome !== undefined && budget !== undefined && variance !== undefined
    ? { row, outcome, budget, variance }
    : undefined;
}
