/*
 * The texts of the pane's shell and of Ny plan, the first view, in Swedish and English side by side (the
 * shape is text-table.ts). The other views' texts are in their own tables (my-fee.ts, scenarios.ts,
 * functions.ts, follow-up.ts, review.ts), loaded with the view. Components take the texts of one language
 * through `texts(language)` or `useViewTexts(table)`, never literals.
 */

import type { Language } from "../../model/language";
import { type TextTable, type TextsOf, textsOf } from "./text-table";

export { type Language, LANGUAGES } from "../../model/language";

export const paneTable = {
  appTitle: { sv: "Finsam Planner", en: "Finsam Planner" },
  language: { sv: "Språk", en: "Language" },
  languageName: { sv: "Svenska", en: "English" },
  views: { sv: "Vyer", en: "Views" },
  moreViews: { sv: "Fler vyer", en: "More views" },
  more: { sv: "Fler", en: "More" },
  loading: { sv: "Laddar …", en: "Loading …" },
  viewNewPlan: { sv: "Ny plan", en: "New plan" },
  viewMyFee: { sv: "Min avgift", en: "My fee" },
  viewFunctions: { sv: "Funktioner", en: "Functions" },
  viewScenarios: { sv: "Scenarier", en: "Scenarios" },
  viewFollowUp: { sv: "Uppföljning", en: "Follow-up" },
  viewReview: { sv: "Granska plan", en: "Review plan" },
  viewAccounts: { sv: "Bokslut", en: "Annual accounts" },

  // Ny plan
  wizardSteps: { sv: "Steg", en: "Steps" },
  stepBasics: { sv: "Förbund", en: "Association" },
  stepMoney: { sv: "Ekonomi", en: "Finances" },
  stepMembers: { sv: "Medlemmar", en: "Members" },
  stepCosts: { sv: "Kostnader", en: "Costs" },
  stepWrite: { sv: "Skapa", en: "Create" },
  stepOf: { sv: (n: number, of: number) => `Steg ${n} av ${of}`, en: (n: number, of: number) => `Step ${n} of ${of}` },
  useExample: { sv: "Använd exemplet (RAR Sörmland 2025)", en: "Use the example (RAR Sörmland 2025)" },
  nextYearPlan: { sv: "Nästa års plan från arbetsbokens plan", en: "Next year's plan from the workbook's plan" },
  exampleFilled: {
    sv: "Exemplet är ifyllt. Gå igenom stegen eller skapa arken direkt.",
    en: "The example is filled in. Go through the steps or create the sheets right away.",
  },
  draftRestored: {
    sv: "Utkastet som sparades i arbetsboken är återställt.",
    en: "The draft saved in the workbook is restored.",
  },
  draftNotSaved: {
    sv: "Utkastet kunde inte sparas i arbetsboken:",
    en: "The draft could not be saved in the workbook:",
  },
  stepHasProblems: { sv: "fel", en: "errors" },
  stepBlocked: {
    sv: (count: number, first: string) =>
      count === 1 ? `Rätta först: ${first}` : `Rätta ${count} saker först. Den första: ${first}`,
    en: (count: number, first: string) =>
      count === 1 ? `Fix this first: ${first}` : `Fix ${count} things first. The first: ${first}`,
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
  costs: { sv: "Kostnader (kansli, styrelse …)", en: "Costs (office, board …)" },
  otherRevenues: { sv: "Övriga intäkter", en: "Other revenues" },
  interventions: { sv: "Samverkansinsatser", en: "Interventions" },

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
  onLine: {
    sv: (line: number, message: string) => `Rad ${line}: ${message}`,
    en: (line: number, message: string) => `Line ${line}: ${message}`,
  },
  negativePopulation: { sv: "befolkningen kan inte vara negativ.", en: "the population cannot be negative." },
  badMemberLine: {
    sv: "skriv namn och befolkning (ett heltal).",
    en: "enter a name and a population (a whole number).",
  },
  duplicateMember: {
    sv: (name: string) => `${name} finns två gånger.`,
    en: (name: string) => `${name} is listed twice.`,
  },
  zeroPopulation: { sv: "Befolkningen summerar till noll.", en: "The populations add up to zero." },
  badRowLine: {
    sv: (amounts: number) => `skriv en benämning och ${amounts} belopp i hela kronor.`,
    en: (amounts: number) => `enter a label and ${amounts} amounts in whole kronor.`,
  },
  badInterventionLine: {
    sv: (amounts: number) =>
      `skriv namn, insatsägare och ${amounts} belopp, eller namn, insatsägare, beslutat belopp, första och sista dag.`,
    en: (amounts: number) =>
      `enter a name, an owner and ${amounts} amounts, or a name, an owner, the decided total, the first and last day.`,
  },
  notADate: { sv: "Skriv datum som ÅÅÅÅ-MM-DD, t.ex. 2025-07-01.", en: "Write dates as YYYY-MM-DD, e.g. 2025-07-01." },
  decisionEndsBeforeStart: {
    sv: "beslutets sista dag är före dess första.",
    en: "the decision's last day is before its first.",
  },
  decisionTooLong: {
    sv: (max: number) => `ett beslut får gälla högst ${max} kalenderår.`,
    en: (max: number) => `a decision may cover at most ${max} calendar years.`,
  },

  // Texts more than one view shows
  readPlanFailed: { sv: "Planen i arbetsboken kunde inte läsas:", en: "The plan in the workbook could not be read:" },
  reread: { sv: "Läs planen från arbetsboken", en: "Read the plan from the workbook" },
  fullOffer: { sv: "Med statens fulla erbjudande", en: "With the state's full offer" },
} satisfies TextTable;

export type Texts = TextsOf<typeof paneTable>;

/** The pane's texts in one language. */
export const texts = (language: Language): Texts => textsOf(paneTable, language);
