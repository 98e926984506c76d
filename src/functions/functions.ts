import { burnRatio as modelBurnRatio, paceRatio } from "../model/burn";
import { PlanYear, equityChain, equityYearEnd as modelEquityYearEnd } from "../model/equity";
import { equityCeiling as modelEquityCeiling, equityHeadroom as modelEquityHeadroom } from "../model/guideline";
import { feeInstalments } from "../model/instalments";
import {
  SUPPORT_COST_PER_PERSON_YEAR,
  dependencyRatio as modelDependencyRatio,
  paybackMonths as modelPaybackMonths,
  socialSaving as modelSocialSaving,
  solidity as modelSolidity,
} from "../model/measures";
import { fullAllocation as modelFullAllocation, splitContribution } from "../model/split";
import { yearShare as modelYearShare } from "../model/year-share";
import {
  CellValue,
  RangeValue,
  checkShareable,
  invalid,
  isEmpty,
  readAddends,
  readColumnAddends,
  readDate,
  readNumber,
  readOptionalNumber,
  readText,
  readYear,
} from "./arguments";
import { evaluate } from "./excel-errors";
import { readGuideline } from "./guideline";
import { indexOfMember, memberFeeColumn, memberShareColumn, readMemberTable, readPopulations } from "./members";
import { readParty } from "./party";

/*
 * The FINSAM custom functions. Each is a thin declaration: its JSDoc is the
 * English metadata (custom-functions-metadata-plugin), src/functions/names.sv.json
 * holds the Swedish names, and the body reads its arguments and calls the model.
 * `evaluate` takes the function's id so that a message names the arguments as
 * Excel shows them in its language. Parameter types are unions so that Excel
 * hands over raw cell values and the messages for wrong ones are ours.
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
  return evaluate("MEMBERFEE", () => {
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
  return evaluate("MEMBERFEES", () => {
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
  return evaluate("MEMBERSHARE", () => {
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
  return evaluate("EQUITYYEAREND", () => {
    const year = readPlanYear(revenues, costs);
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
  return evaluate("BURNRATIO", () => {
    const spent = readNumber(outcome, "outcome");
    const planned = readNumber(budget, "budget");
    const dates = [asOf, start, end];
    if (dates.every(isEmpty)) {
      return modelBurnRatio(spent, planned).toNumber();
    }
    if (dates.some(isEmpty)) {
      throw invalid("pace-dates-incomplete", {
        asOf: { parameter: "asOf" },
        start: { parameter: "start" },
        end: { parameter: "end" },
      });
    }
    const period = { start: readDate(start, "start"), end: readDate(end, "end") };
    return paceRatio(spent, planned, period, readDate(asOf, "asOf")).toNumber();
  });
}

/**
 * The part of the members' total contribution that one party pays under the law's split: the state half, the region a quarter, the municipalities together a quarter, in whole kronor that add up to the total exactly.
 * @customfunction PARTYSHARE
 * @param total The members' total contribution, in whole kronor.
 * @param party "state", "region" or "municipalities" (or "staten", "regionen", "kommunerna").
 * @returns The party's part.
 */
export function partyShare(total: number | string | boolean | null, party: number | string | boolean | null): number {
  return evaluate("PARTYSHARE", () => {
    const amount = checkShareable(readNumber(total, "total"), "total");
    return splitContribution(amount)[readParty(party, "party")].toNumber();
  });
}

/**
 * What a party pays if the association accepts the state's whole offer: the state pays the offer, and the region and the municipalities match it with a quarter of twice the offer each.
 * @customfunction FULLALLOCATION
 * @param stateOffer The allocation the state offers, in whole kronor.
 * @param party "state", "region" or "municipalities" (or "staten", "regionen", "kommunerna").
 * @returns The party's part.
 */
export function fullAllocation(
  stateOffer: number | string | boolean | null,
  party: number | string | boolean | null,
): number {
  return evaluate("FULLALLOCATION", () => {
    const offer = readNumber(stateOffer, "stateOffer");
    checkShareable(offer * 2, { parameter: "stateOffer", part: "doubled" });
    return modelFullAllocation(offer)[readParty(party, "party")].toNumber();
  });
}

/**
 * A yearly fee in four quarterly instalments, spilled as a row: whole kronor that add up to the fee exactly, the odd kronor in the first quarters.
 * @customfunction QUARTERS
 * @param fee The yearly fee, in whole kronor.
 * @returns The four instalments, quarter 1 to 4.
 */
export function quarterlyInstalments(fee: number | string | boolean | null): number[][] {
  return evaluate("QUARTERS", () => [
    feeInstalments(checkShareable(readNumber(fee, "fee"), "fee")).map((instalment) => instalment.toNumber()),
  ]);
}

/**
 * Equity at year end for each year of a multi-year plan, spilled as a row: each year opens with the previous year's equity at year end.
 * @customfunction EQUITYPLAN
 * @param opening Equity at the start of the first year.
 * @param revenues The revenues, one column per year and any number of rows (empty cells are ignored).
 * @param costs The costs, one column per year as for revenues; all negative or all positive.
 * @returns Equity at year end, one per year.
 */
export function equityPlan(
  opening: number | string | boolean | null,
  revenues: Array<Array<number | string | boolean | null>>,
  costs: Array<Array<number | string | boolean | null>>,
): number[][] {
  return evaluate("EQUITYPLAN", () => {
    const start = readNumber(opening, "opening");
    const revenueYears = readColumnAddends(revenues, "revenues");
    const costYears = readColumnAddends(costs, "costs");
    if (revenueYears.length !== costYears.length) {
      throw invalid("columns-differ", {
        revenues: { parameter: "revenues" },
        revenueColumns: revenueYears.length,
        costs: { parameter: "costs" },
        costColumns: costYears.length,
      });
    }
    const years = revenueYears.map((yearRevenues, year) => ({ revenues: yearRevenues, costs: costYears[year] }));
    return [equityChain(start, years).map((year) => year.closing.toNumber())];
  });
}

/**
 * Solidity (equity ratio): equity divided by total assets.
 * @customfunction SOLIDITY
 * @param equity Equity, from the balance sheet.
 * @param totalAssets Total assets, from the balance sheet; above zero.
 * @returns The ratio (format the cell as a percentage).
 */
export function solidity(
  equity: number | string | boolean | null,
  totalAssets: number | string | boolean | null,
): number {
  return evaluate("SOLIDITY", () =>
    modelSolidity(readNumber(equity, "equity"), readNumber(totalAssets, "totalAssets")).toNumber(),
  );
}

/**
 * Socio-economic saving: participants who reached work or studies × the yearly cost of public support per person × years.
 * @customfunction SOCIALSAVING
 * @param participants Participants who went on to work or studies.
 * @param years The years the saving is counted over.
 * @param [perPersonYear] The yearly cost of public support per person; 142 000 kr (Sörmland's figure) if left out.
 * @returns The saving in kronor.
 */
export function socialSaving(
  participants: number | string | boolean | null,
  years: number | string | boolean | null,
  perPersonYear?: number | string | boolean | null,
): number {
  return evaluate("SOCIALSAVING", () =>
    modelSocialSaving(
      readNumber(participants, "participants"),
      readNumber(years, "years"),
      readPerPersonYear(perPersonYear),
    ).toNumber(),
  );
}

/**
 * Payback time: the months until the socio-economic saving covers the cost, cost ÷ (participants × cost per person and year ÷ 12). Not rounded: a fraction of a month is kept.
 * @customfunction PAYBACKMONTHS
 * @param cost The cost of the interventions.
 * @param participants Participants who went on to work or studies.
 * @param [perPersonYear] The yearly cost of public support per person; 142 000 kr (Sörmland's figure) if left out.
 * @returns The months, with their fraction.
 */
export function paybackMonths(
  cost: number | string | boolean | null,
  participants: number | string | boolean | null,
  perPersonYear?: number | string | boolean | null,
): number {
  return evaluate("PAYBACKMONTHS", () =>
    modelPaybackMonths(
      readNumber(cost, "cost"),
      readNumber(participants, "participants"),
      readPerPersonYear(perPersonYear),
    ).toNumber(),
  );
}

/**
 * Demographic dependency ratio: (persons aged 0–19 + persons 65 and older) ÷ persons 20–64 × 100.
 * @customfunction DEPENDENCYRATIO
 * @param young Persons aged 0–19: a number, or a range of age groups to add up.
 * @param old Persons aged 65 and older: a number or a range.
 * @param working Persons aged 20–64: a number or a range; above zero.
 * @returns The ratio: the young and old per 100 persons of working age.
 */
export function dependencyRatio(
  young: Array<Array<number | string | boolean | null>>,
  old: Array<Array<number | string | boolean | null>>,
  working: Array<Array<number | string | boolean | null>>,
): number {
  return evaluate("DEPENDENCYRATIO", () =>
    modelDependencyRatio({
      young: readAddends(young, "young"),
      old: readAddends(old, "old"),
      working: readAddends(working, "working"),
    }).toNumber(),
  );
}

/**
 * The equity the guideline allows: the yearly member contributions × the guideline's percentage. In a staircase the row with the largest "from" not above the contributions applies to the whole contribution.
 * @customfunction EQUITYCEILING
 * @param contributions The yearly member contributions.
 * @param guideline A percentage (write 20 %, not 20), or two columns: contribution from (the first row 0, ascending) and percentage.
 * @returns The highest equity the guideline allows.
 */
export function equityCeiling(
  contributions: number | string | boolean | null,
  guideline: Array<Array<number | string | boolean | null>>,
): number {
  return evaluate("EQUITYCEILING", () =>
    modelEquityCeiling(readNumber(contributions, "contributions"), readGuideline(guideline)).toNumber(),
  );
}

/**
 * Room for new interventions: how much more the year can spend while equity at year end stays at or above the floor, opening + revenues − costs − floor. Negative when the plan already takes equity below the floor.
 * @customfunction HEADROOM
 * @param opening Equity at the start of the year.
 * @param revenues The year's revenues: a number or a range (empty cells are ignored).
 * @param costs The year's costs: a number or a range, all negative or all positive.
 * @param [floor] The lowest equity at year end to keep, e.g. a ceiling read as a target; 0 if left out.
 * @returns What the year can still spend (negative: what it must save).
 */
export function equityHeadroom(
  opening: number | string | boolean | null,
  revenues: Array<Array<number | string | boolean | null>>,
  costs: Array<Array<number | string | boolean | null>>,
  floor?: number | string | boolean | null,
): number {
  return evaluate("HEADROOM", () => {
    const year = readPlanYear(revenues, costs);
    return modelEquityHeadroom(readNumber(opening, "opening"), year, readOptionalNumber(floor, "floor", 0)).toNumber();
  });
}

/**
 * A year's part of a decision that spans years: the total shared by the calendar months of the period in each year, a partial month by its share of days, in whole kronor that add up to the total exactly (largest remainder, ties to the earlier year).
 * @customfunction YEARSHARE
 * @param total The decided total, in whole kronor.
 * @param start The first day of the decided period.
 * @param end The last day of the decided period.
 * @param year The calendar year, e.g. 2025.
 * @returns The year's part (0 for a year outside the period).
 */
export function yearShare(
  total: number | string | boolean | null,
  start: number | string | boolean | null,
  end: number | string | boolean | null,
  year: number | string | boolean | null,
): number {
  return evaluate("YEARSHARE", () => {
    const amount = checkShareable(readNumber(total, "total"), "total");
    const period = { start: readDate(start, "start"), end: readDate(end, "end") };
    return modelYearShare(amount, period, readYear(year, "year")).toNumber();
  });
}

function readPlanYear(revenues: RangeValue, costs: RangeValue): PlanYear {
  return { revenues: readAddends(revenues, "revenues"), costs: readAddends(costs, "costs") };
}

function readPerPersonYear(perPersonYear: CellValue): number {
  return readOptionalNumber(perPersonYear, "perPersonYear", SUPPORT_COST_PER_PERSON_YEAR);
}

function readDecimals(decimals: CellValue): number {
  return readOptionalNumber(decimals, "decimals", 0);
}
