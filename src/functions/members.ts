import { apportion, shares } from "../model/apportion";
import { PlanError } from "../model/errors";
import { memberKey } from "../model/plan-rules";
import {
  Argument,
  CellValue,
  RangeValue,
  checkShareable,
  invalid,
  isEmpty,
  itemOf,
  readCells,
  readNumber,
  readText,
  subjectOf,
} from "./arguments";
import { BoundedMemo } from "./memo";

/** The member list of a fee table: names and populations 16–64, paired by position. */
export interface MemberTable {
  readonly names: readonly string[];
  readonly populations: readonly number[];
  /** Each name as looked up (the model's memberKey: case-folded and trimmed). */
  readonly keys: readonly string[];
}

const MEMBERS = { parameter: "members" } as const;
const POPULATIONS = { parameter: "populations" } as const;

/**
 * Reads a members column beside a populations column. Rows empty in both are
 * skipped, so a formula may reference a table with room to grow; a row with
 * only one of the two filled in is an error, as is a name given twice.
 */
export function readMemberTable(members: RangeValue, populations: RangeValue): MemberTable {
  const nameCells = readCells(members, "members");
  const populationCells = readCells(populations, "populations");
  if (nameCells.length !== populationCells.length) {
    throw invalid("members-sizes-differ", {
      members: MEMBERS,
      memberCells: nameCells.length,
      populations: POPULATIONS,
      populationCells: populationCells.length,
    });
  }
  const names: string[] = [];
  const weights: number[] = [];
  const keys: string[] = [];
  const seen = new Map<string, number>();
  nameCells.forEach((name, index) => {
    const population = populationCells[index];
    if (isEmpty(name) && isEmpty(population)) {
      return;
    }
    if (isEmpty(name)) {
      throw invalid("member-name-missing", { subject: { ...MEMBERS, item: index + 1 } });
    }
    const trimmed = readText(name, itemOf("members", index));
    const key = memberKey(trimmed);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw invalid("member-twice", { name: trimmed, members: MEMBERS, first: earlier + 1, second: index + 1 });
    }
    seen.set(key, index);
    names.push(trimmed);
    keys.push(key);
    weights.push(readPopulation(population, { member: trimmed }));
  });
  if (names.length === 0) {
    throw invalid("members-empty", { members: MEMBERS, populations: POPULATIONS });
  }
  return { names, populations: weights, keys };
}

export function readPopulations(range: RangeValue): number[] {
  return readCells(range, "populations").map((value, index) => readPopulation(value, itemOf(POPULATIONS, index)));
}

export function indexOfMember(table: MemberTable, member: string): number {
  const index = table.keys.indexOf(memberKey(member));
  if (index < 0) {
    throw new PlanError("not-found", { code: "member-not-found", params: { name: member } });
  }
  return index;
}

const feeMemo = new BoundedMemo<number[]>(256);

/** Fees for every member, memoized: a fee table asks the same question once per member cell. */
export function memberFeeColumn(total: number, populations: readonly number[], decimals: number): number[] {
  checkShareable(total, "total", decimals);
  const key = `${total}|${decimals}|${populations.join(",")}`;
  return feeMemo.getOrCompute(key, () => apportion(total, populations, decimals).map((fee) => fee.toNumber()));
}

export function memberShareColumn(populations: readonly number[]): number[] {
  return shares(populations).map((share) => share.toNumber());
}

export function clearFeeMemo(): void {
  feeMemo.clear();
}

/** `argument` names the cell for a message. */
function readPopulation(value: CellValue, argument: Argument): number {
  if (typeof value === "number" && Number.isFinite(value) && value >= 0) {
    return value;
  }
  const population = readNumber(value, argument);
  if (population < 0) {
    throw new PlanError("invalid-number", {
      code: "population-negative",
      params: { subject: subjectOf(argument), value: population },
    });
  }
  return population;
}
