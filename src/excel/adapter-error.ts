import type { Language } from "../model/language";

/*
 * What the Office.js adapters tell the user when the workbook or Excel stops
 * them: every message in Swedish and English, chosen by the pane's language
 * where it is shown (`message` is the Swedish one, the default). The messages
 * themselves are in adapter-messages.ts, which the pane's first paint does not need.
 */

export type Texts = Readonly<Record<Language, string>>;

export class ExcelAdapterError extends Error {
  constructor(readonly texts: Texts) {
    super(texts.sv);
    this.name = "ExcelAdapterError";
  }
}

/** The message for the user in `language`: ours in either language, Excel's as it gave it. */
export function messageIn(error: unknown, language: Language): string {
  if (error instanceof ExcelAdapterError) return error.texts[language];
  return error instanceof Error ? error.message : String(error);
}
