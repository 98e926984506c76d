/*
 * The shape of the pane's text tables: each text in Swedish and English side by side, so that a text cannot
 * exist in one language only. The pane's own table (strings.ts) comes with the first paint; each lazy view's
 * table comes in the view's own module, loaded with the view.
 */

import type { Language } from "../../model/language";

type Entry<T> = { readonly sv: T; readonly en: T };

export type TextTable = Record<string, Entry<unknown>>;

/** A table's texts in one language. */
export type TextsOf<Table extends TextTable> = { readonly [K in keyof Table]: Table[K]["sv"] };

/** The texts of `table` in one language. */
export function textsOf<Table extends TextTable>(table: Table, language: Language): TextsOf<Table> {
  return Object.fromEntries(Object.entries(table).map(([key, entry]) => [key, entry[language]])) as TextsOf<Table>;
}
