import { burnRatio as modelBurnRatio, paceRatio } from "../model/burn";
import { equityYearEnd as modelEquityYearEnd } from "../model/equity";
import { PlanError } from "../model/errors";
import { CellValue, isEmpty, readAddends, readDate, readNumber, readOptionalNumber, readText } from "./arguments";
import { evaluate } from "./excel-errors";
import { indexOfMember, memberFeeColumn, memberShareColumn, readMemberTable, readPopulations } from "./members";

/*
 * The FINSAM custom functions. Each is a thin declaration: its JSDoc is the
 * English metadata (custom-functions-metadata-plugin), src/functions/names.sv.json
 * holds the Swedish names, and the body reads its arguments and calls the model.
 * Parameter types are unions so that Excel hands over raw cell values and the
 * messages for wrong ones are ours.
 */

/**
 * A member municipality's yearly fee: its share, by population 16–64, of the municipalities' total, in whole kronor that add up to the total exactly (largest remainder).
 * @customfunction MEMBERFEE
 * @param total The amount the municipalities pay together (their quarter of the contribution).
 * @param member The member's name, as in the members list.
 * @param members The member names, one column.
 * @param populations Each member's population 16–64, same size as members.
 * @param [decimals] Decimals of the fees: 0 for whole kronor (default), 2 for öre.
 * @returns The member's fee.
 */
export function memberFee(
  total: number | string | boolean | null,
  member: number | string | boolean | null,
  members: Array<Array<number | string | boolean | null>>,
  populations: Array<Array<number | string | boolean | null>>,
  decimals?: number | string | boolean | null,
): number {
  return evaluate(() => {
    const amount = readNumber(total, "total");
    const name = readText(member, "member");
    const table = readMemberTable(members, populations);
    const fees = memberFeeColumn(amount, table.populations, readDecimals(decimals));
    return fees[indexOfMember(table, name)];
  });
}

/**
 * Every member's yearly fee, spilled in the order of the populations: whole kronor that add up to the total exactly (largest remainder).
 * @customfunction MEMBERFEES
 * @param total The amount to share between the members.
 * @param populations Each member's population 16–64, one column or row.
 * @param [decimals] Decimals of the fees: 0 for whole kronor (default), 2 for öre.
 * @returns The fees, one per population, in the same shape.
 */
export function memberFees(
  total: number | string | boolean | null,
  populations: Array<Array<number | string | boolean | null>>,
  decimals?: number | string | boolean | null,
): number[][] {
  return evaluate(() => {
    const fees = memberFeeColumn(readNumber(total, "total"), readPopulations(populations), readDecimals(decimals));
    return populations.length === 1 ? [fees] : fees.map((fee) => [fee]);
  });
}

/**
 * A member's share of the municipal quarter: its population 16–64 divided by the members' total population.
 * @customfunction MEMBERSHARE
 * @param member The member's name, as in the members list.
 * @param members The member names, one column.
 * @param populations Each member's population 16–64, same size as members.
 * @returns The share as a fraction (format the cell as a percentage).
 */
export function memberShare(
  member: number | string | boolean | null,
  members: Array<Array<number | string | boolean | null>>,
  populations: Array<Array<number | string | boolean | null>>,
): number {
  return evaluate(() => {
    const name = readText(member, "member");
    const table = readMemberTable(members, populations);
    return memberShareColumn(table.populations)[indexOfMember(table, name)];
  });
}

/**
 * Equity at year end: opening equity plus revenues minus costs. Costs may be written negative, as plans do, or positive, but not both.
 * @customfunction EQUITYYEAREND
 * @param opening Equity at the start of the year (surplus from earlier years).
 * @param revenues The year's revenues: a number or a range (empty cells are ignored).
 * @param costs The year's costs: a number or a range, all negative or all positive.
 * @returns Equity at year end.
 */
export function equityYearEnd(
  opening: number | string | boolean | null,
  revenues: Array<Array<number | string | boolean | null>>,
  costs: Array<Array<number | string | boolean | null>>,
): number {
  return evaluate(() => {
    const year = { revenues: readAddends(revenues, "revenues"), costs: readAddends(costs, "costs") };
    return modelEquityYearEnd(readNumber(opening, "opening"), year).closing.toNumber();
  });
}

/**
 * Burn ratio: outcome divided by budget. With a follow-up date and the period, outcome divided by the budget for the part of the period that has passed.
 * @customfunction BURNRATIO
 * @param outcome The outcome (spent so far).
 * @param budget The budget for the period.
 * @param [asOf] The follow-up date, e.g. 30 April.
 * @param [start] The first day of the budget period.
 * @param [end] The last day of the budget period.
 * @returns The ratio (format the cell as a percentage).
 */
export function burnRatio(
  outcome: number | string | boolean | null,
  budget: number | string | boolean | null,
  asOf?: number | string | boolean | null,
  start?: number | string | boolean | null,
  end?: number | string | boolean | null,
): number {
  return evaluate(() => {
    const spent = readNumber(outcome, "outcome");
    const planned = readNumber(budget, "budget");
    const dates = [asOf, start, end];
    if (dates.every(isEmpty)) {
      return modelBurnRatio(spent, planned).toNumber();
    }
    if (dates.some(isEmpty)) {
      throw new PlanError("invalid-value", "give all three of asOf, start and end for the pace, or none of them");
    }
    const period = { start: readDate(start, "start"), end: readDate(end, "end") };
    return paceRatio(spent, planned, period, readDate(asOf, "asOf")).toNumber();
  });
}

function readDecimals(decimals: CellValue): number {
  return readOptionalNumber(decimals, "decimals", 0);
}
