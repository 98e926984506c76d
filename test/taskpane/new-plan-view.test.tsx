/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { PlanWorkbookAdapter } from "../../src/excel/plan-workbook";
import { FakeExcel } from "../excel/fake-excel";
import { renderPane } from "./render-pane";

async function openWizard(excel = new FakeExcel(["Blad1"])) {
  const user = userEvent.setup();
  const view = renderPane("newPlan", { excel });
  await screen.findByRole("button", { name: /Använd exemplet/ });
  return { ...view, user };
}

/** A workbook whose writes the test steers; it holds no plan and nothing is selected. */
function writingWorkbook(
  write: (onProgress: Parameters<PlanWorkbookAdapter["writePlan"]>[2]) => Promise<{ sheets: string[] }>,
): PlanWorkbookAdapter {
  return {
    writePlan: async (_plan, _language, onProgress) => ({ names: [], ...(await write(onProgress)) }),
    removeWritten: async () => [],
    readPlan: async () => null,
    planInWorkbook: async () => null,
    readSelection: async () => ({ address: "A1", values: [] }),
    insertFormula: async () => ({ address: "A1", written: true }),
  };
}

/** Skapa on the example, with a workbook whose write goes on until `finish` is called. */
async function writeTheExampleUntilFinished() {
  let finish: () => void = () => undefined;
  const workbook = writingWorkbook(async (onProgress) => {
    onProgress?.("reading");
    onProgress?.("writing", { batch: 1, batches: 1 });
    await new Promise<void>((resolve) => (finish = resolve));
    return { sheets: ["Parametrar"] };
  });
  const user = userEvent.setup();
  renderPane("newPlan", { adapters: { planWorkbook: workbook } });
  await user.click(await screen.findByRole("button", { name: /Använd exemplet/ }));
  await user.click(await screen.findByRole("button", { name: "Skapa planens ark" }));
  return { user, finish: () => finish() };
}

describe("Ny plan", () => {
  it("writes the built-in example: the parameters and the members' fee formulas reach the workbook", async () => {
    const { user, excel } = await openWizard();
    await user.click(screen.getByRole("button", { name: /Använd exemplet/ }));
    await user.click(await screen.findByRole("button", { name: "Skapa planens ark" }));

    await screen.findByText(/^Klart: Parametrar, Medlemsavgifter, Budget 2025/);
    const params = excel.sheet("Parametrar");
    const inputs = [...params.cells.values()].map((cell) => cell.formula);
    expect(inputs).toEqual(expect.arrayContaining([16_000_000, 10_500_000, 5_411_000, 2025]));
    const fees = excel.sheet("Medlemsavgifter");
    const eskilstuna = [...fees.cells.entries()].find(([, cell]) => cell.formula === "'Eskilstuna")?.[0];
    expect(eskilstuna).toMatch(/^A\d+$/);
    const row = eskilstuna?.slice(1);
    expect(fees.cells.get(`B${row}`)?.formula).toBe(64441);
    expect(String(fees.cells.get(`D${row}`)?.formula)).toMatch(/^=.*IF\(/);
    // One to look for a plan already there, two to write.
    expect(excel.syncCount).toBe(3);
  });

  it("asks before writing into a workbook that has a plan: cancel, a copy, replace; and undoes the latest Skapa", async () => {
    const { user, excel } = await openWizard();
    await user.click(screen.getByRole("button", { name: /Använd exemplet/ }));
    const create = await screen.findByRole("button", { name: "Skapa planens ark" });
    await user.click(create);
    await screen.findByText(/^Klart: Parametrar,/);
    const sheets = excel.sheets.map((sheet) => sheet.name);

    await user.click(create);
    expect(
      await screen.findByText(/^Arbetsboken har redan en plan \(Samordningsförbundet RAR i Sörmland, 2025\)/),
    ).toBeTruthy();
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(sheets);
    await user.click(screen.getByRole("button", { name: "Avbryt" }));
    expect(screen.queryByText(/har redan en plan/)).toBeNull();
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(sheets);

    await user.click(create);
    await user.click(await screen.findByRole("button", { name: "Ersätt planen" }));
    await screen.findByText(/^Klart: Parametrar,/);
    expect(excel.sheets.map((sheet) => sheet.name).sort()).toEqual([...sheets].sort());

    await user.click(create);
    await user.click(await screen.findByRole("button", { name: "Skriv en kopia" }));
    await screen.findByText(/^Klart: Parametrar \(2\),/);
    expect(excel.sheets).toHaveLength(2 * sheets.length - 1);

    await user.click(screen.getByRole("button", { name: "Ångra skapandet" }));
    expect(await screen.findByText(/^Skapandet är ångrat: Parametrar \(2\),/)).toBeTruthy();
    expect(excel.sheets.map((sheet) => sheet.name).sort()).toEqual([...sheets].sort());
    expect(excel.names.every((name) => !name.name.endsWith("_2"))).toBe(true);
  });

  it("in an Excel without ExcelApi 1.9, creates the sheets and says they have no print layout", async () => {
    const excel = new FakeExcel(["Blad1"]);
    excel.requirementSets.ExcelApi = "1.8";
    const { user } = await openWizard(excel);
    await user.click(screen.getByRole("button", { name: /Använd exemplet/ }));
    await user.click(screen.getByRole("button", { name: "Skapa planens ark" }));

    await screen.findByText(/^Klart: Parametrar, Medlemsavgifter/, undefined, { timeout: 10_000 });
    expect(
      screen.getByText(/^Den här Excel-versionen saknar utskriftsformat för tillägg \(ExcelApi 1\.9\)/),
    ).toBeTruthy();
  });

  it("checks a field as it is typed and shows the message next to it", async () => {
    const { user } = await openWizard();
    const year = screen.getByRole("textbox", { name: /Budgetår/ });
    await user.clear(year);
    await user.type(year, "20x5");
    // Next to the field, and read out with it.
    const described = () =>
      (year.getAttribute("aria-describedby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent);
    // Checked as soon as the typing pauses.
    await waitFor(() => expect(described()).toContain("Skriv ett år mellan 2004 och 2100."));
    await user.clear(year);
    await user.type(year, "2026");
    expect(screen.queryByText("Skriv ett år mellan 2004 och 2100.")).toBeNull();
  });

  it("does not go on from a step with an empty field", async () => {
    const { user } = await openWizard();
    await user.click(screen.getByRole("button", { name: "Nästa" }));
    expect(screen.getByRole("heading", { name: /Steg 1 av 5/ })).toBeTruthy();
    expect((await screen.findAllByText("Fyll i fältet.")).length).toBeGreaterThanOrEqual(2);
  });

  it("reads the members from the selected cells", async () => {
    const excel = new FakeExcel(["Blad1"]);
    excel.typeIn("Blad1", "A1", [
      ["Kommun", "Invånare 16–64"],
      ["Gnesta", 6439],
      ["Trosa", 7712],
    ]);
    excel.selection = "A1:B3";
    const { user } = await openWizard(excel);
    await user.click(screen.getByRole("button", { name: "3. Medlemmar" }));
    await user.click(await screen.findByRole("button", { name: "Läs markerade celler" }));
    expect(await screen.findByText("2 medlemmar lästa från Blad1!A1:B3.")).toBeTruthy();
    const members = (screen.getByRole("textbox", { name: /Medlemskommuner/ }) as HTMLTextAreaElement).value;
    expect(members.replace(/\u00a0/g, " ")).toBe("Gnesta; 6 439\nTrosa; 7 712");
  });

  it("leaves the typed members as they are when the selection holds none", async () => {
    const excel = new FakeExcel(["Blad1"]);
    excel.selection = "D4";
    const { user } = await openWizard(excel);
    await user.click(screen.getByRole("button", { name: "3. Medlemmar" }));
    const list = await screen.findByRole("textbox", { name: /Medlemskommuner/ });
    await user.type(list, "Flen;16870");
    await user.click(screen.getByRole("button", { name: "Läs markerade celler" }));
    expect(await screen.findByText("Inga medlemmar i Blad1!D4; listan är oförändrad.")).toBeTruthy();
    expect((list as HTMLTextAreaElement).value).toBe("Flen;16870");
  });

  it("says so when the writes fail, and leaves the workbook as it was", async () => {
    const excel = new FakeExcel(["Blad1"]);
    excel.failOnSync(2, 40);
    const before = excel.snapshot();
    const { user } = await openWizard(excel);
    await user.click(screen.getByRole("button", { name: /Använd exemplet/ }));
    await user.click(await screen.findByRole("button", { name: "Skapa planens ark" }));
    await screen.findByText(/Arken kunde inte skapas. Inget har ändrats i arbetsboken./);
    await waitFor(() => expect(excel.snapshot()).toEqual(before));
  });

  it("shows what it is doing while it writes, and keeps Create from running twice", async () => {
    const { finish } = await writeTheExampleUntilFinished();
    expect(await screen.findByText("Skriver arken …")).toBeTruthy();
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Skapa planens ark" }) as HTMLButtonElement).disabled).toBe(true);
    finish();
    expect(await screen.findByText("Klart: Parametrar.")).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("keeps Create disabled while it writes and shows the outcome when the user comes back to Skapa", async () => {
    const { user, finish } = await writeTheExampleUntilFinished();
    await screen.findByText("Skriver arken …");
    const step = (name: RegExp) =>
      within(screen.getByRole("navigation", { name: "Steg" })).getByRole("button", { name });

    await user.click(step(/^1\. Förbund/));
    await screen.findByRole("textbox", { name: /Förbundets namn/ });
    await user.click(step(/^5\. Skapa/));
    expect((await screen.findByRole("button", { name: "Skapa planens ark" })).hasAttribute("disabled")).toBe(true);
    await user.click(step(/^1\. Förbund/));
    await screen.findByRole("textbox", { name: /Förbundets namn/ });
    // The write ends while Skapa is not shown.
    finish();
    await user.click(step(/^5\. Skapa/));
    expect(await screen.findByText("Klart: Parametrar.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Skapa planens ark" }).hasAttribute("disabled")).toBe(false);
  });

  it("counts the requests when a very large plan needs more than one", async () => {
    const workbook = writingWorkbook((onProgress) => {
      onProgress?.("writing", { batch: 2, batches: 3 });
      return new Promise(() => undefined);
    });
    const user = userEvent.setup();
    renderPane("newPlan", { adapters: { planWorkbook: workbook } });
    await user.click(await screen.findByRole("button", { name: /Använd exemplet/ }));
    await user.click(await screen.findByRole("button", { name: "Skapa planens ark" }));
    expect(await screen.findByText("Skriver arken: del 2 av 3 …")).toBeTruthy();
  });
});
