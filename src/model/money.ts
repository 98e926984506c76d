import DecimalJs from "decimal.js";

/**
 * The one configured decimal type for money (docs/domain.md: all money arithmetic is
 * exact). 64 significant digits keep every product of a krona amount and a
 * population exact; rounding happens only where a rule asks for it.
 */
export const Money = DecimalJs.clone({
  precision: 64,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -64,
  toExpPos: 64,
});
export type Money = DecimalJs;
export type MoneyValue = DecimalJs.Value;

export const ZERO = new Money(0);

export function money(value: MoneyValue): Money {
  return new Money(value);
}

export function sum(values: readonly MoneyValue[]): Money {
  return values.reduce<Money>((total, value) => total.plus(value), ZERO);
}

/** 10^-decimals: the smallest amount a result is counted in (1 kr for decimals = 0). */
export function unitOf(decimals: number): Money {
  return new Money(10).pow(-decimals);
}
