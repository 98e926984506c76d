import { apportion, shares } from "../../model/apportion";
import { quarterlyInstalments } from "../../model/instalments";
import { Money, money } from "../../model/money";
import { fullAllocation, PartySplit, splitContribution } from "../../model/split";

/** The figures Min avgift needs: from the workbook's plan or typed by the member. */
export interface FeeInput {
  readonly contribution: number;
  readonly stateOffer: number;
  readonly members: readonly { readonly name: string; readonly population: number }[];
}

/** Who pays: a member municipality (by its index in the list), the region or the state. */
export type Payer = { readonly kind: "municipality"; readonly index: number } | { readonly kind: "region" | "state" };

export interface FeeFigures {
  readonly split: PartySplit;
  readonly fee: Money;
  readonly quarters: readonly Money[];
  /** Of the municipalities' quarter for a municipality; of the whole contribution for the region and the state. */
  readonly share: Money;
  /** Only for a municipality: its population and the members' total. */
  readonly population?: { readonly own: Money; readonly all: Money };
  readonly fullOffer: { readonly total: Money; readonly fee: Money };
  /** Kronor of joint work (the whole contribution) per krona the payer pays. */
  readonly leverage: Money;
  /** Every municipality's fee, for the chart. */
  readonly municipalityFees: readonly Money[];
}

/**
 * A payer's fee and how it comes about, all from the model (DOMAIN.md rules 1
 * and 2): the 50/25/25 split, the municipalities' quarter by population in whole
 * kronor (largest remainder), quarterly instalments dealt over all members as
 * the Medlemsavgifter sheet does, and the same under the state's full offer.
 */
export function feeFigures(input: FeeInput, payer: Payer): FeeFigures {
  const split = splitContribution(input.contribution);
  const full = fullAllocation(input.stateOffer);
  const populations = input.members.map((m) => m.population);
  const municipalityFees = apportion(split.municipalities, populations);
  const total = money(input.contribution);
  let fee: Money;
  let quarters: Money[];
  let share: Money;
  let fullFee: Money;
  let population: FeeFigures["population"];
  if (payer.kind === "municipality") {
    fee = municipalityFees[payer.index];
    quarters = quarterlyInstalments(municipalityFees)[payer.index];
    share = shares(populations)[payer.index];
    fullFee = apportion(full.municipalities, populations)[payer.index];
    population = { own: money(populations[payer.index]), all: populations.reduce((a, p) => a.plus(p), money(0)) };
  } else {
    fee = split[payer.kind];
    quarters = quarterlyInstalments([fee])[0];
    share = total.isZero() ? money(0) : fee.div(total);
    fullFee = full[payer.kind];
  }
  const fullTotal = full.state.plus(full.region).plus(full.municipalities);
  return {
    split,
    fee,
    quarters,
    share,
    population,
    fullOffer: { total: fullTotal, fee: fullFee },
    leverage: fee.isZero() ? money(0) : total.div(fee),
    municipalityFees,
  };
}
