import { TemplateContext } from "./context";
import { FeesRefs } from "./fees-sheet";
import { FORMAT, GridBuilder, computed, figureHeader, text, total } from "./grid";
import { a1, onSheet } from "./grammar";
import { ParamsRefs } from "./params-sheet";
import { Cell, SheetSpec } from "./spec";
import { FIRST_YEAR_COLUMN, StatementRows } from "./statement-sheets";

/** Offsets of a page's parts from its first row; every page has the same layout, one below the other. */
const AT = { title: 0, association: 1, to: 3, request: 5, basis: 8, fee: 12, instalments: 14, financing: 20 };
const EQUITY = 26;
const FEE_COLUMN = 1;

type Line = [number, (Cell | null)[]];

/** One member party's page: whom it goes to, why it pays what it pays, its quarters and what sets it apart. */
interface Page {
  readonly to: Cell;
  readonly basis: readonly Line[];
  readonly quarters: (top: number) => readonly string[];
  readonly explanation: readonly string[];
}

/**
 * Hemställan: the budget request the association sends each member party in
 * April–May, one printed page each: every municipality (its share of the
 * municipalities' quarter by population), the region (a quarter of the
 * contribution) and the state (half, addressed to Försäkringskassan, which
 * pays it for itself and Arbetsförmedlingen); docs/domain.md rules 1 and 2.
 * Each page gives the yearly amount, its four quarterly instalments and the
 * equity the plan foresees at the end of each year. Every figure is a
 * reference to the sheet that computes it, so a changed population changes the
 * letters too.
 */
export function requestsSheet(
  context: TemplateContext,
  params: ParamsRefs,
  fees: FeesRefs,
  statement: StatementRows,
): SheetSpec {
  const { plan, labels, sheetNames } = context;
  const words = labels.requests;
  const year = plan.budgetYear;
  const grid = new GridBuilder();
  const fromFees = (address: string) => `=${onSheet(sheetNames.fees, address)}`;
  const feesAt = (row: number, column: number) => fromFees(a1(row, column));
  const contributions = `=${onSheet(sheetNames.params, params.contributions[0])}`;
  // A party's own quarters, when the fee table has none for it: the odd kronor in the first quarters.
  const ownQuarters = (top: number) => {
    const fee = a1(top + AT.fee, FEE_COLUMN);
    return [1, 2, 3, 4].map((q) => `=INT(${fee}/4)+IF(${q}<=MOD(${fee},4),1,0)`);
  };
  const party = (share: string, fee: string, to: Cell, explanation: readonly string[]): Page => ({
    to,
    basis: [
      [AT.basis + 1, [text(words.contributions), computed(contributions)]],
      [AT.fee, [text(share, "total"), total(fee)]],
    ],
    quarters: ownQuarters,
    explanation,
  });

  const pages: Page[] = [
    ...plan.members.map((member, i): Page => {
      const memberRow = fees.memberRows.first + i;
      return {
        to: { value: member.addressee ?? member.name, style: "title" },
        basis: [
          [AT.basis + 1, [text(words.population), computed(feesAt(memberRow, fees.columns.population))]],
          [AT.basis + 2, [text(words.share), computed(feesAt(memberRow, fees.columns.share), FORMAT.percent)]],
          [AT.basis + 3, [text(words.municipalities), computed(fromFees(fees.municipalities))]],
          [AT.fee, [text(words.fee, "total"), total(feesAt(memberRow, fees.columns.fee))]],
        ],
        quarters: () => fees.columns.quarters.map((column) => feesAt(memberRow, column)),
        explanation: words.explanation,
      };
    }),
    party(
      words.regionPart,
      fromFees(fees.region),
      { formula: `=${onSheet(sheetNames.params, params.region)}`, style: "title" },
      words.regionExplanation,
    ),
    party(
      words.statePart,
      fromFees(fees.state),
      { value: words.stateAddressee, style: "title" },
      words.stateExplanation,
    ),
  ];

  const years = context.years;
  const explanationFirst = EQUITY + years.length + 1;
  const pageRows = explanationFirst + Math.max(...pages.map((page) => page.explanation.length)) + 1;
  const closing = (k: number) => `=${onSheet(sheetNames.plan, a1(statement.closing, FIRST_YEAR_COLUMN + k, true))}`;
  const pageStarts = pages.map((_, i) => i * pageRows);
  pages.forEach((page, i) => {
    const top = pageStarts[i];
    const lines: Line[] = [
      [AT.title, [text(words.title(year), "title")]],
      [AT.association, [computed(`=${params.association}`, "@")]],
      [AT.to, [text(words.to), page.to]],
      ...words.request(year).map((line, k): Line => [AT.request + k, [text(line)]]),
      [AT.basis, [text(words.basis, "header"), figureHeader("")]],
      ...page.basis,
      [AT.instalments, [text(words.instalments, "header"), figureHeader(""), text(words.due, "header")]],
      ...page
        .quarters(top)
        .map((formula, q): Line => [
          AT.instalments + 1 + q,
          [text(words.quarter(q + 1)), computed(formula), text(words.months[q])],
        ]),
      [AT.financing, [text(words.financing(year), "header"), figureHeader("")]],
      [AT.financing + 1, [text(words.contributions), computed(contributions)]],
      [AT.financing + 2, [text(words.state), computed(fromFees(fees.state))]],
      [AT.financing + 3, [text(words.region), computed(fromFees(fees.region))]],
      [AT.financing + 4, [text(words.municipalitiesPart), computed(fromFees(fees.municipalities))]],
      ...years.map((planYear, k): Line => [EQUITY + k, [text(words.equity(planYear)), computed(closing(k))]]),
      ...page.explanation.map((line, k): Line => [explanationFirst + k, [text(line, "note")]]),
    ];
    lines.forEach(([offset, cells]) => grid.putRow(top + offset, 0, cells));
  });

  const lastRow = pageStarts.length * pageRows - 1;
  return {
    key: "requests",
    name: sheetNames.requests,
    rows: grid.build(),
    columnWidths: [46, 16, 22],
    protect: true,
    print: { landscape: false, area: `$A$1:$C$${lastRow + 1}`, pageBreaks: pageStarts.slice(1) },
  };
}
