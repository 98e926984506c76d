import { computePlan } from "../../src/model/plan";
import { planWorkbook } from "../../src/templates/workbook";
import {
  calculateEquity,
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
  viewButton,
} from "./fixtures";

const figures = computePlan(example);

test("Ny plan: the example walked through the wizard reaches the workbook's cells", async ({ pane: page }) => {
  await open(page);
  await createExamplePlan(page);
  const written = await page.evaluate(() => {
    const cells = (sheet: string) =>
      Object.fromEntries([...window.fakeExcel.sheet(sheet).cells].map(([address, cell]) => [address, cell.formula]));
    return {
      sheets: window.fakeExcel.sheets.map((s) => s.name),
      params: cells("Parametrar"),
      fees: cells("Medlemsavgifter"),
      syncs: window.fakeExcel.syncCount,
    };
  });
  expect(written.sheets).toEqual([
    "Blad1",
    ...planWorkbook(example, { language: "sv" }).sheets.map((sheet) => sheet.name),
  ]);
  expect(Object.values(written.params)).toEqual(
    expect.arrayContaining(["'Samordningsförbundet RAR i Sörmland", 2025, 16_000_000, 10_500_000, 5_411_000]),
  );
  const eskilstuna = Object.entries(written.fees).find(([, value]) => value === "'Eskilstuna")?.[0] ?? "";
  const row = eskilstuna.slice(1);
  expect(written.fees[`B${row}`]).toBe(64441);
  // The yearly fee: floor plus one krona by rank (largest remainder), a live formula.
  expect(written.fees[`D${row}`]).toMatch(new RegExp(`^=J${row}\\+IF\\(L${row}<=Kommunernas_del-SUM\\(`));
  // One to look for a plan already there, two to write.
  expect(written.syncs).toBe(3);
  expect(await seriousViolations(page)).toEqual([]);
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: screenshot("pane-ny-plan.png"), fullPage: true });
});

test("Min avgift: Eskilstuna's fee and quarters are the model's", async ({ pane: page }) => {
  await open(page);
  await createExamplePlan(page);
  await calculateEquity(page);
  await openView(page, "Min avgift");
  await page.getByRole("combobox", { name: "Välj medlem" }).selectOption("Eskilstuna");

  const i = example.members.findIndex((m) => m.name === "Eskilstuna");
  expect(plain(await page.getByTestId("yearly-fee").textContent())).toBe(`${spaced(figures.fees[i].toFixed())} kr`);
  for (const [q, amount] of figures.instalments[i].entries()) {
    expect(plain(await page.getByTestId(`quarter-${q + 1}`).textContent())).toBe(`${spaced(amount.toFixed())} kr`);
  }
  expect(plain(await page.getByTestId("share").textContent())).toBe("37,4 %");
  await expect(page.getByRole("img", { name: /Eget kapital vid årets utgång/ })).toContainText("5 632 300 kr");
  expect(await seriousViolations(page)).toEqual([]);
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: screenshot("pane-min-avgift.png"), fullPage: true });
});

test("Funktioner: Insert puts the example's formula into the selected cell", async ({ pane: page }) => {
  await open(page);
  await page.evaluate(() => (window.fakeExcel.selection = "C4"));
  await openView(page, "Funktioner");
  await page.getByRole("button", { name: "FINSAM.FORBRUKNINGSKVOT", exact: true }).click();
  await page.getByRole("button", { name: "Infoga FINSAM.FORBRUKNINGSKVOT" }).click();
  await expect(page.getByText("Infogad i Blad1!C4.")).toBeVisible();
  // A Swedish Excel registered the Swedish names only: the English one would show #NAME?.
  expect(await page.evaluate(() => window.fakeExcel.sheet("Blad1").cells.get("C4")?.formula)).toBe(
    "=FINSAM.FORBRUKNINGSKVOT(870000,1000000)",
  );
  expect(await page.evaluate(() => window.fakeExcel.shows("Blad1", "C4"))).not.toBe("#NAME?");
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: screenshot("pane-funktioner.png"), fullPage: true });
});

test("Funktioner at 320 px: closed cards keep the list short, and opening one shows its parameters", async ({
  pane: page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page);
  await openView(page, "Funktioner");
  const headers = page.getByRole("button", { name: /^FINSAM\.[A-Z]+$/ });
  await expect(headers.first()).toBeVisible();
  for (const header of await headers.all()) await expect(header).toHaveAttribute("aria-expanded", "false");
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(2500);
  const quarters = page.getByRole("button", { name: "FINSAM.KVARTAL", exact: true });
  await quarters.focus();
  await page.keyboard.press("Enter");
  await expect(quarters).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByText("Årsavgiften, i hela kronor.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Infoga FINSAM.KVARTAL" })).toBeVisible();
  await expectNoSidewaysScroll(page);
});

test("language: English from Office's display language, and the switch back to Swedish", async ({ pane: page }) => {
  await open(page, "en-US");
  await expect(viewButton(page, "My fee")).toBeVisible();
  await expect(page.getByRole("button", { name: /Use the example/ })).toBeVisible();
  await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "Svenska" }).click();
  // The switch offers the other language, named in itself.
  await expect(page.getByRole("group", { name: "Språk" }).getByRole("button")).toHaveText("English");
  await expect(viewButton(page, "Min avgift")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
});

for (const view of ["Ny plan", "Min avgift", "Funktioner"]) {
  test(`${view} at 200 % zoom: nothing wider than the pane, every control reachable by keyboard`, async ({
    pane: page,
  }) => {
    // 200 % zoom of a 360 px pane lays out in 180 CSS pixels.
    await page.setViewportSize({ width: 180, height: 360 });
    await open(page);
    // Min avgift with a plan shows the most: the member list, the figures and both charts.
    if (view === "Min avgift") {
      await createExamplePlan(page);
      await calculateEquity(page);
    }
    await openView(page, view);
    await expect(page.getByRole("main")).not.toBeEmpty();
    // Min avgift reads the plan after it shows: tab through it once it has (a re-render would renew its controls).
    if (view === "Min avgift") await expect(page.getByText(/Från arbetsboken/)).toBeVisible();
    await page.waitForLoadState("networkidle");
    await expectNoSidewaysScroll(page);
    await expectEveryControlReachable(page);
  });
}

test("high contrast: Fluent's high-contrast theme, charts in system colours, and a clean scan", async ({
  pane: page,
}) => {
  await page.emulateMedia({ forcedColors: "active" });
  await open(page);
  await createExamplePlan(page);
  await calculateEquity(page);
  await openView(page, "Min avgift");
  await expect(page.getByRole("img", { name: /^Avgift per medlemskommun/ })).toBeVisible();
  const colours = await page.evaluate(() => {
    const chart = document.querySelector("figure svg") as SVGElement;
    return {
      // The colour behind the chart: the nearest ancestor that paints one.
      page: (() => {
        for (let e: Element | null = chart; e; e = e.parentElement) {
          const colour = getComputedStyle(e).backgroundColor;
          if (!/, 0\)$/.test(colour)) return colour;
        }
        return "rgb(255, 255, 255)";
      })(),
      bar: getComputedStyle(chart.querySelector("rect") as Element).fill,
      label: getComputedStyle(chart.querySelector("text") as Element).fill,
    };
  });
  expect(colours.bar).not.toBe(colours.page);
  expect(colours.label).not.toBe(colours.page);
  expect(await seriousViolations(page)).toEqual([]);
});
