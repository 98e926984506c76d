import { createContext, useContext } from "react";
import { messageIn } from "../excel/adapter-error";
import type { OutcomeImportAdapter } from "../excel/outcome-import";
import type { PlanWorkbookAdapter } from "../excel/plan-workbook";
import type { ReviewReader } from "../excel/review-reader";
import type { ScenarioReader } from "../excel/scenario-reader";
import type { Language, Texts } from "./i18n/strings";
import type { FunctionMetadata } from "./logic/function-guide";

/** What every view needs: the workbook (behind its adapters: the plan's, the outcome import's), the language and its texts, the function metadata. */
export interface Pane {
  readonly workbook: PlanWorkbookAdapter;
  readonly outcome: OutcomeImportAdapter;
  readonly language: Language;
  readonly t: Texts;
  readonly loadMetadata: () => Promise<Record<Language, FunctionMetadata>>;
  /** The Scenarier sheet's reader; by default Office's, loaded with the Scenarier view rather than the first paint. */
  readonly scenarios?: ScenarioReader;
  /** Granska plan's reader of the whole workbook; by default Office's, loaded with the view. */
  readonly reviewReader?: ReviewReader;
}

export const PaneContext = createContext<Pane | null>(null);

export function usePane(): Pane {
  const pane = useContext(PaneContext);
  if (!pane) throw new Error("usePane() outside <App>");
  return pane;
}

/** An error's message for the user: Excel's and ours are both written to be read; the adapters' in the pane's language. */
export function messageOf(error: unknown, language: Language = "sv"): string {
  return messageIn(error, language);
}
