import { money } from "../model/money";
import { roundedTkr } from "../model/tkr-rounding";
import { AccountsContext, OperatingBudget, Year, statementRef } from "./accounts-context";
import { BalanceKey, IncomeKey, StatementRows } from "./accounts-statements";
import { FORMAT, GridBuilder, computed, figureHeader, input, text, total } from "./grid";
import { a1 } from "./grammar";
import { SheetSpec } from "./spec";

const HEADER_ROW = 3;
const OPERATING = { outcome: 1, budget: 2, variance: 3, previous: 4 } as const;

/**
 * Driftredovisning: outcome beside the current budget (yellow inputs), the
 * variance as outcome − budget, and last year's outcome. Every outcome is a
 * statement's cell, so the figures read as the resultaträkning and the
 * balansräkning print them.
 */
export function operatingSheet(
  context: AccountsContext,
  income: StatementRows<IncomeKey>,
  balance: StatementRows<BalanceKey>,
): SheetSpec {
  const { labels, input: accounts } = context;
  const words = labels.operating;
  const [year, previous] = accounts.years;
  const rr = (keys: readonly IncomeKey[], at: Year) =>
    keys.map((key) => statementRef(context.sheetNames.income, income[key], at)).join("+");
  const br = (keys: readonly BalanceKey[], at: Year) =>
    keys.map((key) => statementRef(context.sheetNames.balance, balance[key], at)).join("+");
  const grid = new GridBuilder();
  grid.put(0, 0, text(words.title, "title"));
  grid.put(1, 0, text(`${labels.unit[accounts.unit]}. ${words.note}`, "note"));
  grid.putRow(HEADER_ROW, 0, [
    text("", "header"),
    figureHeader(words.outcome(year)),
    figureHeader(words.budget(year)),
    figureHeader(words.variance),
    figureHeader(words.previous(previous)),
  ]);
  const rows: readonly {
    label: string;
    outcome: (at: Year) => string;
    budget?: keyof OperatingBudget;
    budgetSum?: boolean;
  }[] = [
    { label: words.netCost, outcome: (at) => rr(["costs", "depreciation", "financialCosts"], at), budget: "netCost" },
    { label: words.netRevenue, outcome: (at) => rr(["revenues", "financialIncome"], at), budget: "netRevenue" },
    { label: words.result, outcome: (at) => rr(["result"], at), budgetSum: true },
    { label: words.closingEquity, outcome: (at) => br(["closingEquity"], at), budget: "closingEquity" },
    { label: words.liquidFunds, outcome: (at) => br(["investments", "cash"], at) },
  ];
  // The plan's budget in the tables' unit, still a yellow input that the user may change.
  const budget = (key: keyof OperatingBudget | undefined) => {
    const kronor = key && accounts.budget?.[key];
    if (kronor === undefined) return "";
    return accounts.unit === "kr" ? kronor : roundedTkr(money(kronor)).toNumber();
  };
  rows.forEach((row, i) => {
    const r = HEADER_ROW + 1 + i;
    const make = row.budgetSum ? total : computed;
    grid.putRow(r, 0, [
      text(row.label, row.budgetSum ? "total" : "label"),
      make(`=${row.outcome(0)}`),
      // The budget's result is its revenue and cost as entered, so that it too adds up.
      row.budgetSum
        ? total(`=${a1(r - 2, OPERATING.budget)}+${a1(r - 1, OPERATING.budget)}`)
        : input(budget(row.budget), FORMAT.kronor),
      make(`=${a1(r, OPERATING.outcome)}-${a1(r, OPERATING.budget)}`),
      make(`=${row.outcome(1)}`),
    ]);
  });
  return {
    key: "operating",
    name: context.sheetNames.operating,
    rows: grid.build(),
    columnWidths: [30, 16, 20, 20, 16],
    protect: true,
    print: { landscape: true },
  };
}

/**
 * Nyckeltal: soliditet from the balance sheet's own cells, the result
 * against the balanced-budget requirement, and equity against the guideline
 * (a yellow input, in the tables' unit), for both years.
 */
export function keyFiguresSheet(
  context: AccountsContext,
  income: StatementRows<IncomeKey>,
  balance: StatementRows<BalanceKey>,
): SheetSpec {
  const { labels, input: accounts } = context;
  const words = labels.keyFigures;
  const grid = new GridBuilder();
  grid.put(0, 0, text(words.title, "title"));
  grid.put(1, 0, text(`${labels.unit[accounts.unit]}. ${words.note}`, "note"));
  grid.putRow(HEADER_ROW, 0, [text("", "header"), figureHeader(accounts.years[0]), figureHeader(accounts.years[1])]);
  const first = HEADER_ROW + 1;
  const guidelineRow = first + 4;
  for (const at of [0, 1] as const) {
    const column = 1 + at;
    const rr = statementRef(context.sheetNames.income, income.result, at);
    const equity = statementRef(context.sheetNames.balance, balance.closingEquity, at);
    const assets = statementRef(context.sheetNames.balance, balance.totalAssets, at);
    grid.put(first, column, computed(`=IF(${assets}=0,"",${equity}/${assets})`, FORMAT.percent));
    grid.put(first + 1, column, computed(`=${rr}`));
    grid.put(first + 2, column, { formula: `=IF(${rr}>=0,"${words.yes}","${words.no}")`, style: "check" });
    grid.put(first + 3, column, computed(`=${equity}`));
    grid.put(guidelineRow, column, input("", FORMAT.kronor));
    grid.put(first + 5, column, computed(`=${a1(first + 3, column)}-${a1(guidelineRow, column)}`));
  }
  [words.solidity, words.result, words.balanced, words.equity, words.guideline, words.overGuideline].forEach(
    (label, i) => grid.put(first + i, 0, text(label)),
  );
  return {
    key: "keyFigures",
    name: context.sheetNames.keyFigures,
    rows: grid.build(),
    columnWidths: [48, 16, 16],
    protect: true,
    print: { landscape: false },
  };
}
