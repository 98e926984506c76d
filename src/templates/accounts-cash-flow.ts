import { BalanceSheet } from "../model/annual-accounts";
import { ReportLine } from "../model/chart";
import {
  AccountsContext,
  BALANCE_COLUMNS,
  StatementRow,
  Year,
  statementGrid,
  statementRef,
  sumOf,
} from "./accounts-context";
import { BalanceKey, IncomeKey, StatementRows, openingFigure, statementSheet } from "./accounts-statements";
import { FORMAT } from "./grid";
import { SheetSpec } from "./spec";

/** The balance-sheet figures a cash flow compares the year's end with. */
const BEFORE = [
  "fixedAssets",
  "inventory",
  "receivables",
  "investments",
  "cash",
  "provisions",
  "longTermLiabilities",
  "shortTermLiabilities",
] as const satisfies readonly (keyof BalanceSheet & ReportLine)[];
type Before = (typeof BEFORE)[number] | "closingEquity";

type CashFlowKey =
  | "result"
  | "nonCash"
  | "beforeWorkingCapital"
  | "inventory"
  | "receivables"
  | "liabilities"
  | "operating"
  | "investing"
  | "financing"
  | "flow"
  | "start"
  | "end"
  | "inBalanceSheet"
  | `before:${Before}`;

const LIABILITIES: ReadonlySet<string> = new Set(["provisions", "longTermLiabilities", "shortTermLiabilities"]);

/**
 * Kassaflödesanalys by the indirect method (docs/domain.md rule 10): the
 * result, adjusted for what moved no cash, and the changes of the balance
 * sheet's lines as printed, so that start + flow = end and the end is the
 * balance sheet's liquid funds in tkr as in kr. The previous year's start is
 * a small block of the balances at its opening, below the statement.
 */
export function cashFlowSheet(
  context: AccountsContext,
  income: StatementRows<IncomeKey>,
  balance: StatementRows<BalanceKey>,
): SheetSpec {
  const { labels, input: accounts } = context;
  const words = labels.cashFlow;
  const rr = (key: IncomeKey, year: Year) => statementRef(context.sheetNames.income, income[key], year);
  const br = (key: BalanceKey, year: Year) => statementRef(context.sheetNames.balance, balance[key], year);
  type Ref = (key: CashFlowKey, year?: Year) => string;
  /** The balance-sheet figure at the start of the year: last year's column, or for last year its opening block. */
  const before = (key: Before, year: Year, ref: Ref) => (year === 0 ? br(key, 1) : ref(`before:${key}`));
  const change = (key: Before, year: Year, ref: Ref) => `(${br(key, year)}-${before(key, year, ref)})`;
  const formula =
    (make: (year: Year, ref: Ref) => string): StatementRow<CashFlowKey>["figure"] =>
    (year, ref) => ({
      formula: `=${make(year, ref)}`,
      format: FORMAT.kronor,
      style: "computed",
    });
  const rows: StatementRow<CashFlowKey>[] = [
    { key: "result", label: words.result, figure: formula((year) => rr("result", year)) },
    {
      key: "nonCash",
      label: words.nonCash,
      figure: formula((year, ref) => `-${rr("depreciation", year)}+${change("provisions", year, ref)}`),
    },
    {
      key: "beforeWorkingCapital",
      label: words.beforeWorkingCapital,
      style: "total",
      figure: (_, ref) => sumOf([ref("result"), ref("nonCash")]),
    },
    { key: "inventory", label: words.inventory, figure: formula((year, ref) => `-${change("inventory", year, ref)}`) },
    {
      key: "receivables",
      label: words.receivables,
      figure: formula((year, ref) => `-${change("receivables", year, ref)}`),
    },
    {
      key: "liabilities",
      label: words.liabilities,
      figure: formula((year, ref) => change("shortTermLiabilities", year, ref)),
    },
    {
      key: "operating",
      label: words.operating,
      style: "total",
      figure: (_, ref) =>
        sumOf([ref("beforeWorkingCapital"), ref("inventory"), ref("receivables"), ref("liabilities")]),
    },
    {
      key: "investing",
      label: words.investing,
      figure: formula((year, ref) => `-${change("fixedAssets", year, ref)}+${rr("depreciation", year)}`),
    },
    {
      key: "financing",
      label: words.financing,
      // Borrowing, and whatever moved equity besides the result (the opening against last year's closing).
      figure: formula(
        (year, ref) =>
          `${change("longTermLiabilities", year, ref)}+${br("openingEquity", year)}-${before("closingEquity", year, ref)}`,
      ),
    },
    {
      key: "flow",
      label: words.flow,
      style: "total",
      figure: (_, ref) => sumOf([ref("operating"), ref("investing"), ref("financing")]),
    },
    {
      key: "start",
      label: words.start,
      figure: formula((year, ref) => `${before("investments", year, ref)}+${before("cash", year, ref)}`),
    },
    { key: "end", label: words.end, style: "total", figure: (_, ref) => sumOf([ref("start"), ref("flow")]) },
    {
      key: "inBalanceSheet",
      label: words.inBalanceSheet,
      figure: formula((year) => `${br("investments", year)}+${br("cash", year)}`),
    },
    { label: "" },
    { label: words.opening(accounts.years[1]), style: "header" },
    ...BEFORE.map((key): StatementRow<CashFlowKey> => ({
      key: `before:${key}`,
      label: labels.lines[key],
      figure: (year) =>
        year === 1
          ? openingFigure(
              context,
              key,
              `${LIABILITIES.has(key) ? "-" : ""}${context.lineSum(key, BALANCE_COLUMNS.opening[1])}`,
            )
          : undefined,
    })),
    {
      key: "before:closingEquity",
      label: words.closingEquity,
      figure: (year) =>
        year === 1
          ? openingFigure(context, "openingEquity", `-${context.lineSum("equity", BALANCE_COLUMNS.opening[1])}`)
          : undefined,
    },
  ];
  const { grid } = statementGrid<CashFlowKey>(context, words.title, accounts.years, rows);
  return statementSheet("cashFlow", context.sheetNames.cashFlow, grid);
}
