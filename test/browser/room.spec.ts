import type { Page } from "@playwright/test";
import { expect, expectNoSidewaysScroll, open, test } from "./fixtures";

/*
 * The room a narrow pane leaves for the views: the views' navigation takes one row however narrow the pane
 * (what does not fit is offered in a list at the row's end), and Ny plan's first field is on the first screen.
 */

/** The tops and bottoms of what the navigation shows, and the views it offers in its list of more. */
async function navigationRow(page: Page) {
  const nav = page.getByRole("navigation", { name: "Vyer" });
  const shown = await nav.locator("button:visible, select:visible").evaluateAll((controls) =>
    controls.map((control) => {
      const box = control.getBoundingClientRect();
      return {
        name: control.getAttribute("aria-label") ?? control.textContent ?? "",
        top: box.top,
        bottom: box.bottom,
      };
    }),
  );
  const more = await nav
    .getByRole("combobox")
    .evaluateAll((lists) =>
      lists.flatMap((list) => [...(list as HTMLSelectElement).options].filter((o) => o.value).map((o) => o.text)),
    );
  return { shown, more, height: (await nav.boundingBox())?.height ?? Infinity };
}

const VIEWS = ["Ny plan", "Min avgift", "Scenarier", "Uppföljning", "Funktioner", "Granska plan", "Bokslut"];

// 180 × 320 CSS pixels is a 360 × 640 pane at 200 % zoom.
for (const [width, height] of [
  [360, 640],
  [320, 640],
  [180, 320],
]) {
  test(`room at ${width} × ${height}: the views in one row, every view within reach`, async ({ pane: page }) => {
    await page.setViewportSize({ width, height });
    await open(page);
    const row = await navigationRow(page);
    const tallest = Math.max(...row.shown.map((control) => control.bottom - control.top));
    // One row: the controls the navigation shows share a line, and the navigation is one control high.
    expect(Math.max(...row.shown.map((control) => control.top))).toBeLessThan(
      Math.min(...row.shown.map((control) => control.bottom)),
    );
    expect(row.height).toBeLessThanOrEqual(tallest + 8);
    // Each view is a button in the row or an entry in the list of more, never both and never neither.
    const buttons = row.shown.map((control) => control.name).filter((name) => VIEWS.includes(name));
    expect([...buttons, ...row.more].sort()).toEqual([...VIEWS].sort());
    await expectNoSidewaysScroll(page);
  });
}

test("room at 360 × 640: Ny plan's first field is on the first screen, with the header and the views above it", async ({
  pane: page,
}) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await open(page);
  const field = await page.getByRole("textbox", { name: /Förbundets namn/ }).boundingBox();
  // The header and the views' row take no more than an eighth of the screen.
  const nav = await page.getByRole("navigation", { name: "Vyer" }).boundingBox();
  expect((nav?.y ?? Infinity) + (nav?.height ?? 0)).toBeLessThanOrEqual(640 / 8 + 8);
  expect((field?.y ?? Infinity) + (field?.height ?? 0)).toBeLessThanOrEqual(640);
});

test("room at 320 × 640: a view from the list of more opens, and the list then shows it", async ({ pane: page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page);
  const more = page.getByRole("navigation", { name: "Vyer" }).getByRole("combobox", { name: "Fler vyer" });
  const last = (await more.locator("option").allTextContents()).at(-1) ?? "";
  await more.selectOption({ label: last });
  await expect(page.getByRole("main")).toHaveAttribute("aria-labelledby", /^view-/);
  await expect(more).toHaveValue(/.+/);
  expect(await more.locator("option:checked").textContent()).toBe(last);
});
