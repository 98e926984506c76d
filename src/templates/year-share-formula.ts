import { PLAN_LIMITS } from "../model/plan-rules";
import { MONTH_UNITS } from "../model/year-share";

/*
 * A decision's year share (docs/domain.md rule 9, src/model/year-share.ts) as
 * one native formula, so that the workbook needs no add-in. Every quantity is a
 * whole number below 2^53, so the engine's doubles compute it exactly:
 *
 * - a day's month position, in units of 1/377 580 of a month (every month's
 *   length divides that): months before its month, plus its month's days
 *   before it; positions are counted from January of the decision's first year;
 * - the years' weights w_k are the positions the period covers in year k of
 *   the decision (k = 0…9: a decision spans at most ten calendar years), W
 *   their sum; the whole kronor of T·w_k/W are a·w_k + INT(b·w_k/W) with
 *   T = a·W + b, which keeps b·w_k below 2^48;
 * - the kronor left, b − Σ INT(b·w_k/W), go one each to the largest remainders
 *   MOD(b·w_k, W), ties to the earlier year: a year gets one when fewer years
 *   than that outrank it.
 *
 * Over the array of years, MIN and MAX would give one number, so the weights
 * are held in range with ABS, which works on arrays in every engine.
 */

const U = MONTH_UNITS;
const YEAR_UNITS = 12 * U;
/** The decision's years, 0 to 9 from its first. */
const DECISION_YEARS = `{${Array.from({ length: PLAN_LIMITS.maxDecisionYears }, (_, k) => k).join(",")}}`;

/** A day's month position counted from January of `firstDay`'s year: the first and last positions' helper cells. */
export function positionFormula(day: string, firstDay: string): string {
  return `(12*(YEAR(${day})-YEAR(${firstDay}))+MONTH(${day})-1)*${U}+(DAY(${day})-1)*${U}/DAY(DATE(YEAR(${day}),MONTH(${day})+1,0))`;
}

/** The cells a decision's year shares are computed from: its total and first day, and the helpers below. */
export interface DecisionCells {
  readonly total: string;
  readonly start: string;
  /** The position of the first day (positionFormula(start, start)). */
  readonly from: string;
  /** The position of the day after the last (positionFormula(end + 1, start)). */
  readonly to: string;
  /** b: the total modulo the months' units (remainderFormula). */
  readonly remainder: string;
  /** The kronor left after every year's whole kronor (leftFormula). */
  readonly left: string;
}

const weights = ({ from, to }: DecisionCells) => `(${to}-${from})`;

/**
 * The weights of the decision's ten years, as an array. The first day lies in
 * year 0 (0 ≤ from < one year), so year k's part is the end's position less k
 * years, held between 0 and a year (clamp(x) = (|x| − |x − year| + year)/2),
 * less the first day's position in year 0.
 */
const yearsWeights = ({ from, to }: DecisionCells) => {
  const x = `(${to}-${YEAR_UNITS}*${DECISION_YEARS})`;
  return `((ABS(${x})-ABS(${x}-${YEAR_UNITS})+${YEAR_UNITS})/2-(${DECISION_YEARS}=0)*${from})`;
};

/** The weight of year k (any k: before, in or after the decision). */
const yearWeight = ({ from, to }: DecisionCells, k: string) =>
  `MAX(0,MIN(${to},${YEAR_UNITS}*(${k}+1))-MAX(${from},${YEAR_UNITS}*${k}))`;

const floorOf = (cells: DecisionCells, w: string) => `INT(${cells.remainder}*${w}/${weights(cells)})`;

export function remainderFormula(cells: Pick<DecisionCells, "total" | "from" | "to">): string {
  return `MOD(${cells.total},${cells.to}-${cells.from})`;
}

export function leftFormula(cells: DecisionCells): string {
  return `${cells.remainder}-SUMPRODUCT(${floorOf(cells, yearsWeights(cells))})`;
}

/** `year`'s share of the decision (zero outside its period). */
export function yearShareFormula(cells: DecisionCells, year: string): string {
  const k = `(${year}-YEAR(${cells.start}))`;
  const W = weights(cells);
  const wk = yearsWeights(cells);
  const wy = yearWeight(cells, k);
  const remainderOf = (w: string) => `(${cells.remainder}*${w}-${W}*${floorOf(cells, w)})`;
  const [rk, ry] = [remainderOf(wk), remainderOf(wy)];
  const outranking = `SUMPRODUCT((${rk}>${ry})+(${rk}=${ry})*(${DECISION_YEARS}<${k}))`;
  const whole = `((${cells.total}-${cells.remainder})/${W})`;
  return `${whole}*${wy}+${floorOf(cells, wy)}+IF(${outranking}<${cells.left},1,0)`;
}
