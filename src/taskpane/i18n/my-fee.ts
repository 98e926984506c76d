import type { TextTable } from "./text-table";
import type { ViewTexts } from "./use-view-texts";

/** The texts only Min avgift (My fee) shows, loaded with the view; the pane's own are in strings.ts. */
export const myFeeTable = {
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
  contribution: { sv: "Medlemsbidrag totalt (kr)", en: "Total member contribution (kr)" },
  feeMembersHint: {
    sv: "En kommun per rad: namn, tab eller semikolon, befolkning 16–64 år. Klistra gärna in från Excel.",
    en: "One municipality a line: name, tab or semicolon, population 16–64. Pasting from Excel works.",
  },
  missing: {
    sv: (fields: string) => `Avgiften visas när det här är ifyllt: ${fields}.`,
    en: (fields: string) => `The fee shows once these are filled in: ${fields}.`,
  },
  chooseYear: { sv: "År", en: "Year" },
  yearlyFee: {
    sv: (name: string, year?: number) => `Årsavgift${year ? ` ${year}` : ""}: ${name}`,
    en: (name: string, year?: number) => `Yearly fee${year ? ` ${year}` : ""}: ${name}`,
  },
  feePerYear: {
    sv: (name: string) => `Årsavgift per planår: ${name}`,
    en: (name: string) => `Yearly fee per plan year: ${name}`,
  },
  year: { sv: "År", en: "Year" },
  fee: { sv: "Avgift", en: "Fee" },
  quarter: { sv: (q: number) => `Kvartal ${q}`, en: (q: number) => `Quarter ${q}` },
  instalments: { sv: "Kvartalsbelopp", en: "Quarterly instalments" },
  shareOfMunicipalities: { sv: "Andel av kommunernas del", en: "Share of the municipalities' part" },
  shareOfContribution: { sv: "Andel av medlemsbidraget", en: "Share of the member contribution" },
  howComputed: { sv: "Så räknas avgiften", en: "How the fee is computed" },
  explainSplit: {
    sv: (total: string, state: string, region: string, municipalities: string) =>
      `Medlemsbidraget ${total} delas enligt lag: staten hälften (${state}), regionen en fjärdedel (${region}) och kommunerna en fjärdedel (${municipalities}).`,
    en: (total: string, state: string, region: string, municipalities: string) =>
      `By law the contribution of ${total} is split: the state half (${state}), the region a quarter (${region}) and the municipalities a quarter (${municipalities}).`,
  },
  explainPopulation: {
    sv: (name: string, population: string, all: string, share: string, fee: string) =>
      `Kommunernas fjärdedel fördelas efter befolkning 16–64 år: ${name} har ${population} av ${all} invånare, ${share}, vilket ger ${fee}, avrundat till hela kronor så att summan stämmer.`,
    en: (name: string, population: string, all: string, share: string, fee: string) =>
      `The municipalities' quarter is shared by population 16–64: ${name} has ${population} of ${all} inhabitants, ${share}, which gives ${fee}, rounded to whole kronor so that the fees add up exactly.`,
  },
  explainParty: {
    sv: (share: string) => `Andelen är ${share} av medlemsbidraget.`,
    en: (share: string) => `The share is ${share} of the member contribution.`,
  },
  explainQuarters: {
    sv: "Avgiften betalas kvartalsvis i hela kronor; kvartalen summerar exakt till årsavgiften.",
    en: "The fee is paid quarterly in whole kronor; the quarters add up to the yearly fee exactly.",
  },
  explainFullOffer: {
    sv: (offer: string, total: string, fee: string) =>
      `Om förbundet tar emot hela statens erbjudande för budgetåret (${offer}) blir medlemsbidraget ${total} och avgiften ${fee}.`,
    en: (offer: string, total: string, fee: string) =>
      `If the association accepts the state's whole offer for the budget year (${offer}), the contribution becomes ${total} and the fee ${fee}.`,
  },
  leverage: {
    sv: "Kronor i gemensam verksamhet per avgiftskrona",
    en: "Kronor of joint work per krona of fee",
  },
  explainLeverage: {
    sv: (kronor: string) =>
      `Varje krona i avgift ger ${kronor} kr i gemensam verksamhet, eftersom alla medlemmars bidrag går till samma verksamhet.`,
    en: (kronor: string) =>
      `Each krona of fee brings ${kronor} kr of joint work, as every member's contribution funds the same work.`,
  },
  equityChart: { sv: "Eget kapital vid årets utgång", en: "Equity at year end" },
  feesChart: { sv: "Avgift per medlemskommun", en: "Fee per member municipality" },
} satisfies TextTable;

export type MyFeeTexts = ViewTexts<typeof myFeeTable>;
