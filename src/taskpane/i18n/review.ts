import type { TextTable } from "./text-table";
import type { ViewTexts } from "./use-view-texts";

/** The texts only Granska plan (Review plan) shows, loaded with the view; the pane's own are in strings.ts. */
export const reviewTable = {
  reviewIntro: {
    sv: "Granska letar efter fel i den öppna arbetsboken: eget kapital som inte följer förra året, summor och resultat som inte stämmer, medlemsavgifter och kvartalsbelopp, fördelningen 50/25/25, förbrukningskvoter, soliditet och formler som ersatts med inskrivna tal. Klicka på ett fynd för att gå till cellen.",
    en: "Review looks for slips in the open workbook: equity that does not follow on from the year before, sums and results that do not add up, member fees and instalments, the 50/25/25 split, burn ratios, soliditet and formulas replaced by typed numbers. Click a finding to go to its cell.",
  },
  reviewRun: { sv: "Granska", en: "Review" },
  reviewReading: { sv: "Läser arbetsboken …", en: "Reading the workbook …" },
  reviewFailed: { sv: "Arbetsboken kunde inte läsas:", en: "The workbook could not be read:" },
  reviewNone: { sv: "Inga fel hittades.", en: "No slips found." },
  reviewSummary: {
    sv: (errors: number, warnings: number, sheets: number) =>
      `${errors} fel och ${warnings} ${warnings === 1 ? "varning" : "varningar"} i ${sheets} ark.`,
    en: (errors: number, warnings: number, sheets: number) =>
      `${errors} ${errors === 1 ? "error" : "errors"} and ${warnings} ${warnings === 1 ? "warning" : "warnings"} on ${sheets} ${sheets === 1 ? "sheet" : "sheets"}.`,
  },
  sheetCounts: {
    sv: (errors: number, warnings: number) => `${errors} fel, ${warnings} ${warnings === 1 ? "varning" : "varningar"}`,
    en: (errors: number, warnings: number) =>
      `${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}`,
  },
  severityError: { sv: "Fel", en: "Error" },
  severityWarning: { sv: "Varning", en: "Warning" },
  cell: { sv: (address: string) => `cell ${address}`, en: (address: string) => `cell ${address}` },
  expectedFigure: { sv: "Ska vara", en: "Should be" },
  atMost: { sv: "Högst", en: "At most" },
  atLeast: { sv: "Minst", en: "At least" },
  foundFigure: { sv: "Står", en: "Is" },
  emptyCell: { sv: "tomt", en: "empty" },
  cellSelected: {
    sv: (sheet: string, address: string) => `Markerade ${address} på ${sheet}.`,
    en: (sheet: string, address: string) => `Selected ${address} on ${sheet}.`,
  },
  selectFailed: { sv: "Cellen kunde inte markeras:", en: "The cell could not be selected:" },
} satisfies TextTable;

export type ReviewTexts = ViewTexts<typeof reviewTable>;
