import { dayNumber } from "../model/date-serial";
import { followUpRows } from "../model/follow-up-rows";
import { TemplateContext } from "./context";
import {
  FORMAT,
  GridBuilder,
  computed,
  figureHeader,
  input,
  proposedInput,
  text,
  total,
  widthsForHeaders,
} from "./grid";
import { a1, columnLetters } from "./grammar";
import { ParamsRefs } from "./params-sheet";
import { elapsedDaysFormulas, proposedPrognosisFormula } from "./prognosis-formulas";
import { SheetSpec } from "./spec";

export interface InterventionsRefs {
  readonly rows: { readonly first: number; readonly last: number };
  readonly totalRow: number;
  readonly columns: {
    readonly budget: number;
    readonly outcome: number;
    readonly burn: number;
    readonly prognosis: number;
    readonly pacePrognosis: number;
  };
}

const HEADER_ROW = 2;
const C = {
  name: 0,
  owner: 1,
  start: 2,
  end: 3,
  budget: 4,
  outcome: 5,
  burn: 6,
  expected: 7,
  pace: 8,
  prognosis: 9,
  pacePrognosis: 10,
} as const;
/** The narrowest a column is; wider where its bold header needs it, so that no header is cut off in print. */
const WIDTHS = [32, 40, 12, 12, 14, 14, 14, 16, 16, 16, 16];
const MAX_TEXT_WIDTH = 64;

/**
 * Insatser: each intervention of the follow-up year (the plan's and the
 * follow-up list's) with its outcome against its budget for the year, and
 * against the budget for the days elapsed by the follow-up date (docs/domain.md
 * rule 5). The total's ratio is total outcome ÷ total budget. Beside them the
 * forecast for the year (rule 8): Prognos helår, an input proposed by its rule,
 * and the forecast at the current pace.
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
    labels.prognosis.forecast,
    labels.prognosis.pace,
  ];
  grid.putRow(
    HEADER_ROW,
    0,
    // Name and owner are text; the dates and figures from the third column on.
    headers.map((header, column) => (column < 2 ? text(header, "header") : figureHeader(header))),
  );

  grid.put(1, 0, text(labels.prognosis.rule, "note"));
  const { elapsed, days, share } = elapsedDaysFormulas(params.followUpYear, params.followUpDate);

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
      proposedInput(proposedPrognosisFormula(at(C.budget), at(C.outcome), share, "positive"), FORMAT.kronor),
      computed(`=IF(${share}=0,"",${at(C.outcome)}/${share})`),
    ]);
  });
  // A name or owner printed whole, up to a width that still leaves the figures readable.
  const longest = (c: number) =>
    Math.min(Math.max(0, ...rows.map((row) => (c === C.name ? row.name : row.owner).length + 1)), MAX_TEXT_WIDTH);
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
    total(sum(C.prognosis)),
    total(sum(C.pacePrognosis)),
  ]);
  return {
    sheet: {
      key: "interventions",
      name: context.sheetNames.interventions,
      rows: grid.build(),
      columnWidths: widthsForHeaders(
        WIDTHS.map((width, c) => Math.max(width, c < 2 ? longest(c) : 0)),
        headers,
      ),
      freeze: { rows: HEADER_ROW + 1, columns: 1 },
      protect: true,
      print: { landscape: true, titleRows: `$${HEADER_ROW + 1}:$${HEADER_ROW + 1}` },
    },
    refs: {
      rows: { first, last },
      totalRow,
      columns: {
        budget: C.budget,
        outcome: C.outcome,
        burn: C.burn,
        prognosis: C.prognosis,
        pacePrognosis: C.pacePrognosis,
      },
    },
  };
}
