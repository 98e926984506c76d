import type { TextTable } from "./text-table";
import type { ViewTexts } from "./use-view-texts";

/**
 * The texts only Ny plan's later steps show (Skapa, and the members read from the selection), loaded with those
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
  // Step 3's button that reads the members from the selected cells, which comes in the same chunk as Skapa.
  selectionEmpty: {
    sv: (address: string) => `Inga medlemmar i ${address}; listan är oförändrad.`,
    en: (address: string) => `No members in ${address}; the list is unchanged.`,
  },
} satisfies TextTable;

export type NewPlanWriteTexts = ViewTexts<typeof newPlanWriteTable>;
