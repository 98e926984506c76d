import { isDecided } from "../model/decisions";
import { dayNumber } from "../model/date-serial";
import { MONTH_UNITS } from "../model/year-share";
import { TemplateContext } from "./context";
import { FORMAT, GridBuilder, computed, figureHeader, input, text, total } from "./grid";
import { a1, columnLetters, onSheet } from "./grammar";
import { SheetSpec } from "./spec";
import { leftFormula, positionFormula, remainderFormula, yearShareFormula } from "./year-share-formula";

export interface DecisionsRefs {
  /** The cell (on another sheet) holding the decided intervention's share of plan year `year` (0 = the budget year). */
  shareOf(intervention: number, year: number): string | undefined;
}

const HEADER_ROW = 3;
const C = { label: 0, owner: 1, total: 2, from: 3, to: 4, months: 5, firstYear: 6 } as const;

/**
 * Beslut: the interventions the board decided for a period that may span years
 * (docs/domain.md rule 9), each year's share computed by native formulas
 * (year-share-formula.ts), and the plan's granted funds per year. The Budget
 * and Ekonomisk plan sheets take a decided intervention's cost from here.
 * Written only when the plan has decisions.
 */
export function decisionsSheet(context: TemplateContext): { sheet?: SheetSpec; refs: DecisionsRefs } {
  const { plan, labels, sheetNames } = context;
  const decided = plan.interventions.flatMap((row, index) => (isDecided(row) ? [{ row, index }] : []));
  if (decided.length === 0) return { refs: { shareOf: () => undefined } };

  const words = labels.decisions;
  const years = context.years;
  const helper = C.firstYear + years.length + 1;
  const H = { from: helper, to: helper + 1, remainder: helper + 2, left: helper + 3 };
  const grid = new GridBuilder();
  grid.put(0, 0, text(words.title, "title"));
  grid.put(1, 0, text(words.note, "note"));
  grid.put(HEADER_ROW - 1, helper, text(words.helper, "header"));
  grid.putRow(HEADER_ROW, 0, [
    text(words.intervention, "header"),
    text(words.owner, "header"),
    ...[words.total, words.from, words.to, words.months, ...years.map(words.year)].map(figureHeader),
  ]);
  grid.putRow(
    HEADER_ROW,
    helper,
    [words.fromPosition, words.toPosition, words.remainder, words.left].map(figureHeader),
  );

  const first = HEADER_ROW + 1;
  const rowOf = new Map<number, number>();
  decided.forEach(({ row, index }, i) => {
    const r = first + i;
    rowOf.set(index, r);
    // Columns pinned, so that each formula reads as the row's own.
    const at = (c: number) => `$${columnLetters(c)}${r + 1}`;
    const cells = {
      total: at(C.total),
      start: at(C.from),
      from: at(H.from),
      to: at(H.to),
      remainder: at(H.remainder),
      left: at(H.left),
    };
    grid.putRow(r, 0, [
      text(row.label),
      text(row.owner),
      input(row.decidedTotal, FORMAT.kronor),
      input(dayNumber(row.decidedFrom), FORMAT.date),
      input(dayNumber(row.decidedTo), FORMAT.date),
      computed(`=(${cells.to}-${cells.from})/${MONTH_UNITS}`, FORMAT.months),
      ...years.map((year) => computed(`=${yearShareFormula(cells, String(year))}`)),
    ]);
    grid.putRow(r, helper, [
      computed(`=${positionFormula(cells.start, cells.start)}`, FORMAT.units),
      computed(`=${positionFormula(`(${at(C.to)}+1)`, cells.start)}`, FORMAT.units),
      computed(`=${remainderFormula(cells)}`, FORMAT.units),
      computed(`=${leftFormula(cells)}`, FORMAT.units),
    ]);
  });

  const last = first + decided.length - 1;
  const totalRow = last + 1;
  grid.put(totalRow, 0, text(words.granted, "total"));
  [C.total, ...years.map((_, k) => C.firstYear + k)].forEach((c) =>
    grid.put(totalRow, c, total(`=SUM(${a1(first, c)}:${a1(last, c)})`)),
  );

  const name = sheetNames.decisions;
  return {
    sheet: {
      key: "decisions",
      name,
      rows: grid.build(),
      columnWidths: [32, 30, 15, 12, 12, 9, ...years.map(() => 14), 3, 15, 15, 12, 12],
      freeze: { rows: HEADER_ROW + 1, columns: 1 },
      protect: true,
      print: { landscape: true, area: `$A$1:$${columnLetters(C.firstYear + years.length - 1)}$${totalRow + 1}` },
    },
    refs: {
      shareOf: (intervention, year) => {
        const r = rowOf.get(intervention);
        return r === undefined ? undefined : onSheet(name, a1(r, C.firstYear + year));
      },
    },
  };
}
