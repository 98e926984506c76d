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
  projectionHeading: {
    sv: (year: number) => `Prognos för helåret ${year}`,
    en: (year: number) => `Forecast for the full year ${year}`,
  },
  projectionRule: {
    sv: (asOf: string) =>
      `Enligt arbetsboken, utfall till och med ${asOf}. Prognos helår: budgeten, eller utfallet hittills plus budgeten för resten av året om det blir mer. I nuvarande takt: utfallet delat med den del av året som gått. Bladet Budget har samma prognos, och där kan du skriva en egen.`,
    en: (asOf: string) =>
      `From the workbook, outcome up to and including ${asOf}. Full-year forecast: the budget, or the outcome so far plus the budget for the rest of the year if that is more. At the current pace: the outcome divided by the share of the year gone. The Budget sheet has the same forecast, and you can type your own there.`,
  },
  projectionCaption: {
    sv: (year: number) => `Kostnader ${year}: budget, utfall och prognos`,
    en: (year: number) => `Costs ${year}: budget, outcome and forecast`,
  },
  followUpCaption: {
    sv: (year: number) => `Insatser ${year}: budget, utfall och prognos`,
    en: (year: number) => `Interventions ${year}: budget, outcome and forecast`,
  },
  columnBudget: { sv: "Budget (kr)", en: "Budget (kr)" },
  budgetAndOutcome: {
    sv: (budget: string, outcome: string) => `budget ${budget} kr, utfall ${outcome} kr`,
    en: (budget: string, outcome: string) => `budget ${budget} kr, outcome ${outcome} kr`,
  },
  columnForecast: { sv: "Prognos helår (kr)", en: "Full-year forecast (kr)" },
  columnPace: { sv: "I nuvarande takt (kr)", en: "At the current pace (kr)" },
  columnFigure: { sv: "Året", en: "The year" },
  columnPrognosis: { sv: "Prognos (kr)", en: "Forecast (kr)" },
  totalCosts: { sv: "Summa kostnader", en: "Total costs" },
  totalInterventions: { sv: "Summa insatser", en: "Total interventions" },
  yearCaption: {
    sv: (year: number) => `${year} enligt prognosen och enligt budgeten`,
    en: (year: number) => `${year} as forecast and as budgeted`,
  },
  result: { sv: "Årets resultat", en: "Result of the year" },
  closing: { sv: "Eget kapital vid årets slut", en: "Equity at year end" },
  deviation: { sv: "Avvikelse mot budget", en: "Deviation from the budget" },
  withinGuideline: {
    sv: (closing: string, ceiling: string) =>
      `Eget kapital vid årets slut, ${closing}, håller sig inom riktlinjen: mellan 0 och ${ceiling}.`,
    en: (closing: string, ceiling: string) =>
      `Equity at year end, ${closing}, stays inside the guideline: between 0 and ${ceiling}.`,
  },
  outsideGuideline: {
    sv: (closing: string, ceiling: string) =>
      `Eget kapital vid årets slut, ${closing}, hamnar utanför riktlinjen: mellan 0 och ${ceiling}.`,
    en: (closing: string, ceiling: string) =>
      `Equity at year end, ${closing}, falls outside the guideline: between 0 and ${ceiling}.`,
  },
  otherYear: {
    sv: (followUpYear: number, budgetYear: number) =>
      `Uppföljningen gäller ${followUpYear} och budgeten ${budgetYear}: årets resultat och eget kapital ${budgetYear} får en prognos när uppföljningen gäller budgetåret.`,
    en: (followUpYear: number, budgetYear: number) =>
      `The follow-up is of ${followUpYear} and the budget of ${budgetYear}: the result and equity of ${budgetYear} get a forecast once the follow-up is of the budget year.`,
  },
  projectionNotNumbers: {
    sv: (cells: string) => `Prognosen kan inte räknas: ${cells} håller något annat än ett tal.`,
    en: (cells: string) => `The forecast cannot be made: ${cells} hold something other than a number.`,
  },
  noPace: { sv: "–", en: "–" },
} satisfies TextTable;

export type FollowUpTexts = ViewTexts<typeof followUpTable>;
