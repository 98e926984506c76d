import type { TextTable } from "./text-table";
import type { ViewTexts } from "./use-view-texts";

/** The texts only Ny plan's last step (Skapa) shows, loaded with the step; the wizard's others are in strings.ts. */
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
} satisfies TextTable;

export type NewPlanWriteTexts = ViewTexts<typeof newPlanWriteTable>;
