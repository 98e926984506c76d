import { readdirSync } from "node:fs";
import path from "node:path";
import { accountsTable } from "../../src/taskpane/i18n/accounts";
import { followUpTable } from "../../src/taskpane/i18n/follow-up";
import { functionsTable } from "../../src/taskpane/i18n/functions";
import { newPlanStepsTable } from "../../src/taskpane/i18n/new-plan-steps";
import { newPlanWriteTable } from "../../src/taskpane/i18n/new-plan-write";
import { nextYearTable } from "../../src/taskpane/i18n/next-year";
import { myFeeTable } from "../../src/taskpane/i18n/my-fee";
import { reviewTable } from "../../src/taskpane/i18n/review";
import { scenariosTable } from "../../src/taskpane/i18n/scenarios";
import { paneTable } from "../../src/taskpane/i18n/strings";
import { type TextTable, textsOf } from "../../src/taskpane/i18n/text-table";

/*
 * The pieces of the pane's English texts that no Swedish text has: what a Swedish pane must never
 * show. A text with blanks to fill in (a function) is filled with a marker and split there, so
 * "Line 3: enter a name …" gives "Line" and ": enter a name …".
 */

const HOLE = "\u0001";

/** A table value's literal pieces: the text, a filled-in template's parts between the blanks, an object's texts. */
function pieces(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "function") {
    const blanks = value.length;
    // Filled with markers, and with 1s to reach the singular branches ("1 error", "1 warning").
    return [
      ...String(value(...Array(blanks).fill(HOLE))).split(HOLE),
      ...String(value(...Array(blanks).fill(1))).split(/\d+/),
    ];
  }
  if (value && typeof value === "object") return Object.values(value).flatMap(pieces);
  return [];
}

// The language picker names each language in itself ("Svenska", "English") whatever the pane's language.
const BOTH_LANGUAGES = new Set(["languageName"]);

// Every text table of the pane, by its module's name: a table left out here would escape the walk.
const TABLES: Record<string, TextTable> = {
  strings: paneTable,
  "new-plan-write": newPlanWriteTable,
  "new-plan-steps": newPlanStepsTable,
  "my-fee": myFeeTable,
  scenarios: scenariosTable,
  functions: functionsTable,
  "follow-up": followUpTable,
  review: reviewTable,
  accounts: accountsTable,
  "next-year": nextYearTable,
};
const tableModules = readdirSync(path.join(__dirname, "../../src/taskpane/i18n"))
  .map((file) => file.replace(/\.ts$/, ""))
  .filter((module) => !["text-table", "use-view-texts"].includes(module));
const unread = tableModules.filter((module) => !(module in TABLES));
if (unread.length > 0) throw new Error(`english-only.ts does not read the text tables ${unread.join(", ")}`);

const entries = (language: "sv" | "en") =>
  Object.values(TABLES)
    .flatMap((table) => Object.entries(textsOf(table, language)))
    .filter(([key]) => !BOTH_LANGUAGES.has(key));

const swedish = entries("sv")
  .flatMap(([, value]) => pieces(value))
  .join("\n");

/** Each English-only piece (with at least two letters) as a whole-word pattern, in any case. */
export const englishOnly: { text: string; pattern: RegExp }[] = [
  ...new Set(
    entries("en")
      .flatMap(([, value]) => pieces(value))
      .map((piece) => piece.trim().replace(/^[\s.,:;()–-]+|[\s,:;(–-]+$/g, ""))
      .filter((piece) => (piece.match(/\p{L}/gu) ?? []).length >= 2 && !swedish.includes(piece)),
  ),
].map((text) => ({
  text,
  pattern: new RegExp(`(?<![\\p{L}\\p{N}])${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "iu"),
}));
