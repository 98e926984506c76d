import { TemplateContext } from "./context";
import { FORMAT, GridBuilder, computed, figureHeader, input, text, total, widthsForHeaders } from "./grid";
import { a1, columnLetters, onSheet } from "./grammar";
import { KEY_NAMES } from "./key-names";
import { ParamsRefs } from "./params-sheet";
import { SheetSpec } from "./spec";
import { splitFormulas } from "./split-formulas";

/** Where the other sheets find the fee table. */
export interface FeesRefs {
  readonly state: string;
  readonly region: string;
  readonly municipalities: string;
  readonly contribution: string;
  /** The first and last member row (0-based) and the columns of fee and quarters. */
  readonly memberRows: { readonly first: number; readonly last: number };
  readonly columns: {
    readonly member: number;
    readonly population: number;
    readonly share: number;
    readonly fee: number;
    readonly quarters: readonly number[];
  };
}

const SPLIT_ROW = 3;
const HEADER_ROW = 9;
const COLUMNS = {
  member: 0,
  population: 1,
  share: 2,
  fee: 3,
  quarters: [4, 5, 6, 7],
  floor: 9,
  remainder: 10,
  rank: 11,
  quarterRemainder: 12,
  startQuarter: 13,
} as const;

/**
 * Medlemsavgifter: the law's 50/25/25 split and each municipality's fee and
 * quarters, computed with native formulas that give the model's figures exactly
 * (docs/domain.md rules 1–2). Largest remainder in integers: the exact share of
 * member i is K·pᵢ/S; its floor and the remainder K·pᵢ − S·floor are whole
 * numbers well inside a double's exact range, so the ranking compares them exactly.
 */
export function feesSheet(context: TemplateContext, params: ParamsRefs): { sheet: SheetSpec; refs: FeesRefs } {
  const { plan, labels } = context;
  const words = labels.fees;
  const grid = new GridBuilder();
  grid.put(0, 0, text(words.title(plan.budgetYear), "title"));

  const contribution = onSheet(context.sheetNames.params, params.contributions[0]);
  const T = contribution;
  grid.putRow(SPLIT_ROW - 1, 0, [text(words.split, "header"), figureHeader(words.amount), figureHeader(words.share)]);
  const split = splitFormulas(T);
  const splitRows = [
    [words.state, split.state(a1(SPLIT_ROW + 1, 1), a1(SPLIT_ROW + 2, 1))],
    [words.region, split.region],
    [words.municipalities, split.municipalities],
  ] as const;
  const totalRow = SPLIT_ROW + splitRows.length;
  splitRows.forEach(([label, formula], i) =>
    grid.putRow(SPLIT_ROW + i, 0, [
      text(label),
      computed(formula),
      computed(`=${a1(SPLIT_ROW + i, 1)}/${a1(totalRow, 1, true)}`, FORMAT.percent),
    ]),
  );
  grid.putRow(totalRow, 0, [
    text(words.total, "total"),
    total(`=SUM(${a1(SPLIT_ROW, 1)}:${a1(totalRow - 1, 1)})`),
    total(`=SUM(${a1(SPLIT_ROW, 2)}:${a1(totalRow - 1, 2)})`, FORMAT.percent),
  ]);
  const municipalities = context.name(KEY_NAMES.municipalities, "fees", a1(SPLIT_ROW + 2, 1, true));

  const headers: [number, string][] = [
    [COLUMNS.member, words.member],
    [COLUMNS.population, words.population],
    [COLUMNS.share, words.share],
    [COLUMNS.fee, words.fee],
    ...COLUMNS.quarters.map((column, q): [number, string] => [column, words.quarter(q + 1)]),
    [COLUMNS.floor, words.floor],
    [COLUMNS.remainder, words.remainder],
    [COLUMNS.rank, words.rank],
    [COLUMNS.quarterRemainder, words.quarterRemainder],
    [COLUMNS.startQuarter, words.startQuarter],
  ];
  grid.put(HEADER_ROW - 1, COLUMNS.floor, text(words.helper, "note"));
  headers.forEach(([column, label]) =>
    grid.put(HEADER_ROW, column, column === COLUMNS.member ? text(label, "header") : figureHeader(label)),
  );

  const first = HEADER_ROW + 1;
  const last = first + plan.members.length - 1;
  const column = (c: number) => `${columnLetters(c)}$${first + 1}:${columnLetters(c)}$${last + 1}`;
  const populations = column(COLUMNS.population);
  const remainders = column(COLUMNS.remainder);
  const S = `SUM(${populations})`;
  const K = municipalities;
  plan.members.forEach((member, i) => {
    const row = first + i;
    const at = (c: number) => a1(row, c);
    grid.putRow(row, 0, [
      input(member.name),
      input(member.population, FORMAT.kronor),
      computed(`=${at(COLUMNS.population)}/${S}`, FORMAT.percent),
    ]);
    grid.put(row, COLUMNS.floor, computed(`=INT(${K}*${at(COLUMNS.population)}/${S})`));
    grid.put(row, COLUMNS.remainder, computed(`=${K}*${at(COLUMNS.population)}-${S}*${at(COLUMNS.floor)}`));
    // Rank by remainder, then by population, then by list order (docs/domain.md rule 2's ties).
    const sameRemainder = `(${remainders}=${at(COLUMNS.remainder)})`;
    grid.put(
      row,
      COLUMNS.rank,
      computed(
        `=1+SUMPRODUCT((${remainders}>${at(COLUMNS.remainder)})+${sameRemainder}*(${populations}>${at(COLUMNS.population)})` +
          `+${sameRemainder}*(${populations}=${at(COLUMNS.population)})*(ROW(${populations})<ROW(${at(COLUMNS.population)})))`,
        "0",
      ),
    );
    grid.put(
      row,
      COLUMNS.fee,
      computed(`=${at(COLUMNS.floor)}+IF(${at(COLUMNS.rank)}<=${K}-SUM(${column(COLUMNS.floor)}),1,0)`),
    );
    // Quarters: fee ÷ 4 rounded down, the odd kronor dealt round the quarters member after member.
    grid.put(row, COLUMNS.quarterRemainder, computed(`=${at(COLUMNS.fee)}-4*INT(${at(COLUMNS.fee)}/4)`, "0"));
    const above = `${columnLetters(COLUMNS.quarterRemainder)}$${HEADER_ROW + 1}:${a1(row - 1, COLUMNS.quarterRemainder)}`;
    grid.put(row, COLUMNS.startQuarter, computed(`=MOD(SUM(${above}),4)`, "0"));
    COLUMNS.quarters.forEach((c, q) =>
      grid.put(
        row,
        c,
        computed(
          `=INT(${at(COLUMNS.fee)}/4)+IF(MOD(${q}-${at(COLUMNS.startQuarter)},4)<${at(COLUMNS.quarterRemainder)},1,0)`,
        ),
      ),
    );
  });
  const columnRange = (from: number, to: number) => `${a1(first, from, true)}:${a1(last, to, true)}`;
  context.name(KEY_NAMES.members, "fees", columnRange(COLUMNS.member, COLUMNS.member));
  context.name(KEY_NAMES.populations, "fees", columnRange(COLUMNS.population, COLUMNS.population));
  context.name(KEY_NAMES.fees, "fees", columnRange(COLUMNS.fee, COLUMNS.fee));
  context.name(KEY_NAMES.quarters, "fees", columnRange(COLUMNS.quarters[0], COLUMNS.quarters[3]));
  const sumRow = last + 1;
  grid.put(sumRow, 0, text(words.sum, "total"));
  [COLUMNS.population, COLUMNS.share, COLUMNS.fee, ...COLUMNS.quarters].forEach((c) =>
    grid.put(sumRow, c, total(`=SUM(${column(c)})`, c === COLUMNS.share ? FORMAT.percent : FORMAT.kronor)),
  );

  return {
    sheet: {
      key: "fees",
      name: context.sheetNames.fees,
      rows: grid.build(),
      columnWidths: widthsForHeaders(
        [24, 18, 10, 14, 13, 13, 13, 13, 3, 14, 14, 8, 12, 12],
        headers.reduce<string[]>((byColumn, [column, label]) => Object.assign(byColumn, { [column]: label }), []),
      ),
      freeze: { rows: HEADER_ROW + 1, columns: 1 },
      protect: true,
      print: { landscape: true, titleRows: `$${HEADER_ROW + 1}:$${HEADER_ROW + 1}` },
    },
    refs: {
      state: a1(SPLIT_ROW, 1, true),
      region: a1(SPLIT_ROW + 1, 1, true),
      municipalities: a1(SPLIT_ROW + 2, 1, true),
      contribution: contribution,
      memberRows: { first, last },
      columns: {
        member: COLUMNS.member,
        population: COLUMNS.population,
        share: COLUMNS.share,
        fee: COLUMNS.fee,
        quarters: COLUMNS.quarters,
      },
    },
  };
}
