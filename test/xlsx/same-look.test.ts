import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { columnWidthInPoints } from "../../src/excel/workbook-plan";
import { writeWorkbook } from "../../src/excel/workbook-writer";
import { a1, parseArea } from "../../src/templates/grammar";
import { NO_NAMES_TAKEN } from "../../src/templates/naming";
import { readPlan } from "../../src/templates/read-plan";
import type { WorkbookSpec } from "../../src/templates/spec";
import { planWorkbook } from "../../src/templates/workbook";
import { specToWorkbook } from "../../src/xlsx/xlsx-writer";
import { FakeExcel, type FakeSheet } from "../excel/fake-excel";

/*
 * The same plan written from the pane (Office.js, into the fake) and by the CLI (ExcelJS, into a
 * file read back) must look the same, cell by cell, and print the same. Both sides are put in one
 * vocabulary here, independently of the table both writers read.
 */

/** A line as one sees it: its weight and colour ("#RRGGBB"), or none. */
type Line = string | null;

interface Look {
  numberFormat: string;
  bold: boolean;
  italic: boolean;
  size: number | null;
  fontColor: string | null;
  fill: string | null;
  align: string | null;
  locked: boolean;
  lineAbove: Line;
  lineBelow: Line;
}

type Looks = Map<string, Look>;

const colour = (argb: string | undefined) => (argb ? `#${argb.slice(-6).toUpperCase()}` : null);
const DEFAULT_FONT_SIZE = 11;
const FAKE_WEIGHTS: Record<string, string> = { Thin: "thin", Hairline: "hair" };
/** The file format's paper sizes (ECMA-376 ST_PaperSize) by the names Office.js gives them. */
const PAPER_NAMES: Record<number, string> = { 1: "Letter", 9: "A4" };

function fakeLooks(sheet: FakeSheet): Looks {
  const line = (format: Record<string, unknown>, side: string): Line =>
    format[`${side}.style`] === "Continuous"
      ? `${FAKE_WEIGHTS[format[`${side}.weight`] as string]} ${String(format[`${side}.color`] ?? "auto")}`
      : null;
  return new Map(
    [...sheet.cells].map(([address, { format, numberFormat }]) => [
      address,
      {
        numberFormat: String(numberFormat ?? "General"),
        bold: format["font.bold"] === true,
        italic: format["font.italic"] === true,
        size: (format["font.size"] as number | undefined) ?? null,
        fontColor: (format["font.color"] as string | undefined) ?? null,
        fill: (format["fill.color"] as string | undefined) ?? null,
        align: typeof format.horizontalAlignment === "string" ? format.horizontalAlignment.toLowerCase() : null,
        locked: format["protection.locked"] !== false,
        lineAbove: line(format, "borderTop"),
        lineBelow: line(format, "borderBottom"),
      },
    ]),
  );
}

function fileLooks(sheet: ExcelJS.Worksheet): Looks {
  const line = (border: Partial<ExcelJS.Border> | undefined): Line =>
    border?.style ? `${border.style} ${colour(border.color?.argb) ?? "auto"}` : null;
  const looks: Looks = new Map();
  sheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const fill = cell.fill?.type === "pattern" ? colour(cell.fill.fgColor?.argb) : null;
      looks.set(cell.address, {
        numberFormat: cell.numFmt || "General",
        bold: cell.font?.bold === true,
        italic: cell.font?.italic === true,
        // A styled cell comes back with the whole default font: size 11 is no size set.
        size: cell.font?.size === DEFAULT_FONT_SIZE ? null : (cell.font?.size ?? null),
        fontColor: colour(cell.font?.color?.argb),
        fill,
        align: cell.alignment?.horizontal ?? null,
        locked: cell.protection?.locked !== false,
        lineAbove: line(cell.border?.top),
        lineBelow: line(cell.border?.bottom),
      });
    }),
  );
  return looks;
}

const PLAIN: Look = {
  numberFormat: "General",
  bold: false,
  italic: false,
  size: null,
  fontColor: null,
  fill: null,
  align: null,
  locked: true,
  lineAbove: null,
  lineBelow: null,
};

/** Every cell's look, a line between two rows seen on both cells, whichever of them holds it. */
function asSeen(looks: Looks, addresses: Iterable<string>): Map<string, Look> {
  const at = (row: number, column: number) => looks.get(a1(row, column)) ?? PLAIN;
  return new Map(
    [...addresses].map((address) => {
      const { row, column } = parseArea(address)!.first;
      const own = at(row, column);
      return [
        address,
        {
          ...own,
          lineAbove: own.lineAbove ?? (row > 0 ? at(row - 1, column).lineBelow : null),
          lineBelow: own.lineBelow ?? at(row + 1, column).lineAbove,
        },
      ];
    }),
  );
}

const plan = readPlan(readFileSync(join(__dirname, "..", "..", "examples", "rar-sormland-2025.json"), "utf8"));

describe("a plan written from the pane and by the CLI", () => {
  let spec: WorkbookSpec;
  let excel: FakeExcel;
  let file: ExcelJS.Workbook;
  /** ExcelJS does not read page breaks back: they are taken from the workbook as it was written. */
  let written: ExcelJS.Workbook;

  beforeAll(async () => {
    spec = planWorkbook(plan, { language: "sv", taken: NO_NAMES_TAKEN });
    excel = new FakeExcel(["Blad1"]);
    await excel.runner.run((context) => writeWorkbook(context, () => spec));
    written = specToWorkbook(spec);
    file = new ExcelJS.Workbook();
    await file.xlsx.load(await written.xlsx.writeBuffer());
  });

  it("is written from the pane in two syncs", () => {
    expect(excel.syncCount).toBeLessThanOrEqual(2);
  });

  it("has the same format in every cell: number format, font, fill, lines, alignment and locking", () => {
    expect(spec.sheets.length).toBeGreaterThan(5);
    for (const { name } of spec.sheets) {
      const pane = fakeLooks(excel.sheet(name));
      const cli = fileLooks(file.getWorksheet(name)!);
      const addresses = new Set([...pane.keys(), ...cli.keys()]);
      expect({ sheet: name, looks: asSeen(pane, addresses) }).toEqual({ sheet: name, looks: asSeen(cli, addresses) });
    }
  });

  it("styles what the spec styles: the comparison is not between two plain workbooks", () => {
    const looks = [...fakeLooks(excel.sheet(spec.sheets[0].name)).values()];
    expect(looks.some((look) => look.fill !== null && !look.locked)).toBe(true);
    expect(looks.some((look) => look.bold && look.lineBelow !== null)).toBe(true);
  });

  it("protects, freezes, sizes and prints every sheet the same: A4, one page wide", () => {
    for (const { name } of spec.sheets) {
      const pane = excel.sheet(name);
      // ExcelJS reads a sheet's protection but leaves it out of its types.
      const cli = file.getWorksheet(name) as ExcelJS.Worksheet & { sheetProtection: { sheet?: boolean } | null };
      const view = cli.views?.[0];
      const setup = cli.pageSetup;
      const strip = (address: string | undefined) => address?.replace(/\$/g, "");
      expect({
        sheet: name,
        protected: pane.protection !== undefined,
        freeze: pane.freeze ?? { rows: 0, columns: 0 },
        widths: [...pane.columnWidths].sort(([a], [b]) => a - b).map(([, points]) => points),
        orientation: pane.orientation?.toLowerCase(),
        paper: pane.paperSize,
        pagesWide: pane.zoom?.horizontalFitToPages,
        pagesTall: pane.zoom?.verticalFitToPages ?? 0,
        titleRows: strip(pane.printTitleRows),
        area: strip(pane.printArea),
        breaks: pane.pageBreaks,
      }).toEqual({
        sheet: name,
        protected: cli.sheetProtection?.sheet === true,
        freeze:
          view?.state === "frozen" ? { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 } : { rows: 0, columns: 0 },
        widths: cli.columns.map((column) => columnWidthInPoints(column.width!)),
        orientation: setup.orientation,
        paper: setup.paperSize === undefined ? undefined : PAPER_NAMES[setup.paperSize],
        pagesWide: setup.fitToPage ? setup.fitToWidth : undefined,
        pagesTall: setup.fitToHeight,
        titleRows: strip(setup.printTitlesRow),
        area: strip(setup.printArea),
        breaks: written.getWorksheet(name)!.model.rowBreaks.map((rowBreak) => rowBreak.id),
      });
    }
    expect(excel.sheet(spec.sheets[0].name).paperSize).toBe("A4");
  });
});
