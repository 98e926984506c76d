import "../setup/custom-functions-runtime";
import { FakeExcel } from "../excel/fake-excel";
import { PROFILE_NAMES, type ProfileName } from "../excel/fake-profiles";

/*
 * Stands in for office.js in the browser tests: the same FakeExcel the jest
 * tests use, behind the globals the built pane calls (Office.onReady,
 * Office.context.displayLanguage and .requirements, Excel.run). The test reaches
 * the workbook through `window.fakeExcel`. `?lang=en-US` sets Office's display
 * language, `?profile=windows-sv` the platform (fake-profiles.ts; web-en by default).
 * The document's settings outlive the page (in sessionStorage), as they outlive a pane
 * closed and opened again on the same workbook; the workbook's cells do not.
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

const query = new URLSearchParams(location.search);
const asked = query.get("profile") ?? "web-en";
if (!(PROFILE_NAMES as string[]).includes(asked)) throw new Error(`No fake profile "${asked}"`);
const profile = asked as ProfileName;
const SETTINGS_KEY = "fake-document-settings";
const settingsDocument = {
  load: () => JSON.parse(sessionStorage.getItem(SETTINGS_KEY) ?? "{}") as Record<string, string>,
  save: (settings: Record<string, string>) => sessionStorage.setItem(SETTINGS_KEY, JSON.stringify(settings)),
};
const excel = new FakeExcel(["Blad1"], profile, settingsDocument);
// Excel registers its custom functions in the display language, so the workbook follows it.
excel.displayLanguage = query.get("lang") ?? "sv-SE";
const info = { host: "Excel", platform: profile === "windows-sv" ? "PC" : "OfficeOnline" };
Object.assign(window, {
  fakeExcel: excel,
  customFunctions,
  Excel: { run: (work: (context: Excel.RequestContext) => Promise<unknown>) => excel.runner.run(work) },
  Office: {
    context: {
      displayLanguage: excel.displayLanguage,
      requirements: { isSetSupported: excel.runner.office.isSetSupported },
      document: { settings: excel.settings },
    },
    // Office calls back once it has started, never during the call.
    onReady: (callback?: (i: typeof info) => void) =>
      new Promise((resolve) => setTimeout(() => resolve(callback?.(info) ?? info))),
  },
});
