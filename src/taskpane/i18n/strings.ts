/*
 * Every text the task pane shows, in Swedish and English side by side: one
 * table, so that a text cannot exist in one language only. Components take the
 * texts of one language through `texts(language)`, never literals.
 */

import type { Language } from "../../model/language";

export { type Language, LANGUAGES } from "../../model/language";

export type Entry<T> = { readonly sv: T; readonly en: T };

const table = {
  appTitle: { sv: "Finsam Planner", en: "Finsam Planner" },
  language: { sv: "Språk", en: "Language" },
  languageName: { sv: "Svenska", en: "English" },
  views: { sv: "Vyer", en: "Views" },
  loading: { sv: "Laddar …", en: "Loading …" },
  viewNewPlan: { sv: "Ny plan", en: "New plan" },
  viewMyFee: { sv: "Min avgift", en: "My fee" },
  viewFunctions: { sv: "Funktioner", en: "Functions" },
  viewScenarios: { sv: "Scenarier", en: "Scenarios" },
  viewFollowUp: { sv: "Uppföljning", en: "Follow-up" },
  viewReview: { sv: "Granska plan", en: "Review plan" },

  // Ny plan
  wizardSteps: { sv: "Steg", en: "Steps" },
  stepBasics: { sv: "Förbund", en: "Association" },
  stepMoney: { sv: "Ekonomi", en: "Finances" },
  stepMembers: { sv: "Medlemmar", en: "Members" },
  stepCosts: { sv: "Kostnader", en: "Costs" },
  stepWrite: { sv: "Skapa", en: "Create" },
  stepOf: { sv: (n: number, of: number) => `Steg ${n} av ${of}`, en: (n: number, of: number) => `Step ${n} of ${of}` },
  useExample: { sv: "Använd exemplet (RAR Sörmland 2025)", en: "Use the example (RAR Sörmland 2025)" },
  exampleFilled: {
    sv: "Exemplet är ifyllt. Gå igenom stegen eller skapa arken direkt.",
    en: "The example is filled in. Go through the steps or create the sheets right away.",
  },
  back: { sv: "Tillbaka", en: "Back" },
  next: { sv: "Nästa", en: "Next" },
  association: { sv: "Förbundets namn", en: "Name of the association" },
  region: { sv: "Region", en: "Region" },
  budgetYear: { sv: "Budgetår", en: "Budget year" },
  planYears: { sv: "Antal planår efter budgetåret", en: "Plan years after the budget year" },
  contributionFor: {
    sv: (year: number) => `Medlemsbidrag ${year} (kr)`,
    en: (year: number) => `Member contribution ${year} (kr)`,
  },
  stateOffer: { sv: "Statens erbjudna tilldelning (kr)", en: "The state's offered allocation (kr)" },
  openingEquity: { sv: "Eget kapital vid budgetårets början (kr)", en: "Equity at the start of the budget year (kr)" },
  members: { sv: "Medlemskommuner och befolkning 16–64 år", en: "Member municipalities and population 16–64" },
  membersHint: {
    sv: "En kommun per rad: namn, tab eller semikolon, befolkning. Klistra in från Excel eller läs markeringen.",
    en: "One municipality a line: name, tab or semicolon, population. Paste from Excel or read the selection.",
  },
  readSelection: { sv: "Läs markerade celler", en: "Read selected cells" },
  selectionRead: {
    sv: (n: number, address: string) => `${n} medlemmar lästa från ${address}.`,
    en: (n: number, address: string) => `${n} members read from ${address}.`,
  },
  costs: { sv: "Kostnader (kansli, styrelse …)", en: "Costs (office, board …)" },
  otherRevenues: { sv: "Övriga intäkter", en: "Other revenues" },
  interventions: { sv: "Samverkansinsatser", en: "Interventions" },
  rowsHint: {
    sv: (years: number) => `En rad per post: benämning och ${years} belopp, åtskilda av tab eller semikolon.`,
    en: (years: number) => `One line per row: a label and ${years} amounts, separated by tabs or semicolons.`,
  },
  interventionsHint: {
    sv: (years: number) => `En rad per insats: namn, insatsägare och ${years} belopp, åtskilda av tab eller semikolon.`,
    en: (years: number) =>
      `One line per intervention: name, owner and ${years} amounts, separated by tabs or semicolons.`,
  },
  summary: {
    sv: (members: number, years: number) => `${members} medlemmar, ${years} år i planen.`,
    en: (members: number, years: number) => `${members} members, ${years} years in the plan.`,
  },
  create: { sv: "Skapa planens ark", en: "Create the plan's sheets" },
  fixFirst: { sv: "Rätta fälten som är markerade först.", en: "Correct the marked fields first." },
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

  // Field errors
  required: { sv: "Fyll i fältet.", en: "Fill in this field." },
  notWholeKronor: {
    sv: "Skriv ett belopp i hela kronor, t.ex. 16 000 000.",
    en: "Enter an amount in whole kronor, e.g. 16 000 000.",
  },
  notYear: {
    sv: (first: number, last: number) => `Skriv ett år mellan ${first} och ${last}.`,
    en: (first: number, last: number) => `Enter a year between ${first} and ${last}.`,
  },
  notPlanYears: {
    sv: (max: number) => `Skriv ett heltal från 0 till ${max}.`,
    en: (max: number) => `Enter a whole number from 0 to ${max}.`,
  },
  tooLarge: {
    sv: (max: string) => `Beloppet får vara högst ${max}.`,
    en: (max: string) => `The amount may be at most ${max}.`,
  },
  tooLong: {
    sv: (max: number) => `Högst ${max} tecken per namn.`,
    en: (max: number) => `At most ${max} characters per name.`,
  },
  tooMany: { sv: (max: number) => `Högst ${max} rader.`, en: (max: number) => `At most ${max} lines.` },
  populationTooLarge: {
    sv: (name: string, max: string) => `${name}: befolkningen får vara högst ${max}.`,
    en: (name: string, max: string) => `${name}: the population may be at most ${max}.`,
  },
  invalidSetting: {
    sv: (field: string) => `Planens inställning ${field} är ogiltig; börja om från exemplet.`,
    en: (field: string) => `The plan's setting ${field} is not valid; start again from the example.`,
  },
  negative: { sv: "Beloppet får inte vara negativt.", en: "The amount must not be negative." },
  noMembers: { sv: "Ange minst en medlemskommun.", en: "Enter at least one member municipality." },
  negativePopulation: {
    sv: (line: number) => `Rad ${line}: befolkningen kan inte vara negativ.`,
    en: (line: number) => `Line ${line}: the population cannot be negative.`,
  },
  badMemberLine: {
    sv: (line: number) => `Rad ${line}: skriv namn och befolkning (ett heltal).`,
    en: (line: number) => `Line ${line}: enter a name and a population (a whole number).`,
  },
  duplicateMember: {
    sv: (name: string) => `${name} finns två gånger.`,
    en: (name: string) => `${name} is listed twice.`,
  },
  zeroPopulation: { sv: "Befolkningen summerar till noll.", en: "The populations add up to zero." },
  badRowLine: {
    sv: (line: number, amounts: number) => `Rad ${line}: skriv en benämning och ${amounts} belopp i hela kronor.`,
    en: (line: number, amounts: number) => `Line ${line}: enter a label and ${amounts} amounts in whole kronor.`,
  },
  badInterventionLine: {
    sv: (line: number, amounts: number) => `Rad ${line}: skriv namn, insatsägare och ${amounts} belopp.`,
    en: (line: number, amounts: number) => `Line ${line}: enter a name, an owner and ${amounts} amounts.`,
  },

  // Min avgift
  member: { sv: "Medlem", en: "Member" },
  chooseMember: { sv: "Välj medlem", en: "Choose a member" },
  theRegion: { sv: "Regionen", en: "The region" },
  theState: {
    sv: "Staten (Försäkringskassan och Arbetsförmedlingen)",
    en: "The state (Försäkringskassan and Arbetsförmedlingen)",
  },
  fromWorkbook: {
    sv: (name: string, year: number) => `Från arbetsboken: ${name}, ${year}.`,
    en: (name: string, year: number) => `From the workbook: ${name}, ${year}.`,
  },
  noPlanInWorkbook: {
    sv: "Arbetsboken har ingen plan. Fyll i siffrorna, eller skapa en plan under Ny plan.",
    en: "The workbook has no plan. Enter the figures, or create a plan under New plan.",
  },
  readPlanFailed: { sv: "Planen i arbetsboken kunde inte läsas:", en: "The plan in the workbook could not be read:" },
  reread: { sv: "Läs planen från arbetsboken", en: "Read the plan from the workbook" },
  contribution: { sv: "Medlemsbidrag totalt (kr)", en: "Total member contribution (kr)" },
  yearlyFee: { sv: "Årsavgift", en: "Yearly fee" },
  quarter: { sv: (q: number) => `Kvartal ${q}`, en: (q: number) => `Quarter ${q}` },
  instalments: { sv: "Kvartalsbelopp", en: "Quarterly instalments" },
  share: { sv: "Andel", en: "Share" },
  howComputed: { sv: "Så räknas avgiften", en: "How the fee is computed" },
  explainSplit: {
    sv: (total: string, state: string, region: string, municipalities: string) =>
      `Medlemsbidraget ${total} delas enligt lag: staten hälften (${state}), regionen en fjärdedel (${region}) och kommunerna en fjärdedel (${municipalities}).`,
    en: (total: string, state: string, region: string, municipalities: string) =>
      `By law the contribution of ${total} is split: the state half (${state}), the region a quarter (${region}) and the municipalities a quarter (${municipalities}).`,
  },
  explainPopulation: {
    sv: (name: string, population: string, all: string, share: string, fee: string) =>
      `Kommunernas fjärdedel fördelas efter befolkning 16–64 år: ${name} har ${population} av ${all} invånare, ${share}, vilket ger ${fee} i hela kronor (största rest, så att avgifterna summerar exakt).`,
    en: (name: string, population: string, all: string, share: string, fee: string) =>
      `The municipalities' quarter is shared by population 16–64: ${name} has ${population} of ${all} inhabitants, ${share}, which gives ${fee} in whole kronor (largest remainder, so the fees add up exactly).`,
  },
  explainParty: {
    sv: (share: string) => `Andelen är ${share} av medlemsbidraget.`,
    en: (share: string) => `The share is ${share} of the member contribution.`,
  },
  explainQuarters: {
    sv: "Avgiften betalas kvartalsvis i hela kronor; kvartalen summerar exakt till årsavgiften.",
    en: "The fee is paid quarterly in whole kronor; the quarters add up to the yearly fee exactly.",
  },
  fullOffer: { sv: "Med statens fulla erbjudande", en: "With the state's full offer" },
  explainFullOffer: {
    sv: (offer: string, total: string, fee: string) =>
      `Om förbundet tar emot hela statens erbjudande (${offer}) blir medlemsbidraget ${total} och avgiften ${fee}.`,
    en: (offer: string, total: string, fee: string) =>
      `If the association accepts the state's whole offer (${offer}), the contribution becomes ${total} and the fee ${fee}.`,
  },
  leverage: { sv: "Hävstång", en: "Leverage" },
  explainLeverage: {
    sv: (kronor: string) => `Varje krona i avgift ger ${kronor} kr i gemensam verksamhet.`,
    en: (kronor: string) => `Each krona paid brings ${kronor} kr of joint work.`,
  },
  equityChart: { sv: "Eget kapital vid årets utgång", en: "Equity at year end" },
  feesChart: { sv: "Avgift per medlemskommun", en: "Fee per member municipality" },

  // Scenarier
  scenariosFrom: {
    sv: (name: string, first: number, last: number) => `Från arbetsboken: ${name}, ${first}–${last}.`,
    en: (name: string, first: number, last: number) => `From the workbook: ${name}, ${first}–${last}.`,
  },
  noScenarios: {
    sv: "Arbetsboken har ingen plan med scenarier. Skapa en plan under Ny plan.",
    en: "The workbook has no plan with scenarios. Create a plan under New plan.",
  },
  readScenariosFailed: {
    sv: "Scenarierna i arbetsboken kunde inte läsas:",
    en: "The scenarios in the workbook could not be read:",
  },
  showAssumptions: { sv: "Ändra antagandena i bladet Scenarier", en: "Change the assumptions on the Scenarios sheet" },
  showFailed: { sv: "Bladet Scenarier kunde inte visas:", en: "The Scenarios sheet could not be shown:" },
  scenarioNames: {
    sv: {
      planned: "Enligt plan",
      fullOffer: "Statens hela erbjudande",
      otherRevenuesEnd: "Övriga intäkter upphör",
      newIntervention: "En ny insats",
      stoppedIntervention: "En insats avslutas",
    },
    en: {
      planned: "As planned",
      fullOffer: "The state's full offer",
      otherRevenuesEnd: "Other revenues end",
      newIntervention: "A new intervention",
      stoppedIntervention: "An intervention stops",
    },
  },
  assumePlanned: { sv: "Planen som den står.", en: "The plan as it stands." },
  assumeFullOffer: {
    sv: (offer: string, total: string) =>
      `Förbundet tar emot statens hela erbjudande (${offer}) varje år; medlemsbidraget blir ${total}.`,
    en: (offer: string, total: string) =>
      `The association accepts the state's whole offer (${offer}) each year; the contribution becomes ${total}.`,
  },
  assumeOtherRevenuesEnd: {
    sv: (year: number) => `Övriga intäkter (ESF m.fl.) upphör från ${year}.`,
    en: (year: number) => `Other revenues (ESF etc.) end from ${year}.`,
  },
  assumeNewIntervention: {
    sv: (label: string, amount: string, year: number) =>
      `${label} tillkommer från ${year} och kostar ${amount} per år.`,
    en: (label: string, amount: string, year: number) => `${label} is added from ${year} at ${amount} a year.`,
  },
  assumeStopped: {
    sv: (label: string, year: number) => `${label} avslutas från ${year}.`,
    en: (label: string, year: number) => `${label} stops from ${year}.`,
  },
  year: { sv: "År", en: "Year" },
  closingEquity: { sv: "Eget kapital vid årets utgång", en: "Equity at year end" },
  differenceToPlan: { sv: "Skillnad mot plan", en: "Difference to the plan" },
  withinGuideline: { sv: "Inom riktlinjen", en: "Within the guideline" },
  yes: { sv: "JA", en: "YES" },
  no: { sv: "NEJ", en: "NO" },
  scenarioTable: {
    sv: (name: string) => `${name}: eget kapital per år`,
    en: (name: string) => `${name}: equity by year`,
  },
  guidelineNote: {
    sv: "Inom riktlinjen: eget kapital vid årets utgång är minst noll och högst taket (riktlinjens andel av medlemsbidragen).",
    en: "Within the guideline: equity at year end is at least zero and at most the ceiling (the guideline's share of the contributions).",
  },
  scenarioChart: {
    sv: (year: number) => `Eget kapital vid utgången av ${year} per scenario`,
    en: (year: number) => `Equity at the end of ${year} by scenario`,
  },

  // Funktioner
  functionsIntro: {
    sv: "Markera en cell i Excel och klicka Infoga. Exemplet infogas med sina värden; byt dem mot dina celler.",
    en: "Select a cell in Excel and click Insert. The example is inserted with its values; replace them with your cells.",
  },
  functionsFailed: { sv: "Funktionslistan kunde inte läsas.", en: "The list of functions could not be read." },
  example: { sv: "Exempel", en: "Example" },
  result: { sv: "Resultat", en: "Result" },
  insert: { sv: "Infoga", en: "Insert" },
  insertName: { sv: (name: string) => `Infoga ${name}`, en: (name: string) => `Insert ${name}` },
  inserted: { sv: (address: string) => `Infogad i ${address}.`, en: (address: string) => `Inserted in ${address}.` },
  insertFailed: { sv: "Funktionen kunde inte infogas:", en: "The function could not be inserted:" },
  optional: { sv: "valfri", en: "optional" },

  // Uppföljning
  followUpIntro: {
    sv: "Hämta utfallet ur bokföringen: välj SIE-filen och uppföljningsdatumet och granska vad som ändras. Inget skrivs förrän du väljer Skriv utfall. Bladet Kopplingar säger vilka konton och objekt som hör till vilken rad.",
    en: "Bring the outcome from the books: choose the SIE file and the follow-up date and check what will change. Nothing is written until you choose Write outcome. The Mappings sheet (Kopplingar) says which accounts and objects belong to which row.",
  },
  noPlanForImport: {
    sv: "Arbetsboken har ingen plan med bladet Kopplingar. Skapa en plan under Ny plan.",
    en: "The workbook has no plan with a Mappings (Kopplingar) sheet. Create a plan under New plan.",
  },
  sieFile: { sv: "SIE-fil från bokföringen (.se)", en: "SIE file from the books (.se)" },
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

  // Granska plan
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
  foundFigure: { sv: "Står", en: "Is" },
  emptyCell: { sv: "tomt", en: "empty" },
  cellSelected: {
    sv: (sheet: string, address: string) => `Markerade ${address} på ${sheet}.`,
    en: (sheet: string, address: string) => `Selected ${address} on ${sheet}.`,
  },
  selectFailed: { sv: "Cellen kunde inte markeras:", en: "The cell could not be selected:" },
} satisfies Record<string, Entry<unknown>>;

/** A table's texts of one language. */
export type TextsOf<Table extends Record<string, Entry<unknown>>> = { readonly [K in keyof Table]: Table[K]["sv"] };
export type Texts = TextsOf<typeof table>;

/** One language's column of a text table. */
export function column<Table extends Record<string, Entry<unknown>>>(of: Table, language: Language): TextsOf<Table> {
  return Object.fromEntries(Object.entries(of).map(([key, entry]) => [key, entry[language]])) as TextsOf<Table>;
}

/** The texts of one language. */
export function texts(language: Language): Texts {
  return column(table, language);
}

/** Office's display language ("sv-SE", "en-US", ...): Swedish for any sv, English otherwise. */
export function languageOf(displayLanguage: string | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith("sv") ? "sv" : "en";
}
