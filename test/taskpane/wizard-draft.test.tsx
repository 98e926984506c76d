/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DRAFT_SETTING } from "../../src/taskpane/views/new-plan/draft";
import { FakeExcel } from "../excel/fake-excel";
import { FakeSettings, memoryDocument, type SettingsDocument } from "../excel/fake-settings";
import { example, renderPane } from "./render-pane";

/*
 * The wizard's draft is kept in the document's settings: a pane opened again on the same
 * workbook continues where the user was; a load never replaces typed work without asking.
 */

const paneOver = (document: SettingsDocument) =>
  renderPane("newPlan", { excel: new FakeExcel(["Blad1"], undefined, document) });
const savedDraft = (document: SettingsDocument) =>
  new FakeSettings(document).get(DRAFT_SETTING) as { form: { association: string }; step: number } | null;
const field = (name: RegExp) => screen.findByRole("textbox", { name });

describe("the wizard's draft in the document", () => {
  it("is saved a moment after typing, and a pane opened again continues at the same step", async () => {
    const document = memoryDocument();
    const user = userEvent.setup();
    const first = paneOver(document);
    await user.type(await field(/Förbundets namn/), "Finsam Väst");
    await user.type(await field(/^Region/), "Region Väst");
    await user.click(screen.getByRole("button", { name: "Nästa" }));
    await screen.findByRole("heading", { name: /Steg 2 av 5/ });
    await waitFor(() => expect(savedDraft(document)?.step).toBe(1));
    expect(savedDraft(document)?.form.association).toBe("Finsam Väst");
    first.unmount();

    paneOver(document);
    expect(await screen.findByRole("heading", { name: /Steg 2 av 5/ })).toBeTruthy();
    expect(await screen.findByText("Utkastet som sparades i arbetsboken är återställt.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Tillbaka" }));
    expect(await field(/Förbundets namn/)).toHaveProperty("value", "Finsam Väst");
  });

  it("saves what is still waiting at once when the pane closes", async () => {
    const document = memoryDocument();
    const user = userEvent.setup();
    const pane = paneOver(document);
    await user.type(await field(/Förbundets namn/), "Finsam Öst");
    pane.unmount();
    // Its timer went with the pane: only the save on leaving can bring the draft into the document.
    await waitFor(() => expect(savedDraft(document)?.form.association).toBe("Finsam Öst"));
  });

  it("writes nothing into a document whose pane was only opened", async () => {
    const document = memoryDocument();
    paneOver(document);
    await field(/Förbundets namn/);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(document.saves).toBe(0);
  });

  it("starts empty, and leaves the document's value alone, when the draft there is not one it wrote", async () => {
    const document = memoryDocument();
    document.save({ [DRAFT_SETTING]: JSON.stringify({ version: 1, form: { association: 5 }, step: 9 }) });
    paneOver(document);
    expect(await field(/Förbundets namn/)).toHaveProperty("value", "");
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(screen.queryByText(/är återställt/)).toBeNull();
    expect(document.saves).toBe(1);
  });

  it("says so when the document cannot be saved, and keeps the draft in the pane", async () => {
    const excel = new FakeExcel(["Blad1"]);
    excel.settings.failNextSave = "Dokumentet är skrivskyddat.";
    const user = userEvent.setup();
    renderPane("newPlan", { excel });
    await user.type(await field(/Förbundets namn/), "Finsam Syd");
    expect(
      await screen.findByText("Utkastet kunde inte sparas i arbetsboken: Dokumentet är skrivskyddat."),
    ).toBeTruthy();
    expect(await field(/Förbundets namn/)).toHaveProperty("value", "Finsam Syd");
  });
});

describe("Använd exemplet", () => {
  it("asks before it replaces what the user typed, and keeps it on no", async () => {
    const user = userEvent.setup();
    renderPane("newPlan");
    await user.type(await field(/Förbundets namn/), "Finsam Norr");
    const useExample = screen.getByRole("button", { name: /Använd exemplet/ });

    await user.click(useExample);
    expect(await screen.findByText(/^Det du har skrivit i guiden ersätts/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Behåll det jag skrivit" }));
    expect(screen.queryByText(/^Det du har skrivit i guiden ersätts/)).toBeNull();
    expect(await field(/Förbundets namn/)).toHaveProperty("value", "Finsam Norr");

    await user.click(useExample);
    await user.click(await screen.findByRole("button", { name: "Ersätt det jag skrivit" }));
    expect(await screen.findByText(/^Exemplet är ifyllt/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: /^1\. Förbund/ }));
    expect(await field(/Förbundets namn/)).toHaveProperty("value", example.association);
  });
});
