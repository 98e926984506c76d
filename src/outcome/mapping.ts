import { OutcomeIssue, outcomeIssue } from "./messages";

/** One row of Kopplingar: accounts, optionally one object, and the plan row they belong to. */
export interface MappingRow {
  /** The sheet's row number (1-based), for messages. */
  readonly row: number;
  readonly accounts: { readonly from: number; readonly to: number };
  readonly object?: { readonly dimension: string; readonly object: string };
  /** The intervention's or cost row's name as the plan writes it. */
  readonly target: string;
}

/** A cell's value as a workbook adapter reads it (ExcelJS or Office.js). */
export type CellValue = string | number | boolean | null | undefined;

/** Costs are accounts of classes 4–7 in BAS and in Kommun-BAS. */
export const isCostAccount = (account: number): boolean => {
  const first = Number(String(account)[0]);
  return first >= 4 && first <= 7;
};

const cellText = (value: CellValue): string => (value === null || value === undefined ? "" : String(value).trim());

/**
 * Reads Kopplingar's rows (account, dimension, object, target). A row names an
 * account (4010) or a range (4000-4999) of cost accounts, optionally an object,
 * and a target the plan has; blank rows are passed over. Problems name the row.
 */
export function readMapping(
  rows: readonly (readonly CellValue[])[],
  firstRow: number,
  targets: readonly string[],
): { rows: MappingRow[]; problems: OutcomeIssue[] } {
  const known = new Map(targets.map((name) => [name.trim().toLowerCase(), name]));
  const mapping: MappingRow[] = [];
  const problems: OutcomeIssue[] = [];
  rows.forEach((cells, i) => {
    const row = firstRow + i;
    const [account, dimension, object, target] = [0, 1, 2, 3].map((c) => cellText(cells[c]));
    if ([account, dimension, object, target].every((text) => text === "")) return;
    const before = problems.length;
    const range = /^(\d+)\s*(?:[-–]\s*(\d+))?$/.exec(account);
    const from = range ? Number(range[1]) : NaN;
    const to = range ? Number(range[2] ?? range[1]) : NaN;
    const name = known.get(target.toLowerCase());
    if (!range) problems.push(outcomeIssue("mapping-not-account", { row, text: account }));
    else if (to < from) problems.push(outcomeIssue("mapping-range-reversed", { row, text: account }));
    else if (!isCostAccount(from) || !isCostAccount(to) || String(from).length !== String(to).length) {
      problems.push(outcomeIssue("mapping-not-costs", { row, text: account }));
    }
    if ((dimension === "") !== (object === "")) problems.push(outcomeIssue("mapping-half-object", { row }));
    if (target === "") problems.push(outcomeIssue("mapping-no-target", { row }));
    else if (!name) problems.push(outcomeIssue("mapping-unknown-target", { row, target }));
    if (problems.length === before) {
      mapping.push({
        row,
        accounts: { from, to },
        object: dimension === "" ? undefined : { dimension, object },
        target: name as string,
      });
    }
  });
  return { rows: mapping, problems };
}
