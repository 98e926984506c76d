import type { TextTable } from "./text-table";
import type { ViewTexts } from "./use-view-texts";

/** The texts only Bokslut (Annual accounts) shows, loaded with the view; the pane's own are in strings.ts. */
export const accountsTable = {
  accountsIntro: {
    sv: "Årsredovisningens tabeller ur bokföringen: välj SIE-filen (typ 1–4) för räkenskapsåret. Resultaträkning, Balansräkning, Kassaflödesanalys, Driftredovisning, Noter och Nyckeltal skrivs in i arbetsboken som formler över bladet Saldon. Inget skrivs förrän du väljer Skriv bokslutet.",
    en: "The annual report's tables from the books: choose the SIE file (type 1–4) of the fiscal year. The income statement, balance sheet, cash flow, operating statement, notes and key figures are written into the workbook as formulas over the Balances sheet. Nothing is written until you choose Write the accounts.",
  },
  accountsFile: { sv: "SIE-fil från bokföringen (.se)", en: "SIE file from the books (.se)" },
  unitLabel: { sv: "Belopp i tabellerna", en: "Amounts in the tables" },
  unitTkr: { sv: "tkr (hela tusental som summerar)", en: "tkr (whole thousands that add up)" },
  unitKr: { sv: "kronor", en: "kronor" },
  figuresHeading: { sv: "Bokslutet i korthet", en: "The accounts in brief" },
  fiscalYearTerm: { sv: "Räkenskapsår", en: "Fiscal year" },
  resultTerm: { sv: "Årets resultat", en: "Result for the year" },
  totalAssetsTerm: { sv: "Summa tillgångar", en: "Total assets" },
  solidityTerm: { sv: "Soliditet", en: "Equity ratio (soliditet)" },
  noSolidity: {
    sv: "går inte att räkna: summa tillgångar är inte positiv",
    en: "cannot be computed: total assets are not positive",
  },
  cannotUse: {
    sv: "Filen kan inte användas för bokslutet, och inget skrivs. Skälen:",
    en: "The file cannot be used for the accounts, and nothing is written. The reasons:",
  },
  noFiscalYear: {
    sv: "filen anger inget räkenskapsår (#RAR 0 med datum)",
    en: "the file names no fiscal year (#RAR 0 with its dates)",
  },
  balancesNotes: { sv: "Om saldona", en: "About the balances" },
  unmapped: {
    sv: "Konton med belopp som ingen rad i Kontoplan tar (tabellerna saknar dem tills Kontoplan rättas):",
    en: "Accounts with amounts that no line of the Chart takes (the tables miss them until the Chart is corrected):",
  },
  writeAccounts: { sv: "Skriv bokslutet", en: "Write the accounts" },
  writingAccounts: { sv: "Skriver bokslutet …", en: "Writing the accounts …" },
  accountsExist: {
    sv: (sheets: string) =>
      `Arbetsboken har redan bokslutsblad (${sheets}). Ersätt dem som skrevs senast härifrån, skriv nya blad bredvid, eller avbryt.`,
    en: (sheets: string) =>
      `The workbook has sheets of annual accounts already (${sheets}). Replace those written last from here, write new sheets beside them, or cancel.`,
  },
  replaceAccounts: { sv: "Ersätt", en: "Replace" },
  writeBeside: { sv: "Skriv bredvid", en: "Write beside" },
  cancel: { sv: "Avbryt", en: "Cancel" },
  accountsWritten: {
    sv: (sheets: string) => `Klart: bladen ${sheets} är skrivna.`,
    en: (sheets: string) => `Done: the sheets ${sheets} are written.`,
  },
  undoAccounts: { sv: "Ångra bokslutet", en: "Undo the accounts" },
  accountsUndone: {
    sv: (sheets: string) => `Bokslutet är ångrat: ${sheets} borttagna.`,
    en: (sheets: string) => `The accounts are undone: ${sheets} removed.`,
  },
  accountsWriteFailed: {
    sv: "Bokslutet kunde inte skrivas:",
    en: "The accounts could not be written:",
  },
} satisfies TextTable;

export type AccountsTexts = ViewTexts<typeof accountsTable>;
