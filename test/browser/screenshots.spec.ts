import type { Page } from "@playwright/test";
import {
  calculateEquity,
  calculateScenarios,
  createExamplePlan,
  expect,
  expectNoSidewaysScroll,
  open,
  openView,
  screenshot,
  test,
  typeBudget,
} from "./fixtures";

/*
 * Every view with the example plan, in Swedish and English, at the pane's usual 360 px and a narrow 320 px:
 * the README's screenshots (`npm run screenshots` writes them to docs/), each also held to no sideways scrolling.
 */

/** Each view, and what shows once it has read what it needs. */
const VIEWS = [
  { file: "ny-plan", sv: "Ny plan", en: "New plan", ready: (page: Page) => page.getByRole("heading", { level: 2 }) },
  { file: "min-avgift", sv: "Min avgift", en: "My fee", ready: (page: Page) => page.getByTestId("yearly-fee") },
  { file: "scenarier", sv: "Scenarier", en: "Scenarios", ready: (page: Page) => page.getByTestId("ceiling-planned") },
  {
    file: "uppfoljning",
    sv: "Uppföljning",
    en: "Follow-up",
    ready: (page: Page) => page.locator("main button").first(),
  },
  {
    file: "funktioner",
    sv: "Funktioner",
    en: "Functions",
    ready: (page: Page) => page.getByRole("heading", { level: 2 }).first(),
  },
] as const;

for (const language of ["sv", "en"] as const) {
  for (const width of [360, 320]) {
    test(`screenshots of every view, ${language}, ${width} px`, async ({ pane: page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: 640 });
      await open(page);
      const shoot = async (file: string) => {
        await page.waitForLoadState("networkidle");
        // No tab lit up by the pointer that last chose it.
        await page.mouse.move(width - 1, 639);
        await expectNoSidewaysScroll(page);
        await page.screenshot({ path: screenshot(`pane-${file}-${language}-${width}.png`), fullPage: true });
      };
      // Granska plan on seed 002's budget typed by hand, with its slip (the fake calculates no template formulas).
      await typeBudget(page);
      await openView(page, "Granska plan");
      await page.getByRole("button", { name: "Granska", exact: true }).click();
      await expect(page.locator("main section").first()).toBeVisible();
      if (language === "en") {
        await page.getByRole("group", { name: "Språk" }).getByRole("button", { name: "English" }).click();
      }
      await shoot("granska");
      await openView(page, language === "sv" ? "Ny plan" : "New plan");
      if (language === "en")
        await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "Svenska" }).click();
      await createExamplePlan(page);
      await calculateEquity(page);
      await calculateScenarios(page);
      if (language === "en") {
        await page.getByRole("group", { name: "Språk" }).getByRole("button", { name: "English" }).click();
      }
      for (const view of VIEWS) {
        await openView(page, view[language]);
        await expect(view.ready(page)).toBeVisible();
        await shoot(view.file);
      }
    });
  }
}
