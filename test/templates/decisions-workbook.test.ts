import fc from "fast-check";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decidedAmounts, DecidedIntervention, grantedPerYear, isDecided } from "../../src/model/decisions";
import { computePlan, PlanInput, PlanRow } from "../../src/model/plan";
import { reviewWorkbook } from "../../src/review/review";
import { LABELS } from "../../src/templates/labels";
import { readPlan } from "../../src/templates/read-plan";
import { planWorkbook } from "../../src/templates/workbook";
import { readWorkbookFile } from "../../src/xlsx/read-workbook";
import { specToWorkbook } from "../../src/xlsx/xlsx-writer";
import { decidedPlan } from "../fixtures/decided-plan";
import { readWorkbook, recalculateAllInLibreOffice, SheetReader } from "../fixtures/libreoffice";
import { brief } from "../fixtures/findings";

/*
 * The Beslut sheet's native year-share formulas, recalculated by LibreOffice,
 * against the model (src/model/year-share.ts): the example with one decision
 * spanning three years, and a ten-year plan with many decisions at the edges
 * (a single day, leap days, years' ends, ten calendar years, totals from 0 to
 * 10^12) and at random.
 */
const SEED = Number(process.env.FINSAM_SEED ?? Date.now() % 2 ** 31);
const words = LABELS.sv;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const decision = (label: string, total: number, from: string, to: string): DecidedIntervention => ({
  label,
  owner: "Region Sörmland",
  amounts: [],
  decidedTotal: total,
  decidedFrom: from,
  decidedTo: to,
});
const edges = [
  decision("En dag", 1_000_000_000_000, "2028-02-29", "2028-02-29"),
  decision("Skottdagar", 999_999_999_999, "2027-02-28", "2028-03-01"),
  decision("Nyår", 7, "2025-12-31", "2026-01-01"),
  decision("Tio år", 1_000_000_000_000, "2025-01-01", "2034-12-31"),
  decision("Tio år mitt i", 123_456_789_011, "2020-06-17", "2029-03-03"),
  decision("Noll", 0, "2026-05-01", "2027-04-30"),
  decision("Lika rester", 2, "2025-10-01", "2026-09-30"),
];
const randomDecisions = fc
  .sample(
    fc
      .record({
        total: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1e12 })),
        start: fc.date({ min: new Date("2016-01-01"), max: new Date("2034-12-31"), noInvalidDate: true }),
        days: fc.integer({ min: 0, max: 3600 }),
      })
      .map(({ total, start, days }) => {
        const end = new Date(start.getTime() + days * 86_400_000);
        // At most ten calendar years: the last day moves back into the tenth.
        const lastYear = Math.min(end.getUTCFullYear(), start.getUTCFullYear() + 9);
        const to = end.getUTCFullYear() > lastYear ? `${lastYear}-12-31` : isoDay(end);
        return { total, from: isoDay(start), to };
      }),
    { seed: SEED, numRuns: 60 },
  )
  .map(({ total, from, to }, i) => decision(`Beslut ${i + 1}`, total, from, to));

/** A ten-year plan (2025–2034) whose interventions are these decisions, their amounts the model's shares. */
function tenYearPlan(decisions: readonly DecidedIntervention[]): PlanInput {
  const example = decidedPlan();
  const years = 10;
  const yearly = (row: PlanRow): PlanRow => ({ ...row, amounts: Array(years).fill(row.amounts[0]) });
  return {
    ...example,
    planYears: years - 1,
    memberContributions: Array(years).fill(16_000_000),
    otherRevenues: example.otherRevenues.map(yearly),
    costs: example.costs.map(yearly),
    interventions: decisions.map((row) => ({ ...row, amounts: decidedAmounts(row, 2025, years) })),
  };
}

const plans = [decidedPlan(), tenYearPlan([...edges, ...randomDecisions])];

describe(`decisions spanning years, recalculated in LibreOffice (FINSAM_SEED=${SEED})`, () => {
  const books: ((sheetName: string) => SheetReader)[] = [];
  const recalculated: string[] = [];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "finsam-decisions-"));
    const paths = await Promise.all(
      plans.map(async (plan, i) => {
        const path = join(dir, `decisions-${i}.xlsx`);
        await specToWorkbook(planWorkbook(readPlan(JSON.stringify(plan)), { language: "sv" })).xlsx.writeFile(path);
        return path;
      }),
    );
    recalculated.push(...(await recalculateAllInLibreOffice(paths)));
    for (const path of recalculated) books.push(await readWorkbook(path));
  }, 600_000);

  it.each([
    ["the example with one decision", 0],
    ["a ten-year plan with decisions at the edges and at random", 1],
  ])("%s: every year's share on Beslut is the model's, and the granted funds their sum", (_, i) => {
    const plan = plans[i];
    const sheet = books[i](words.sheets.decisions);
    const header = sheet.rowOf(words.decisions.intervention);
    const years = Array.from({ length: plan.planYears + 1 }, (_, k) => plan.budgetYear + k);
    const decided = plan.interventions.filter(isDecided);
    const at = (label: string, year: number) =>
      sheet.value(sheet.rowOf(label, header), sheet.columnOf(words.decisions.year(year), header));
    expect(decided.map((row) => years.map((year) => at(row.label, year)))).toEqual(decided.map((row) => row.amounts));
    expect(years.map((year) => at(words.decisions.granted, year))).toEqual(grantedPerYear(plan).map(Number));
  });

  it.each([
    ["the example with one decision", 0],
    ["the ten-year plan", 1],
  ])("%s: the plan's closing equity is the model's, and Kontroller says OK on every row", (_, i) => {
    const plan = plans[i];
    const statement = books[i](words.sheets.plan(plan.budgetYear, plan.budgetYear + plan.planYears));
    const closingRow = statement.rowOf(words.budget.closing);
    const closings = computePlan(plan).years.map((year) => year.closing.toNumber());
    expect(closings.map((_, k) => statement.value(closingRow, 3 + k))).toEqual(closings);
    const results = books[i](words.sheets.checks).column(2);
    results.delete(words.checks.title);
    results.delete(words.checks.rule);
    expect([...results].filter(([, status]) => status !== "OK")).toEqual([]);
  });

  it("leaves Granska plan no slip to find in either workbook", async () => {
    for (const path of recalculated) expect(brief(reviewWorkbook(await readWorkbookFile(path)))).toEqual([]);
  });
});
