import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page, test as base } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { computePlan, type PlanInput } from "../../src/model/plan";
import { closingEquityName } from "../../src/templates/key-names";
import { calculatedScenarios } from "../fixtures/calculated-scenarios";
import { SEED_002_SLIP, seed002Budget } from "../fixtures/seed-002-budget";

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
  await expect(page.getByRole("navigation", { name: VIEWS })).toBeVisible();
}

/** The views' navigation, named in Swedish or English. */
const VIEWS = /^(Vyer|Views)$/;

/** The button in the views' navigation that opens `view` ("Min avgift", "My fee", ...), shown or not. */
export const viewButton = (page: Page, view: string): Locator =>
  page.getByRole("navigation", { name: VIEWS }).getByRole("button", { name: view, exact: true });

/** Opens `view` as a user would: by its button in the views' row, or from the list of more where it did not fit. */
export async function openView(page: Page, view: string): Promise<void> {
  const button = viewButton(page, view);
  if (await button.isVisible()) return button.click();
  await page.getByRole("navigation", { name: VIEWS }).getByRole("combobox").selectOption({ label: view });
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

/** Tabs through the page, marking where the focus goes, and expects every enabled button and every field to be reached. */
export async function expectEveryControlReachable(page: Page, presses = 60): Promise<void> {
  for (let k = 0; k < presses; k++) {
    await page.keyboard.press("Tab");
    await page.evaluate(() => document.activeElement?.setAttribute("data-reached", ""));
  }
  // A scrolling table region is a stop of its own.
  const missed = await page
    .locator(
      'button:visible:enabled, input:visible, select:visible, textarea:visible, [role="region"][tabindex="0"]:visible',
    )
    .and(page.locator(":not([data-reached])"))
    .evaluateAll((elements) => elements.map((e) => e.outerHTML.slice(0, 120)));
  expect(missed).toEqual([]);
}

/** Screenshots go to test-results/ in a test run; `npm run screenshots` writes them to docs/ for the README. */
export const screenshot = (name: string): string => `${process.env.FINSAM_SCREENSHOTS ?? "test-results"}/${name}`;

/** Walks the Ny plan wizard with the built-in example, step by step, and creates the sheets. */
export async function createExamplePlan(page: Page): Promise<void> {
  await page.getByRole("button", { name: /Använd exemplet/ }).click();
  // Over what the user typed the pane asks first; the example is in once the pane says so.
  const filled = page.getByText(/^Exemplet är ifyllt/);
  const replace = page.getByRole("button", { name: "Ersätt det jag skrivit" });
  await expect(filled.or(replace)).toBeVisible();
  if (await replace.isVisible()) await replace.click();
  await expect(filled).toBeVisible();
  await page.getByRole("button", { name: /^1\. Förbund/ }).click();
  await expect(page.getByRole("textbox", { name: /Förbundets namn/ })).toHaveValue(example.association);
  for (const step of ["Ekonomi", "Medlemmar", "Kostnader", "Skapa"]) {
    await page.getByRole("button", { name: "Nästa", exact: true }).click();
    await expect(page.getByRole("heading", { level: 2 })).toContainText(step);
  }
  await page.getByRole("button", { name: "Skapa planens ark" }).click();
  await expect(page.getByText(/^Klart: Parametrar, Medlemsavgifter/)).toBeVisible();
}

/** What Excel would have calculated in the cells Min avgift reads: equity at each year's end (the model's figures). */
export async function calculateEquity(page: Page): Promise<void> {
  const closing = computePlan(example).years.map((year, k) => [
    closingEquityName(example.budgetYear + k),
    year.closing.toNumber(),
  ]);
  await page.evaluate(
    (values) => values.forEach(([name, value]) => window.fakeExcel.calculated(String(name), value)),
    closing,
  );
}

/** What Excel would have calculated on the Scenarier sheet of the example plan. */
export async function calculateScenarios(page: Page): Promise<void> {
  await page.evaluate(
    (values) => values.forEach(([name, grid]) => window.fakeExcel.calculatedRange(name, grid)),
    calculatedScenarios(example),
  );
}

/**
 * Seed 002's budget typed into a new sheet of the fake workbook, as a kansli builds it by hand (every figure a
 * typed number, so nothing waits for Excel's calculation), with or without the seed's own slip.
 */
export async function typeBudget(page: Page, slip = true): Promise<void> {
  await page.evaluate(
    async ({ sheet, rows }) => {
      await window.fakeExcel.runner.run(async (context) => {
        context.workbook.worksheets.add(sheet);
        await context.sync();
      });
      window.fakeExcel.typeIn(sheet, "A1", rows);
    },
    { sheet: SEED_002_SLIP.sheet, rows: seed002Budget({ slip }) },
  );
}
