import { Subject } from "./messages";
import { PlanError } from "./errors";
import { PlanYear, equityYearEnd } from "./equity";
import { Money, MoneyValue, money } from "./money";

/** One row of a staircase: from this yearly contribution up, equity may be at most `rate` of the contributions. */
export interface GuidelineBand {
  readonly from: MoneyValue;
  readonly rate: MoneyValue;
}

/** Nationella rådet's equity guideline: one rate (0.2 for 20 %), or a staircase of rows ascending from 0. */
export type Guideline = MoneyValue | readonly GuidelineBand[];

/**
 * The equity the guideline allows (docs/domain.md rule 7): the yearly member
 * contributions × the rate. In a staircase the row with the largest "from" at
 * or below the contributions applies its rate to the whole contribution, not
 * band by band as a marginal tax would: a recommendation by size of association.
 */
export function equityCeiling(contributions: MoneyValue, guideline: Guideline): Money {
  const amount = money(contributions);
  if (amount.isNeg()) {
    throw new PlanError("invalid-number", { code: "contributions-negative", params: { value: amount } });
  }
  return amount.times(
    isStaircase(guideline) ? rateOfStep(amount, guideline) : checkRate(guideline, { noun: "guideline" }),
  );
}

/**
 * Room for new interventions in the plan year: what it can still spend while
 * equity at year end stays at or above `floor`, i.e. equity at year end − floor.
 * Negative when the plan already takes equity below the floor.
 */
export function equityHeadroom(opening: MoneyValue, year: PlanYear, floor: MoneyValue = 0): Money {
  return equityYearEnd(opening, year).closing.minus(floor);
}

/** Equity at year end inside the guideline: at or above zero and at or below the ceiling. */
export function withinGuideline(closing: MoneyValue, ceiling: MoneyValue): boolean {
  const equity = money(closing);
  return equity.gte(0) && equity.lte(ceiling);
}

function isStaircase(guideline: Guideline): guideline is readonly GuidelineBand[] {
  return Array.isArray(guideline);
}

/** Checks every row, so that a wrong row is reported whatever the contributions are. */
function rateOfStep(contributions: Money, bands: readonly GuidelineBand[]): Money {
  if (bands.length === 0) {
    throw new PlanError("invalid-value", { code: "guideline-no-rows" });
  }
  let rate = money(0);
  bands.forEach((band, index) => {
    const row: Subject = { parameter: "guideline", row: index + 1 };
    const from = money(band.from);
    if (index === 0 && !from.isZero()) {
      throw new PlanError("invalid-value", { code: "guideline-first-row", params: { subject: row, from } });
    }
    const previous = index > 0 ? money(bands[index - 1].from) : undefined;
    if (previous !== undefined && from.lte(previous)) {
      throw new PlanError("invalid-value", {
        code: "guideline-not-ascending",
        params: { subject: row, from, previousRow: index, previous },
      });
    }
    const bandRate = checkRate(band.rate, row);
    if (from.lte(contributions)) {
      rate = bandRate;
    }
  });
  return rate;
}

function checkRate(value: MoneyValue, what: Subject): Money {
  const rate = money(value);
  if (rate.isNeg()) {
    throw new PlanError("invalid-number", { code: "percentage-negative", params: { subject: what, rate } });
  }
  if (rate.gt(1)) {
    throw new PlanError("invalid-number", {
      code: "percentage-above-100",
      params: { subject: what, rate, fraction: rate.div(100) },
    });
  }
  return rate;
}
