/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, render, screen, waitFor } from "@testing-library/react";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PlanInput } from "../../src/model/plan";
import type { ReadWorkbook } from "../../src/review/cells";
import { paneTable } from "../../src/taskpane/i18n/strings";
import { textsOf } from "../../src/taskpane/i18n/text-table";
import { officeAdapters } from "../../src/taskpane/office-adapters";
import { PaneContext } from "../../src/taskpane/pane-context";
import NextYearAction from "../../src/taskpane/views/new-plan/NextYearAction";
import { planWorkbook } from "../../src/templates/workbook";
import { readWorkbookFile } from "../../src/xlsx/read-workbook";
import { specToWorkbook } from "../../src/xlsx/xlsx-writer";
import { FakeExcel } from "../excel/fake-excel";
import { examplePlan } from "../fixtures/example-plan";
import { plain } from "../fixtures/sv-numbers";
import { newPaneStore } from "../../src/taskpane/pane-store";
import { metadata } from "./render-pane";

configure({ asyncUtilTimeout: 10_000 });

/** The action over a workbook the Granska reader gives as `read` does, its load and close recorded. */
function renderAction(read: () => Promise<ReadWorkbook>) {
  const loaded: { plan: PlanInput; note: string }[] = [];
  const done = jest.fn();
  const adapters = officeAdapters(new FakeExcel(["Blad1"]).runner);
  render(
    <FluentProvider theme={webLightTheme}>
      <PaneContext.Provider
        value={{
          adapters: { ...adapters, reviewReader: { ...adapters.reviewReader, readWorkbook: read } },
          language: "sv",
          t: textsOf(paneTable, "sv"),
          loadMetadata: metadata,
          store: newPaneStore(),
        }}
      >
        <NextYearAction onLoad={(plan, note) => loaded.push({ plan, note })} onDone={done} />
      </PaneContext.Provider>
    </FluentProvider>,
  );
  return { loaded, done };
}

describe("Ny plan's Nästa års plan", () => {
  it("hands next year's plan to the wizard with a note of its opening's source and the SCB reminder", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "finsam-next-year-action-")), "plan.xlsx");
    await specToWorkbook(planWorkbook(examplePlan(), { language: "sv" })).xlsx.writeFile(path);
    const workbook = await readWorkbookFile(path);
    const { loaded, done } = renderAction(async () => workbook);
    await waitFor(() => expect(done).toHaveBeenCalled());
    expect(loaded).toHaveLength(1);
    expect([loaded[0].plan.budgetYear, loaded[0].plan.openingEquity]).toEqual([2026, 5_632_300]);
    expect(plain(loaded[0].note)).toBe(
      "Nästa års plan (2026–2028) är ifylld från planen i arbetsboken. " +
        "Ingående eget kapital 5 632 300 kr: 2025 års utgående eget kapital enligt planen (inget bokslut angavs och ingen uppföljning av budgetåret finns). " +
        "Kom ihåg: uppdatera medlemmarnas befolkning 16–64 år (SCB, 1 november 2025) innan avgifterna skickas. " +
        "Gå igenom stegen och skapa sedan arken.",
    );
  });

  it("says there is no plan to start from in a workbook without one, and loads nothing", async () => {
    const { loaded, done } = renderAction(async () => ({ sheets: [{ name: "Blad1", cells: [] }], names: [] }));
    expect(await screen.findByText(/^Arbetsboken har ingen plan att utgå från/)).toBeTruthy();
    expect([loaded, done.mock.calls]).toEqual([[], []]);
  });

  it("says why when the workbook cannot be read", async () => {
    renderAction(async () => {
      throw new Error("Excel svarade inte");
    });
    expect(await screen.findByText("Planen i arbetsboken kunde inte läsas: Excel svarade inte.")).toBeTruthy();
  });
});
