import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  expect,
  expectNoSidewaysScroll,
  open,
  plain,
  screenshot,
  seriousViolations,
  test,
  openView,
} from "./fixtures";

/*
 * Bokslut in the built pane: the example books (examples/bokforing-2021.se) given to the file input,
 * the key figures checked against sums taken straight from the file's #TRANS lines, and the sheets
 * written into the fake workbook in two syncs.
 */

const PATH = join(__dirname, "..", "..", "examples", "bokforing-2021.se");
const bytes = readFileSync(PATH);

/** Öre per account class (first digit) over the file's #TRANS lines: the file has no #IB, so this is each closing balance. */
function byClass(): Map<string, bigint> {
  const sums = new Map<string, bigint>();
  for (const match of bytes.toString("latin1").matchAll(/#TRANS\s+(\d)\d*\s+\{[^}]*\}\s+(-?\d+)(?:\.(\d{1,2}))?/g)) {
    const [, klass, whole, decimals = ""] = match;
    const ore = BigInt(whole) * 100n + (whole.startsWith("-") ? -1n : 1n) * BigInt(decimals.padEnd(2, "0"));
    sums.set(klass, (sums.get(klass) ?? 0n) + ore);
  }
  return sums;
}

const kronor = (ore: bigint) =>
  `${(Number(ore) / 100).toLocaleString("sv-SE", { minimumFractionDigits: 2, maximumFractionDigits: 2 })} kr`;

test("Bokslut: the example books' result, balance total and soliditet, then the accounts written in two syncs", async ({
  pane: page,
}) => {
  await open(page);
  await openView(page, "Bokslut");
  await page.getByLabel(/SIE-fil/).setInputFiles({ name: "bokforing-2021.se", mimeType: "text/plain", buffer: bytes });

  const sums = byClass();
  const result = -["3", "4", "5", "6", "7", "8"].reduce((total, klass) => total + (sums.get(klass) ?? 0n), 0n);
  const assets = sums.get("1") ?? 0n;
  const figures = page.getByRole("region", { name: "Bokslutet i korthet" });
  await expect(figures).toBeVisible();
  // The books pay costs from the bank with no revenues: the bank, and so the assets, end negative.
  expect(assets < 0n).toBe(true);
  expect(plain(await figures.textContent())).toBe(
    plain(
      `Bokslutet i korthetRäkenskapsår2021-01-01–2021-12-31Årets resultat${kronor(result)}` +
        `Summa tillgångar${kronor(assets)}Soliditetgår inte att räkna: summa tillgångar är inte positiv`,
    ),
  );
  await expect(page.getByTestId("accounts-notes")).toContainText("är inte bokfört mot eget kapital");
  expect(await seriousViolations(page)).toEqual([]);
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: screenshot("pane-bokslut.png"), fullPage: true });

  const syncs = await page.evaluate(() => window.fakeExcel.syncCount);
  await page.getByRole("button", { name: "Skriv bokslutet" }).click();
  await expect(page.getByText(/Klart: bladen Resultaträkning, Balansräkning, Kassaflödesanalys/)).toBeVisible();
  const written = await page.evaluate(() => ({
    syncs: window.fakeExcel.syncCount,
    sheets: window.fakeExcel.sheets.map((sheet) => sheet.name),
    result: window.fakeExcel.sheet("Resultaträkning").cells.get("A4")?.value,
  }));
  expect(written.syncs - syncs).toBe(2);
  expect(written.sheets).toEqual(
    expect.arrayContaining(["Resultaträkning", "Balansräkning", "Noter", "Nyckeltal", "Saldon", "Kontoplan"]),
  );

  await page.getByRole("button", { name: "Ångra bokslutet" }).click();
  await expect(page.getByText(/Bokslutet är ångrat/)).toBeVisible();
  expect(await page.evaluate(() => window.fakeExcel.sheets.map((sheet) => sheet.name))).not.toContain(
    "Resultaträkning",
  );
});
