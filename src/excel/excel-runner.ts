/**
 * The seam between the add-in and Excel: the task pane hands its work to a
 * runner, which gives it a request context. In Excel that is `Excel.run`;
 * tests pass a runner over a fake context.
 */
export interface ExcelRunner {
  run<T>(work: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export const officeExcelRunner: ExcelRunner = {
  run: (work) => Excel.run(work),
};
