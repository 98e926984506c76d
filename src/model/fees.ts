import { apportion, shares } from "./apportion";
import { quarterlyInstalments } from "./instalments";
import { Money, MoneyValue, money, sum } from "./money";
import { fullAllocation, PartySplit, splitContribution } from "./split";

/*
 * Who pays what (docs/domain.md rules 1 and 2), composed once: the 50/25/25
 * split of the contribution, the municipalities' quarter by population in whole
 * kronor (largest remainder), and each fee in four quarterly instalments.
 */

/** Every member's fee of one year's contribution. */
export interface FeeTable {
  readonly split: PartySplit;
  /** Each municipality's share of the municipalities' quarter (0–1). */
  readonly shares: Money[];
  readonly fees: Money[];
  /** Each municipality's four instalments, dealt over all members as the Medlemsavgifter sheet does. */
  readonly instalments: Money[][];
}

export function feeTable(contribution: MoneyValue, populations: readonly number[]): FeeTable {
  const split = splitContribution(contribution);
  const fees = apportion(split.municipalities, populations);
  return { split, shares: shares(populations), fees, instalments: quarterlyInstalments(fees) };
}

/** The figures Min avgift needs: from the workbook's plan or typed by the member. */
export interface FeeInput {
  readonly contribution: number;
  readonly stateOffer: number;
  readonly members: readonly { readonly name: string; readonly population: number }[];
}

/** Who pays: a member municipality (by its index in the list), the region or the state. */
export type Payer = { readonly kind: "municipality"; readonly index: number } | { readonly kind: "region" | "state" };

export interface PayerFee {
  readonly split: PartySplit;
  readonly fee: Money;
  readonly quarters: readonly Money[];
  /** Of the municipalities' quarter for a municipality; of the whole contribution for the region and the state. */
  readonly share: Money;
  /** Only for a municipality: its population and the members' total. */
  readonly population?: { readonly own: Money; readonly all: Money };
  /** The same payer if the state's whole offer is accepted. */
  readonly fullOffer: { readonly total: Money; readonly fee: Money };
  /** Kronor of joint work (the whole contribution) per krona the payer pays. */
  readonly leverage: Money;
  /** Every municipality's fee, for the chart. */
  readonly municipalityFees: readonly Money[];
}

/** A payer's fee and how it comes about, today and under the state's full offer. */
export function payerFee(input: FeeInput, payer: Payer): PayerFee {
  const populations = input.members.map((m) => m.population);
  const table = feeTable(input.contribution, populations);
  const full = fullAllocation(input.stateOffer);
  const fullTotal = sum([full.state, full.region, full.municipalities]);
  const total = money(input.contribution);
  const ofPayer =
    payer.kind === "municipality"
      ? {
          fee: table.fees[payer.index],
          quarters: table.instalments[payer.index],
          share: table.shares[payer.index],
          fullFee: feeTable(fullTotal, populations).fees[payer.index],
          population: { own: money(populations[payer.index]), all: sum(populations) },
        }
      : {
          fee: table.split[payer.kind],
          quarters: quarterlyInstalments([table.split[payer.kind]])[0],
          share: total.isZero() ? money(0) : table.split[payer.kind].div(total),
          fullFee: full[payer.kind],
          population: undefined,
        };
  const { fee, quarters, share, fullFee, population } = ofPayer;
  return {
    split: table.split,
    fee,
    quarters,
    share,
    population,
    fullOffer: { total: fullTotal, fee: fullFee },
    leverage: fee.isZero() ? money(0) : total.div(fee),
    municipalityFees: table.fees,
  };
}
