import type { DocumentSettings } from "../excel/document-settings";
import type { AccountsWorkbookAdapter } from "../excel/accounts-workbook";
import type { OutcomeImportAdapter } from "../excel/outcome-import";
import type { PlanWorkbookAdapter } from "../excel/plan-workbook";
import type { ReviewReader } from "../excel/review-reader";
import type { ScenarioReader } from "../excel/scenario-reader";

/**
 * Everything the pane asks of the workbook, one adapter per kind of work. The entry point
 * (index.tsx) builds Office's and hands the bundle down; tests swap the whole bundle for one
 * over the fake workbook. No view imports Office code.
 */
export interface PaneAdapters {
  /** Ny plan, Min avgift, Funktioner: write a plan, read it back, read the selection, insert a formula. */
  readonly planWorkbook: PlanWorkbookAdapter;
  /** Uppföljning: the outcome import's cells, its write and its undo. */
  readonly outcomeImport: OutcomeImportAdapter;
  /** Scenarier: the scenario sheet's figures and assumptions. */
  readonly scenarioReader: ScenarioReader;
  /** Granska plan: every sheet's cells and names, and the cell of a finding. */
  readonly reviewReader: ReviewReader;
  /** Ny plan: the wizard's draft, kept in the document so that the pane opened again continues. */
  readonly documentSettings: DocumentSettings;
  /** Bokslut: the annual accounts' sheets written, found and removed. */
  readonly accountsWorkbook: AccountsWorkbookAdapter;
}
