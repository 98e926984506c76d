import type { CellLook, EdgeLine } from "../templates/cell-styles";

/* A cell look (templates/cell-styles.ts) as Office.js formats a range, and what that costs in a request. */

/** A line is one operation (its style) on each edge it is drawn on, and one more for a weight or colour other than Excel's. */
export function lookOperations(look: CellLook, rows: number): number {
  const edges = rows > 1 ? 2 : 1;
  const lines = [look.lineAbove, look.lineBelow].filter((line) => line !== undefined);
  const other = Object.values(look).filter(Boolean).length - lines.length;
  return other + edges * lines.reduce((n, line) => n + 1 + Number(line.weight !== "thin") + Number(!!line.color), 0);
}

const ALIGNMENTS = { right: "Right", center: "Center" } as const;
const WEIGHTS = { hair: "Hairline" } as const;

/** Formats a range of `rows` rows as the look says (templates/cell-styles.ts). */
export function applyLook(range: Excel.Range, look: CellLook, rows: number): void {
  const format = range.format;
  if (look.bold) format.font.bold = true;
  if (look.italic) format.font.italic = true;
  if (look.size) format.font.size = look.size;
  if (look.fontColor) format.font.color = look.fontColor;
  if (look.fill) format.fill.color = look.fill;
  if (look.unlocked) format.protection.locked = false;
  if (look.align) format.horizontalAlignment = ALIGNMENTS[look.align];
  // Edge and inside lines, so that every cell of an area has its line, however the areas were stacked.
  const inside = rows > 1 ? (["InsideHorizontal"] as const) : [];
  if (look.lineAbove) drawLines(format, ["EdgeTop", ...inside], look.lineAbove);
  if (look.lineBelow) drawLines(format, ["EdgeBottom", ...inside], look.lineBelow);
}

type HorizontalEdge = "EdgeTop" | "EdgeBottom" | "InsideHorizontal";

function drawLines(format: Excel.RangeFormat, edges: readonly HorizontalEdge[], line: EdgeLine): void {
  for (const edge of edges) {
    const border = format.borders.getItem(edge);
    border.style = "Continuous";
    // Excel draws a line thin unless told otherwise: the weight is sent only for another one (a hairline).
    if (line.weight !== "thin") border.weight = WEIGHTS[line.weight];
    if (line.color) border.color = line.color;
  }
}
