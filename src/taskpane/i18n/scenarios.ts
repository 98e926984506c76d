import type { TextTable } from "./text-table";
import type { ViewTexts } from "./use-view-texts";

/** The texts only Scenarier (Scenarios) shows, loaded with the view; the pane's own are in strings.ts. */
export const scenariosTable = {
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
  aboveCeiling: { sv: "över taket", en: "above the ceiling" },
  belowZero: { sv: "under noll", en: "below zero" },
  ceilingOf: {
    sv: (amounts: string) => `Tak enligt riktlinjen: ${amounts}.`,
    en: (amounts: string) => `Ceiling under the guideline: ${amounts}.`,
  },
  scenarioTable: {
    sv: (name: string) => `${name}: eget kapital per år`,
    en: (name: string) => `${name}: equity by year`,
  },
  guidelineNote: {
    sv: "Inom riktlinjen: eget kapital vid årets utgång är minst noll och högst taket (riktlinjens andel av medlemsbidragen). NEJ säger om det är över taket eller under noll.",
    en: "Within the guideline: equity at year end is at least zero and at most the ceiling (the guideline's share of the contributions). NO says whether it is above the ceiling or below zero.",
  },
} satisfies TextTable;

export type ScenariosTexts = ViewTexts<typeof scenariosTable>;
