import type { Page } from "@playwright/test";
import { objectCosts, sampleLedger } from "../../src/bench/sample-ledger";
import { sieBytes } from "../../src/sie/write-sie";
import { expect, open, openView, plain, screenshot, seriousViolations, test } from "./fixtures";

/*
 * The flows between the views on a plan typed into the wizard (not the built-in
 * example): its intervention reaches Insatser for the follow-up, two imports in a
 * row are undone one at a time, and a second Skapa asks first.
 */

const ledger = sampleLedger({ year: 2026, transactions: 300, projects: ["P1"], seed: 4 });
const file = { name: "bokforing-2026.se", mimeType: "text/plain", buffer: sieBytes(ledger) };
const outcomeBy = (asOf: string) => objectCosts(ledger, asOf).get("P1")!.toNumber();

async function typePlan(page: Page): Promise<void> {
  const field = (name: RegExp | string) => page.getByRole("textbox", { name });
  const next = () => page.getByRole("button", { name: "Nästa", exact: true }).click();
  await field(/Förbundets namn/).fill("Samordningsförbundet Västra Mälardalen");
  await field(/^Region/).fill("Region Västmanland");
  await field(/Budgetår/).fill("2026");
  await field(/Antal planår/).fill("1");
  await next();
  await field(/Medlemsbidrag 2026/).fill("8 200 000");
  await field(/Medlemsbidrag 2027/).fill("8 200 000");
  await field(/Statens erbjudna tilldelning/).fill("4 100 000");
  await next();
  await field(/Medlemskommuner/).fill("Arboga;8 000\nKöping;15 000");
  await next();
  await field(/^Kostnader/).fill("Kansli;3 000 000;3 000 000");
  await field(/Samverkansinsatser/).fill("Steg mot jobb;Arboga kommun;2 000 000;2 000 000");
  await next();
  await page.getByRole("button", { name: "Skapa planens ark" }).click();
  await expect(page.getByText(/^Klart: Parametrar,/)).toBeVisible();
}

/** Whole kronor as the pane writes them, with plain spaces and minus. */
const whole = (value: number) => plain(Math.round(value).toLocaleString("sv-SE"));

const insatser = (page: Page) => page.evaluate(() => window.fakeExcel.sheet("Insatser").cells.get("F4")?.value);

test("Flows: a typed plan is followed up, two quick imports are undone one at a time, and Skapa twice asks", async ({
  pane: page,
}) => {
  await open(page);
  await typePlan(page);

  // A second Skapa asks, and Avbryt leaves the workbook as it was.
  const sheets = await page.evaluate(() => window.fakeExcel.sheets.length);
  await page.getByRole("button", { name: "Skapa planens ark" }).click();
  await expect(
    page.getByText(/^Arbetsboken har redan en plan \(Samordningsförbundet Västra Mälardalen, 2026\)/),
  ).toBeVisible();
  await page.screenshot({ path: screenshot("pane-skapa-igen.png"), fullPage: true });
  await page.getByRole("button", { name: "Avbryt" }).click();
  expect(await page.evaluate(() => window.fakeExcel.sheets.length)).toBe(sheets);

  await page.evaluate(() => window.fakeExcel.typeIn("Kopplingar", "A6", [["4000-7999", 6, "P1", "Steg mot jobb"]]));
  await openView(page, "Uppföljning");
  // The follow-up year is the budget year; the date 30 April of it.
  await expect(page.getByLabel(/Uppföljningsdatum/)).toHaveValue("2026-04-30");
  await page.getByLabel(/SIE-fil/).setInputFiles(file);
  const preview = page.getByRole("table", { name: /Utfall från bokforing-2026\.se/ });
  await expect(preview.getByRole("row", { name: /Steg mot jobb/ })).toBeVisible();

  const write = page.getByRole("button", { name: "Skriv utfall" });
  await write.click();
  await expect(page.getByRole("heading", { name: "Det här skrevs" })).toBeVisible();
  await expect(write).toBeDisabled();
  expect(await insatser(page)).toBe(outcomeBy("2026-04-30"));

  // The projection beside the outcome, by docs/domain.md rule 8 worked here by hand: 120 of 365 days gone by 30 April.
  const outcome = outcomeBy("2026-04-30");
  const forecast = Math.max(2_000_000, outcome + (2_000_000 * 245) / 365);
  await expect(page.getByRole("heading", { name: "Prognos för helåret 2026" })).toBeVisible();
  const costs = page.getByRole("table", { name: "Kostnader 2026: budget, utfall och prognos" });
  const row = async (table: typeof costs, name: RegExp) => plain(await table.getByRole("row", { name }).textContent());
  expect(await row(costs, /Steg mot jobb/)).toBe(
    `Steg mot jobbbudget ${whole(2_000_000)} kr, utfall ${whole(outcome)} kr${whole(forecast)}${whole((outcome * 365) / 120)}`,
  );
  // Kansli has no outcome yet: it keeps its budget.
  expect(await row(costs, /Kansli/)).toBe(`Kanslibudget ${whole(3_000_000)} kr, utfall 0 kr${whole(3_000_000)}0`);
  // Revenues 8 200 000 − costs 5 000 000 budgeted, from an opening equity of 0; the guideline allows 20 % of 8 200 000.
  const year = page.getByRole("table", { name: "2026 enligt prognosen och enligt budgeten" });
  const result = 3_200_000 - (forecast - 2_000_000);
  expect(await row(year, /Årets resultat/)).toBe(`Årets resultat${whole(3_200_000)}${whole(result)}`);
  expect(await row(year, /Eget kapital/)).toBe(`Eget kapital vid årets slut${whole(3_200_000)}${whole(result)}`);
  expect(await row(year, /Avvikelse/)).toBe(`Avvikelse mot budget${whole(result - 3_200_000)}`);
  await expect(page.getByText(/hamnar utanför riktlinjen: mellan 0 och 1\s640\s000\skr/)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: screenshot("pane-uppfoljning-prognos.png"), fullPage: true });

  // A second import at once, up to another date.
  await page.getByLabel(/Uppföljningsdatum/).fill("2026-08-31");
  await expect(write).toBeEnabled();
  await write.click();
  await expect(page.getByRole("heading", { name: "Det här skrevs" })).toBeVisible();
  expect(await insatser(page)).toBe(outcomeBy("2026-08-31"));

  await page.getByRole("button", { name: "Ångra senaste import" }).click();
  await expect(page.getByText(/är ångrad: 2 celler återställda/)).toBeVisible();
  expect(await insatser(page)).toBe(outcomeBy("2026-04-30"));
  await page.screenshot({ path: screenshot("pane-uppfoljning-angrad.png"), fullPage: true });
});
