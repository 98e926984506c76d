import type { Border, Style } from "exceljs";
import { CELL_LOOKS, type EdgeLine, PAGE_SETUP } from "../templates/cell-styles";
import type { CellStyle } from "../templates/spec";

/** ExcelJS's paper sizes are the file format's numbers. */
const PAPER_SIZES = { A4: 9 } as const;

/** How every sheet prints, as ExcelJS's page setup takes it: no limit on the pages down (fitToHeight 0). */
export const PAGE_FIT = {
  paperSize: PAPER_SIZES[PAGE_SETUP.paper],
  fitToPage: true,
  fitToWidth: PAGE_SETUP.pagesWide,
  fitToHeight: 0,
} as const;

const argb = (color: string) => ({ argb: `FF${color.slice(1).toUpperCase()}` });

const edge = ({ weight, color }: EdgeLine): Partial<Border> => ({
  style: weight,
  ...(color ? { color: argb(color) } : {}),
});

/** A cell style as ExcelJS takes it: a fresh object each call, since ExcelJS shares style objects by reference. */
export function cellStyle(style: CellStyle): Partial<Style> {
  const look = CELL_LOOKS[style];
  const font = {
    ...(look.bold ? { bold: true } : {}),
    ...(look.italic ? { italic: true } : {}),
    ...(look.size ? { size: look.size } : {}),
    ...(look.fontColor ? { color: argb(look.fontColor) } : {}),
  };
  const border = {
    ...(look.lineAbove ? { top: edge(look.lineAbove) } : {}),
    ...(look.lineBelow ? { bottom: edge(look.lineBelow) } : {}),
  };
  return {
    ...(Object.keys(font).length > 0 ? { font } : {}),
    ...(look.fill ? { fill: { type: "pattern", pattern: "solid", fgColor: argb(look.fill) } } : {}),
    ...(Object.keys(border).length > 0 ? { border } : {}),
    ...(look.align ? { alignment: { horizontal: look.align } } : {}),
    ...(look.unlocked ? { protection: { locked: false } } : {}),
  };
}
