import type { Style } from "exceljs";
import { CellStyle } from "../templates/spec";

/** How each kind of cell looks in the file: inputs like Excel's own Input style, totals with a rule above. */
export const CELL_STYLES: Readonly<Record<CellStyle, Partial<Style>>> = {
  title: { font: { bold: true, size: 14 } },
  header: { font: { bold: true }, border: { bottom: { style: "thin" } } },
  figureHeader: { font: { bold: true }, border: { bottom: { style: "thin" } }, alignment: { horizontal: "right" } },
  label: {},
  input: {
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } },
    border: { bottom: { style: "hair", color: { argb: "FFBF9000" } } },
    protection: { locked: false },
  },
  computed: {},
  total: { font: { bold: true }, border: { top: { style: "thin" } } },
  check: { font: { bold: true }, alignment: { horizontal: "center" } },
  note: { font: { italic: true, color: { argb: "FF595959" } } },
};
