/*
 * docs/first-run.md quotes what Uppföljning must show for the sample books in examples/: the figures
 * are checked here against the file itself, read by the SIE reader and summed per project, and
 * against the example plan, so that the checklist cannot drift from the file it names.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { money, type Money } from "../src/model/money";
import { readSie } from "../src/sie/read-sie";
import { examplePlan } from "./fixtures/example-plan";

const root = join(__dirname, "..");
const checklist = readFileSync(join(root, "docs", "first-run.md"), "utf8");
const reading = readSie(new Uint8Array(readFileSync(join(root, "examples", "bokforing-2021.se"))));
const AS_OF = "2021-12-31";

/** Figures as the checklist writes them: "2 837 000", "1 012 020,24". */
const figure = (text: string) => money(text.replace(/\s/g, "").replace(",", "."));

/** Cost per project (dimension 6) up to the follow-up date, summed from the transactions as read. */
function projectCosts(): Map<string, Money> {
  const totals = new Map<string, Money>();
  for (const verification of reading.ledger.verifications.filter((v) => v.date <= AS_OF)) {
    for (const { objects, amount } of verification.transactions) {
      const project = objects.find((o) => o.dimension === "6")?.object;
      if (project !== undefined) totals.set(project, (totals.get(project) ?? money(0)).plus(amount));
    }
  }
  return totals;
}

describe("the sample books of the first-run checklist", () => {
  it("are a clean SIE file of the example's follow-up year", () => {
    expect(reading.problems).toEqual([]);
    expect(reading.ledger.fiscalYear).toEqual({ start: "2021-01-01", end: "2021-12-31" });
    expect(examplePlan().followUp.year).toBe(2021);
    expect(checklist).toContain(`${reading.ledger.verifications.length} verifikationer`);
  });

  it("give each mapped intervention the outcome the checklist quotes, replacing the plan's", () => {
    const mappings = [...checklist.matchAll(/`4000-7999` · `6` · `(P\d)` ·\s+`([^`]+)`/g)];
    expect(mappings.map(([, project]) => project)).toEqual(["P1", "P2", "P3"]);
    const costs = projectCosts();
    for (const [, project, name] of mappings) {
      // The checklist's lines wrap anywhere.
      const words = name.replaceAll(" ", "\\s+");
      const quoted = new RegExp(`${words}\\s+(\\d[\\d\\s]*?)\\s+→\\s+(\\d[\\d\\s]*,\\d\\d)`).exec(checklist);
      expect(quoted).not.toBeNull();
      const before = examplePlan().followUp.interventions.find((row) => row.name === name)!.outcome;
      expect(figure(quoted![1]).toNumber()).toBe(before);
      expect(figure(quoted![2]).toFixed(2)).toBe(costs.get(project)!.toFixed(2));
    }
  });
});
