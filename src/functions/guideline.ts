import { Guideline } from "../model/guideline";
import { CellValue, RangeValue, invalid, isEmpty, readNumber } from "./arguments";

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
    throw invalid("guideline-shape", { subject: { parameter: "guideline" }, rows: range.length, columns });
  }
  let rows = range.length;
  while (rows > 0 && range[rows - 1].every(isEmpty)) {
    rows -= 1;
  }
  if (rows === 0) {
    throw invalid("guideline-empty", { subject: { parameter: "guideline" } });
  }
  return range.slice(0, rows).map(([from, rate]: CellValue[], index) => ({
    from: readNumber(from, { parameter: "guideline", row: index + 1, part: "from" }),
    rate: readNumber(rate, { parameter: "guideline", row: index + 1, part: "percentage" }),
  }));
}
