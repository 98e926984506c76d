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
): { rows: MappingRow[]; problems: string[] } {
  const known = new Map(targets.map((name) => [name.trim().toLowerCase(), name]));
  const mapping: MappingRow[] = [];
  const problems: string[] = [];
  rows.forEach((cells, i) => {
    const row = firstRow + i;
    const [account, dimension, object, target] = [0, 1, 2, 3].map((c) => cellText(cells[c]));
    if ([account, dimension, object, target].every((text) => text === "")) return;
    const at = `Kopplingar row ${row}`;
    const before = problems.length;
    const range = /^(\d+)\s*(?:[-–]\s*(\d+))?$/.exec(account);
    const from = range ? Number(range[1]) : NaN;
    const to = range ? Number(range[2] ?? range[1]) : NaN;
    const name = known.get(target.toLowerCase());
    if (!range) problems.push(`${at}: "${account}" is not an account (4010) or a range of accounts (4000-4999)`);
    else if (to < from) problems.push(`${at}: the range ${account} ends before it starts`);
    else if (!isCostAccount(from) || !isCostAccount(to) || String(from).length !== String(to).length) {
      problems.push(`${at}: ${account} is not all cost accounts (classes 4–7)`);
    }
    if ((dimension === "") !== (object === "")) problems.push(`${at}: an object needs both its dimension and its code`);
    if (target === "") problems.push(`${at}: no intervention or cost row named`);
    else if (!name)
      problems.push(`${at}: "${target}" is neither an intervention on Insatser nor a cost row of the budget`);
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
