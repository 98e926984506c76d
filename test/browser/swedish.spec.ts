import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "@playwright/test";
import { sampleLedger } from "../../src/bench/sample-ledger";
import { sieBytes } from "../../src/sie/write-sie";
import { englishOnly } from "./english-only";
import {
  calculateEquity,
  calculateScenarios,
  createExamplePlan,
  expect,
  open,
  test,
  typeBudget,
  openView,
} from "./fixtures";

/*
 * Swedish first: every view of the pane in a Swedish Excel, with and without a plan, and every error
 * path a user can reach from the pane, must show no English. A piece of text that only the English
 * column of the pane's text table has (src/taskpane/i18n/strings.ts) fails the walk, wherever it shows:
 * on screen, or in a label a screen reader reads.
 */

/** Everything the user can read or hear inside `scope`: the rendered text and the visible elements' labels. */
const readable = (scope: Locator) =>
  scope.evaluate((root: HTMLElement) => {
    const labels = [...root.querySelectorAll("[aria-label], [title], [placeholder], [alt]")]
      .filter((element) => element.checkVisibility())
      .flatMap((element) => ["aria-label", "title", "placeholder", "alt"].map((name) => element.getAttribute(name)));
    return [root.innerText, ...labels].filter(Boolean).join("\n");
  });

/** Collects, per place on the walk, the English the pane showed; the test fails at its end with all of them. */
class EnglishFinder {
  readonly found: string[] = [];
  constructor(private readonly page: Page) {}

  async look(where: string, scope = this.page.locator("body")): Promise<void> {
    const text = await readable(scope);
    for (const { text: english, pattern } of englishOnly) {
      const line = text.split("\n").find((candidate) => pattern.test(candidate));
      if (line) this.found.push(`${where}: "${english}" in "${line.trim()}"`);
    }
  }
}

// A year of books in the example plan's follow-up year, with costs on project P1.
const ledger = sampleLedger({ year: 2021, transactions: 100, projects: ["P1"], seed: 3 });
const sieFile = (buffer: Buffer | Uint8Array) => ({
  name: "bokforing.se",
  mimeType: "text/plain",
  buffer: Buffer.from(buffer),
});

test("every view and error path in Swedish shows no English text", async ({ pane: page }) => {
  const english = new EnglishFinder(page);
  await open(page);
  await english.look("Ny plan, start");

  // The wizard's field checks: Next on empty fields, then wrong values in each step.
  await page.getByRole("button", { name: "Nästa", exact: true }).click();
  await expect(page.getByText("Fyll i fältet.").first()).toBeVisible();
  await page.getByRole("textbox", { name: /Budgetår/ }).fill("20x5");
  await page.getByRole("textbox", { name: /Antal planår/ }).fill("40");
  await expect(page.getByText(/Skriv ett år mellan/)).toBeVisible();
  await english.look("Ny plan, step 1 with errors");
  await page.getByRole("textbox", { name: /Budgetår/ }).fill("2025");
  await page.getByRole("textbox", { name: /Antal planår/ }).fill("2");
  await page.getByRole("button", { name: /^2\. Ekonomi/ }).click();
  await page.getByRole("textbox", { name: /Medlemsbidrag 2025/ }).fill("12,5");
  await page.getByRole("textbox", { name: /Statens erbjudna/ }).fill("-5");
  await page.getByRole("button", { name: "Nästa", exact: true }).click();
  await english.look("Ny plan, step 2 with errors");
  await page.getByRole("button", { name: /^3\. Medlemmar/ }).click();
  await page.getByRole("textbox", { name: /Medlemskommuner/ }).fill("Eskilstuna;abc\nEskilstuna;10\nEskilstuna;20");
  await page.getByRole("button", { name: "Läs markerade celler" }).click();
  await english.look("Ny plan, step 3 with errors and the selection read");
  await page.getByRole("button", { name: /^4\. Kostnader/ }).click();
  await page.getByRole("textbox", { name: /Kostnader/ }).fill("Kansli;1;2;3;4;5");
  await page.getByRole("textbox", { name: /Samverkansinsatser/ }).fill("Insats utan ägare;1");
  await page.getByRole("button", { name: "Nästa", exact: true }).click();
  await english.look("Ny plan, step 4 with errors");
  await page.getByRole("button", { name: /^5\. Skapa/ }).click();
  await expect(page.getByText(/^Rätta de här \d+ sakerna innan arken skapas/)).toBeVisible();
  await english.look("Ny plan, step 5 refusing to create");
  // The example would replace what was typed: the wizard asks first.
  await page.getByRole("button", { name: /Använd exemplet/ }).click();
  await expect(page.getByText(/^Det du har skrivit i guiden ersätts/)).toBeVisible();
  await english.look("Ny plan asking before the example replaces typed work");
  await page.getByRole("button", { name: "Ersätt det jag skrivit" }).click();
  await expect(page.getByText(/^Exemplet är ifyllt/)).toBeVisible();

  // The views on a workbook without a plan.
  await openView(page, "Min avgift");
  await expect(page.getByText(/Arbetsboken har ingen plan/)).toBeVisible();
  await page.getByRole("textbox", { name: /Medlemsbidrag totalt/ }).fill("tusen");
  await page.getByRole("textbox", { name: /Medlemskommuner/ }).fill("Eskilstuna");
  await english.look("Min avgift without a plan, with wrong figures");
  await openView(page, "Scenarier");
  await expect(page.getByText(/ingen plan med scenarier/)).toBeVisible();
  await english.look("Scenarier without a plan");
  await openView(page, "Uppföljning");
  await expect(page.getByText(/ingen plan med bladet Kopplingar/)).toBeVisible();
  await english.look("Uppföljning without a plan");
  await openView(page, "Granska plan");
  await page.getByRole("button", { name: "Granska", exact: true }).click();
  await expect(page.getByRole("status")).not.toBeEmpty();
  await english.look("Granska plan without a plan");
  await typeBudget(page);
  await page.getByRole("button", { name: "Granska", exact: true }).click();
  await expect(page.getByRole("status")).toContainText(/\d+ fel/);
  await english.look("Granska plan on a hand-typed budget with a slip");
  await openView(page, "Bokslut");
  const books = readFileSync(join(__dirname, "..", "..", "examples", "bokforing-2021.se"));
  const broken = Buffer.from(books.toString("latin1").replace("#SIETYP 4", "#SIETYP 7"), "latin1");
  await page.getByLabel(/SIE-fil/).setInputFiles({ name: "trasig.se", mimeType: "text/plain", buffer: broken });
  await expect(page.getByTestId("accounts-problems")).toBeVisible();
  await english.look("Bokslut refusing a file");
  await page.getByLabel(/SIE-fil/).setInputFiles({ name: "bokforing-2021.se", mimeType: "text/plain", buffer: books });
  await page.getByRole("button", { name: "Skriv bokslutet" }).click();
  await expect(page.getByText(/^Klart: bladen/)).toBeVisible();
  await english.look("Bokslut written");
  await page.getByRole("button", { name: "Ångra bokslutet" }).click();
  await expect(page.getByText(/^Bokslutet är ångrat/)).toBeVisible();
  await english.look("Bokslut undone");
  await openView(page, "Funktioner");
  // An empty cell: Infoga asks before it overwrites one with content.
  await page.evaluate(() => (window.fakeExcel.selection = "Z99"));
  await page
    .getByRole("button", { name: /^FINSAM\./ })
    .first()
    .click();
  await page
    .getByRole("button", { name: /^Infoga / })
    .first()
    .click();
  await expect(page.getByText(/^Infogad i /)).toBeVisible();
  // The function list itself: see the test of its parameters below.
  await english.look("Funktioner after Infoga", page.getByRole("status").filter({ hasText: /^Infogad i / }));

  // The same views with the example plan.
  await openView(page, "Ny plan");
  await createExamplePlan(page);
  await calculateEquity(page);
  await calculateScenarios(page);
  await english.look("Ny plan, sheets created");
  await openView(page, "Min avgift");
  await page.getByRole("button", { name: "Läs planen från arbetsboken" }).click();
  await page.getByRole("combobox", { name: "Välj medlem" }).selectOption("Eskilstuna");
  await english.look("Min avgift with a plan");
  await openView(page, "Scenarier");
  await page.getByRole("button", { name: "Läs planen från arbetsboken" }).click();
  await expect(page.getByRole("heading", { name: "Statens hela erbjudande" })).toBeVisible();
  await english.look("Scenarier with a plan");
  await openView(page, "Uppföljning");
  await expect(page.getByLabel(/SIE-fil/)).toBeVisible();
  // An SIE file's report: see the test below.
  await english.look("Uppföljning with a plan, before a file is chosen");

  expect(english.found).toEqual([]);
});

test("Funktioner: every function's help and parameters in Swedish", async ({ pane: page }) => {
  const english = new EnglishFinder(page);
  await open(page);
  await openView(page, "Funktioner");
  // Every card open, so that every parameter's help is on the page.
  const headers = page.getByRole("button", { name: /^FINSAM\./ });
  await expect(headers.first()).toBeVisible();
  for (const header of await headers.all()) await header.click();
  await expect(page.getByRole("button", { name: /^Infoga / }).first()).toBeVisible();
  await english.look("Funktioner");
  expect(english.found).toEqual([]);
});

test("Uppföljning: an SIE file's report, and a malformed file's reasons, in Swedish", async ({ pane: page }) => {
  const english = new EnglishFinder(page);
  await open(page);
  await createExamplePlan(page);
  await page.evaluate(() => window.fakeExcel.typeIn("Kopplingar", "A6", [["4000-7999", 6, "P1", "SIKTA"]]));
  await openView(page, "Uppföljning");
  await page.getByLabel(/Uppföljningsdatum/).fill("2021-04-30");
  await page.getByLabel(/SIE-fil/).setInputFiles(sieFile(sieBytes(ledger)));
  await expect(page.getByRole("table", { name: /Utfall från bokforing\.se/ })).toBeVisible();
  await english.look("Uppföljning with an SIE file");
  await page
    .getByLabel(/SIE-fil/)
    .setInputFiles(sieFile(Buffer.from('#FLAGGA 0\n#SIETYP 4\n#VER A 1 20210115 "Hyra\n')));
  await expect(page.getByText(/Filen kan inte importeras/)).toBeVisible();
  await english.look("Uppföljning with a malformed SIE file");
  expect(english.found).toEqual([]);
});
