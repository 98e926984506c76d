import { PlanError } from "./errors";
import { Money, MoneyValue, money, sum, unitOf } from "./money";

const MAX_DECIMALS = 10;

/**
 * Shares `total` between members in proportion to `weights` (population 16–64),
 * in whole units of 10^-decimals that add up to `total` exactly: docs/domain.md rule 2,
 * largest-remainder method. Every member gets the floor of its exact share; the
 * units left go one each to the largest remainders, ties to the larger weight,
 * then to the earlier member (or, with `ties: "earlier"`, straight to the earlier
 * one: the year share's rule). O(n log n), from the sort.
 *
 * Amounts come in and go out as Money; in between, the units and the weights
 * scaled to integers are BigInts, whose products and remainders are exact at any
 * size (and several times faster than decimals for this integer work).
 */
export function apportion(
  total: MoneyValue,
  weights: readonly MoneyValue[],
  decimals = 0,
  ties: "larger-weight" | "earlier" = "larger-weight",
): Money[] {
  const unit = unitOf(checkDecimals(decimals));
  const units = BigInt(checkTotal(money(total), unit).toFixed(0));
  const integerWeights = toIntegerWeights(weights);
  const weightSum = integerWeights.reduce((a, b) => a + b, 0n);
  if (weightSum === 0n) {
    throw new PlanError("invalid-number", { code: "weights-zero" });
  }

  const counts: bigint[] = [];
  const remainders: bigint[] = [];
  let unitsLeft = units;
  for (const weight of integerWeights) {
    const exactTimesSum = units * weight;
    const floor = exactTimesSum / weightSum;
    counts.push(floor);
    remainders.push(exactTimesSum - floor * weightSum);
    unitsLeft -= floor;
  }

  const order = integerWeights.map((_, index) => index);
  const byWeight = ties === "larger-weight";
  order.sort(
    (a, b) =>
      compare(remainders[b], remainders[a]) || (byWeight && compare(integerWeights[b], integerWeights[a])) || a - b,
  );
  for (let k = 0; k < Number(unitsLeft); k++) {
    counts[order[k]] += 1n;
  }
  return counts.map((count) => unit.times(count.toString()));
}

/** Each weight as a fraction of their sum (the member's share, 0–1). */
export function shares(weights: readonly MoneyValue[]): Money[] {
  const checked = weights.map(checkWeight);
  const weightSum = sum(checked);
  if (weightSum.isZero()) {
    throw new PlanError("invalid-number", { code: "weights-zero" });
  }
  return checked.map((weight) => weight.div(weightSum));
}

function checkDecimals(decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new PlanError("invalid-number", {
      code: "decimals-out-of-range",
      params: { subject: { parameter: "decimals" }, max: MAX_DECIMALS, value: decimals },
    });
  }
  return decimals;
}

/** The total counted in units; it must be a whole number of them to be shared exactly. */
function checkTotal(total: Money, unit: Money): Money {
  if (!total.isFinite()) {
    throw new PlanError("invalid-number", { code: "amount-not-finite" });
  }
  if (total.isNeg()) {
    throw new PlanError("invalid-number", { code: "amount-negative", params: { value: total } });
  }
  const units = total.div(unit);
  if (!units.isInteger()) {
    throw new PlanError("invalid-number", { code: "amount-not-whole", params: { value: total, unit } });
  }
  return units;
}

function checkWeight(value: MoneyValue, index: number): Money {
  const weight = money(value);
  if (!weight.isFinite()) {
    throw new PlanError("invalid-number", { code: "weight-not-finite", params: { index: index + 1 } });
  }
  if (weight.isNeg()) {
    throw new PlanError("invalid-number", { code: "weight-negative", params: { index: index + 1, value: weight } });
  }
  return weight;
}

function compare(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Scales all weights by one power of ten so that remainders compare exactly as integers. */
function toIntegerWeights(weights: readonly MoneyValue[]): bigint[] {
  if (weights.length === 0) {
    throw new PlanError("invalid-value", { code: "no-members" });
  }
  // Populations are whole numbers: the common case needs no decimal scaling.
  if (weights.every((weight) => Number.isSafeInteger(weight) && (weight as number) >= 0)) {
    return weights.map((weight) => BigInt(weight as number));
  }
  const checked = weights.map(checkWeight);
  const places = checked.reduce((most, weight) => Math.max(most, weight.decimalPlaces()), 0);
  const scale = new Money(10).pow(places);
  return checked.map((weight) => BigInt(weight.times(scale).toFixed(0)));
}
