import type { Page } from "@playwright/test";
import { objectCosts, sampleLedger } from "../../src/bench/sample-ledger";
import { dayNumber } from "../../src/model/date-serial";
import { sieBytes } from "../../src/sie/write-sie";
import {
  createExamplePlan,
  expect,
  expectEveryControlReachable,
  expectNoSidewaysScroll,
  open,
  plain,
  screenshot,
  seriousViolations,
  test,
  openView,
} from "./fixtures";

/*
 * Uppföljning in the built pane: the example plan written through the wizard,
 * Kopplingar filled in as the economist would, and a made-up year of books
 * (src/bench/sample-ledger.ts) given to the file input as an SIE file.
 */

const ledger = sampleLedger({ year: 2021, transactions: 600, projects: ["P1", "P2"], seed: 9 });
const file = { name: "bokforing-2021.se", mimeType: "text/plain", buffer: sieBytes(ledger) };
const asOf = "2021-04-30";
const costs = objectCosts(ledger, asOf);

const amount = (value: number) =>
  value.toLocaleString("sv-SE", { minimumFractionDigits: Number.isInteger(value) ? 0 : 2, maximumFractionDigits: 2 });

/** The example plan, with SIKTA on project P1 and Långa sjukfall on P2 (Kopplingar's first rows are 6 and 7). */
async function planWithMapping(page: Page): Promise<void> {
  await open(page);
  await createExamplePlan(page);
  await page.evaluate(() =>
    window.fakeExcel.typeIn("Kopplingar", "A6", [
      ["4000-7999", 6, "P1", "SIKTA"],
      ["4000-7999", 6, "P2", "Långa sjukfall"],
    ]),
  );
  await openView(page, "Uppföljning");
}

async function previewFile(page: Page): Promise<void> {
  await page.getByLabel(/Uppföljningsdatum/).fill(asOf);
  await page.getByLabel(/SIE-fil/).setInputFiles(file);
  await expect(page.getByRole("table", { name: /Utfall från bokforing-2021\.se/ })).toBeVisible();
}

test("Uppföljning: an SIE file's outcome up to 30 April, previewed, then written to Utfall in one batch", async ({
  pane: page,
}) => {
  await planWithMapping(page);
  await previewFile(page);

  const sikta = costs.get("P1")!.toNumber();
  const longCases = costs.get("P2")!.toNumber();
  const preview = page.getByRole("table", { name: /Utfall från/ });
  expect(plain(await preview.getByRole("row", { name: /SIKTA/ }).textContent())).toBe(
    plain(`SIKTA${amount(2_837_000)}${amount(sikta)}`),
  );
  expect(plain(await preview.getByRole("row", { name: /Långa sjukfall/ }).textContent())).toBe(
    plain(`Långa sjukfall${amount(2_390_000)}${amount(longCases)}`),
  );
  // The office's costs (kostnadsställe 100) have no row in Kopplingar, and the other interventions no mapping.
  await expect(page.getByTestId("import-left-out")).toContainText(
    "Utan koppling, behåller sitt värde: Rätt Insats 2.0",
  );
  await expect(page.getByTestId("import-left-out")).toContainText(/Konto \d{4} .*har ingen rad i Kopplingar/);
  expect(await seriousViolations(page)).toEqual([]);
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: screenshot("pane-uppfoljning.png"), fullPage: true });

  const syncs = await page.evaluate(() => window.fakeExcel.syncCount);
  await page.getByRole("button", { name: "Skriv utfall" }).click();
  await expect(page.getByText(/Klart: 3 celler skrivna från bokforing-2021\.se/)).toBeVisible();
  const written = await page.evaluate(() => {
    const value = (sheet: string, address: string) => window.fakeExcel.sheet(sheet).cells.get(address)?.value;
    const date = window.fakeExcel.names.find((name) => name.name === "Uppfoljningsdatum")!;
    return {
      sikta: value("Insatser", "F4"),
      longCases: value("Insatser", "F5"),
      followUpDate: value(date.sheet.name, date.address.replaceAll("$", "")),
      log: [4, 5, 6].map((row) => value("Utfallslogg", `F${row}`)),
      syncs: window.fakeExcel.syncCount,
    };
  });
  expect(written).toEqual({
    sikta,
    longCases,
    followUpDate: dayNumber(asOf),
    log: ["SIKTA", "Långa sjukfall", "Uppföljningsdatum"],
    // One sync writes; two read the workbook again for the next preview.
    syncs: syncs + 3,
  });

  // The follow-up is of 2021 and the budget of 2025: Insatser's forecasts (rule 8: 120 of 365 days gone), and a word
  // on the budget year.
  const forecasts = page.getByRole("table", { name: "Insatser 2021: budget, utfall och prognos" });
  const whole = (value: number) => plain(Math.round(value).toLocaleString("sv-SE"));
  const forecast = Math.max(2_828_000, sikta + (2_828_000 * 245) / 365);
  expect(plain(await forecasts.getByRole("row", { name: /SIKTA/ }).textContent())).toBe(
    `SIKTAbudget ${whole(2_828_000)} kr, utfall ${whole(sikta)} kr${whole(forecast)}${whole((sikta * 365) / 120)}`,
  );
  await expect(page.getByText(/^Uppföljningen gäller 2021 och budgeten 2025/)).toBeVisible();

  await page.getByRole("button", { name: "Ångra senaste import" }).click();
  await expect(page.getByText(/Importen av bokforing-2021\.se .* är ångrad: 3 celler återställda/)).toBeVisible();
  expect(await page.evaluate(() => window.fakeExcel.sheet("Insatser").cells.get("F4")?.value)).toBe(2_837_000);
});

test("Uppföljning at 200 % zoom: the preview fits the pane, every control reachable by keyboard", async ({
  pane: page,
}) => {
  await page.setViewportSize({ width: 180, height: 360 });
  await planWithMapping(page);
  await previewFile(page);
  await expectNoSidewaysScroll(page);
  await expectEveryControlReachable(page);
});
