import fc from "fast-check";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Money } from "../../src/model/money";
import { computePlan, PlanInput } from "../../src/model/plan";
import { planPrognosis } from "../../src/model/plan-prognosis";
import { planScenarios, SCENARIOS } from "../../src/model/scenarios";
import { LABELS } from "../../src/templates/labels";
import { readPlan } from "../../src/templates/read-plan";
import { planWorkbook } from "../../src/templates/workbook";
import { specToWorkbook } from "../../src/xlsx/xlsx-writer";
import { readWorkbook, recalculateAllInLibreOffice, SheetReader } from "../fixtures/libreoffice";
import { randomPlan } from "../fixtures/random-plan";
import { readScenarioSheet } from "../fixtures/scenario-sheet";

/*
 * Random plans of every size a plan may have (1–300 members, 1–10 years,
 * 0–200 interventions), written to .xlsx and recalculated by LibreOffice: the
 * sheets' native formulas give the model's figures. LibreOffice takes seconds
 * per plan, so this is a sample, not a search: a fixed number of plans in one
 * LibreOffice start, the largest size always among them. FINSAM_SEED repeats a run.
 */
const SEED = Number(process.env.FINSAM_SEED ?? Date.now() % 2 ** 31);
const SAMPLE = 10;
const words = LABELS.sv;

const largest = randomPlan({
  members: { min: 300, max: 300 },
  interventions: { min: 200, max: 200 },
  years: { min: 10, max: 10 },
});
const anySize = randomPlan({
  members: { min: 1, max: 300 },
  interventions: { min: 0, max: 200 },
  years: { min: 1, max: 10 },
});
const plans: PlanInput[] = [
  ...fc.sample(largest, { seed: SEED, numRuns: 1 }),
  ...fc.sample(anySize, { seed: SEED, numRuns: SAMPLE - 1 }),
];

/** A spreadsheet's double next to the model's exact ratio: equal to 12 significant digits (ratios reach millions). */
const near = (found: unknown, exact: Money) =>
  typeof found === "number" && exact.minus(found).abs().lte(exact.abs().times(1e-12).plus(1e-15));

describe(`random plans recalculated in LibreOffice (FINSAM_SEED=${SEED})`, () => {
  const books: ((sheetName: string) => SheetReader)[] = [];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "finsam-random-"));
    const paths = await Promise.all(
      plans.map(async (plan, i) => {
        // Through the plan reader, as a user's file would go: every generated plan must be one it accepts.
        const accepted = readPlan(JSON.stringify(plan));
        const path = join(dir, `plan-${i}.xlsx`);
        await specToWorkbook(planWorkbook(accepted, { language: "sv" })).xlsx.writeFile(path);
        return path;
      }),
    );
    for (const path of await recalculateAllInLibreOffice(paths)) books.push(await readWorkbook(path));
  }, 600_000);

  const cases = plans.map(
    (plan, i) =>
      [
        `${plan.members.length} members, ${plan.planYears + 1} years, ${plan.interventions.length} interventions`,
        i,
      ] as const,
  );

  it.each(cases)("%s: fees, quarters and split as the model, summing exactly", (_, i) => {
    const plan = plans[i];
    const figures = computePlan(plan);
    const fees = books[i](words.sheets.fees);
    const header = fees.rowOf(words.fees.member);
    const column = (name: string) => fees.columnOf(name, header);
    const found = plan.members.map((member) => {
      const row = fees.rowOf(member.name);
      return [column(words.fees.fee), ...[1, 2, 3, 4].map((q) => column(words.fees.quarter(q)))].map((c) =>
        fees.value(row, c),
      );
    });
    const expected = plan.members.map((_, m) => [figures.fees[m], ...figures.instalments[m]].map((x) => x.toNumber()));
    expect(found).toEqual(expected);
    const sum = fees.rowOf(words.fees.sum);
    expect(fees.value(sum, column(words.fees.fee))).toBe(figures.split.municipalities.toNumber());
  });

  it.each(cases)(
    "%s: every year's result and equity as the model, each year opening at the last one's close",
    (_, i) => {
      const plan = plans[i];
      const figures = computePlan(plan);
      const sheet = books[i](words.sheets.plan(plan.budgetYear, plan.budgetYear + plan.planYears));
      const columns = figures.years.map((_, k) => {
        const year = plan.budgetYear + k;
        return sheet.find(k === 0 ? words.budget.budget(year) : words.budget.plan(year)).column;
      });
      const found = columns.map((column) =>
        [words.budget.opening, words.budget.result, words.budget.closing].map((label) =>
          sheet.value(sheet.rowOf(label), column),
        ),
      );
      expect(found).toEqual(
        figures.years.map((year) => [year.opening, year.result, year.closing].map((x) => x.toNumber())),
      );
    },
  );

  it.each(cases)("%s: burn ratios and pace as the model, the total a ratio of totals", (_, i) => {
    const plan = plans[i];
    const figures = computePlan(plan);
    const sheet = books[i](words.sheets.interventions);
    const header = sheet.find(words.interventions.burn).row;
    const ratios = plan.followUp.interventions.map((row) => [
      sheet.at(row.name, words.interventions.burn, header),
      sheet.at(row.name, words.interventions.pace, header),
    ]);
    const expected = plan.followUp.interventions.map((_, r) => [figures.burnRatios[r], figures.paceRatios[r]]);
    expect(ratios.filter(([burn, pace], r) => !near(burn, expected[r][0]) || !near(pace, expected[r][1]))).toEqual([]);
    if (figures.totalBurnRatio) {
      expect(near(sheet.at(words.interventions.total, words.interventions.burn, header), figures.totalBurnRatio)).toBe(
        true,
      );
    }
  });

  it.each(cases)("%s: the forecasts on Insatser and the projected year on the budget as the model", (_, i) => {
    const plan = plans[i];
    const model = planPrognosis(plan);
    const insatser = books[i](words.sheets.interventions);
    const header = insatser.find(words.prognosis.forecast).row;
    const off = plan.followUp.interventions.filter((row, r) => {
      const { proposed, pace } = model.followUp[r];
      const forecast = insatser.at(row.name, words.prognosis.forecast, header);
      return !near(forecast, proposed) || !near(insatser.at(row.name, words.prognosis.pace, header), pace!);
    });
    expect(off).toEqual([]);
    const budget = books[i](words.sheets.budget(plan.budgetYear));
    const forecast = (label: string) =>
      budget.at(label, words.prognosis.forecast, budget.find(words.prognosis.forecast).row);
    const { year } = model;
    const projected: [string, Money][] = [
      [words.budget.result, year.result],
      [words.budget.closing, year.closing],
      [words.prognosis.deviation, year.deviation],
    ];
    // The deviation is a difference of sums of the size of the costs: their doubles' rounding is its error.
    const close = (found: unknown, exact: Money) =>
      typeof found === "number" && exact.minus(found).abs().lte(year.costs.abs().plus(year.opening.abs()).times(1e-12));
    expect(projected.filter(([label, expected]) => !close(forecast(label), expected))).toEqual([]);
    expect(forecast(words.prognosis.within)).toBe(year.withinGuideline ? words.prognosis.yes : words.prognosis.no);
  });

  it.each(cases)("%s: each scenario's contributions, result, equity and guideline verdict as the model", (_, i) => {
    const plan = plans[i];
    const model = planScenarios(plan);
    const sheet = readScenarioSheet(books[i](words.sheets.scenarios), plan, words);
    SCENARIOS.forEach((key) => {
      const expected = model[key].map((year) => ({
        contributions: year.contributions.toNumber(),
        result: year.result.toNumber(),
        closing: year.closing.toNumber(),
        within: year.withinGuideline ? words.scenarios.yes : words.scenarios.no,
      }));
      expect(
        sheet[key].map(({ contributions, result, closing, within }) => ({ contributions, result, closing, within })),
      ).toEqual(expected);
      sheet[key].forEach((year, k) => expect(near(year.ceiling, model[key][k].ceiling)).toBe(true));
    });
  });

  it.each(cases)("%s: every row of Kontroller says OK", (_, i) => {
    const results = books[i](words.sheets.checks).column(2);
    const failed = [...results].filter(([label, status]) => status !== "OK" && !/^Kontroll/.test(label));
    expect(failed).toEqual([]);
  });
});
