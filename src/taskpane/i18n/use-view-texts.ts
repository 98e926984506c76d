import { useMemo } from "react";
import { usePane } from "../pane-context";
import type { Texts } from "./strings";
import { type TextTable, type TextsOf, textsOf } from "./text-table";

/** What a view shows: the pane's texts and its own. */
export type ViewTexts<Table extends TextTable> = Texts & TextsOf<Table>;

/** The pane's texts and the view's own `table`, in the pane's language. */
export function useViewTexts<Table extends TextTable>(table: Table): ViewTexts<Table> {
  const { language, t } = usePane();
  return useMemo(() => ({ ...t, ...textsOf(table, language) }), [t, table, language]);
}
