import { apportion } from "./apportion";
import { Money, MoneyValue, money, unitOf } from "./money";
import { PlanError } from "./errors";

export type Party = "state" | "region" | "municipalities";
export const PARTIES: readonly Party[] = ["state", "region", "municipalities"];

/** The law's split of the members' contribution (docs/domain.md rule 1): state 1/2, region 1/4, municipalities 1/4. */
const PARTY_WEIGHTS: Readonly<Record<Party, number>> = { state: 2, region: 1, municipalities: 1 };

export type PartySplit = Readonly<Record<Party, Money>>;

/**
 * Splits a total contribution 50/25/25 in whole units that add up to it exactly;
 * a total not divisible by four is shared by largest remainder, as fees are.
 */
export function splitContribution(total: MoneyValue, decimals = 0): PartySplit {
  const [state, region, municipalities] = apportion(
    total,
    PARTIES.map((party) => PARTY_WEIGHTS[party]),
    decimals,
  );
  return { state, region, municipalities };
}

/**
 * What each party pays if the association accepts the state's whole offer: the
 * state pays the offer, and the other half is matched in the same 25/25
 * proportions (docs/domain.md rule 1: 10,5 mkr offered gives 21 mkr in all). The
 * offer must be in whole units: of 21 kr for an offer of 10,50 kr, the largest
 * remainder would give the state 11 kr, not its offer.
 */
export function fullAllocation(stateOffer: MoneyValue, decimals = 0): PartySplit {
  const offer = money(stateOffer);
  if (offer.isNeg()) {
    throw new PlanError("invalid-number", { code: "offer-negative", params: { value: offer } });
  }
  if (!offer.div(unitOf(decimals)).isInteger()) {
    throw new PlanError("invalid-number", {
      code: "offer-not-whole",
      params: { value: offer, decimals, unit: unitOf(decimals) },
    });
  }
  return splitContribution(offer.times(2), decimals);
}
