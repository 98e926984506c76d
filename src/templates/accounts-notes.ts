import { lineOf } from "../model/chart";
import { Money, sum } from "../model/money";
import { roundToTotal, roundedTkr } from "../model/tkr-rounding";
import {
  AccountsContext,
  BALANCE_COLUMNS,
  StatementRow,
  YEARS,
  Year,
  statementGrid,
  statementRef,
  sumOf,
} from "./accounts-context";
import { IncomeKey, StatementRows, statementSheet } from "./accounts-statements";
import { FORMAT, computed, input, total } from "./grid";
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
  const breakdowns = breakdownNotes(context, income);
  breakdowns.forEach((note, i) =>
    rows.push({ label: labels.notes.heading(NOTED.length + i + 1, note.heading), style: "header" }, ...note.rows),
  );
  const { grid } = statementGrid<string>(context, labels.notes.title, accounts.years, rows);
  return statementSheet("notes", context.sheetNames.notes, grid);
}

/** A part of a statement line that the accounts alone cannot tell: a member's contribution, a cost row's cost. */
interface Part {
  readonly label: string;
  /** As the statement signs it: revenues positive, costs negative. */
  readonly amount: Money;
}

/**
 * The notes that break a line down beyond its accounts, for the fiscal year: revenues per member
 * party by the plan, costs per cost row and intervention by Kopplingar; each part a yellow input
 * (the plan's or the books' figure, in tkr rounded so that the parts add up to their own total
 * as printed), and the rest of the line as "other", so that the note adds up to the line.
 */
function breakdownNotes(
  context: AccountsContext,
  income: StatementRows<IncomeKey>,
): { heading: string; rows: StatementRow<string>[] }[] {
  const { labels } = context;
  const { members, costs } = context.input.breakdowns ?? {};
  const notes: { heading: string; rows: StatementRow<string>[] }[] = [];
  if (members) {
    const parts = members.map((member) => ({
      label: member.party === "state" ? labels.notes.state : member.name,
      amount: member.amount,
    }));
    notes.push({
      heading: labels.notes.members,
      rows: breakdownRows(context, income, "revenues", parts, labels.notes.otherRevenues),
    });
  }
  if (costs) {
    const parts = costs.map(({ target, amount }) => ({ label: target, amount: amount.neg() }));
    notes.push({
      heading: labels.notes.costTargets,
      rows: breakdownRows(context, income, "costs", parts, labels.notes.otherCosts),
    });
  }
  return notes;
}

function breakdownRows(
  context: AccountsContext,
  income: StatementRows<IncomeKey>,
  line: (typeof NOTED)[number],
  parts: readonly Part[],
  otherLabel: string,
): StatementRow<string>[] {
  const exact = parts.map((part) => part.amount);
  const shown = context.input.unit === "kr" ? exact : roundToTotal(exact, roundedTkr(sum(exact)));
  const keys = parts.map((_, i) => `${line}:part:${i}`);
  const lineRef = statementRef(context.sheetNames.income, income[line], 0);
  // Only the fiscal year: the plan and Kopplingar speak of it alone.
  const partsSum = (ref: (key: string) => string) =>
    keys.length > 0 ? `SUM(${ref(keys[0])}:${ref(keys[keys.length - 1])})` : "0";
  return [
    ...parts.map((part, i) => ({
      key: keys[i],
      label: part.label,
      figure: (year: Year) => (year === 0 ? input(shown[i].toNumber(), FORMAT.kronor) : undefined),
    })),
    {
      key: `${line}:other`,
      label: otherLabel,
      figure: (year: Year, ref: (key: string) => string) =>
        year === 0 ? computed(`=${lineRef}-${partsSum(ref)}`) : undefined,
    },
    {
      label: context.labels.notes.sum,
      style: "total",
      figure: (year: Year, ref: (key: string) => string) =>
        year === 0 ? total(`=${partsSum(ref)}+${ref(`${line}:other`)}`) : undefined,
    },
    { label: "" },
  ];
}
