/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FakeExcel } from "../excel/fake-excel";
import { plain } from "../fixtures/sv-numbers";
import { SEED_002_SLIP, seed002Budget } from "../fixtures/seed-002-budget";
import { renderPane } from "./render-pane";

/** A workbook with seed 002's budget typed in by hand, with or without its slip. */
function budgetWorkbook(slip = true): FakeExcel {
  const excel = new FakeExcel(["Blad1", "Budget"]);
  excel.typeIn("Budget", "A1", seed002Budget({ slip }));
  return excel;
}

describe("Granska plan", () => {
  it("finds seed 002's slip, under its sheet, with the severity in words and the figures the Swedish way", async () => {
    const user = userEvent.setup();
    renderPane("review", { excel: budgetWorkbook() });
    await user.click(await screen.findByRole("button", { name: "Granska" }));

    const section = await screen.findByRole("region", { name: "Budget" });
    expect(within(section).getByText("1 fel, 0 varningar")).toBeTruthy();
    const finding = within(section).getByRole("button", { name: /Ingående eget kapital 2027/ });
    expect(plain(finding.textContent)).toBe(
      "Fel · cell D14" +
        "Ingående eget kapital 2027 är 4 472 600, men utgående eget kapital 2026 är 4 481 600." +
        "Ska vara 4 481 600 · Står 4 472 600",
    );
    expect(plain(screen.getByRole("status").textContent)).toContain("1 fel och 0 varningar i 1 ark.");
  });

  it("selects the finding's cell in Excel on a click, and on Enter", async () => {
    const user = userEvent.setup();
    const excel = budgetWorkbook();
    renderPane("review", { excel });
    await user.click(await screen.findByRole("button", { name: "Granska" }));
    const finding = await screen.findByRole("button", { name: /Ingående eget kapital 2027/ });

    await user.click(finding);
    expect(await screen.findByText(`Markerade ${SEED_002_SLIP.address} på Budget.`)).toBeTruthy();
    expect([excel.active.name, excel.selection]).toEqual(["Budget", SEED_002_SLIP.address]);

    excel.active = excel.sheet("Blad1");
    excel.selection = "A1";
    finding.focus();
    await user.keyboard("{Enter}");
    await screen.findByText(`Markerade ${SEED_002_SLIP.address} på Budget.`);
    expect([excel.active.name, excel.selection]).toEqual(["Budget", SEED_002_SLIP.address]);
  });

  it("warns of equity above the guideline's ceiling, naming the year and the ceiling, never an all-clear", async () => {
    const user = userEvent.setup();
    const excel = new FakeExcel(["Blad1", "Budget"]);
    // Seed 002's budget without its slip, with the templates' ceiling row: 20 % of 16 000 000 each year.
    excel.typeIn("Budget", "A1", [
      ...seed002Budget({ slip: false }),
      ["Riktlinje eget kapital (tak)", 3_200_000, 3_200_000, 3_200_000],
    ]);
    renderPane("review", { excel });
    await user.click(await screen.findByRole("button", { name: "Granska" }));

    const section = await screen.findByRole("region", { name: "Budget" });
    // 5 632 300 (2025) and 4 481 600 (2026) are above it, 2027's equity is not (seed 002, docs/domain.md rule 3).
    expect(within(section).getByText("0 fel, 2 varningar")).toBeTruthy();
    const warning = within(section).getByRole("button", { name: /utgången av 2026/ });
    expect(plain(warning.textContent)).toBe(
      "Varning · cell C16" +
        "Eget kapital vid utgången av 2026 är 4 481 600, över riktlinjens tak 3 200 000." +
        "Högst 3 200 000 · Står 4 481 600",
    );
    expect(screen.queryByText("Inga fel hittades.")).toBeNull();
  });

  it("says so clearly when there is nothing to find", async () => {
    const user = userEvent.setup();
    renderPane("review", { excel: budgetWorkbook(false) });
    await user.click(await screen.findByRole("button", { name: "Granska" }));
    expect(await screen.findByText("Inga fel hittades.")).toBeTruthy();
    expect(screen.queryAllByRole("region")).toEqual([]);
  });

  it("says that no plan was found in a workbook without one, never a clean review", async () => {
    const user = userEvent.setup();
    const excel = new FakeExcel(["Blad1"]);
    excel.typeIn("Blad1", "A1", [["Inköpslista"], ["Kaffe", 120]]);
    renderPane("review", { excel });
    await user.click(await screen.findByRole("button", { name: "Granska" }));
    expect(await screen.findByText(/^Ingen plan hittades: arbetsboken har ingen resultaträkning/)).toBeTruthy();
    expect(screen.queryByText("Inga fel hittades.")).toBeNull();
  });

  it("speaks English, figures still the Swedish way", async () => {
    const user = userEvent.setup();
    renderPane("review", { excel: budgetWorkbook(), language: "en" });
    await user.click(await screen.findByRole("button", { name: "Review" }));
    const finding = await screen.findByRole("button", { name: /Opening equity 2027/ });
    expect(plain(finding.textContent)).toContain("Error · cell D14");
    expect(plain(finding.textContent)).toContain("Should be 4 481 600 · Is 4 472 600");
    expect(screen.getByText("1 error, 0 warnings")).toBeTruthy();
  });

  it("says so when Excel refuses the read", async () => {
    const user = userEvent.setup();
    const excel = budgetWorkbook();
    excel.failOnSync(2);
    renderPane("review", { excel });
    await user.click(await screen.findByRole("button", { name: "Granska" }));
    expect(await screen.findByText(/Arbetsboken kunde inte läsas: Injected failure in sync 2/)).toBeTruthy();
  });
});
