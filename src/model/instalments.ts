import { PlanError } from "./errors";
import { Subject } from "./messages";
import { Money, MoneyValue, money, unitOf } from "./money";

export const QUARTERS = 4;

/**
 * Quarterly instalments for every member's yearly fee (docs/domain.md rule 2). Each
 * member pays fee ÷ 4 rounded down, plus one unit in as many quarters as its fee
 * leaves over (0–3). Those extra units are dealt round the quarters in turn,
 * member after member, so that no member pays two in one quarter and the quarter
 * totals differ by at most one unit: exactly total ÷ 4 when that is whole.
 */
export function quarterlyInstalments(fees: readonly MoneyValue[], decimals = 0): Money[][] {
  return deal(fees, decimals, (index) => ({ noun: "fee", index: index + 1 }));
}

/** One fee's four instalments on their own: its odd units fall in the first quarters. */
export function feeInstalments(fee: MoneyValue, decimals = 0): Money[] {
  return deal([fee], decimals, () => ({ noun: "fee" }))[0];
}

/** `label` names a fee in a message: "fee 2" in a list, "the fee" on its own. */
function deal(fees: readonly MoneyValue[], decimals: number, label: (index: number) => Subject): Money[][] {
  const unit = unitOf(decimals);
  let nextQuarter = 0;
  return fees.map((value, index) => {
    const units = wholeUnits(money(value), decimals, label(index));
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

function wholeUnits(fee: Money, decimals: number, label: Subject): Money {
  if (!fee.isFinite() || fee.isNeg()) {
    throw new PlanError("invalid-number", { code: "fee-negative", params: { subject: label, value: fee.toString() } });
  }
  const units = fee.div(unitOf(decimals));
  if (!units.isInteger()) {
    throw new PlanError("invalid-number", {
      code: "fee-not-whole",
      params: { subject: label, value: fee, decimals, unit: unitOf(decimals) },
    });
  }
  return units;
}
