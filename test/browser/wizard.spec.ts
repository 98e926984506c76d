import type { Page } from "@playwright/test";
import { example, expect, open, screenshot, seriousViolations, test, viewButton } from "./fixtures";

/*
 * Ny plan as a user types a plan of their own: the draft survives a tab switch and the pane
 * opened again, the example asks before it replaces typed work, every problem is shown at once
 * with its step, and focus lands where the user's next move is.
 */

const field = (page: Page, name: RegExp) => page.getByRole("textbox", { name });
const steps = (page: Page) => page.getByRole("navigation", { name: "Steg" });
const heading = (page: Page) => page.getByRole("heading", { level: 2 });

async function typeFirstStep(page: Page): Promise<void> {
  await field(page, /Förbundets namn/).fill("Samordningsförbundet Västra Mälardalen");
  await field(page, /^Region/).fill("Region Västmanland");
  await field(page, /Budgetår/).fill("2026");
  await field(page, /Antal planår/).fill("1");
}

test("Ny plan: a tab switch and the pane opened again keep the typed draft", async ({ pane: page }) => {
  await open(page);
  await typeFirstStep(page);
  await page.getByRole("button", { name: "Nästa", exact: true }).click();
  await field(page, /Medlemsbidrag 2026/).fill("8 200 000");

  await viewButton(page, "Min avgift").click();
  await viewButton(page, "Ny plan").click();
  await expect(heading(page)).toHaveText(/Steg 2 av 5/);
  await expect(field(page, /Medlemsbidrag 2026/)).toHaveValue("8 200 000");

  // Saved in the document's settings a moment after typing; the page reloaded is the pane opened again.
  await expect
    .poll(() => page.evaluate(() => sessionStorage.getItem("fake-document-settings") ?? ""))
    .toContain("8 200 000");
  await page.reload();
  await expect(page.getByText("Utkastet som sparades i arbetsboken är återställt.")).toBeVisible();
  await expect(heading(page)).toHaveText(/Steg 2 av 5/);
  await expect(field(page, /Medlemsbidrag 2026/)).toHaveValue("8 200 000");
  await page.getByRole("button", { name: "Tillbaka" }).click();
  await expect(field(page, /Förbundets namn/)).toHaveValue("Samordningsförbundet Västra Mälardalen");
});

test("Ny plan: Använd exemplet asks before it replaces what was typed", async ({ pane: page }) => {
  await open(page);
  await field(page, /Förbundets namn/).fill("Samordningsförbundet Västra Mälardalen");
  await page.getByRole("button", { name: /Använd exemplet/ }).click();
  await expect(page.getByText(/^Det du har skrivit i guiden ersätts/)).toBeVisible();
  await page.getByRole("button", { name: "Behåll det jag skrivit" }).click();
  await expect(field(page, /Förbundets namn/)).toHaveValue("Samordningsförbundet Västra Mälardalen");

  await page.getByRole("button", { name: /Använd exemplet/ }).click();
  await page.getByRole("button", { name: "Ersätt det jag skrivit" }).click();
  await expect(page.getByText(/^Exemplet är ifyllt/)).toBeVisible();
  await steps(page)
    .getByRole("button", { name: /^1\. Förbund/ })
    .click();
  await expect(field(page, /Förbundets namn/)).toHaveValue(example.association);
});

test("Ny plan: every problem at once with its step, and focus where the next move is (360 px)", async ({
  pane: page,
}) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await open(page);

  // Next on an empty step: focus on the first problem, and why, in a live region.
  await page.getByRole("button", { name: "Nästa", exact: true }).click();
  await expect(field(page, /Förbundets namn/)).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: /^Rätta 2 saker först/ })).toHaveText(
    "Rätta 2 saker först. Den första: Förbundets namn: Fyll i fältet.",
  );
  await typeFirstStep(page);
  await page.getByRole("button", { name: "Nästa", exact: true }).click();
  await expect(heading(page)).toHaveText(/Steg 2 av 5/);
  await expect(heading(page)).toBeFocused();

  await field(page, /Medlemsbidrag 2026/).fill("8 200 000,00");
  await steps(page)
    .getByRole("button", { name: /^3\. Medlemmar/ })
    .click();
  await field(page, /Medlemskommuner/).fill(
    "Kommun\tBefolkning 16–64\nArboga\t8 000\nKöping\tsex tusen\nKungsör\t−4 988",
  );
  await steps(page)
    .getByRole("button", { name: /^4\. Kostnader/ })
    .click();
  await field(page, /Samverkansinsatser/).fill("Steg mot jobb; Arboga kommun; 2 000 000; 2026-07-01; 2025-06-30");
  await steps(page)
    .getByRole("button", { name: /^5\. Skapa/ })
    .click();

  const result = page.locator("#wizard-result");
  await expect(result).toBeFocused();
  await expect(result.getByRole("listitem")).toHaveText([
    "Steg 2 Ekonomi, Medlemsbidrag 2027 (kr): Fyll i fältet.",
    "Steg 2 Ekonomi, Statens erbjudna tilldelning (kr): Fyll i fältet.",
    "Steg 3 Medlemmar, Medlemskommuner och befolkning 16–64 år: Rad 3: skriv namn och befolkning (ett heltal).",
    "Steg 3 Medlemmar, Medlemskommuner och befolkning 16–64 år: Rad 4: befolkningen kan inte vara negativ.",
    "Steg 4 Kostnader, Samverkansinsatser: Rad 1: beslutets sista dag är före dess första.",
  ]);
  await expect(steps(page).getByRole("button", { name: "1. Förbund", exact: true })).toBeVisible();
  for (const step of ["2. Ekonomi (fel)", "3. Medlemmar (fel)", "4. Kostnader (fel)"])
    await expect(steps(page).getByRole("button", { name: step })).toBeVisible();
  await page.screenshot({ path: screenshot("pane-ny-plan-problem.png"), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);

  await result.getByRole("button", { name: /Rad 4/ }).click();
  await expect(heading(page)).toHaveText(/Steg 3 av 5/);
  await expect(field(page, /Medlemskommuner/)).toBeFocused();
  const selected = await field(page, /Medlemskommuner/).evaluate((area: HTMLTextAreaElement) =>
    area.value.slice(area.selectionStart, area.selectionEnd),
  );
  expect(selected).toBe("Kungsör\t−4 988");
});

test("Ny plan: after Skapa, focus is on the outcome", async ({ pane: page }) => {
  await open(page);
  await page.getByRole("button", { name: /Använd exemplet/ }).click();
  await expect(page.locator("#wizard-result")).toBeFocused();
  await page.getByRole("button", { name: "Skapa planens ark" }).click();
  await expect(page.getByText(/^Klart: Parametrar,/)).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /^Klart: Parametrar,/ })).toBeFocused();
});
