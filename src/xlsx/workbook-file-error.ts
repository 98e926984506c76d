import { Language } from "../model/language";

/*
 * Why a file could not be read as a workbook, as codes with a Swedish and an
 * English text: the CLIs print them in the user's language, and each names
 * what the user can do about it.
 */

const REASONS = {
  "not-found": { sv: "filen finns inte", en: "no such file" },
  "not-a-file": { sv: "det är ingen fil", en: "not a file" },
  unreadable: { sv: "filen kan inte läsas", en: "the file cannot be read" },
  xls: {
    sv: "en gammal Excel-arbetsbok (.xls, Excel 97–2003); öppna den i Excel eller LibreOffice och spara den som .xlsx",
    en: "an old Excel workbook (.xls, Excel 97–2003); open it in Excel or LibreOffice and save it as .xlsx",
  },
  encrypted: {
    sv: "arbetsboken är lösenordsskyddad (krypterad); spara en kopia utan lösenord",
    en: "the workbook is password-protected (encrypted); save a copy without a password",
  },
  xlsb: {
    sv: "en binär Excel-arbetsbok (.xlsb); spara den som .xlsx",
    en: "a binary Excel workbook (.xlsb); save it as .xlsx",
  },
  numbers: {
    sv: "ett Numbers-dokument; exportera det till Excel (.xlsx)",
    en: "a Numbers document; export it to Excel (.xlsx)",
  },
  ods: {
    sv: "ett OpenDocument-kalkylblad (.ods); det läses bara när LibreOffice (soffice) är installerat, så spara det som .xlsx",
    en: "an OpenDocument spreadsheet (.ods); it is read only when LibreOffice (soffice) is installed, so save it as .xlsx",
  },
  "ods-not-converted": {
    sv: "ett OpenDocument-kalkylblad (.ods) som LibreOffice inte kunde konvertera till .xlsx",
    en: "an OpenDocument spreadsheet (.ods) that LibreOffice could not convert to .xlsx",
  },
  "ods-not-editable": {
    sv: "ett OpenDocument-kalkylblad (.ods); importen skriver tillbaka arbetsboken som .xlsx, så spara planen som .xlsx först",
    en: "an OpenDocument spreadsheet (.ods); the import writes the workbook back as .xlsx, so save the plan as .xlsx first",
  },
  "not-spreadsheet": {
    sv: "inte ett kalkylblad (.xlsx, .xlsm eller .ods)",
    en: "not a spreadsheet (.xlsx, .xlsm or .ods)",
  },
  damaged: { sv: "arbetsboken är skadad", en: "the workbook is damaged" },
  "unsupported-part": {
    sv: "arbetsboken har en del som inte kan läsas",
    en: "the workbook has a part that cannot be read",
  },
  "no-cells": {
    sv: "arbetsboken har inget kalkylblad med celler, så det finns inget att läsa",
    en: "the workbook has no worksheet with cells, so there is nothing to read",
  },
} as const satisfies Record<string, Record<Language, string>>;

export type WorkbookFileReason = keyof typeof REASONS;

/** A file that could not be read as a workbook; `detail` (a part's name, a system error) is the same in every language. */
export class WorkbookFileError extends Error {
  constructor(
    readonly reason: WorkbookFileReason,
    readonly detail?: string,
  ) {
    super(describeReason(reason, "en", detail));
  }
}

function describeReason(reason: WorkbookFileReason, language: Language, detail?: string): string {
  return detail ? `${REASONS[reason][language]} (${detail})` : REASONS[reason][language];
}

/** The error's text in `language`; any other error as a file that cannot be read, with its system code. */
export function describeFileError(error: unknown, language: Language): string {
  if (error instanceof WorkbookFileError) return describeReason(error.reason, language, error.detail);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return describeReason("not-found", language);
  if (code === "EISDIR") return describeReason("not-a-file", language);
  return describeReason("unreadable", language, code ?? (error as Error).message);
}
