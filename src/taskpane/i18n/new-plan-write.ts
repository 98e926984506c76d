import type { TextTable } from "./text-table";
import type { ViewTexts } from "./use-view-texts";

/**
 * The texts only Ny plan's later steps show (Skapa, and step 3's members typed or read from the selection), loaded with those
 * steps; the wizard's others are in strings.ts.
 */
export const newPlanWriteTable = {
  summary: {
    sv: (members: number, years: number) => `${members} medlemmar, ${years} år i planen.`,
    en: (members: number, years: number) => `${members} members, ${years} years in the plan.`,
  },
  create: { sv: "Skapa planens ark", en: "Create the plan's sheets" },
  progress: { sv: "Förlopp", en: "Progress" },
  stepReading: { sv: "Läser arbetsbokens namn …", en: "Reading the workbook's names …" },
  stepWriting: { sv: "Skriver arken …", en: "Writing the sheets …" },
  stepWritingBatch: {
    sv: (batch: number, batches: number) => `Skriver arken: del ${batch} av ${batches} …`,
    en: (batch: number, batches: number) => `Writing the sheets: part ${batch} of ${batches} …`,
  },
  stepUndoing: {
    sv: "Något gick fel – tar bort det som skrevs …",
    en: "Something failed – removing what was written …",
  },
  written: { sv: (sheets: string) => `Klart: ${sheets}.`, en: (sheets: string) => `Done: ${sheets}.` },
  /** An optional feature this Excel lacks (src/excel/requirements.ts), and what the sheets were made without. */
  printLayoutMissing: {
    sv: "Den här Excel-versionen saknar utskriftsformat för tillägg (ExcelApi 1.9): arken skapades utan liggande sidor, utskriftsrubriker, utskriftsområden och sidbrytningar. Uppdatera Excel eller ställ in utskriften under Sidlayout.",
    en: "This version of Excel lacks page layout for add-ins (ExcelApi 1.9): the sheets were created without landscape pages, print titles, print areas and page breaks. Update Excel or set up printing under Page Layout.",
  },
  writeFailed: {
    sv: "Arken kunde inte skapas. Inget har ändrats i arbetsboken.",
    en: "The sheets could not be created. Nothing in the workbook was changed.",
  },
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
  // Step 3: its hint, and its button that reads the members from the selected cells (the same chunk as Skapa).
  selectionEmpty: {
    sv: (address: string) => `Inga medlemmar i ${address}; listan är oförändrad.`,
    en: (address: string) => `No members in ${address}; the list is unchanged.`,
  },
  membersHint: {
    sv: "En kommun per rad: namn, tab eller semikolon, befolkning (och om du vill mottagare av hemställan, t.ex. Vingåkers kommun). Klistra in från Excel eller läs markeringen.",
    en: "One municipality a line: name, tab or semicolon, population (and, if you like, whom the budget request goes to, e.g. Vingåkers kommun). Paste from Excel or read the selection.",
  },
  readSelection: { sv: "Läs markerade celler", en: "Read selected cells" },
  selectionRead: {
    sv: (n: number, address: string) => `${n} medlemmar lästa från ${address}.`,
    en: (n: number, address: string) => `${n} members read from ${address}.`,
  },
} satisfies TextTable;

export type NewPlanWriteTexts = ViewTexts<typeof newPlanWriteTable>;
