import { TemplateContext } from "./context";
import { FORMAT, GridBuilder, computed, figureHeader, input, text, widthsForHeaders } from "./grid";
import { a1, onSheet } from "./grammar";
import { InterventionsRefs } from "./interventions-sheet";
import { KEY_NAMES } from "./key-names";
import { SheetSpec } from "./spec";
import { FIRST_YEAR_COLUMN, StatementRows } from "./statement-sheets";

const HEADER_ROW = 4;
/** Rows the user can fill in; an outcome import reads them through the name Kopplingar. */
export const MAPPING_ROWS = 200;
const C = { account: 0, dimension: 1, object: 2, target: 3, costRow: 5, budget: 6, outcome: 7, burn: 8 } as const;

/** The cell (absolute) where Kopplingar holds the outcome of the budget's cost row `index`. */
export function costRowOutcomeAddress(index: number): string {
  return a1(HEADER_ROW + 1 + index, C.outcome, true);
}

/**
 * Kopplingar: which accounts and objects of the books belong to which
 * intervention on Insatser or cost row of the budget, for importing outcomes
 * from an SIE file (src/outcome). Beside it, the budget's cost rows with their
 * outcome, which Insatser does not have rows for.
 */
export function mappingsSheet(
  context: TemplateContext,
  interventions: InterventionsRefs,
  statement: StatementRows,
): SheetSpec {
  const { plan, labels, sheetNames } = context;
  const words = labels.mappings;
  const grid = new GridBuilder();
  grid.put(0, 0, text(words.title, "title"));
  words.note.forEach((line, i) => grid.put(1 + i, 0, text(line, "note")));
  const headers = [words.account, words.dimension, words.object, words.target];
  grid.putRow(
    HEADER_ROW,
    0,
    headers.map((header) => text(header, "header")),
  );
  const first = HEADER_ROW + 1;
  for (let r = first; r < first + MAPPING_ROWS; r++) {
    grid.putRow(r, 0, [input(""), input(""), input(""), input("")]);
  }
  context.name(
    KEY_NAMES.mappings,
    "mappings",
    `${a1(first, C.account, true)}:${a1(first + MAPPING_ROWS - 1, C.target, true)}`,
  );

  const costHeaders = [words.costRow, words.budget(plan.budgetYear), words.outcome, words.burn];
  grid.putRow(
    HEADER_ROW,
    C.costRow,
    costHeaders.map((header, i) => (i === 0 ? text(header, "header") : figureHeader(header))),
  );
  plan.costs.forEach((row, i) => {
    const r = first + i;
    const budgetRow = a1(statement.costs.first + i, FIRST_YEAR_COLUMN);
    grid.putRow(r, C.costRow, [
      text(row.label),
      // The budget writes costs negative; here they are spending, as the outcome is.
      computed(`=-${onSheet(sheetNames.budget, budgetRow)}`),
      input("", FORMAT.kronor),
      computed(`=IF(${a1(r, C.budget)}=0,"",${a1(r, C.outcome)}/${a1(r, C.budget)})`, FORMAT.percent),
    ]);
  });
  const column = (c: number, from: number, to: number) => `${a1(from, c, true)}:${a1(to, c, true)}`;
  if (plan.costs.length > 0) {
    const last = first + plan.costs.length - 1;
    context.name(KEY_NAMES.costRowNames, "mappings", column(C.costRow, first, last));
    context.name(KEY_NAMES.costRowOutcomes, "mappings", column(C.outcome, first, last));
  }
  const { rows } = interventions;
  if (rows.last >= rows.first) {
    context.name(KEY_NAMES.interventionNames, "interventions", column(0, rows.first, rows.last));
    context.name(
      KEY_NAMES.interventionOutcomes,
      "interventions",
      column(interventions.columns.outcome, rows.first, rows.last),
    );
    context.name(
      KEY_NAMES.interventionBudgets,
      "interventions",
      column(interventions.columns.budget, rows.first, rows.last),
    );
  }
  return {
    key: "mappings",
    name: sheetNames.mappings,
    rows: grid.build(),
    columnWidths: widthsForHeaders([14, 12, 14, 34, 2, 34, 14, 14, 16], [...headers, undefined, ...costHeaders]),
    freeze: { rows: HEADER_ROW + 1, columns: 0 },
    protect: true,
    print: { landscape: true, titleRows: `$${HEADER_ROW + 1}:$${HEADER_ROW + 1}` },
  };
}
