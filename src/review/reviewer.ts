import { Money, money } from "../model/money";
import { Position, ReadSheet, ReadWorkbook, addressOf, cellAt, hasFormula, numberAt } from "./cells";
import { Details, Finding, Rule, Severity } from "./finding";
import { messages } from "./messages";

/** Kronor compare exactly; half an öre absorbs a spreadsheet's binary representation of decimal amounts. */
const MONEY_TOLERANCE = 0.005;
/** A ratio a formula computed agrees with the exact one to the engine's precision. */
const FORMULA_RATIO_TOLERANCE = 1e-9;
/** A typed ratio is right when it rounds to the right whole percent (reports print 87 %, not 86.84 %). */
const TYPED_RATIO_TOLERANCE = 0.005;

export interface FigureCheck {
  readonly sheet: ReadSheet;
  readonly at: Position;
  /** The right figure, exactly; the check is skipped when there is none. */
  readonly expected: Money | undefined;
  /** Other figures that are right too (a figure made from the cells as they are, or as their rows make them). */
  readonly alternatives?: readonly Money[];
  readonly rule: Rule;
  readonly details?: Details;
  /** The template computes this cell with a formula: a typed number in it is a slip even when it is right. */
  readonly computed?: boolean;
  readonly ratio?: boolean;
  readonly severity?: Severity;
  /** The table is in whole tkr: a difference of exactly 1 is rounding, a warning (docs/domain.md rule 10). */
  readonly tkr?: boolean;
}

/** Collects the findings of one review; the checks report through it, so that every finding is made the same way. */
export class Reviewer {
  private readonly found: Finding[] = [];
  private recognisedPart = false;
  /** False for a workbook whose formulas were never calculated: only formulas can be reviewed then. */
  readonly hasValues: boolean;

  constructor(readonly workbook: ReadWorkbook) {
    const formulas = workbook.sheets.flatMap((sheet) =>
      sheet.cells.flatMap((row) => row.filter((cell) => cell?.formula)),
    );
    this.hasValues = formulas.length === 0 || formulas.some((cell) => cell?.value !== null);
  }

  /** A check found its part of a plan (a statement, a fee table, a follow-up, soliditet) to review. */
  recognise(): void {
    this.recognisedPart = true;
  }

  /** Whether any check found its part: without one the workbook holds no plan, which is not a clean review. */
  get recognisedAny(): boolean {
    return this.recognisedPart;
  }

  /** Whether the cell's number differs from `expected` (undefined: nothing to compare, or no values to compare). */
  differs(sheet: ReadSheet, at: Position, expected: Money, ratio = false): boolean | undefined {
    if (!this.hasValues) return undefined;
    const value = numberAt(sheet, at.row, at.column);
    if (value === undefined) return cellAt(sheet, at.row, at.column)?.value !== undefined || !expected.isZero();
    const tolerance = !ratio
      ? MONEY_TOLERANCE
      : hasFormula(sheet, at.row, at.column)
        ? FORMULA_RATIO_TOLERANCE * Math.max(1, Math.abs(value))
        : TYPED_RATIO_TOLERANCE;
    return expected.minus(value).abs().gt(tolerance);
  }

  /** Whether the cell's number is exactly 1 from one of the right figures: a tkr table's rounding. */
  offByOne(sheet: ReadSheet, at: Position, rights: readonly Money[]): boolean {
    const value = numberAt(sheet, at.row, at.column);
    return value !== undefined && rights.some((right) => right.minus(value).abs().eq(1));
  }

  /** Compares a cell with its right figure; a computed cell of a template that holds a typed number is a slip too. */
  check(figure: FigureCheck): void {
    const { sheet, at, expected } = figure;
    const typed = Boolean(figure.computed) && this.isConstant(sheet, at);
    const wrong =
      expected !== undefined &&
      [expected, ...(figure.alternatives ?? [])].every((right) => this.differs(sheet, at, right, figure.ratio));
    if (wrong) {
      const rounding = Boolean(figure.tkr) && this.offByOne(sheet, at, [expected, ...(figure.alternatives ?? [])]);
      this.report(sheet, at, rounding ? "warning" : (figure.severity ?? "error"), figure.rule, {
        ...figure.details,
        expected,
        found: this.value(sheet, at),
        ratio: figure.ratio,
        typed,
        rounding,
      });
    } else if (typed) {
      this.constant(sheet, at, figure.details?.label, figure.details?.year, expected, figure.ratio);
    }
  }

  /** A computed cell of a template must hold a formula; `expected` is its right figure when the review knows it. */
  constant(sheet: ReadSheet, at: Position, label?: string, year?: number, expected?: Money, ratio?: boolean): void {
    if (!this.isConstant(sheet, at)) return;
    this.report(sheet, at, "warning", "constant", {
      label,
      year,
      expected: this.hasValues ? expected : undefined,
      found: this.value(sheet, at),
      ratio,
    });
  }

  report(sheet: ReadSheet, at: Position, severity: Severity, rule: Rule, details: Details): void {
    this.found.push({
      sheet: sheet.name,
      address: addressOf(at),
      severity,
      rule,
      message: messages(rule, details),
      expected: details.expected === undefined ? null : details.expected.toNumber(),
      found: details.found ?? null,
    });
  }

  value(sheet: ReadSheet, at: Position): number | string | null {
    const value = cellAt(sheet, at.row, at.column)?.value;
    return typeof value === "number" || typeof value === "string" ? value : null;
  }

  /** A number typed where a formula belongs (an empty cell is not one: nothing has been typed over the formula). */
  private isConstant(sheet: ReadSheet, at: Position): boolean {
    const cell = cellAt(sheet, at.row, at.column);
    return Boolean(cell) && !cell?.formula && typeof cell?.value === "number";
  }

  /** The findings, one per cell (an error over a warning at the same cell), in sheet order, row by row. */
  findings(): Finding[] {
    const order = new Map(this.workbook.sheets.map((sheet, i) => [sheet.name, i]));
    const byCell = new Map<string, Finding>();
    for (const finding of this.found) {
      const key = `${finding.sheet}!${finding.address}`;
      const earlier = byCell.get(key);
      if (!earlier || (earlier.severity === "warning" && finding.severity === "error")) byCell.set(key, finding);
    }
    return [...byCell.values()].sort(
      (a, b) =>
        (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0) ||
        rowOf(a.address) - rowOf(b.address) ||
        a.address.length - b.address.length ||
        a.address.localeCompare(b.address),
    );
  }
}

const rowOf = (address: string) => Number(address.replace(/^[A-Z]+/, ""));

/** A cell's number as an exact decimal (0 for an empty cell, as a spreadsheet's SUM counts it). */
export function amountAt(sheet: ReadSheet, at: Position): Money {
  return money(numberAt(sheet, at.row, at.column) ?? 0);
}
