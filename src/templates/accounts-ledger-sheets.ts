import { REPORT_LINES } from "../model/chart";
import { AccountsContext, BALANCES_FIRST_ROW, BALANCE_COLUMNS } from "./accounts-context";
import { FORMAT, GridBuilder, computed, figureHeader, input, text } from "./grid";
import { a1, onSheet } from "./grammar";
import { SheetSpec } from "./spec";

/** Kontoplan's rows the user can fill in, the default ranges first. */
export const CHART_ROWS = 100;
const CHART_HEADER_ROW = 4;
export const CHART_FIRST_ROW = CHART_HEADER_ROW + 1;
export const CHART = { from: 0, to: 1, line: 2, lines: 4 } as const;

/** Kontoplan: account ranges → report lines (docs/domain.md rule 10), inputs like Kopplingar's, and the lines there are. */
export function chartSheet(context: AccountsContext): SheetSpec {
  const { labels, input: accounts } = context;
  const words = labels.chart;
  const grid = new GridBuilder();
  grid.put(0, 0, text(words.title, "title"));
  grid.put(1, 0, text(words.note, "note"));
  grid.putRow(CHART_HEADER_ROW, 0, [
    text(words.from, "header"),
    text(words.to, "header"),
    text(words.line, "header"),
    null,
    text(words.lines, "header"),
  ]);
  for (let i = 0; i < CHART_ROWS; i++) {
    const range = accounts.chart[i];
    grid.putRow(CHART_FIRST_ROW + i, 0, [
      input(range?.from ?? ""),
      input(range?.to ?? ""),
      input(range ? labels.lines[range.line] : ""),
    ]);
  }
  REPORT_LINES.forEach((line, i) => grid.put(CHART_FIRST_ROW + i, CHART.lines, text(labels.lines[line])));
  return {
    key: "chart",
    name: context.sheetNames.chart,
    rows: grid.build(),
    columnWidths: [12, 12, 40, 2, 40],
    freeze: { rows: CHART_FIRST_ROW, columns: 0 },
    protect: true,
    print: { landscape: false },
  };
}

/** A column of Kontoplan's ranges, absolute. */
const chartColumn = (context: AccountsContext, column: number, rows = CHART_ROWS) =>
  onSheet(
    context.sheetNames.chart,
    `${a1(CHART_FIRST_ROW, column, true)}:${a1(CHART_FIRST_ROW + rows - 1, column, true)}`,
  );

/**
 * Saldon: the books' balances per account, exact in kronor, each account's line
 * looked up in Kontoplan by a formula (the one range that holds the account,
 * else empty), and what no line takes: an unmapped account with a balance
 * must be seen, never a silent gap.
 */
export function balancesSheet(context: AccountsContext): SheetSpec {
  const { labels, input: accounts } = context;
  const words = labels.balances;
  const [year, previous] = accounts.years;
  const grid = new GridBuilder();
  grid.put(0, 0, text(words.title(accounts.company), "title"));
  grid.put(1, 0, text(words.note, "note"));
  const header = BALANCES_FIRST_ROW - 1;
  grid.putRow(header, 0, [
    text(words.account, "header"),
    text(words.name, "header"),
    text(words.line, "header"),
    figureHeader(words.opening(year)),
    figureHeader(words.closing(year)),
    figureHeader(words.opening(previous)),
    figureHeader(words.closing(previous)),
  ]);
  const from = chartColumn(context, CHART.from);
  const to = chartColumn(context, CHART.to);
  const lines = chartColumn(context, CHART.line);
  accounts.balances.forEach((balance, i) => {
    const r = BALANCES_FIRST_ROW + i;
    const account = a1(r, BALANCE_COLUMNS.account);
    const holding = `(${from}<=${account})*(${to}>=${account})`;
    // The row of the one range holding the account; SUMPRODUCT computes the arrays in Excel and LibreOffice alike.
    const line = `=IF(SUMPRODUCT(${holding})=1,INDEX(${lines},SUMPRODUCT(${holding}*(ROW(${from})-${CHART_FIRST_ROW}))),"")`;
    const amount = (value: { toNumber(): number }) => input(value.toNumber(), FORMAT.kronor);
    grid.putRow(r, 0, [
      /^\d+$/.test(balance.account) ? input(Number(balance.account)) : input(balance.account),
      text(balance.name),
      { formula: line, style: "computed" },
      amount(balance.current.opening),
      amount(balance.current.closing),
      amount(balance.previous.opening),
      amount(balance.previous.closing),
    ]);
  });
  const last = BALANCES_FIRST_ROW + accounts.balances.length + 1;
  const known = onSheet(
    context.sheetNames.chart,
    `${a1(CHART_FIRST_ROW, CHART.lines, true)}:${a1(CHART_FIRST_ROW + REPORT_LINES.length - 1, CHART.lines, true)}`,
  );
  const unmapped = [...BALANCE_COLUMNS.opening, ...BALANCE_COLUMNS.closing]
    .map(
      (column) =>
        `SUMPRODUCT(ABS(${context.balancesRange(column)})*(COUNTIF(${known},${context.balancesRange(BALANCE_COLUMNS.line)})=0))`,
    )
    .join("+");
  grid.put(last, 0, text(words.unmapped, "label"));
  grid.put(last, BALANCE_COLUMNS.closing[0], { ...computed(`=${unmapped}`, "#,##0.00"), style: "check" });
  return {
    key: "balances",
    name: context.sheetNames.balances,
    rows: grid.build(),
    columnWidths: [10, 34, 36, 16, 18, 16, 18],
    freeze: { rows: BALANCES_FIRST_ROW, columns: 2 },
    protect: true,
    print: { landscape: true, titleRows: `$${BALANCES_FIRST_ROW}:$${BALANCES_FIRST_ROW}` },
  };
}
