/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { officePlanWorkbook } from "../../src/excel/plan-workbook";
import { sampleLedger } from "../../src/bench/sample-ledger";
import { sieBytes } from "../../src/sie/write-sie";
import { FakeExcel } from "../excel/fake-excel";
import { SEED_002_SLIP, seed002Budget } from "../fixtures/seed-002-budget";
import { example, renderPane } from "./render-pane";

/*
 * The pane keeps each view's state above the views while it is open: a look at another tab
 * loses nothing the user typed, chose or was shown.
 */

const tab = (name: string) => within(screen.getByRole("navigation", { name: "Vyer" })).getByRole("button", { name });

/**
 * Opens Min avgift, waits until the view left is gone (while the next view loads, React keeps the old one,
 * hidden, where a query by text still finds it), and comes back.
 */
async function lookElsewhereAndBack(user: ReturnType<typeof userEvent.setup>, view: string, mark: RegExp) {
  await user.click(tab("Min avgift"));
  await waitFor(() => expect(screen.queryByText(mark)).toBeNull());
  await user.click(tab(view));
}

describe("the pane's store", () => {
  it("keeps the wizard's draft and step across a tab switch", async () => {
    const user = userEvent.setup();
    renderPane("newPlan");
    await user.type(await screen.findByRole("textbox", { name: /Förbundets namn/ }), "Finsam Väst");
    await user.type(screen.getByRole("textbox", { name: /^Region/ }), "Region Väst");
    await user.click(screen.getByRole("button", { name: "Nästa" }));
    await screen.findByRole("heading", { name: /Steg 2 av 5/ });

    await lookElsewhereAndBack(user, "Ny plan", /^Steg \d av 5/);
    expect(await screen.findByRole("heading", { name: /Steg 2 av 5/ })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Tillbaka" }));
    expect(await screen.findByRole("textbox", { name: /Förbundets namn/ })).toHaveProperty("value", "Finsam Väst");
    expect(screen.getByRole("textbox", { name: /^Region/ })).toHaveProperty("value", "Region Väst");
  });

  it("keeps what the latest Skapa wrote, so that it can still be undone after a tab switch", async () => {
    const user = userEvent.setup();
    const { excel } = renderPane("newPlan");
    await user.click(await screen.findByRole("button", { name: /Använd exemplet/ }));
    await user.click(await screen.findByRole("button", { name: "Skapa planens ark" }));
    await screen.findByText(/^Klart: Parametrar,/);

    await lookElsewhereAndBack(user, "Ny plan", /^Steg \d av 5/);
    await user.click(await screen.findByRole("button", { name: "Ångra skapandet" }));
    await screen.findByText(/^Skapandet är ångrat/);
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(["Blad1"]);
  });

  it("keeps Granska's findings across a tab switch", async () => {
    const user = userEvent.setup();
    const excel = new FakeExcel(["Blad1", "Budget"]);
    excel.typeIn("Budget", "A1", seed002Budget({ slip: true }));
    renderPane("review", { excel });
    await user.click(await screen.findByRole("button", { name: "Granska" }));
    await screen.findByRole("region", { name: "Budget" });

    await lookElsewhereAndBack(user, "Granska plan", /^Granska$/);
    const section = await screen.findByRole("region", { name: "Budget" });
    expect(within(section).getByText(new RegExp(`cell ${SEED_002_SLIP.address}`))).toBeTruthy();
  });

  it("keeps Uppföljning's chosen file and date across a tab switch", async () => {
    const excel = new FakeExcel(["Blad1"]);
    await officePlanWorkbook(excel.runner).writePlan(example, "sv");
    excel.typeIn("Kopplingar", "A6", [["4000-7999", 6, "P1", "SIKTA"]]);
    const ledger = sampleLedger({ year: 2021, transactions: 50, projects: ["P1"], seed: 2 });
    const user = userEvent.setup();
    renderPane("followUp", { excel });
    const date = await screen.findByLabelText(/Uppföljningsdatum/);
    await user.clear(date);
    await user.type(date, "2021-04-30");
    await user.upload(screen.getByLabelText(/SIE-fil/), new File([new Uint8Array(sieBytes(ledger))], "bok.se"));
    await screen.findByRole("table", { name: /Utfall från bok\.se/ });

    await lookElsewhereAndBack(user, "Uppföljning", /^Uppföljningsdatum/);
    expect(await screen.findByRole("table", { name: /Utfall från bok\.se/ })).toBeTruthy();
    expect(screen.getByLabelText(/Uppföljningsdatum/)).toHaveProperty("value", "2021-04-30");
    expect(screen.getByText("Vald fil: bok.se")).toBeTruthy();
  });
});
