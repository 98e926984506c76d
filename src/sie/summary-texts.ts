import type { Language } from "../model/language";

/** The words of an SIE file's summary, the same in `npm run sie` and in the pane's Uppföljning. */
export const SUMMARY_TEXTS = {
  sv: {
    heading: "Vad filen innehåller",
    usable: "kan användas",
    unusable: "kan inte användas",
    program: "Program",
    company: "Företag",
    fiscalYear: "Räkenskapsår",
    noFiscalYear: "anges inte",
    encoding: "Teckenkodning",
    accounts: "Konton",
    verifications: "Verifikationer",
    transactions: "Transaktioner",
    movements: "Nettoförändring per konto under året (debet positivt)",
    passedOver: "Förbigått",
    skipped: (count: number, label: string, line: number, reason: string) =>
      `${count} × ${label} (från rad ${line}): ${reason}`,
    warnings: "Varningar",
    problems: "Problem",
    unnamed: "(inget namn)",
  },
  en: {
    heading: "What the file holds",
    usable: "can be used",
    unusable: "cannot be used",
    program: "Program",
    company: "Company",
    fiscalYear: "Fiscal year",
    noFiscalYear: "not named",
    encoding: "Encoding",
    accounts: "Accounts",
    verifications: "Verifications",
    transactions: "Transactions",
    movements: "Net movement per account over the year (debit positive)",
    passedOver: "Passed over",
    skipped: (count: number, label: string, line: number, reason: string) =>
      `${count} × ${label} (from line ${line}): ${reason}`,
    warnings: "Warnings",
    problems: "Problems",
    unnamed: "(no name)",
  },
} as const satisfies Record<Language, Record<string, unknown>>;

export type SummaryTexts = (typeof SUMMARY_TEXTS)[Language];
