import { PlanError } from "./errors";
import { Money, MoneyValue, money, unitOf } from "./money";

export const QUARTERS = 4;

/**
 * Quarterly instalments for every member's yearly fee (DOMAIN.md rule 2). Each
 * member pays fee ÷ 4 rounded down, plus one unit in as many quarters as its fee
 * leaves over (0–3). Those extra units are dealt round the quarters in turn,
 * member after member, so that no member pays two in one quarter and the quarter
 * totals differ by at most one unit: exactly total ÷ 4 when that is whole.
 */
export function quarterlyInstalments(fees: readonly MoneyValue[], decimals = 0): Money[][] {
  const unit = unitOf(decimals);
  let nextQuarter = 0;
  return fees.map((value, index) => {
    const units = wholeUnits(money(value), unit, index);
    const base = units.divToInt(QUARTERS);
    const leftOver = units.minus(base.times(QUARTERS)).toNumber();
    const row = Array.from({ length: QUARTERS }, () => base);
    for (let k = 0; k < leftOver; k++) {
      row[nextQuarter] = row[nextQuarter].plus(1);
      nextQuarter = (nextQuarter + 1) % QUARTERS;
    }
    return row.map((count) => count.times(unit));
  });
}

function wholeUnits(fee: Money, unit: Money, index: number): Money {
  if (!fee.isFinite() || fee.isNeg()) {
    throw new PlanError("invalid-number", `fee ${index + 1} must be a non-negative number (it is ${fee.toString()})`);
  }
  const units = fee.div(unit);
  if (!units.isInteger()) {
    throw new PlanError(
      "invalid-number",
      `fee ${index + 1} (${fee.toFixed()}) is not a whole number of ${unit.toFixed()}`,
    );
  }
  return units;
}
