import type { TextTable } from "./text-table";
import type { ViewTexts } from "./use-view-texts";

/** The texts of Ny plan's *Nästa års plan*, loaded with the action when it is chosen; its button's label is in strings.ts. */
export const nextYearTable = {
  readingPlan: { sv: "Läser planen i arbetsboken …", en: "Reading the plan in the workbook …" },
  loaded: {
    sv: (first: number, last: number, summary: string) =>
      `Nästa års plan (${first}–${last}) är ifylld från planen i arbetsboken. ${summary} Gå igenom stegen och skapa sedan arken.`,
    en: (first: number, last: number, summary: string) =>
      `Next year's plan (${first}–${last}) is filled in from the plan in the workbook. ${summary} Go through the steps, then create the sheets.`,
  },
  noPlan: {
    sv: "Arbetsboken har ingen plan att utgå från. Öppna arbetsboken med årets plan, eller skapa en plan i guiden.",
    en: "The workbook has no plan to start from. Open the workbook with this year's plan, or create a plan in the wizard.",
  },
  unreadable: {
    sv: (reason: string) => `Planen i arbetsboken kunde inte läsas: ${reason}.`,
    en: (reason: string) => `The plan in the workbook could not be read: ${reason}.`,
  },
} satisfies TextTable;

export type NextYearTexts = ViewTexts<typeof nextYearTable>;
