import { Subject } from "./messages";
import { PlanError } from "./errors";
import { Money, MoneyValue, money, sum } from "./money";

/*
 * The follow-up measures of the association's reports (docs/domain.md rule 6). Exact
 * decimals throughout: the caller rounds for display.
 */

/** Seed 004's yearly cost of public support per person: a figure computed for Sörmland; other regions have their own. */
export const SUPPORT_COST_PER_PERSON_YEAR = 142000;

const MONTHS_PER_YEAR = 12;

/** Soliditet: equity ÷ total assets. Negative equity gives a negative ratio; there is no ratio without assets. */
export function solidity(equity: MoneyValue, totalAssets: MoneyValue): Money {
  const assets = money(totalAssets);
  if (assets.lte(0)) {
    throw new PlanError("invalid-number", { code: "total-assets-not-positive", params: { value: assets } });
  }
  return money(equity).div(assets);
}

/**
 * Socio-economic saving: participants who reached work or studies × the yearly
 * cost of public support per person × years (seed 004: 60 × 142 000 × 5 = 42,6 mkr).
 */
export function socialSaving(participants: MoneyValue, years: MoneyValue, perPersonYear: MoneyValue): Money {
  return nonNegative(participants, { parameter: "participants" })
    .times(nonNegative(years, { parameter: "years" }))
    .times(nonNegative(perPersonYear, { noun: "perPersonYear" }));
}

/**
 * Payback time: the months until the saving covers the cost, cost ÷ (the yearly
 * saving ÷ 12). An exact fraction of months, not rounded: the sheet rounds for display.
 */
export function paybackMonths(cost: MoneyValue, participants: MoneyValue, perPersonYear: MoneyValue): Money {
  const amount = nonNegative(cost, { noun: "cost" });
  const savingPerMonth = socialSaving(participants, 1, perPersonYear).div(MONTHS_PER_YEAR);
  if (savingPerMonth.isZero()) {
    throw new PlanError("invalid-number", { code: "no-saving" });
  }
  return amount.div(savingPerMonth);
}

/** The persons in each age group, as counts (a table of ages may give several per group). */
export interface AgeGroups {
  /** Aged 0–19. */
  readonly young: readonly MoneyValue[];
  /** Aged 65 and older. */
  readonly old: readonly MoneyValue[];
  /** Aged 20–64. */
  readonly working: readonly MoneyValue[];
}

/** Demographic dependency ratio: (persons 0–19 + persons 65+) ÷ persons 20–64 × 100 (seed 002: Sörmland 94). */
export function dependencyRatio(groups: AgeGroups): Money {
  const [young, old, working] = (["young", "old", "working"] as const).map((name) => persons(groups[name], name));
  if (working.isZero()) {
    throw new PlanError("invalid-number", { code: "working-zero", params: { subject: { parameter: "working" } } });
  }
  return young.plus(old).div(working).times(100);
}

function persons(counts: readonly MoneyValue[], group: string): Money {
  if (counts.length === 0) {
    throw new PlanError("invalid-value", { code: "group-empty", params: { subject: { parameter: group } } });
  }
  return sum(counts.map((count, index) => nonNegative(count, { parameter: group, item: index + 1 })));
}

function nonNegative(value: MoneyValue, what: Subject): Money {
  const amount = money(value);
  if (amount.isNeg()) {
    throw new PlanError("invalid-number", { code: "must-not-be-negative", params: { subject: what, value: amount } });
  }
  return amount;
}
