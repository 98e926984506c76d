import { PlanError } from "../model/errors";
import { Guideline } from "../model/guideline";
import { CellValue, RangeValue, isEmpty, readNumber } from "./arguments";

/**
 * The guideline argument: one cell with a percentage, or two columns (contribution
 * from, percentage) forming a staircase. Empty rows after the last one are
 * skipped, so that a formula may reference a table with room to grow.
 */
export function readGuideline(range: RangeValue): Guideline {
  if (!Array.isArray(range)) {
    return readNumber(range, "guideline");
  }
  const columns = range.length === 0 ? 0 : range[0].length;
  if (range.length === 1 && columns === 1) {
    return readNumber(range[0][0], "guideline");
  }
  if (columns !== 2) {
    throw new PlanError(
      "invalid-value",
      `guideline must be one percentage or two columns (contribution from, percentage), not ${range.length} rows × ${columns} columns`,
    );
  }
  let rows = range.length;
  while (rows > 0 && range[rows - 1].every(isEmpty)) {
    rows -= 1;
  }
  if (rows === 0) {
    throw new PlanError("invalid-value", "guideline is empty; it needs a percentage or rows of (from, percentage)");
  }
  return range.slice(0, rows).map(([from, rate]: CellValue[], index) => ({
    from: readNumber(from, `guideline row ${index + 1} (from)`),
    rate: readNumber(rate, `guideline row ${index + 1} (percentage)`),
  }));
}
