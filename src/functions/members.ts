import { apportion, shares } from "../model/apportion";
import { PlanError } from "../model/errors";
import { memberKey } from "../model/plan-rules";
import { CellValue, RangeValue, checkShareable, isEmpty, itemOf, readCells, readNumber } from "./arguments";
import { BoundedMemo } from "./memo";

/** The member list of a fee table: names and populations 16–64, paired by position. */
export interface MemberTable {
  readonly names: readonly string[];
  readonly populations: readonly number[];
  /** Each name as looked up (the model's memberKey: case-folded and trimmed). */
  readonly keys: readonly string[];
}

/**
 * Reads a members column beside a populations column. Rows empty in both are
 * skipped, so a formula may reference a table with room to grow; a row with
 * only one of the two filled in is an error, as is a name given twice.
 */
export function readMemberTable(members: RangeValue, populations: RangeValue): MemberTable {
  const nameCells = readCells(members, "members");
  const populationCells = readCells(populations, "populations");
  if (nameCells.length !== populationCells.length) {
    throw new PlanError(
      "invalid-value",
      `members has ${nameCells.length} cells but populations has ${populationCells.length}; they must be the same size`,
    );
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
      throw new PlanError("invalid-value", `${itemOf("members", index)} is empty but its population is given`);
    }
    const trimmed = String(name).trim();
    const key = memberKey(trimmed);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new PlanError("invalid-value", `"${trimmed}" is in members twice (items ${earlier + 1} and ${index + 1})`);
    }
    seen.set(key, index);
    names.push(trimmed);
    keys.push(key);
    weights.push(readPopulation(population, () => `the population of ${trimmed}`));
  });
  if (names.length === 0) {
    throw new PlanError("invalid-value", "members and populations are empty");
  }
  return { names, populations: weights, keys };
}

export function readPopulations(range: RangeValue): number[] {
  return readCells(range, "populations").map((value, index) =>
    readPopulation(value, () => itemOf("populations", index)),
  );
}

export function indexOfMember(table: MemberTable, member: string): number {
  const index = table.keys.indexOf(memberKey(member));
  if (index < 0) {
    throw new PlanError("not-found", `"${member}" is not in the member list`);
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

/** `argument` names the cell for a message; built only when there is one to give. */
function readPopulation(value: CellValue, argument: () => string): number {
  if (typeof value === "number" && Number.isFinite(value) && value >= 0) {
    return value;
  }
  const population = readNumber(value, argument());
  if (population < 0) {
    throw new PlanError("invalid-number", `${argument()} is negative (${population}); a population cannot be`);
  }
  return population;
}
