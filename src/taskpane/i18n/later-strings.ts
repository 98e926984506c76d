/*
 * The texts of what only shows after the first view is up (Skapa's question and undo, Infoga's
 * question, Uppföljning after a write, the members read from the selection): the same kind of
 * table as strings.ts, kept in the lazy chunks of the views that use it so that the first paint
 * stays within its budget.
 */

import type { Language } from "../../model/language";
import { type TextTable, type TextsOf, textsOf } from "./text-table";

export const laterTable = {
  writtenHeading: { sv: "Det här skrevs", en: "What was written" },
  writtenAgain: {
    sv: "Skriv igen efter att du valt en annan fil eller ett annat datum, eller ändrat Kopplingar.",
    en: "Write again after choosing another file or date, or changing Mappings.",
  },
  rereadMappings: { sv: "Läs om Kopplingar", en: "Read Mappings again" },
  planExists: {
    sv: (plan: string, year: number) =>
      `Arbetsboken har redan en plan (${plan}, ${year}). Ersätt den, skriv en kopia med egna ark, eller avbryt.`,
    en: (plan: string, year: number) =>
      `The workbook already has a plan (${plan}, ${year}). Replace it, write a copy on sheets of its own, or cancel.`,
  },
  replacePlan: { sv: "Ersätt planen", en: "Replace the plan" },
  writeCopy: { sv: "Skriv en kopia", en: "Write a copy" },
  cancel: { sv: "Avbryt", en: "Cancel" },
  undoCreate: { sv: "Ångra skapandet", en: "Undo the creation" },
  createUndone: {
    sv: (sheets: string) => `Skapandet är ångrat: ${sheets} är borttagna.`,
    en: (sheets: string) => `The creation is undone: ${sheets} removed.`,
  },
  cellNotEmpty: {
    sv: (address: string) => `${address} är inte tom. Skriva över det som står där?`,
    en: (address: string) => `${address} is not empty. Overwrite what it holds?`,
  },
  overwrite: { sv: "Skriv över", en: "Overwrite" },
  selectionEmpty: {
    sv: (address: string) => `Inga medlemmar i ${address}; listan är oförändrad.`,
    en: (address: string) => `No members in ${address}; the list is unchanged.`,
  },
} satisfies TextTable;

export type LaterTexts = TextsOf<typeof laterTable>;

/** The later texts of one language. */
export function laterTexts(language: Language): LaterTexts {
  return textsOf(laterTable, language);
}
