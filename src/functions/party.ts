import { PlanError } from "../model/errors";
import { Party } from "../model/split";
import { CellValue, readText } from "./arguments";

/** The words a party may be written as, English and Swedish, compared ignoring case. */
const PARTY_WORDS: ReadonlyMap<string, Party> = new Map([
  ["state", "state"],
  ["staten", "state"],
  ["stat", "state"],
  ["region", "region"],
  ["regionen", "region"],
  ["municipalities", "municipalities"],
  ["kommunerna", "municipalities"],
  ["kommuner", "municipalities"],
]);

export function readParty(value: CellValue, argument: string): Party {
  const word = readText(value, argument);
  const party = PARTY_WORDS.get(word.toLowerCase());
  if (party === undefined) {
    throw new PlanError(
      "invalid-value",
      `${argument} "${word}" is not a party of the split; write one of ${[...PARTY_WORDS.keys()].join(", ")}`,
    );
  }
  return party;
}
