import { Money, money } from "./money";

/*
 * Figures as the association's readers expect them, in both languages: they are
 * Swedish kronor in Swedish documents, so sv-SE throughout (docs/domain.md,
 * "Money and display"): `16 000 000 kr`, `18,8 %`. The task pane, the review's
 * messages and the CLIs all write figures with these. Amounts reach Intl as
 * BigInt or as a decimal already rounded by decimal.js, so no binary floating
 * point touches a sum.
 */

const whole = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0 });
const signedWhole = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0, signDisplay: "exceptZero" });
const oneDecimal = new Intl.NumberFormat("sv-SE", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Whole kronor: `16 000 000 kr` (rounded half up to the krona, as the model's Money does). */
export function kronor(amount: Money): string {
  return `${whole.format(BigInt(amount.toFixed(0)))} kr`;
}

/** Whole kronor with a sign unless zero, for a difference: `+5 000 000 kr`, `−1 000 000 kr`. */
export function signedKronor(amount: Money): string {
  return `${signedWhole.format(BigInt(amount.toFixed(0)))} kr`;
}

const withOre = new Intl.NumberFormat("sv-SE", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** An amount with its öre where there are any, as an outcome from the books has them: `1 234,50`. */
export function amountOre(amount: Money): string {
  return amount.isInteger() ? count(amount) : withOre.format(Number(amount.toFixed(2)));
}

/** The same in kronor: `1 234,50 kr`. */
export function kronorOre(amount: Money): string {
  return `${amountOre(amount)} kr`;
}

/** A whole number without unit: `172 458`. */
export function count(amount: Money): string {
  return whole.format(BigInt(amount.toFixed(0)));
}

/** A fraction (0–1) as a percentage with one decimal: `18,8 %`. */
export function percent(fraction: Money): string {
  return `${decimal(fraction.times(100))} %`;
}

const upToTwoDecimals = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 2 });

/** A figure as a cell holds it, with öre where there are any: `4 481 600`, `1 234,5`. */
export function figure(value: Money): string {
  return upToTwoDecimals.format(Number(value.toFixed(2)));
}

/** A fraction as a percentage with up to two decimals, so that a ratio a little off shows it: `86,84 %`. */
export function exactPercent(fraction: Money): string {
  return `${figure(fraction.times(100))} %`;
}

/** One decimal: `10,7`. */
export function decimal(value: Money): string {
  // toFixed(1) rounds in decimal; Intl only adds the separators.
  return oneDecimal.format(Number(value.toFixed(1)));
}

/** A cell's value as a finding quotes it: a figure (a ratio as a percentage), text in quotes, or the word for empty. */
export function cellValue(value: Money | number | string | null | undefined, ratio: boolean, empty: string): string {
  if (value === null || value === undefined) return empty;
  if (typeof value === "string") return `"${value}"`;
  return ratio ? exactPercent(money(value)) : figure(money(value));
}
