import type { TextTable } from "./text-table";
import type { ViewTexts } from "./use-view-texts";

/** The texts only Funktioner (Functions) shows, loaded with the view; the pane's own are in strings.ts. */
export const functionsTable = {
  functionsIntro: {
    sv: "Öppna en funktion för dess parametrar och exempel. Markera en cell i Excel och klicka Infoga: exemplet infogas med sina värden; byt dem mot dina celler.",
    en: "Open a function for its parameters and example. Select a cell in Excel and click Insert: the example is inserted with its values; replace them with your cells.",
  },
  functionsFailed: { sv: "Funktionslistan kunde inte läsas.", en: "The list of functions could not be read." },
  example: { sv: "Exempel", en: "Example" },
  result: { sv: "Resultat", en: "Result" },
  insert: { sv: "Infoga", en: "Insert" },
  insertName: { sv: (name: string) => `Infoga ${name}`, en: (name: string) => `Insert ${name}` },
  inserted: { sv: (address: string) => `Infogad i ${address}.`, en: (address: string) => `Inserted in ${address}.` },
  insertFailed: { sv: "Funktionen kunde inte infogas:", en: "The function could not be inserted:" },
  optional: { sv: "valfri", en: "optional" },
  cellNotEmpty: {
    sv: (address: string) => `${address} är inte tom. Skriva över det som står där?`,
    en: (address: string) => `${address} is not empty. Overwrite what it holds?`,
  },
  overwrite: { sv: "Skriv över", en: "Overwrite" },
  cancel: { sv: "Avbryt", en: "Cancel" },
  searchFunctions: { sv: "Sök funktion", en: "Search functions" },
  functionsFound: {
    sv: (n: number) => (n === 1 ? "1 funktion" : `${n} funktioner`),
    en: (n: number) => (n === 1 ? "1 function" : `${n} functions`),
  },
} satisfies TextTable;

export type FunctionsTexts = ViewTexts<typeof functionsTable>;
