import { Money, ZERO } from "../model/money";
import type { Verification } from "./ledger";

/** The net movement per account over the verifications (debit positive), accounts in the order they first appear. */
export function accountMovements(verifications: readonly Verification[]): Map<string, Money> {
  const movements = new Map<string, Money>();
  for (const verification of verifications) {
    for (const { account, amount } of verification.transactions) {
      movements.set(account, (movements.get(account) ?? ZERO).plus(amount));
    }
  }
  return movements;
}
