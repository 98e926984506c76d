import type { TextTable } from "./text-table";
import type { ViewTexts } from "./use-view-texts";

/**
 * The texts of Ny plan that show only after the first step or an action (the question before a draft is
 * replaced, the list of the plan's problems, step 4's hints), loaded with the later steps; the
 * wizard's first texts are in strings.ts.
 */
export const newPlanStepsTable = {
  replaceDraft: {
    sv: "Det du har skrivit i guiden ersätts. Vill du fortsätta?",
    en: "What you have typed in the wizard will be replaced. Do you want to go on?",
  },
  replaceTyped: { sv: "Ersätt det jag skrivit", en: "Replace what I typed" },
  keepTyped: { sv: "Behåll det jag skrivit", en: "Keep what I typed" },
  decisionHint: {
    sv: "En insats som styrelsen beslutat för en period: namn, insatsägare, beslutat belopp, första dag, sista dag (t.ex. Jobbspår; Region Sörmland; 5 400 000; 2024-07-01; 2027-06-30). Beloppen per år följer av beslutet, efter kalendermånader.",
    en: "An intervention the board decided for a period: name, owner, decided total, first day, last day (e.g. Jobbspår; Region Sörmland; 5 400 000; 2024-07-01; 2027-06-30). The amounts per year follow from the decision, by calendar months.",
  },
  problemsHeading: {
    sv: (n: number) =>
      n === 1 ? "Rätta det här innan arken skapas:" : `Rätta de här ${n} sakerna innan arken skapas:`,
    en: (n: number) =>
      n === 1 ? "Fix this before the sheets are created:" : `Fix these ${n} things before the sheets are created:`,
  },
  problemAt: {
    sv: (step: number, stepName: string, field: string, message: string) =>
      `Steg ${step} ${stepName}${field ? `, ${field}` : ""}: ${message}`,
    en: (step: number, stepName: string, field: string, message: string) =>
      `Step ${step} ${stepName}${field ? `, ${field}` : ""}: ${message}`,
  },
  rowsHint: {
    sv: (years: number) => `En rad per post: benämning och ${years} belopp, åtskilda av tab eller semikolon.`,
    en: (years: number) => `One line per row: a label and ${years} amounts, separated by tabs or semicolons.`,
  },
  interventionsHint: {
    sv: (years: number) => `En rad per insats: namn, insatsägare och ${years} belopp, åtskilda av tab eller semikolon.`,
    en: (years: number) =>
      `One line per intervention: name, owner and ${years} amounts, separated by tabs or semicolons.`,
  },
} satisfies TextTable;

export type NewPlanStepsTexts = ViewTexts<typeof newPlanStepsTable>;
