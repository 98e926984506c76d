import { PlanError } from "./errors";
import { Money, MoneyValue, money, sum, unitOf } from "./money";

/** Digits an exact integer product may have before the Money precision would round it. */
const EXACT_DIGITS = Money.precision - 2;
const MAX_DECIMALS = 10;

/**
 * Shares `total` between members in proportion to `weights` (population 16–64),
 * in whole units of 10^-decimals that add up to `total` exactly: DOMAIN.md rule 2,
 * largest-remainder method. Every member gets the floor of its exact share; the
 * units left go one each to the largest remainders, ties to the larger weight,
 * then to the earlier member. O(n log n), from the sort.
 */
export function apportion(total: MoneyValue, weights: readonly MoneyValue[], decimals = 0): Money[] {
  const unit = unitOf(checkDecimals(decimals));
  const units = checkTotal(money(total), unit);
  const integerWeights = toIntegerWeights(weights);
  const weightSum = sum(integerWeights);
  if (weightSum.isZero()) {
    throw new PlanError("invalid-number", "the weights (populations) add up to zero, so there is nothing to share by");
  }
  if (units.sd(true) + weightSum.sd(true) > EXACT_DIGITS) {
    throw new PlanError("invalid-number", "the amount and the weights have too many digits to share exactly");
  }

  const floors: Money[] = [];
  const remainders: Money[] = [];
  for (const weight of integerWeights) {
    const exactTimesSum = units.times(weight);
    const floor = exactTimesSum.divToInt(weightSum);
    floors.push(floor);
    remainders.push(exactTimesSum.minus(floor.times(weightSum)));
  }

  const unitsLeft = units.minus(sum(floors)).toNumber();
  const order = integerWeights.map((_, index) => index);
  order.sort(
    (a, b) =>
      remainders[b].comparedTo(remainders[a]) || integerWeights[b].comparedTo(integerWeights[a]) || a - b,
  );
  for (let k = 0; k < unitsLeft; k++) {
    floors[order[k]] = floors[order[k]].plus(1);
  }
  return floors.map((count) => count.times(unit));
}

/** Each weight as a fraction of their sum (the member's share, 0–1). */
export function shares(weights: readonly MoneyValue[]): Money[] {
  const checked = weights.map(checkWeight);
  const weightSum = sum(checked);
  if (weightSum.isZero()) {
    throw new PlanError("invalid-number", "the weights (populations) add up to zero, so there are no shares");
  }
  return checked.map((weight) => weight.div(weightSum));
}

function checkDecimals(decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new PlanError("invalid-number", `decimals must be a whole number from 0 to ${MAX_DECIMALS}, not ${decimals}`);
  }
  return decimals;
}

/** The total counted in units; it must be a whole number of them to be shared exactly. */
function checkTotal(total: Money, unit: Money): Money {
  if (!total.isFinite()) {
    throw new PlanError("invalid-number", "the amount to share is not a finite number");
  }
  if (total.isNeg()) {
    throw new PlanError("invalid-number", `the amount to share must not be negative (it is ${total.toFixed()})`);
  }
  const units = total.div(unit);
  if (!units.isInteger()) {
    throw new PlanError(
      "invalid-number",
      `the amount ${total.toFixed()} is not a whole number of ${unit.toFixed()}, so its parts cannot add up to it exactly`,
    );
  }
  return units;
}

function checkWeight(value: MoneyValue, index: number): Money {
  const weight = money(value);
  if (!weight.isFinite()) {
    throw new PlanError("invalid-number", `weight ${index + 1} is not a finite number`);
  }
  if (weight.isNeg()) {
    throw new PlanError("invalid-number", `weight ${index + 1} is negative (${weight.toFixed()}); populations cannot be`);
  }
  return weight;
}

/** Scales all weights by one power of ten so that remainders compare exactly as integers. */
function toIntegerWeights(weights: readonly MoneyValue[]): Money[] {
  if (weights.length === 0) {
    throw new PlanError("invalid-value", "there are no members to share between");
  }
  const checked = weights.map(checkWeight);
  const places = checked.reduce((most, weight) => Math.max(most, weight.decimalPlaces()), 0);
  const scale = new Money(10).pow(places);
  return checked.map((weight) => weight.times(scale));
}
