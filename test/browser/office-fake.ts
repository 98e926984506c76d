import "../setup/custom-functions-runtime";
import { FakeExcel } from "../excel/fake-excel";

/*
 * Stands in for office.js in the browser tests: the same FakeExcel the jest
 * tests use, behind the globals the built pane calls (Office.onReady,
 * Office.context.displayLanguage, Excel.run). The test reaches the workbook
 * through `window.fakeExcel`. `?lang=en-US` sets Office's display language.
 */

declare global {
  interface Window {
    fakeExcel: FakeExcel;
    /** The custom functions functions.js registered, by id. */
    customFunctions: Map<string, unknown>;
  }
}

const customFunctions = new Map<string, unknown>();
// functions.js registers its functions with the runtime (the metadata plugin adds the calls).
Object.assign(CustomFunctions, { associate: (id: string, fn: unknown) => customFunctions.set(id, fn) });

const excel = new FakeExcel(["Blad1"]);
const info = { host: "Excel", platform: "OfficeOnline" };
Object.assign(window, {
  fakeExcel: excel,
  customFunctions,
  Excel: { run: (work: (context: Excel.RequestContext) => Promise<unknown>) => excel.runner.run(work) },
  Office: {
    context: { displayLanguage: new URLSearchParams(location.search).get("lang") ?? "sv-SE" },
    // Office calls back once it has started, never during the call.
    onReady: (callback?: (i: typeof info) => void) =>
      new Promise((resolve) => setTimeout(() => resolve(callback?.(info) ?? info))),
  },
});
