import { Party } from "../model/split";
import { Argument, CellValue, invalid, readText, subjectOf } from "./arguments";

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

export function readParty(value: CellValue, argument: Argument): Party {
  const word = readText(value, argument);
  const party = PARTY_WORDS.get(word.toLowerCase());
  if (party === undefined) {
    throw invalid("not-a-party", { subject: subjectOf(argument), word, words: [...PARTY_WORDS.keys()].join(", ") });
  }
  return party;
}
