/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { functionExamples } from "../../src/functions/examples";
import { FakeExcel } from "../excel/fake-excel";
import { plain } from "../fixtures/sv-numbers";
import { metadata, renderPane } from "./render-pane";

type User = ReturnType<typeof userEvent.setup>;

/*
 * A card's header is the button in its heading, found by the function's name as it reads. (jsdom's accessible name
 * has a space where the name may wrap after "FINSAM."; a browser's has none, which the browser tests hold.)
 */
const isName = (name: string | RegExp) => (_: string, element: Element) =>
  typeof name === "string" ? element.textContent === name : name.test(element.textContent ?? "");
const cardHeader = (name: string) => screen.findByRole("button", { name: isName(name) });
const cardHeaders = () => screen.findAllByRole("button", { name: isName(/^FINSAM\.[A-Z]+$/) });

/** Opens a function's card by its name, as a user clicks its heading. */
async function openCard(user: User, name: string): Promise<void> {
  await user.click(await cardHeader(name));
}

describe("Funktioner", () => {
  it("lists every function in the build's metadata, with its Swedish name and help", async () => {
    const { sv } = await metadata();
    renderPane("functions");
    const headings = await screen.findAllByRole("heading", { level: 2 });
    expect(headings.map((h) => h.textContent)).toEqual(sv.functions.map((fn) => `FINSAM.${fn.name}`));
    expect(screen.getByText(sv.functions[0].description ?? "")).toBeTruthy();
  });

  it("starts with every card closed: name, both languages' names and its help, no parameters and no Infoga", async () => {
    const { sv, en } = await metadata();
    renderPane("functions");
    const headers = await cardHeaders();
    expect(headers).toHaveLength(sv.functions.length);
    for (const header of headers) expect(header.getAttribute("aria-expanded")).toBe("false");
    expect(screen.getByText(`FINSAM.${en.functions[0].name}`)).toBeTruthy();
    expect(screen.getByText(sv.functions[0].description ?? "")).toBeTruthy();
    expect(screen.queryByText(sv.functions[0].parameters[0].description ?? "")).toBeNull();
    expect(screen.queryByRole("button", { name: /^Infoga / })).toBeNull();
  });

  it("opens a card by keyboard to show its parameters, example and Infoga, and closes it again", async () => {
    const { sv } = await metadata();
    const fee = sv.functions.find((fn) => fn.name === "MEDLEMSAVGIFT");
    const user = userEvent.setup();
    renderPane("functions");
    const header = await cardHeader("FINSAM.MEDLEMSAVGIFT");
    header.focus();
    await user.keyboard("{Enter}");
    expect(header.getAttribute("aria-expanded")).toBe("true");
    for (const parameter of fee?.parameters ?? []) {
      expect(screen.getByText(parameter.description ?? "", { exact: false })).toBeTruthy();
    }
    expect(screen.getByRole("button", { name: "Infoga FINSAM.MEDLEMSAVGIFT" })).toBeTruthy();
    await user.keyboard(" ");
    expect(header.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("button", { name: "Infoga FINSAM.MEDLEMSAVGIFT" })).toBeNull();
  });

  it("inserts the example into the active cell as Excel's invariant formula, in an English Excel with English names", async () => {
    const excel = new FakeExcel(["Blad1"], "web-en");
    excel.selection = "C3";
    const user = userEvent.setup();
    renderPane("functions", { excel });
    await openCard(user, "FINSAM.MEDLEMSAVGIFT");
    await user.click(screen.getByRole("button", { name: "Infoga FINSAM.MEDLEMSAVGIFT" }));
    expect(await screen.findByText("Infogad i Blad1!C3.")).toBeTruthy();
    expect(excel.sheet("Blad1").cells.get("C3")?.formula).toBe(
      '=FINSAM.MEMBERFEE(1000,"B",{"A";"B";"C"},{100;200;300})',
    );
  });

  it("asks before overwriting a cell that holds something, next to the button that was pressed", async () => {
    const excel = new FakeExcel(["Blad1"], "windows-sv");
    excel.selection = "C3";
    excel.typeIn("Blad1", "C3", [["Min egen siffra"]]);
    const user = userEvent.setup();
    renderPane("functions", { excel });
    await openCard(user, "FINSAM.MEDLEMSAVGIFT");
    const button = screen.getByRole("button", { name: "Infoga FINSAM.MEDLEMSAVGIFT" });
    await user.click(button);
    const question = await screen.findByText("Blad1!C3 är inte tom. Skriva över det som står där?");
    expect(button.closest("li")?.contains(question)).toBe(true);
    expect(excel.sheet("Blad1").cells.get("C3")?.formula).toBe("Min egen siffra");

    await user.click(screen.getByRole("button", { name: "Avbryt" }));
    expect(screen.queryByText(/är inte tom/)).toBeNull();
    expect(excel.sheet("Blad1").cells.get("C3")?.formula).toBe("Min egen siffra");

    await user.click(button);
    await user.click(await screen.findByRole("button", { name: "Skriv över" }));
    expect(await screen.findByText("Infogad i Blad1!C3.")).toBeTruthy();
    expect(String(excel.sheet("Blad1").cells.get("C3")?.formula)).toMatch(/^=FINSAM\.MEDLEMSAVGIFT\(/);
  });

  it("inserts the Swedish names into a Swedish Excel, whatever language the pane shows", async () => {
    const excel = new FakeExcel(["Blad1"], "windows-sv");
    excel.selection = "C3";
    const user = userEvent.setup();
    renderPane("functions", { excel, language: "en" });
    await openCard(user, "FINSAM.MEMBERFEE");
    await user.click(screen.getByRole("button", { name: "Insert FINSAM.MEMBERFEE" }));
    expect(await screen.findByText("Inserted in Blad1!C3.")).toBeTruthy();
    expect(excel.sheet("Blad1").cells.get("C3")?.formula).toBe(
      '=FINSAM.MEDLEMSAVGIFT(1000,"B",{"A";"B";"C"},{100;200;300})',
    );
    expect(excel.shows("Blad1", "C3")).not.toBe("#NAME?");
  });

  it("shows the example as a Swedish Excel writes it, and the result", async () => {
    const user = userEvent.setup();
    renderPane("functions");
    await openCard(user, "FINSAM.FORBRUKNINGSKVOT");
    expect(await screen.findByText("=FINSAM.FORBRUKNINGSKVOT(870000;1000000)")).toBeTruthy();
    expect(screen.getByText("0,87")).toBeTruthy();
  });

  it("shows results as Excel's cells would: two decimals, grouped thousands, a spill as a small table", async () => {
    const user = userEvent.setup();
    renderPane("functions");
    await openCard(user, "FINSAM.SOLIDITET");
    await openCard(user, "FINSAM.KVARTAL");
    // 5 632 300 ÷ 7 000 000 = 0,8046…, shown to two decimals.
    expect(screen.getByText("0,80")).toBeTruthy();
    expect(screen.queryByText(/0,8046/)).toBeNull();
    // 1 494 650 in four instalments, one krona more in the first two: four cells in a row.
    const quarters = (await cardHeader("FINSAM.KVARTAL")).closest("li") as HTMLElement;
    const cells = within(within(quarters).getByRole("table")).getAllByRole("cell");
    expect(cells.map((cell) => plain(cell.textContent))).toEqual(["373 663", "373 663", "373 662", "373 662"]);
    expect(quarters.textContent).not.toMatch(/\{/);
  });

  it("finds functions by a word of their name or help, in either language", async () => {
    const user = userEvent.setup();
    renderPane("functions");
    await screen.findAllByRole("heading", { level: 2 });
    await user.type(screen.getByRole("searchbox", { name: "Sök funktion" }), "soliditet");
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual(["FINSAM.SOLIDITET"]);
    expect(screen.getByText("1 funktion")).toBeTruthy();
    // The one function found is opened: its example and Infoga show without another click.
    expect((await cardHeader("FINSAM.SOLIDITET")).getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByRole("button", { name: "Infoga FINSAM.SOLIDITET" })).toBeTruthy();
    await user.clear(screen.getByRole("searchbox", { name: "Sök funktion" }));
    await user.type(screen.getByRole("searchbox", { name: "Sök funktion" }), "burnratio");
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual(["FINSAM.FORBRUKNINGSKVOT"]);
  });

  it("has an Insert button for each worked example, once its card is open", async () => {
    const user = userEvent.setup();
    renderPane("functions", { language: "en" });
    const headers = await cardHeaders();
    for (const header of headers) await user.click(header);
    expect(screen.getAllByRole("button", { name: /^Insert FINSAM\./ })).toHaveLength(functionExamples.length);
  });

  it("says so when Excel refuses the formula", async () => {
    const user = userEvent.setup();
    const excel = new FakeExcel(["Blad1"]);
    excel.failOnSync(1);
    renderPane("functions", { excel });
    await openCard(user, "FINSAM.EGETKAPITAL");
    await user.click(screen.getByRole("button", { name: "Infoga FINSAM.EGETKAPITAL" }));
    expect(await screen.findByText(/Funktionen kunde inte infogas: Injected failure/)).toBeTruthy();
  });
});
