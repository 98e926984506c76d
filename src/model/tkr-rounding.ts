import { Money, ZERO, money, sum } from "./money";

const THOUSAND = money(1000);

/** Kronor in whole tkr as one figure on its own is printed: half a tkr away from zero, as Excel's ROUND does. */
export const roundedTkr = (kronor: Money): Money => kronor.div(THOUSAND).toDecimalPlaces(0, Money.ROUND_HALF_UP);

/**
 * Whole tkr for the lines of a block whose printed sum must be `total` (docs/domain.md rule 10:
 * totals equal the sum of their lines as printed). Every free line gets the floor of its exact
 * amount; the tkr still missing go one each to the lines with the largest remainders (ties: the
 * larger amount, then the order given). A line in `fixed` keeps the figure it is printed with
 * elsewhere, so that the same figure reads the same in every table. Only when fixed lines have
 * taken more than the free lines can give does the rest go to the largest free line.
 */
export function roundToTotal(
  kronor: readonly Money[],
  total: Money,
  fixed: ReadonlyMap<number, Money> = new Map(),
): Money[] {
  const tkr = kronor.map((amount) => amount.div(THOUSAND));
  const printed = tkr.map((amount, i) => fixed.get(i) ?? amount.floor());
  const free = tkr.map((_, i) => i).filter((i) => !fixed.has(i));
  let missing = total.minus(sum(printed)).toNumber();
  if (missing !== 0 && free.length === 0) {
    throw new Error(`no free line to take ${missing} tkr: the fixed lines do not add up to the total`);
  }
  const byRemainder = [...free].sort(
    (a, b) =>
      tkr[b].minus(printed[b]).comparedTo(tkr[a].minus(printed[a])) || tkr[b].abs().comparedTo(tkr[a].abs()) || a - b,
  );
  for (const i of byRemainder) {
    if (missing <= 0) break;
    if (tkr[i].isInteger()) continue;
    printed[i] = printed[i].plus(1);
    missing--;
  }
  if (missing !== 0) {
    const largest = [...free].sort((a, b) => tkr[b].abs().comparedTo(tkr[a].abs()) || a - b)[0];
    printed[largest] = printed[largest].plus(missing);
  }
  return printed;
}

/** Whole tkr for a block whose total is its exact total rounded on its own. */
export function roundBlock(kronor: readonly Money[]): Money[] {
  return roundToTotal(kronor, roundedTkr(kronor.reduce<Money>((a, b) => a.plus(b), ZERO)));
}
