import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test as base } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { PlanInput } from "../../src/model/plan";

/** The office.js the production build loads (webpack.config.js): the tests answer it with the fake. */
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export const example = JSON.parse(
  readFileSync(join(__dirname, "..", "..", "examples", "rar-sormland-2025.json"), "utf8"),
) as PlanInput;

/** A page on the built pane with the fake workbook; any request off this machine fails the test. */
export const test = base.extend<{ pane: Page }>({
  pane: async ({ page }, use) => {
    const offline: string[] = [];
    const local = process.env.PANE_URL ?? "";
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) return route.fulfill({ contentType: "text/javascript", body: process.env.OFFICE_FAKE_JS });
      if (url.startsWith(local)) return route.continue();
      offline.push(url);
      return route.abort();
    });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    // The Content-Security-Policy reports what it blocks on the console: nothing may be blocked.
    page.on("console", (message) => {
      if (message.type() === "error" && /Content.Security.Policy/i.test(message.text())) errors.push(message.text());
    });
    await use(page);
    expect(offline, "requests that left the machine").toEqual([]);
    expect(errors, "uncaught errors in the page").toEqual([]);
  },
});

/** Opens the pane in Excel of the test project's platform profile (playwright.config.ts) and display language. */
export async function open(page: Page, displayLanguage = "sv-SE"): Promise<void> {
  const profile = test.info().project.metadata.profile ?? "web-en";
  await page.goto(`${process.env.PANE_URL}taskpane.html?lang=${displayLanguage}&profile=${profile}`);
  await expect(page.getByRole("tablist")).toBeVisible();
}

/** axe-core's findings that matter: serious and critical ones. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Tabster's focus sentinels (Fluent's TabList) are aria-hidden and focusable on purpose: they hand focus on at
  // once. A known false positive of aria-hidden-focus (microsoft/tabster#288), which Accessibility Insights suppresses.
  const { violations } = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

export { expect };
export { plain, spaced } from "../fixtures/sv-numbers";

/** Nothing wider than the pane: no sideways scrolling (WCAG 1.4.10, reflow). */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

/** Tabs through the page, marking where the focus goes, and expects every button and field to be reached. */
export async function expectEveryControlReachable(page: Page, presses = 60): Promise<void> {
  for (let k = 0; k < presses; k++) {
    await page.keyboard.press("Tab");
    await page.evaluate(() => document.activeElement?.setAttribute("data-reached", ""));
  }
  // A tab list is one stop (its tabs are reached with the arrow keys); a scrolling table region is a stop of its own.
  const missed = await page
    .locator('button:visible, input:visible, select:visible, textarea:visible, [role="region"][tabindex="0"]:visible')
    .and(page.locator(':not([role="tab"][aria-selected="false"]):not([data-reached])'))
    .evaluateAll((elements) => elements.map((e) => e.outerHTML.slice(0, 120)));
  expect(missed).toEqual([]);
}

/** Screenshots go to test-results/ in a test run; `npm run screenshots` writes them to docs/ for the README. */
export const screenshot = (name: string): string => `${process.env.FINSAM_SCREENSHOTS ?? "test-results"}/${name}`;

/** Walks the Ny plan wizard with the built-in example, step by step, and creates the sheets. */
export async function createExamplePlan(page: Page): Promise<void> {
  await page.getByRole("button", { name: /Använd exemplet/ }).click();
  await page.getByRole("button", { name: /^1\. Förbund/ }).click();
  await expect(page.getByRole("textbox", { name: /Förbundets namn/ })).toHaveValue(example.association);
  for (const step of ["Ekonomi", "Medlemmar", "Kostnader", "Skapa"]) {
    await page.getByRole("button", { name: "Nästa" }).click();
    await expect(page.getByRole("heading", { level: 2 })).toContainText(step);
  }
  await page.getByRole("button", { name: "Skapa planens ark" }).click();
  await expect(page.getByText(/^Klart: Parametrar, Medlemsavgifter/)).toBeVisible();
}
