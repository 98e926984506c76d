/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { officePlanWorkbook } from "../../src/excel/plan-workbook";
import { planScenarios, SCENARIOS } from "../../src/model/scenarios";
import { SCENARIO_ASSUMPTIONS_NAME, scenarioNames } from "../../src/templates/key-names";
import { FakeExcel } from "../excel/fake-excel";
import { calculatedScenarios } from "../fixtures/calculated-scenarios";
import { plain, spaced } from "../fixtures/sv-numbers";
import { example, renderPane } from "./render-pane";

async function workbookWithExample(): Promise<FakeExcel> {
  const excel = new FakeExcel(["Blad1"]);
  await officePlanWorkbook(excel.runner).writePlan(example, "sv");
  for (const [name, grid] of calculatedScenarios(example)) excel.calculatedRange(name, grid);
  return excel;
}

const model = planScenarios(example);
/** An amount as the pane prints it (plain spaces and hyphens), from the model's decimal: `17 473 100 kr`. */
const shown = (amount: { toFixed: () => string }) => `${spaced(amount.toFixed())} kr`;

describe("Scenarier", () => {
  it("shows each scenario's equity at year end, its difference to the plan and the guideline's verdict as the model", async () => {
    renderPane("scenarios", { excel: await workbookWithExample() });
    await screen.findByRole("heading", { name: "Statens hela erbjudande" });

    for (const key of SCENARIOS) {
      for (const year of model[key]) {
        expect(plain(screen.getByTestId(`closing-${key}-${year.year}`).textContent)).toBe(shown(year.closing));
        // NEJ says which side of the guideline: below zero, or above the ceiling.
        expect(screen.getByTestId(`within-${key}-${year.year}`).textContent).toBe(
          year.withinGuideline ? "JA" : year.closing.isNeg() ? "NEJ, under noll" : "NEJ, över taket",
        );
        if (key !== "planned") {
          const difference = plain(screen.getByTestId(`difference-${key}-${year.year}`).textContent);
          expect(difference).toBe(
            year.closingDifference.isZero() ? "0 kr" : shown(year.closingDifference).replace(/^(\d)/, "+$1"),
          );
        }
      }
    }
    // Seed 002's state offer of 10,5 mkr taken in full: 21 mkr a year, and 17 473 100 kr of equity by 2027.
    expect(plain(screen.getByTestId("closing-fullOffer-2027").textContent)).toBe("17 473 100 kr");
    expect(plain(screen.getByTestId("difference-fullOffer-2027").textContent)).toBe("+15 000 000 kr");
    expect(["2025", "2026", "2027"].map((y) => screen.getByTestId(`within-planned-${y}`).textContent)).toEqual([
      "NEJ, över taket",
      "NEJ, över taket",
      "JA",
    ]);
  });

  it("says the ceiling of each scenario: 20 % of its contributions", async () => {
    renderPane("scenarios", { excel: await workbookWithExample() });
    await screen.findByRole("heading", { name: "Statens hela erbjudande" });
    // 20 % of 16 000 000 as planned; of 21 000 000 with the state's whole offer of 10 500 000 (docs/domain.md rules 1, 7).
    expect(plain(screen.getByTestId("ceiling-planned").textContent)).toBe("Tak enligt riktlinjen: 3 200 000 kr.");
    expect(plain(screen.getByTestId("ceiling-fullOffer").textContent)).toBe("Tak enligt riktlinjen: 4 200 000 kr.");
    expect(screen.getByText(/NEJ säger om det är över taket eller under noll/)).toBeTruthy();
  });

  it("says what each scenario assumes, from the sheet's assumptions", async () => {
    renderPane("scenarios", { excel: await workbookWithExample() });
    expect(await screen.findByText("Övriga intäkter (ESF m.fl.) upphör från 2026.")).toBeTruthy();
    expect(
      screen.getByText(/statens hela erbjudande \(10 500 000 kr\) varje år; medlemsbidraget blir 21 000 000 kr/),
    ).toBeTruthy();
    expect(screen.getByText("Ny insats tillkommer från 2026 och kostar 1 000 000 kr per år.")).toBeTruthy();
    expect(screen.getByText(`${example.interventions[0].label} avslutas från 2026.`)).toBeTruthy();
  });

  it("shows each scenario as a table only, not a chart repeating its figures", async () => {
    renderPane("scenarios", { excel: await workbookWithExample() });
    await screen.findByRole("heading", { name: "Statens hela erbjudande" });
    expect(screen.getAllByRole("table")).toHaveLength(SCENARIOS.length);
    expect(screen.queryAllByRole("img")).toEqual([]);
  });

  it("shows the Scenarier sheet with its assumptions selected, for the user to change them", async () => {
    const excel = await workbookWithExample();
    const user = userEvent.setup();
    renderPane("scenarios", { excel });
    await user.click(await screen.findByRole("button", { name: "Ändra antagandena i bladet Scenarier" }));
    expect(excel.active.name).toBe("Scenarier");
    expect(excel.selection).toBe(
      excel.names.find((n) => n.name === SCENARIO_ASSUMPTIONS_NAME)?.address.replaceAll("$", ""),
    );
  });

  it("points to Ny plan when the workbook has no plan", async () => {
    renderPane("scenarios");
    expect(
      await screen.findByText(/Arbetsboken har ingen plan med scenarier. Skapa en plan under Ny plan./),
    ).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Ändra antagandena/ })).toBeNull();
  });

  it("says why when the sheet's figures cannot be read", async () => {
    const excel = await workbookWithExample();
    excel.calculatedRange(scenarioNames("fullOffer").closing, [[1, "#REF!", 3]]);
    renderPane("scenarios", { excel });
    expect(
      await screen.findByText(
        /Scenarierna i arbetsboken kunde inte läsas: Scenario_hela_erbjudandet_eget_kapital \(2026\)/,
      ),
    ).toBeTruthy();
  });

  it("speaks English, figures the Swedish way", async () => {
    renderPane("scenarios", { excel: await workbookWithExample(), language: "en" });
    expect(await screen.findByText("Other revenues (ESF etc.) end from 2026.")).toBeTruthy();
    expect(screen.getByTestId("within-planned-2027").textContent).toBe("YES");
    expect(screen.getByTestId("within-planned-2025").textContent).toBe("NO, above the ceiling");
    expect(plain(screen.getByTestId("closing-fullOffer-2027").textContent)).toBe("17 473 100 kr");
  });
});
