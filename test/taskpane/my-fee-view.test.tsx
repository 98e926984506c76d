/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { officePlanWorkbook } from "../../src/excel/plan-workbook";
import { feeTable } from "../../src/model/fees";
import { computePlan } from "../../src/model/plan";
import { closingEquityName } from "../../src/templates/key-names";
import { FakeExcel } from "../excel/fake-excel";
import { plain, spaced } from "../fixtures/sv-numbers";
import { example, renderPane } from "./render-pane";

async function workbookWithExample(plan = example): Promise<FakeExcel> {
  const excel = new FakeExcel(["Blad1"]);
  await officePlanWorkbook(excel.runner).writePlan(plan, "sv");
  computePlan(example).years.forEach((year, k) =>
    excel.calculated(closingEquityName(example.budgetYear + k), year.closing.toNumber()),
  );
  return excel;
}

describe("Min avgift", () => {
  it("shows Eskilstuna's fee, quarters and share as the model computes them from the workbook's plan", async () => {
    const excel = await workbookWithExample();
    const user = userEvent.setup();
    renderPane("myFee", { excel });
    await user.selectOptions(await screen.findByRole("combobox", { name: "Välj medlem" }), "Eskilstuna");

    const figures = computePlan(example);
    const i = example.members.findIndex((m) => m.name === "Eskilstuna");
    expect(plain(screen.getByTestId("yearly-fee").textContent)).toBe(`${spaced(figures.fees[i].toFixed())} kr`);
    figures.instalments[i].forEach((amount, q) =>
      expect(plain(screen.getByTestId(`quarter-${q + 1}`).textContent)).toBe(`${spaced(amount.toFixed())} kr`),
    );
    // 64 441 of 172 458 inhabitants 16–64 (seed 004's nine municipalities).
    expect(plain(screen.getByTestId("share").textContent)).toBe("37,4 %");
    expect(screen.getByText("Andel av kommunernas del")).toBeTruthy();
    expect(screen.getByText(/Eskilstuna har 64 441 av 172 458 invånare/)).toBeTruthy();
    expect(screen.getByText(/avrundat till hela kronor så att summan stämmer/)).toBeTruthy();
    expect(screen.queryByText(/största rest/)).toBeNull();
    expect(screen.getByText(/staten hälften \(8 000 000 kr\), regionen en fjärdedel \(4 000 000 kr\)/)).toBeTruthy();
  });

  it("says what the member would pay under the state's full offer, and the leverage", async () => {
    const excel = await workbookWithExample();
    const user = userEvent.setup();
    renderPane("myFee", { excel });
    await user.selectOptions(await screen.findByRole("combobox", { name: "Välj medlem" }), "Regionen");
    // docs/domain.md rule 1: 10,5 mkr offered gives 21 mkr in all; the region pays a quarter of it.
    expect(plain(screen.getByTestId("full-offer").textContent)).toBe("5 250 000 kr");
    expect(plain(screen.getByTestId("yearly-fee").textContent)).toBe("4 000 000 kr");
    // 16 000 000 of joint work for 4 000 000 paid.
    expect(plain(screen.getByTestId("leverage").textContent)).toBe("4,0");
    expect(screen.getByText("Kronor i gemensam verksamhet per avgiftskrona")).toBeTruthy();
    expect(screen.getByText("Andel av medlemsbidraget")).toBeTruthy();
  });

  it("draws equity at year end over the plan years from the workbook", async () => {
    const excel = await workbookWithExample();
    renderPane("myFee", { excel });
    const chart = await screen.findByRole("img", { name: /^Eget kapital vid årets utgång/ });
    expect(plain(chart.getAttribute("aria-label"))).toContain("2025 5 632 300 kr");
    expect(within(chart).getAllByText(/^202[5-7]$/)).toHaveLength(3);
  });

  it("gives the fee and quarters of every plan year, the year in the heading", async () => {
    // Contributions that grow, so that each year's fee is its own.
    const growing = { ...example, memberContributions: [16_000_000, 17_000_000, 18_400_000] };
    const excel = await workbookWithExample(growing);
    const user = userEvent.setup();
    renderPane("myFee", { excel });
    await user.selectOptions(await screen.findByRole("combobox", { name: "Välj medlem" }), "Eskilstuna");
    const i = example.members.findIndex((m) => m.name === "Eskilstuna");
    const populations = example.members.map((m) => m.population);
    const ofYear = (k: number) => feeTable(growing.memberContributions[k], populations);

    expect(screen.getByRole("heading", { name: "Årsavgift 2025: Eskilstuna" })).toBeTruthy();
    await user.selectOptions(screen.getByRole("combobox", { name: "År" }), "2026");
    expect(screen.getByRole("heading", { name: "Årsavgift 2026: Eskilstuna" })).toBeTruthy();
    expect(plain(screen.getByTestId("yearly-fee").textContent)).toBe(`${spaced(ofYear(1).fees[i].toFixed())} kr`);
    ofYear(1).instalments[i].forEach((amount, q) =>
      expect(plain(screen.getByTestId(`quarter-${q + 1}`).textContent)).toBe(`${spaced(amount.toFixed())} kr`),
    );
    // The state's offer is the budget year's: what it would mean is not said of a plan year.
    expect(screen.queryByTestId("full-offer")).toBeNull();
    // And every year at once, for the member's own multi-year budget: 4 600 000 × 64 441 / 172 458 in 2027.
    const table = screen.getByRole("table", { name: "Årsavgift per planår: Eskilstuna" });
    [2025, 2026, 2027].forEach((year, k) =>
      expect(plain(within(table).getByTestId(`fee-${year}`).textContent)).toBe(
        `${spaced(ofYear(k).fees[i].toFixed())} kr`,
      ),
    );
    expect(ofYear(2).fees[i].toNumber()).toBeCloseTo((4_600_000 * 64_441) / 172_458, -1);
  });

  it("marks the figures it needs when the workbook has no plan, and says which are missing", async () => {
    const user = userEvent.setup();
    renderPane("myFee");
    const contribution = await screen.findByRole("textbox", { name: /Medlemsbidrag totalt/ });
    for (const name of [/Medlemsbidrag totalt/, /Statens erbjudna/, /Medlemskommuner/])
      expect(screen.getByRole("textbox", { name }).getAttribute("required")).not.toBeNull();
    expect(screen.getByRole("status").textContent).toMatch(
      /visas när det här är ifyllt: Medlemsbidrag totalt \(kr\), Statens erbjudna tilldelning \(kr\), Medlemskommuner/,
    );
    // Min avgift cannot read the selection: its hint does not offer it.
    expect(screen.queryByText(/markering/)).toBeNull();
    await user.type(contribution, "1 000");
    expect(screen.getByRole("status").textContent).not.toMatch(/Medlemsbidrag/);
  });

  it("asks for the figures when the workbook has no plan", async () => {
    const user = userEvent.setup();
    renderPane("myFee");
    expect(await screen.findByText(/Arbetsboken har ingen plan/)).toBeTruthy();
    await user.type(screen.getByRole("textbox", { name: /Medlemsbidrag totalt/ }), "1 000");
    await user.type(screen.getByRole("textbox", { name: /Statens erbjudna/ }), "500");
    await user.type(screen.getByRole("textbox", { name: /Medlemskommuner/ }), "A;100{enter}B;200{enter}C;300");
    // 250 kr to the municipalities by 100/200/300: 41,67 + 83,33 + 125 → 42, 83, 125 (largest remainder).
    expect(plain(screen.getByTestId("yearly-fee").textContent)).toBe("42 kr");
    await user.selectOptions(screen.getByRole("combobox", { name: "Välj medlem" }), "B");
    expect(plain(screen.getByTestId("yearly-fee").textContent)).toBe("83 kr");
  });
});
