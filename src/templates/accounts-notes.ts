import { lineOf } from "../model/chart";
import { roundToTotal } from "../model/tkr-rounding";
import {
  AccountsContext,
  BALANCE_COLUMNS,
  StatementRow,
  YEARS,
  statementGrid,
  statementRef,
  sumOf,
} from "./accounts-context";
import { IncomeKey, StatementRows, statementSheet } from "./accounts-statements";
import { FORMAT } from "./grid";
import { SheetSpec } from "./spec";

/** The lines whose accounts the notes list. */
const NOTED = ["revenues", "costs"] as const;

/**
 * Noter: verksamhetens intäkter and kostnader per account, in tkr rounded so
 * that each note adds up to its line in the Resultaträkning as printed
 * (docs/domain.md rule 10); a check row shows the difference to that line.
 */
export function notesSheet(context: AccountsContext, income: StatementRows<IncomeKey>): SheetSpec {
  const { labels, input: accounts, printed } = context;
  const years = ["current", "previous"] as const;
  const rows: StatementRow<string>[] = [];
  for (const line of NOTED) {
    const members = accounts.balances.filter((balance) => lineOf(accounts.chart, balance.account) === line);
    const perYear = YEARS.map((year) => {
      const amounts = members.map((b) => b[years[year]].closing.neg());
      return { exact: amounts, printed: roundToTotal(amounts, printed.income[years[year]][line]) };
    });
    const keys = members.map((b) => `${line}:${b.account}`);
    // Titled as seed 004's notes are ("Not 2. Verksamhetens intäkter"), not as the line, which the review reads as a total.
    rows.push({ label: labels.notes.heading(NOTED.indexOf(line) + 1, labels.lines[line]), style: "header" });
    members.forEach((member, i) => {
      const criterion = /^\d+$/.test(member.account) ? member.account : `"${member.account.replace(/"/g, '""')}"`;
      rows.push({
        key: keys[i],
        label: `${member.account} ${member.name}`,
        figure: (year) =>
          context.figure(
            `-SUMIFS(${context.balancesRange(BALANCE_COLUMNS.closing[year])},${context.balancesRange(BALANCE_COLUMNS.account)},${criterion})`,
            perYear[year].exact[i],
            perYear[year].printed[i],
          ),
      });
    });
    rows.push({
      key: `${line}:sum`,
      label: labels.notes.sum,
      style: "total",
      figure: (_, ref) => (keys.length > 0 ? sumOf(keys.map((key) => ref(key))) : sumOf(["0"])),
    });
    rows.push({
      label: labels.notes.difference,
      figure: (year, ref) => ({
        formula: `=${ref(`${line}:sum`)}-${statementRef(context.sheetNames.income, income[line], year)}`,
        format: FORMAT.kronor,
        style: "check",
      }),
    });
    rows.push({ label: "" });
  }
  const { grid } = statementGrid<string>(context, labels.notes.title, accounts.years, rows);
  return statementSheet("notes", context.sheetNames.notes, grid);
}
