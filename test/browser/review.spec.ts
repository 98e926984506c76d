import type { Page } from "@playwright/test";
import { SEED_002_SLIP } from "../fixtures/seed-002-budget";
import {
  expect,
  expectNoSidewaysScroll,
  open,
  plain,
  screenshot,
  seriousViolations,
  test,
  typeBudget,
  openView,
} from "./fixtures";

async function runReview(page: Page): Promise<number> {
  await openView(page, "Granska plan");
  const before = await page.evaluate(() => window.fakeExcel.syncCount);
  await page.getByRole("button", { name: "Granska", exact: true }).click();
  await expect(page.getByRole("status")).toContainText(/fel|Inga fel/);
  return (await page.evaluate(() => window.fakeExcel.syncCount)) - before;
}

test("Granska plan: finds seed 002's slip with the right figure, and a click selects its cell", async ({
  pane: page,
}) => {
  await open(page);
  await typeBudget(page);
  expect(await runReview(page)).toBe(2);

  const section = page.getByRole("region", { name: SEED_002_SLIP.sheet });
  await expect(section.getByRole("heading", { level: 2 })).toHaveText("Budget");
  await expect(section).toContainText("1 fel, 0 varningar");
  const finding = section.getByRole("button", { name: /Ingående eget kapital 2027/ });
  expect(plain(await finding.textContent())).toContain(`Fel · cell ${SEED_002_SLIP.address}`);
  expect(plain(await finding.textContent())).toContain("Ska vara 4 481 600 · Står 4 472 600");

  await finding.click();
  await expect(page.getByText(`Markerade ${SEED_002_SLIP.address} på Budget.`)).toBeVisible();
  expect(
    await page.evaluate(() => ({ sheet: window.fakeExcel.active.name, selection: window.fakeExcel.selection })),
  ).toEqual({ sheet: "Budget", selection: SEED_002_SLIP.address });

  expect(await seriousViolations(page)).toEqual([]);
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: screenshot("pane-granska.png"), fullPage: true });
});

test("Granska plan: a plan without slips gets a clear answer", async ({ pane: page }) => {
  await open(page);
  await typeBudget(page, false);
  await runReview(page);
  await expect(page.getByText("Inga fel hittades.")).toBeVisible();
  await expect(page.getByRole("region")).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
});

test("Granska plan at 200 % zoom: nothing wider than the pane, and Enter on a finding selects its cell", async ({
  pane: page,
}) => {
  await page.setViewportSize({ width: 180, height: 360 });
  await open(page);
  await typeBudget(page);
  await runReview(page);
  const finding = page.getByRole("button", { name: /Ingående eget kapital 2027/ });
  await expect(finding).toBeVisible();
  await expectNoSidewaysScroll(page);
  // From the Granska button, Tab reaches the finding; Enter goes to its cell.
  await page.getByRole("button", { name: "Granska", exact: true }).focus();
  for (let k = 0; k < 10 && !(await finding.evaluate((e) => e === document.activeElement)); k++) {
    await page.keyboard.press("Tab");
  }
  await expect(finding).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText(`Markerade ${SEED_002_SLIP.address} på Budget.`)).toBeVisible();
  expect(await page.evaluate(() => window.fakeExcel.selection)).toBe(SEED_002_SLIP.address);
});
