import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nextYearDraft } from "../../src/taskpane/logic/next-year-draft";
import { planWorkbook } from "../../src/templates/workbook";
import { readWorkbookFile } from "../../src/xlsx/read-workbook";
import { specToWorkbook } from "../../src/xlsx/xlsx-writer";
import { plain } from "../fixtures/sv-numbers";
import { examplePlan } from "../fixtures/example-plan";
import { decidedPlan } from "../fixtures/decided-plan";
import type { PlanInput } from "../../src/model/plan";

const dir = mkdtempSync(join(tmpdir(), "finsam-next-year-draft-"));

/** The plan's workbook as the pane's reader gives it: every sheet's cells, read here from a saved file. */
async function workbookOf(plan: PlanInput, name: string) {
  const path = join(dir, `${name}.xlsx`);
  await specToWorkbook(planWorkbook(plan, { language: "sv" })).xlsx.writeFile(path);
  return readWorkbookFile(path);
}

describe("Nästa års plan from the plan in the workbook (docs/domain.md rule 11)", () => {
  it("makes the example a 2026 plan opening at 2025's closing, 5 632 300, and says where from and what to update", async () => {
    const draft = nextYearDraft(await workbookOf(examplePlan(), "example"), "sv");
    expect([draft.plan.budgetYear, draft.plan.openingEquity, draft.opening.source]).toEqual([2026, 5_632_300, "plan"]);
    expect(draft.plan.members).toEqual(examplePlan().members);
    expect(plain(draft.summary)).toBe(
      "Ingående eget kapital 5 632 300 kr: 2025 års utgående eget kapital enligt planen (inget bokslut angavs och ingen uppföljning av budgetåret finns). " +
        "Kom ihåg: uppdatera medlemmarnas befolkning 16–64 år (SCB, 1 november 2025) innan avgifterna skickas.",
    );
  });

  it("names the interventions that ended, in English when asked", async () => {
    // A decision for July 2024–June 2027 carries on; in the plan for 2028 it has ended.
    const plan = decidedPlan();
    const finished = {
      ...plan,
      interventions: [...plan.interventions, { label: "Avslutad", owner: "Flen", amounts: [100_000, 0, 0] }],
    };
    const draft = nextYearDraft(await workbookOf(finished, "finished"), "en");
    expect(draft.finished).toEqual(["Avslutad"]);
    expect(draft.summary).toContain("Finished interventions, left out of the new plan: Avslutad.");
    expect(draft.summary).toContain(`(SCB, 1 November ${plan.budgetYear})`);
  });
});
