import type { CellStyle } from "./spec";

/*
 * How each kind of cell looks and how every sheet prints, once for both writers
 * (Office.js into the open workbook, ExcelJS into a file), so that a plan looks
 * the same from the pane and from the CLI. Colours are "#RRGGBB".
 */

/** A line along a cell's edge: Excel's thin line, or its finest (hair). */
export interface EdgeLine {
  readonly weight: "thin" | "hair";
  readonly color?: string;
}

export interface CellLook {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly fontColor?: string;
  readonly fill?: string;
  readonly lineAbove?: EdgeLine;
  readonly lineBelow?: EdgeLine;
  readonly align?: "right" | "center";
  /** Open for typing on a protected sheet; every other cell stays locked. */
  readonly unlocked?: boolean;
}

const THIN: EdgeLine = { weight: "thin" };

/**
 * Headers bold over a line, figures' headers right-aligned like the figures; inputs pale
 * yellow over a gold hairline, like Excel's own Input style, and unlocked; totals bold under
 * a line; checks bold and centred; notes grey italics. Labels and computed cells keep
 * Excel's defaults.
 */
export const CELL_LOOKS: Readonly<Record<CellStyle, CellLook>> = {
  title: { bold: true, size: 14 },
  header: { bold: true, lineBelow: THIN },
  figureHeader: { bold: true, lineBelow: THIN, align: "right" },
  label: {},
  input: { fill: "#FFF2CC", lineBelow: { weight: "hair", color: "#BF9000" }, unlocked: true },
  computed: {},
  total: { bold: true, lineAbove: THIN },
  // Right-aligned like the figures it checks: a difference of 0 stands under them.
  check: { bold: true, align: "right" },
  note: { italic: true, fontColor: "#595959" },
};

/** Every sheet prints on A4, all its columns on one page's width and as many pages down as it needs. */
export const PAGE_SETUP = { paper: "A4", pagesWide: 1 } as const;
