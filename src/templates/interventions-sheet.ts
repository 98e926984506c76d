import { followUpRows } from "../model/follow-up-rows";
import { dayNumber } from "../model/plan";
import { TemplateContext } from "./context";
import { FORMAT, GridBuilder, a1, columnLetters, computed, figureHeader, input, text, total } from "./grid";
import { ParamsRefs } from "./params-sheet";
import { SheetSpec } from "./spec";

export interface InterventionsRefs {
  readonly rows: { readonly first: number; readonly last: number };
  readonly totalRow: number;
  readonly columns: { readonly budget: number; readonly outcome: number; readonly burn: number };
}

const HEADER_ROW = 2;
const C = { name: 0, owner: 1, start: 2, end: 3, budget: 4, outcome: 5, burn: 6, expected: 7, pace: 8 } as const;

/**
 * Insatser: each intervention of the follow-up year (the plan's and the
 * follow-up list's) with its outcome against its budget for the year, and
 * against the budget for the days elapsed by the follow-up date (docs/domain.md
 * rule 5). The total's ratio is total outcome ÷ total budget.
 */
export function interventionsSheet(
  context: TemplateContext,
  params: ParamsRefs,
): { sheet: SheetSpec; refs: InterventionsRefs } {
  const { plan, labels } = context;
  const words = labels.interventions;
  const { year } = plan.followUp;
  const grid = new GridBuilder();
  grid.put(0, 0, text(words.title(year), "title"));
  const headers = [
    words.name,
    words.owner,
    words.start,
    words.end,
    words.budget(year),
    words.outcome,
    words.burn,
    words.expected,
    words.pace,
  ];
  grid.putRow(
    HEADER_ROW,
    0,
    // Name and owner are text; the dates and figures from the third column on.
    headers.map((header, column) => (column < 2 ? text(header, "header") : figureHeader(header))),
  );

  // Days of the follow-up year elapsed by the follow-up date, both ends counted, within 0 and the whole year.
  const yearStart = `DATE(${params.followUpYear},1,1)`;
  const days = `(DATE(${params.followUpYear},12,31)-${yearStart}+1)`;
  const elapsed = `MIN(MAX(${params.followUpDate}-${yearStart}+1,0),${days})`;

  const first = HEADER_ROW + 1;
  const rows = followUpRows(plan);
  const last = first + rows.length - 1;
  rows.forEach((row, i) => {
    const r = first + i;
    const at = (c: number) => a1(r, c);
    grid.putRow(r, 0, [
      input(row.name),
      input(row.owner),
      input(dayNumber(row.start), FORMAT.date),
      input(dayNumber(row.end), FORMAT.date),
      input(row.budget, FORMAT.kronor),
      input(row.outcome, FORMAT.kronor),
      computed(`=${at(C.outcome)}/${at(C.budget)}`, FORMAT.percent),
      computed(`=${at(C.budget)}*${elapsed}/${days}`),
      computed(`=${at(C.outcome)}/${at(C.expected)}`, FORMAT.percent),
    ]);
  });
  const totalRow = last + 1;
  const sum = (c: number) =>
    rows.length === 0 ? "=0" : `=SUM(${columnLetters(c)}${first + 1}:${columnLetters(c)}${last + 1})`;
  const at = (c: number) => a1(totalRow, c);
  grid.put(totalRow, 0, text(words.total, "total"));
  // Without rows there is no ratio to show (the totals are 0, and 0 ÷ 0 would read #DIV/0!).
  const ratio = (formula: string) => (rows.length === 0 ? null : total(formula, FORMAT.percent));
  grid.putRow(totalRow, C.budget, [
    total(sum(C.budget)),
    total(sum(C.outcome)),
    ratio(`=${at(C.outcome)}/${at(C.budget)}`),
    total(sum(C.expected)),
    ratio(`=${at(C.outcome)}/${at(C.expected)}`),
  ]);
  return {
    sheet: {
      key: "interventions",
      name: context.sheetNames.interventions,
      rows: grid.build(),
      columnWidths: [32, 40, 12, 12, 14, 14, 14, 16, 16],
      freeze: { rows: HEADER_ROW + 1, columns: 1 },
      protect: true,
      print: { landscape: true, titleRows: `$${HEADER_ROW + 1}:$${HEADER_ROW + 1}` },
    },
    refs: { rows: { first, last }, totalRow, columns: { budget: C.budget, outcome: C.outcome, burn: C.burn } },
  };
}
