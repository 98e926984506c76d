import { TemplateContext } from "./context";
import { DecisionsRefs } from "./decisions-sheet";
import { FeesRefs } from "./fees-sheet";
import { FORMAT, GridBuilder, computed, figureHeader, input, text, total } from "./grid";
import { a1, onSheet } from "./grammar";
import { closingEquityName } from "./key-names";
import { ParamsRefs } from "./params-sheet";
import { Cell, SheetSpec } from "./spec";
import { splitFormulas } from "./split-formulas";

/** Row numbers (0-based) of a budget statement; the budget and the plan share them, so rows line up. */
export interface StatementRows {
  readonly header: number;
  readonly revenues: { readonly first: number; readonly last: number };
  readonly totalRevenues: number;
  readonly costs: { readonly first: number; readonly last: number };
  readonly interventions: { readonly first: number; readonly last: number };
  readonly totalInterventions: number;
  readonly totalCosts: number;
  readonly opening: number;
  readonly result: number;
  readonly closing: number;
  readonly ceiling: number;
  /** The budget sheet's forecast below the statement: its deviation from the budget and the guideline's verdict. */
  readonly deviation: number;
  readonly within: number;
}

export const FIRST_YEAR_COLUMN = 2;

export function statementRows(context: TemplateContext): StatementRows {
  const { plan } = context;
  const header = 3;
  const revenuesFirst = header + 2;
  const revenuesLast = revenuesFirst + 2 + plan.otherRevenues.length;
  const totalRevenues = revenuesLast + 1;
  const costsFirst = totalRevenues + 3;
  const costsLast = costsFirst + plan.costs.length - 1;
  const interventionsFirst = costsLast + 2;
  const interventionsLast = interventionsFirst + plan.interventions.length - 1;
  const totalInterventions = interventionsLast + 1;
  const totalCosts = totalInterventions + 1;
  return {
    header,
    revenues: { first: revenuesFirst, last: revenuesLast },
    totalRevenues,
    costs: { first: costsFirst, last: costsLast },
    interventions: { first: interventionsFirst, last: interventionsLast },
    totalInterventions,
    totalCosts,
    opening: totalCosts + 2,
    result: totalCosts + 3,
    closing: totalCosts + 4,
    ceiling: totalCosts + 5,
    deviation: totalCosts + 6,
    within: totalCosts + 7,
  };
}

/** How one year column gets its figures: from the fee table, from the budget sheet, or from its own inputs. */
type YearSource = { kind: "budget" } | { kind: "copy of budget"; sheet: string } | { kind: "plan year"; year: number };

/**
 * Verksamhetsplan och budget: the budget year's revenues, costs (negative, as
 * the association's plans write them), result and equity (docs/domain.md rule 3).
 */
export function budgetSheet(
  context: TemplateContext,
  params: ParamsRefs,
  fees: FeesRefs,
  decisions: DecisionsRefs,
  followUp: FollowUpColumns,
): SheetSpec {
  const { budgetYear } = context.plan;
  return statementSheet(context, params, fees, decisions, {
    key: "budget",
    title: context.labels.budget.title(budgetYear),
    columns: [{ header: context.labels.budget.budget(budgetYear), source: { kind: "budget" } }],
    followUp,
  });
}

/**
 * Ekonomisk plan: the same rows for the budget year and the plan years. Each
 * year opens with the previous year's closing equity by reference, never a
 * typed number (docs/domain.md rule 4); the budget year's column repeats the budget.
 */
export function planSheet(
  context: TemplateContext,
  params: ParamsRefs,
  fees: FeesRefs,
  decisions: DecisionsRefs,
): SheetSpec {
  const { labels, sheetNames } = context;
  const years = context.years;
  return statementSheet(context, params, fees, decisions, {
    key: "plan",
    title: labels.budget.planTitle(years[0], years[years.length - 1]),
    columns: years.map((year, k) => ({
      header: k === 0 ? labels.budget.budget(year) : labels.budget.plan(year),
      source: k === 0 ? { kind: "copy of budget", sheet: sheetNames.budget } : { kind: "plan year", year: k },
    })),
  });
}

/** Puts the follow-up's columns beside a statement's year columns; returns their widths. */
export type FollowUpColumns = (grid: GridBuilder, rows: StatementRows) => readonly number[];

interface StatementOptions {
  readonly key: "budget" | "plan";
  readonly title: string;
  readonly columns: readonly { readonly header: string; readonly source: YearSource }[];
  /** The follow-up's columns beside the year columns (the budget sheet's). */
  readonly followUp?: FollowUpColumns;
}

function statementSheet(
  context: TemplateContext,
  params: ParamsRefs,
  fees: FeesRefs,
  decisions: DecisionsRefs,
  options: StatementOptions,
): SheetSpec {
  const { plan, labels, sheetNames } = context;
  const words = labels.budget;
  const rows = statementRows(context);
  const grid = new GridBuilder();
  grid.put(0, 0, text(options.title, "title"));
  grid.putRow(rows.header, 0, [text("", "header"), text(words.owner, "header")]);

  grid.put(rows.revenues.first - 1, 0, text(words.revenues, "header"));
  const revenueLabels = [words.state, words.region, words.municipalities, ...plan.otherRevenues.map((r) => r.label)];
  revenueLabels.forEach((label, i) => grid.put(rows.revenues.first + i, 0, text(label)));
  grid.put(rows.totalRevenues, 0, text(words.totalRevenues, "total"));
  grid.put(rows.costs.first - 1, 0, text(words.costs, "header"));
  plan.costs.forEach((row, i) => grid.put(rows.costs.first + i, 0, text(row.label)));
  grid.put(rows.interventions.first - 1, 0, text(words.interventions, "header"));
  plan.interventions.forEach((row, i) =>
    grid.putRow(rows.interventions.first + i, 0, [text(row.label), text(row.owner)]),
  );
  grid.put(rows.totalInterventions, 0, text(words.totalInterventions, "total"));
  grid.put(rows.totalCosts, 0, text(words.totalCosts, "total"));
  grid.put(rows.opening, 0, text(words.opening));
  grid.put(rows.result, 0, text(words.result, "total"));
  grid.put(rows.closing, 0, text(words.closing, "total"));
  grid.put(rows.ceiling, 0, text(words.ceiling, "note"));

  // Each year's closing-equity name, as given (a clash with the user's names adds a suffix).
  const closingNames = new Map<number, string>();
  options.columns.forEach(({ header, source }, k) => {
    const column = FIRST_YEAR_COLUMN + k;
    const at = (row: number) => a1(row, column);
    const sum = (first: number, last: number) => (last < first ? "=0" : `=SUM(${at(first)}:${at(last)})`);
    grid.put(rows.header, column, figureHeader(header));
    const year = source.kind === "plan year" ? source.year : 0;
    const cells = new Map<number, Cell>();
    if (source.kind === "copy of budget") {
      // Every figure of the budget year comes from the budget sheet, so the two cannot disagree.
      const sameCell = (row: number) => computed(`=${onSheet(source.sheet, a1(row, column))}`);
      const span = ({ first, last }: { first: number; last: number }) =>
        Array.from({ length: last - first + 1 }, (_, i) => first + i);
      [
        ...span(rows.revenues),
        rows.totalRevenues,
        ...span(rows.costs),
        ...span(rows.interventions),
        rows.totalInterventions,
        rows.totalCosts,
        rows.opening,
        rows.result,
        rows.closing,
      ].forEach((row) => cells.set(row, sameCell(row)));
    } else {
      // The budget year takes its split from the fee table; plan years split their own contribution.
      const T = onSheet(sheetNames.params, params.contributions[year]);
      const split = splitFormulas(T);
      const [state, region, municipalities] = [0, 1, 2].map((i) => rows.revenues.first + i);
      const fromFees = (address: string) => `=${onSheet(sheetNames.fees, address)}`;
      const budgetYear = source.kind === "budget";
      cells.set(state, computed(budgetYear ? fromFees(fees.state) : split.state(at(region), at(municipalities))));
      cells.set(region, computed(budgetYear ? fromFees(fees.region) : split.region));
      cells.set(municipalities, computed(budgetYear ? fromFees(fees.municipalities) : split.municipalities));
      plan.otherRevenues.forEach((row, i) =>
        cells.set(rows.revenues.first + 3 + i, input(row.amounts[year], FORMAT.kronor)),
      );
      plan.costs.forEach((row, i) => cells.set(rows.costs.first + i, input(-row.amounts[year], FORMAT.kronor)));
      // A decided intervention costs its share of the decision (the Beslut sheet); others are typed.
      plan.interventions.forEach((row, i) => {
        const share = decisions.shareOf(i, year);
        cells.set(
          rows.interventions.first + i,
          share ? computed(`=-${share}`) : input(-row.amounts[year], FORMAT.kronor),
        );
      });
      cells.set(rows.totalRevenues, total(sum(rows.revenues.first, rows.revenues.last)));
      cells.set(rows.totalInterventions, total(sum(rows.interventions.first, rows.interventions.last)));
      const costSum = rows.costs.last < rows.costs.first ? "0" : `SUM(${at(rows.costs.first)}:${at(rows.costs.last)})`;
      cells.set(rows.totalCosts, total(`=${costSum}+${at(rows.totalInterventions)}`));
      const opening = source.kind === "budget" ? params.openingEquity : closingNameOf(closingNames, year - 1);
      cells.set(rows.opening, computed(`=${opening}`));
      cells.set(rows.result, total(`=${at(rows.totalRevenues)}+${at(rows.totalCosts)}`));
      cells.set(rows.closing, total(`=${at(rows.opening)}+${at(rows.result)}`));
    }
    const T = onSheet(sheetNames.params, params.contributions[year]);
    cells.set(rows.ceiling, computed(`=${params.guideline}*${T}`));
    cells.forEach((cell, row) => grid.put(row, column, cell));
    if (options.key === "plan") {
      closingNames.set(
        year,
        context.name(closingEquityName(plan.budgetYear + year), "plan", a1(rows.closing, column, true)),
      );
    }
  });

  const followUpWidths = options.followUp?.(grid, rows) ?? [];

  return {
    key: options.key,
    name: sheetNames[options.key],
    rows: grid.build(),
    columnWidths: [38, 22, ...options.columns.map(() => 15), ...followUpWidths],
    freeze: { rows: rows.header + 1, columns: 1 },
    protect: true,
    print: { landscape: options.columns.length > 4 || options.followUp !== undefined },
  };
}

/** The defined name of a year's closing equity, given to it when its column was built. */
function closingNameOf(closingNames: ReadonlyMap<number, string>, year: number): string {
  const name = closingNames.get(year);
  if (!name) throw new Error(`the closing equity of plan year ${year} has no name yet`);
  return name;
}
