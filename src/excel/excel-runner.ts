/**
 * The seam between the add-in and Excel: the task pane hands its work to a
 * runner, which gives it a request context, and asks it what Office says about
 * itself. In Excel that is `Excel.run` and `Office.context`; tests pass a
 * runner over a fake context.
 */
export interface ExcelRunner {
  run<T>(work: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  readonly office: OfficeHost;
}

/** What Office says about the Excel the add-in runs in. */
export interface OfficeHost {
  /** Excel's display language ("sv-SE"): its custom functions are registered under that language's names. */
  displayLanguage(): string;
  /** Office.context.requirements.isSetSupported: whether this Excel has the requirement set at that version. */
  isSetSupported(name: string, minVersion?: string): boolean;
  /** Office.context.document.settings: the add-in's property bag, kept in the document once saved. */
  settings(): Office.Settings;
}

export const officeExcelRunner: ExcelRunner = {
  run: (work) => Excel.run(work),
  office: {
    displayLanguage: () => Office.context.displayLanguage,
    isSetSupported: (name, minVersion) => Office.context.requirements.isSetSupported(name, minVersion),
    settings: () => Office.context.document.settings,
  },
};
