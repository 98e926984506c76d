import type { Page } from "@playwright/test";
import {
  createExamplePlan,
  example,
  expect,
  expectNoSidewaysScroll,
  open,
  plain,
  screenshot,
  seriousViolations,
  test,
} from "./fixtures";

/*
 * Ny plan's *Nästa års plan*: the plan in the workbook, read as Granska reads
 * it, becomes next year's plan in the wizard (docs/domain.md rule 11).
 */

/**
 * Stands in for Excel's calculation where the reader reads every sheet: the plan is read from its typed inputs
 * only, so what its formulas show does not matter, but the fake gives no value it was not told.
 */
async function calculateEveryFormula(page: Page): Promise<void> {
  await page.evaluate(() =>
    window.fakeExcel.sheets.forEach((sheet) =>
      sheet.cells.forEach((cell) => {
        if (typeof cell.formula === "string" && cell.formula.startsWith("=") && cell.value === undefined)
          cell.value = 0;
      }),
    ),
  );
}

const nextYear = (page: Page) => page.getByRole("button", { name: "Nästa års plan från arbetsbokens plan" });

test("Nästa års plan: the workbook's 2025 plan becomes 2026's in the wizard, after asking, opening at 5 632 300", async ({
  pane: page,
}) => {
  await open(page);
  await createExamplePlan(page);
  await calculateEveryFormula(page);
  // Something typed in the wizard is replaced only when the user says so.
  await page.getByRole("button", { name: /^1\. Förbund/ }).click();
  await page.getByRole("textbox", { name: /Förbundets namn/ }).fill("Ett annat förbund");
  await nextYear(page).click();
  await page.getByRole("button", { name: "Ersätt det jag skrivit" }).click();

  const note = page.getByText(/^Nästa års plan \(2026–2028\) är ifylld från planen i arbetsboken/);
  await expect(note).toBeVisible();
  // The example follows up 2021, not its budget year: the opening is the plan's own closing of 2025.
  expect(plain(await note.textContent())).toContain(
    "Ingående eget kapital 5 632 300 kr: 2025 års utgående eget kapital enligt planen",
  );
  await expect(note).toContainText("Kom ihåg: uppdatera medlemmarnas befolkning 16–64 år (SCB, 1 november 2025)");
  await expect(page.getByRole("textbox", { name: /Förbundets namn/ })).toHaveValue(example.association);
  await expect(page.getByRole("textbox", { name: /Budgetår/ })).toHaveValue("2026");
  expect(await seriousViolations(page)).toEqual([]);
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: screenshot("pane-nasta-ars-plan.png"), fullPage: true });

  await page.getByRole("button", { name: "Nästa", exact: true }).click();
  await expect(page.getByRole("textbox", { name: /Eget kapital vid budgetårets början/ })).toHaveValue(
    /^5\s?632\s?300$/,
  );
});

test("Nästa års plan in a workbook without a plan says there is none to start from", async ({ pane: page }) => {
  await open(page);
  await nextYear(page).click();
  await expect(page.getByText(/^Arbetsboken har ingen plan att utgå från/)).toBeVisible();
});
