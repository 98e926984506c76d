import { apportion } from "../model/apportion";
import { quarterlyInstalments } from "../model/instalments";
import { Money, money, sum } from "../model/money";
import { splitContribution } from "../model/split";
import { KEY_NAMES } from "../templates/key-names";
import { Position, ReadSheet, cellAt, columnCount, numberAt, textAt } from "./cells";
import { FEE_WORDS, isFeeHeader, isRegionLabel, isSumLabel, matches } from "./labels";
import { namedCell } from "./layout";
import { Reviewer, amountAt } from "./reviewer";
import { templateSheetKey } from "./template-sheets";

/*
 * A fee table, from the template or by hand like seed 004's: a row per
 * municipality with its population 16–64 and yearly fee (and quarters), a sum
 * row, and the 50/25/25 split. docs/domain.md rules 1 and 2.
 */

interface FeeColumns {
  readonly header: number;
  readonly member: number;
  readonly population: number;
  readonly share?: number;
  readonly fee: number;
  /** Four columns, one a quarter, or one column with the quarterly amount. */
  readonly quarters: readonly number[];
}

interface Member {
  readonly row: number;
  readonly name: string;
  readonly population: number;
}

export function reviewFees(reviewer: Reviewer, sheet: ReadSheet): void {
  const columns = feeColumns(sheet);
  const template = templateSheetKey(reviewer.workbook, sheet) === "fees";
  const split = reviewSplit(reviewer, sheet, columns, template);
  if (!columns) return;
  reviewer.recognise();

  const members: Member[] = [];
  let sumRow: number | undefined;
  for (let row = columns.header + 1; row < sheet.cells.length; row++) {
    const name = textAt(sheet, row, columns.member);
    const population = numberAt(sheet, row, columns.population);
    if (name && isSumLabel(name)) {
      sumRow = row;
      break;
    }
    if (!name || population === undefined) break;
    members.push({ row, name, population });
  }
  if (members.length === 0) return;

  const populations = members.map((m) => m.population);
  const feeOf = (m: Member) => amountAt(sheet, { row: m.row, column: columns.fee });
  const fees = members.map(feeOf);
  const feeTotal = sum(fees);
  const sumCell = sumRow === undefined ? undefined : { row: sumRow, column: columns.fee };
  // The municipalities' quarter: the split's row, else what the sum row says it is.
  const municipalities = split?.municipalities ?? (sumCell && numberAt(sheet, sumCell.row, sumCell.column));
  const populationSum = sum(populations);

  // Populations that cannot weigh (none, or a negative one typed) give no key to compare the fees with.
  const weighable = !populationSum.isZero() && populations.every((p) => p >= 0);
  if (municipalities !== undefined && weighable && reviewer.hasValues) {
    const K = money(municipalities);
    const expected = K.isInteger() && K.gte(0) ? apportion(K, populations) : undefined;
    const addsUp = feeTotal.eq(K);
    let named = 0;
    members.forEach((member, i) => {
      const at = { row: member.row, column: columns.fee };
      const exact = K.times(member.population).div(populationSum);
      const offKey = fees[i].minus(exact).abs().gte(1);
      const offRemainder = !addsUp && expected !== undefined && !fees[i].eq(expected[i]);
      if (expected && (offKey || offRemainder)) {
        named++;
        reviewer.report(sheet, at, "error", "fee-key", {
          label: member.name,
          expected: expected[i],
          found: reviewer.value(sheet, at),
          variant: offKey ? "key" : "remainder",
          sums: { found: feeTotal, expected: K },
        });
      } else if (template) {
        reviewer.constant(sheet, at, member.name, undefined, expected?.[i]);
      }
    });
    if (!addsUp && named === 0) {
      const at = sumCell ?? { row: members[members.length - 1].row, column: columns.fee };
      reviewer.report(sheet, at, "error", "fees-sum", { expected: K, found: feeTotal.toNumber() });
    }
  }
  if (template && !reviewer.hasValues) {
    members.forEach((member) => reviewer.constant(sheet, { row: member.row, column: columns.fee }, member.name));
  }
  reviewInstalments(reviewer, sheet, columns, members, fees, template);
  if (sumRow !== undefined) {
    reviewSumRow(reviewer, sheet, sumRow, members, columns, template, municipalities);
  }
  if (template) reviewHelperColumns(reviewer, sheet, columns, members);
}

/** The header row with a member, a population and a fee column. */
function feeColumns(sheet: ReadSheet): FeeColumns | undefined {
  const width = columnCount(sheet);
  for (let row = 0; row < sheet.cells.length; row++) {
    const find = (test: (label: string) => boolean) => {
      for (let column = 0; column < width; column++) {
        const text = textAt(sheet, row, column);
        if (text && test(text)) return column;
      }
      return undefined;
    };
    const member = find((t) => matches(t, FEE_WORDS.member));
    const population = find((t) => matches(t, FEE_WORDS.population));
    const fee = find(isFeeHeader);
    if (member === undefined || population === undefined || fee === undefined) continue;
    const four = FEE_WORDS.quarters.map((words) => find((t) => matches(t, words)));
    const one = find((t) => matches(t, FEE_WORDS.quarter));
    const quarters = four.every((c) => c !== undefined) ? (four as number[]) : one !== undefined ? [one] : [];
    const share = find((t) => matches(t, FEE_WORDS.share));
    return { header: row, member, population, share, fee, quarters };
  }
  return undefined;
}

/**
 * The 50/25/25 split (docs/domain.md rule 1) against the total contribution
 * (Parametrar's, else the table's "Totalt" row). Parts that do not add up to
 * the total are an error; parts that add up but split otherwise a warning, as
 * the association may have chosen so (the templates have no parameter for it).
 */
function reviewSplit(
  reviewer: Reviewer,
  sheet: ReadSheet,
  columns: FeeColumns | undefined,
  template: boolean,
): { municipalities: number } | undefined {
  const rows: Partial<Record<"state" | "region" | "municipalities" | "total", { row: number; label: string }>> = {};
  let amountColumn = columns?.fee;
  sheet.cells.forEach((_, row) => {
    const label = textAt(sheet, row, 0);
    if (!label) return;
    const key = matches(label, FEE_WORDS.state)
      ? "state"
      : isRegionLabel(label)
        ? "region"
        : matches(label, FEE_WORDS.municipalities)
          ? "municipalities"
          : matches(label, FEE_WORDS.total)
            ? "total"
            : undefined;
    if (key && !rows[key]) rows[key] = { row, label };
    for (let column = 1; column < (sheet.cells[row]?.length ?? 0); column++) {
      const text = textAt(sheet, row, column);
      if (text && matches(text, FEE_WORDS.amount) && amountColumn === columns?.fee) amountColumn = column;
    }
  });
  const { state, region, municipalities } = rows;
  if (!state || !region || !municipalities || amountColumn === undefined) return undefined;
  const column = amountColumn;
  const parts = [state, region, municipalities].map((r) => ({ ...r, at: { row: r.row, column } }));
  if (parts.some((part) => numberAt(sheet, part.at.row, column) === undefined && reviewer.hasValues)) return undefined;
  const contribution = namedCell(reviewer.workbook, KEY_NAMES.contribution);
  const total = contribution
    ? amountAt(contribution.sheet, contribution.at)
    : rows.total
      ? amountAt(sheet, { row: rows.total.row, column })
      : sum(parts.map((part) => amountAt(sheet, part.at)));
  if (total.isInteger() && total.gte(0)) {
    const expected = splitContribution(total);
    const addsUp = sum(parts.map((part) => amountAt(sheet, part.at))).eq(total);
    (["state", "region", "municipalities"] as const).forEach((party, i) =>
      reviewer.check({
        sheet,
        at: parts[i].at,
        expected: expected[party],
        rule: "split",
        computed: template,
        severity: addsUp ? "warning" : "error",
        details: { label: parts[i].label, variant: addsUp ? "chosen" : undefined },
      }),
    );
  }
  if (template) {
    // The split's total and every share beside an amount are formulas too.
    if (rows.total) reviewer.constant(sheet, { row: rows.total.row, column }, rows.total.label, undefined, total);
    [...parts, ...(rows.total ? [rows.total] : [])].forEach((part) =>
      reviewer.constant(sheet, { row: part.row, column: column + 1 }, part.label),
    );
  }
  return { municipalities: numberAt(sheet, municipalities.row, column) ?? 0 };
}

/**
 * Each member's quarters add up to its fee, each less than a krona from fee ÷ 4
 * (docs/domain.md rule 2); where they do not, the model's instalments are the right
 * ones. One quarterly column (seed 004) shows a quarter of the fee.
 */
function reviewInstalments(
  reviewer: Reviewer,
  sheet: ReadSheet,
  columns: FeeColumns,
  members: readonly Member[],
  fees: readonly Money[],
  template: boolean,
): void {
  if (columns.quarters.length === 0) return;
  const wholeFees = reviewer.hasValues && fees.every((fee) => fee.isInteger() && fee.gte(0));
  const model = wholeFees ? quarterlyInstalments(fees) : undefined;
  members.forEach((member, i) => {
    const cells = columns.quarters.map((column) => ({ row: member.row, column }));
    const quarters = cells.map((at) => amountAt(sheet, at));
    const quarter = fees[i].div(4);
    const within = quarters.every((q) => q.minus(quarter).abs().lt(1));
    const addsUp = columns.quarters.length === 1 || sum(quarters).eq(fees[i]);
    cells.forEach((at, q) => {
      const expected = columns.quarters.length === 1 ? quarter : model?.[i][q];
      const wrong = !(within && addsUp) && expected !== undefined && !quarters[q].eq(expected);
      const label = textAt(sheet, columns.header, columns.quarters[q]) ?? "";
      if (wrong) {
        reviewer.report(sheet, at, "error", "instalment", {
          label,
          member: member.name,
          expected,
          found: reviewer.value(sheet, at),
        });
      } else if (template) {
        reviewer.constant(sheet, at, `${member.name}: ${label}`, undefined, expected);
      }
    });
  });
}

/** The sum row adds the member rows of each figure column (the fee column is the fee check's when it is K). */
function reviewSumRow(
  reviewer: Reviewer,
  sheet: ReadSheet,
  sumRow: number,
  members: readonly Member[],
  columns: FeeColumns,
  template: boolean,
  municipalities: number | undefined,
): void {
  const label = textAt(sheet, sumRow, columns.member);
  const figureColumns = [columns.population, columns.fee, ...columns.quarters];
  figureColumns.forEach((column) => {
    const at: Position = { row: sumRow, column };
    if (numberAt(sheet, at.row, column) === undefined && !cellAt(sheet, at.row, column)?.formula) return;
    const expected = sum(members.map((m) => amountAt(sheet, { row: m.row, column })));
    const claimsK = column === columns.fee && numberAt(sheet, at.row, column) === municipalities;
    reviewer.check({
      sheet,
      at,
      expected: claimsK ? undefined : expected,
      rule: "sum",
      computed: template,
      details: { label: `${label} (${textAt(sheet, columns.header, column) ?? ""})` },
    });
  });
  if (template && columns.share !== undefined) reviewer.constant(sheet, { row: sumRow, column: columns.share }, label);
}

/** The template's share column and largest-remainder helpers right of the quarters are formulas. */
function reviewHelperColumns(
  reviewer: Reviewer,
  sheet: ReadSheet,
  columns: FeeColumns,
  members: readonly Member[],
): void {
  const last = Math.max(...columns.quarters, columns.fee);
  const width = columnCount(sheet);
  for (const { row, name } of members) {
    if (columns.share !== undefined) reviewer.constant(sheet, { row, column: columns.share }, name);
    for (let column = last + 1; column < width; column++) reviewer.constant(sheet, { row, column }, name);
  }
}
