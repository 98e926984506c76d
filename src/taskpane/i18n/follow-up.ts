import type { TextTable } from "./text-table";
import type { ViewTexts } from "./use-view-texts";

/** The texts only Uppföljning (Follow-up) shows, loaded with the view; the pane's own are in strings.ts. */
export const followUpTable = {
  followUpIntro: {
    sv: "Hämta utfallet ur bokföringen: välj SIE-filen och uppföljningsdatumet och granska vad som ändras. Inget skrivs förrän du väljer Skriv utfall. Bladet Kopplingar säger vilka konton och objekt som hör till vilken rad.",
    en: "Bring the outcome from the books: choose the SIE file and the follow-up date and check what will change. Nothing is written until you choose Write outcome. The Mappings sheet (Kopplingar) says which accounts and objects belong to which row.",
  },
  noPlanForImport: {
    sv: "Arbetsboken har ingen plan med bladet Kopplingar. Skapa en plan under Ny plan.",
    en: "The workbook has no plan with a Mappings (Kopplingar) sheet. Create a plan under New plan.",
  },
  sieFile: { sv: "SIE-fil från bokföringen (.se)", en: "SIE file from the books (.se)" },
  chosenFile: { sv: (name: string) => `Vald fil: ${name}`, en: (name: string) => `Chosen file: ${name}` },
  asOf: { sv: "Uppföljningsdatum (utfall till och med)", en: "Follow-up date (outcome up to and including)" },
  previewHeading: { sv: "Det här ändras", en: "What will change" },
  previewCaption: {
    sv: (file: string) => `Utfall från ${file}: före och efter`,
    en: (file: string) => `Outcome from ${file}: before and after`,
  },
  columnRow: { sv: "Rad", en: "Row" },
  columnBefore: { sv: "Före (kr)", en: "Before (kr)" },
  columnAfter: { sv: "Efter (kr)", en: "After (kr)" },
  empty: { sv: "tom", en: "empty" },
  followUpDate: { sv: "Uppföljningsdatum", en: "Follow-up date" },
  reportSummary: {
    sv: (counted: string, later: string) =>
      `${counted} kostnadstransaktioner till och med uppföljningsdatumet räknade, ${later} senare lämnade utanför.`,
    en: (counted: string, later: string) =>
      `${counted} cost transactions up to the follow-up date counted, ${later} dated later left out.`,
  },
  leftOutHeading: { sv: "Lämnat utanför", en: "Left out" },
  nothingLeftOut: { sv: "Inget lämnades utanför.", en: "Nothing was left out." },
  notMapped: {
    sv: (names: string) => `Utan koppling, behåller sitt värde: ${names}.`,
    en: (names: string) => `Not mapped, keep their values: ${names}.`,
  },
  unmappedAccount: {
    sv: (account: string, amount: string, transactions: number) =>
      `Konto ${account}: ${amount} i ${transactions} transaktioner har ingen rad i Kopplingar.`,
    en: (account: string, amount: string, transactions: number) =>
      `Account ${account}: ${amount} in ${transactions} transactions has no row in Mappings.`,
  },
  cannotImport: {
    sv: "Filen kan inte importeras, och inget skrivs. Skälen:",
    en: "The file cannot be imported, and nothing is written. The reasons:",
  },
  writeOutcome: { sv: "Skriv utfall", en: "Write outcome" },
  undoImport: { sv: "Ångra senaste import", en: "Undo the latest import" },
  writingOutcome: { sv: "Skriver utfallet …", en: "Writing the outcome …" },
  outcomeWritten: {
    sv: (cells: number, file: string) =>
      `Klart: ${cells} celler skrivna från ${file}, tidigare värden i Utfallsloggen. Förbrukningsgrad och takt räknas av arkets formler.`,
    en: (cells: number, file: string) =>
      `Done: ${cells} cells written from ${file}, the earlier values in the outcome log. Burn ratio and pace follow from the sheet's formulas.`,
  },
  importUndone: {
    sv: (file: string, at: string, cells: number) =>
      `Importen av ${file} (${at}) är ångrad: ${cells} celler återställda.`,
    en: (file: string, at: string, cells: number) =>
      `The import of ${file} (${at}) is undone: ${cells} cells restored.`,
  },
  outcomeWriteFailed: {
    sv: "Utfallet kunde inte skrivas. Inget har ändrats i arbetsboken:",
    en: "The outcome could not be written. Nothing in the workbook was changed:",
  },
  outcomeWriteHalfFailed: {
    sv: "Utfallet kunde inte skrivas, och det som hann skrivas kunde inte tas bort. Jämför med Utfallsloggen:",
    en: "The outcome could not be written, and what was written could not be removed. Compare with the outcome log:",
  },
  writtenHeading: { sv: "Det här skrevs", en: "What was written" },
  writtenAgain: {
    sv: "Skriv igen efter att du valt en annan fil eller ett annat datum, eller ändrat Kopplingar.",
    en: "Write again after choosing another file or date, or changing Mappings.",
  },
  rereadMappings: { sv: "Läs om Kopplingar", en: "Read Mappings again" },
} satisfies TextTable;

export type FollowUpTexts = ViewTexts<typeof followUpTable>;
