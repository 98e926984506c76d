import { createContext, useContext } from "react";
import { messageIn } from "../excel/adapter-error";
import type { PaneAdapters } from "./adapters";
import type { Language, Texts } from "./i18n/strings";
import type { FunctionMetadata } from "./logic/function-guide";

/**
 * What every view needs: the workbook behind its adapters, the language and its texts, the function metadata,
 * and the store that keeps a view's state while the pane is open.
 */
export interface Pane {
  readonly adapters: PaneAdapters;
  readonly language: Language;
  readonly t: Texts;
  readonly loadMetadata: () => Promise<Record<Language, FunctionMetadata>>;
  readonly store: PaneStore;
}

/** The views' state while the pane is open, by key (pane-store.ts reads and writes it). */
export type PaneStore = Map<string, unknown>;

export const PaneContext = createContext<Pane | null>(null);

export function usePane(): Pane {
  const pane = useContext(PaneContext);
  if (!pane) throw new Error("usePane() outside <App>");
  return pane;
}

/** An error's message for the user: Excel's and ours are both written to be read; the adapters' in the pane's language. */
export function messageOf(error: unknown, language: Language): string {
  return messageIn(error, language);
}
