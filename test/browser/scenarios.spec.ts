import type { Page } from "@playwright/test";
import { planScenarios, SCENARIOS } from "../../src/model/scenarios";
import { SCENARIO_ASSUMPTIONS_NAME } from "../../src/templates/key-names";
import {
  calculateScenarios,
  createExamplePlan,
  example,
  expect,
  expectEveryControlReachable,
  expectNoSidewaysScroll,
  open,
  plain,
  screenshot,
  seriousViolations,
  spaced,
  test,
  openView,
} from "./fixtures";

const model = planScenarios(example);

/** The example plan through the Ny plan wizard (as pane.spec.ts walks it), then what Excel would calculate on Scenarier. */
async function examplePlanWithScenarios(page: Page): Promise<void> {
  await createExamplePlan(page);
  await calculateScenarios(page);
}

test("Scenarier at 320 px: every verdict whole inside the pane, no table scrolling sideways", async ({
  pane: page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page);
  await examplePlanWithScenarios(page);
  await openView(page, "Scenarier");
  await expect(page.getByTestId("ceiling-planned")).toBeVisible();
  const verdicts = page.locator('[data-testid^="within-"]');
  expect(await verdicts.count()).toBe(SCENARIOS.length * 3);
  const rightEdges = await verdicts.evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().right));
  expect(Math.max(...rightEdges)).toBeLessThanOrEqual(320);
  const tables = await page
    .getByRole("region")
    .evaluateAll((regions) => regions.map((region) => region.scrollWidth - region.clientWidth));
  expect(tables.filter((overflow) => overflow > 0)).toEqual([]);
});

test("Scenarier: each scenario's equity at year end, difference and verdict are the model's", async ({
  pane: page,
}) => {
  await open(page);
  await examplePlanWithScenarios(page);
  await openView(page, "Scenarier");
  await expect(page.getByRole("heading", { name: "Statens hela erbjudande" })).toBeVisible();

  for (const key of SCENARIOS) {
    for (const year of model[key]) {
      expect(plain(await page.getByTestId(`closing-${key}-${year.year}`).textContent())).toBe(
        `${spaced(year.closing.toFixed())} kr`,
      );
    }
  }
  // docs/domain.md rule 1: the state's 10,5 mkr matched in full, 21 mkr a year; independent of any one member.
  expect(plain(await page.getByTestId("closing-fullOffer-2027").textContent())).toBe("17 473 100 kr");
  expect(plain(await page.getByTestId("difference-fullOffer-2027").textContent())).toBe("+15 000 000 kr");
  const verdicts = await Promise.all(
    [2025, 2026, 2027].map((year) => page.getByTestId(`within-planned-${year}`).textContent()),
  );
  expect(verdicts).toEqual(["NEJ, över taket", "NEJ, över taket", "JA"]);
  await expect(page.getByText("Övriga intäkter (ESF m.fl.) upphör från 2026.")).toBeVisible();
  // 20 % of 21 000 000 with the state's whole offer (docs/domain.md rule 7).
  expect(plain(await page.getByTestId("ceiling-fullOffer").textContent())).toBe("Tak enligt riktlinjen: 4 200 000 kr.");
  expect(await seriousViolations(page)).toEqual([]);
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: screenshot("pane-scenarier.png"), fullPage: true });

  await page.getByRole("button", { name: "Ändra antagandena i bladet Scenarier" }).click();
  await expect
    .poll(() =>
      page.evaluate(
        (name) => ({
          sheet: window.fakeExcel.active.name,
          selected:
            window.fakeExcel.selection ===
            window.fakeExcel.names.find((n) => n.name === name)?.address.replaceAll("$", ""),
        }),
        SCENARIO_ASSUMPTIONS_NAME,
      ),
    )
    .toEqual({ sheet: "Scenarier", selected: true });
});

test("Scenarier without a plan points to Ny plan", async ({ pane: page }) => {
  await open(page);
  await openView(page, "Scenarier");
  await expect(page.getByText("Arbetsboken har ingen plan med scenarier. Skapa en plan under Ny plan.")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("Scenarier at 200 % zoom and in forced colours: nothing wider than the pane, every control reachable by keyboard, a clean scan", async ({
  pane: page,
}) => {
  await page.setViewportSize({ width: 180, height: 360 });
  await page.emulateMedia({ forcedColors: "active" });
  await open(page);
  await examplePlanWithScenarios(page);
  await openView(page, "Scenarier");
  await expect(page.getByTestId("closing-fullOffer-2027")).toBeAttached();
  await expectNoSidewaysScroll(page);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: "test-results/pane-scenarier-200.png", fullPage: true });
  await expectEveryControlReachable(page);
});
