import fc from "fast-check";
import { apportion } from "../../src/model/apportion";
import { burnRatio, totalBurnRatio } from "../../src/model/burn";
import { equityChain } from "../../src/model/equity";
import { money, sum } from "../../src/model/money";
import { computePlan, planYears } from "../../src/model/plan";
import { reviewWorkbook } from "../../src/review/review";
import { a1 } from "../../src/templates/grammar";
import { examplePlan } from "../fixtures/example-plan";
import { plain } from "../fixtures/sv-numbers";
import { HandBuiltSheet, asReadWorkbook, handBuiltPlan, locate, withCell, withRow } from "../fixtures/hand-built-plan";
import { brief, guideline } from "../fixtures/findings";
import { randomPlan } from "../fixtures/random-plan";
import { INTERVENTIONS_2021, MUNICIPALITIES_2021, PLAN_2025_2027, PRINTED_FEES_2021 } from "../fixtures/seed-figures";

/*
 * Plans typed by hand the way the association's documents are (seed 002's
 * budget table, seed 004's fee table and follow-up), every figure from the
 * model: the review finds nothing in them, and each planted slip alone, at its
 * cell, with the model's figure. Pure: no spreadsheet engine involved.
 */
const review = (sheets: readonly HandBuiltSheet[]) => reviewWorkbook(asReadWorkbook(sheets));

const plan = examplePlan();
const figures = computePlan(plan);
const sheets = handBuiltPlan(plan);
const [budget, fees, interventions, keyFigures] = sheets;

describe("a hand-built plan without slips", () => {
  it("has no findings: the example plan laid out like seeds 002 and 004", () => {
    expect(brief(review(sheets))).toEqual([]);
  });

  it("reviews a fee table whose population was typed negative without stopping: no key to compare fees with, but the sum", () => {
    const cell = locate(fees, "Gnesta", "Antal inv");
    const sumRow = locate(fees, "Summa kommuner", "Antal inv");
    expect(brief(review(withCell(sheets, "Avgifter", cell, -6439)))).toEqual([
      {
        sheet: "Avgifter",
        address: sumRow.address,
        severity: "error",
        rule: "sum",
        expected: 172458 - 2 * 6439,
        found: 172458,
      },
    ]);
  });

  it("has no findings for any plan a kansli could type (random plans)", () => {
    const plans = randomPlan({
      members: { min: 1, max: 40 },
      interventions: { min: 0, max: 8 },
      years: { min: 1, max: 6 },
    });
    fc.assert(
      fc.property(plans, (random) => {
        expect(brief(review(handBuiltPlan(random)))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe("any one figure of a statement typed off (random plans)", () => {
  const statementFigures = [
    { label: "Summa intäkter", field: "revenues", rule: "sum", firstYear: true },
    { label: "Summa kostnader", field: "costs", rule: "sum", firstYear: true },
    { label: "Årets beräknade resultat", field: "result", rule: "result", firstYear: true },
    { label: "Beräknat eget kapital vid årets utgång", field: "closing", rule: "closing", firstYear: true },
    // The first year's opening is an input: only a later year's can differ from the year before.
    { label: "Över-underskott från tidigare år", field: "opening", rule: "opening-differs", firstYear: false },
  ] as const;
  const plans = randomPlan({
    members: { min: 1, max: 5 },
    interventions: { min: 0, max: 5 },
    years: { min: 2, max: 6 },
  });

  it("is found alone, at its cell, with the model's figure", () => {
    fc.assert(
      fc.property(
        plans,
        fc.constantFrom(...statementFigures),
        fc.nat(),
        fc.integer({ min: 1, max: 5_000_000 }),
        fc.boolean(),
        (random, figure, pick, size, down) => {
          const model = computePlan(random).years;
          const first = figure.firstYear ? 0 : 1;
          const k = first + (pick % (model.length - first));
          const right = model[k][figure.field];
          const typed = right.plus(down ? -size : size).toNumber();
          const sheets = handBuiltPlan(random);
          const cell = locate(sheets[0], figure.label, random.budgetYear + k);
          expect(brief(review(withCell(sheets, "Budget", cell, typed)))).toEqual([
            {
              sheet: "Budget",
              address: cell.address,
              severity: "error",
              rule: figure.rule,
              expected: right.toNumber(),
              found: typed,
            },
          ]);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("seed 002's own slip", () => {
  it("finds 2027's opening equity typed as 4 472 600 where 2026 closed at 4 481 600", () => {
    const opening = locate(budget, "Över-underskott från tidigare år", 2027);
    const closing = locate(budget, "Beräknat eget kapital vid årets utgång", 2027);
    // As the seed has it: 2027 continues from the typed opening, 4 472 600 − 2 008 500 = 2 464 100.
    const slipped = withCell(withCell(sheets, "Budget", opening, 4472600), "Budget", closing, 2464100);
    expect(brief(review(slipped))).toEqual([
      {
        sheet: "Budget",
        address: opening.address,
        severity: "error",
        rule: "opening-differs",
        expected: figures.years[1].closing.toNumber(),
        found: 4472600,
      },
    ]);
    expect(figures.years[1].closing.toNumber()).toBe(4481600);
  });
});

describe("equity outside the guideline in a hand-built plan", () => {
  it("warns of each year whose equity at year end is below zero, at its cell, in words naming the year", () => {
    // A million kronor in debt at the start: the example's small results do not make up for it.
    const inDebt = { ...plan, openingEquity: -1_000_000 };
    const closings = computePlan(inDebt).years.map((year) => year.closing.toNumber());
    const [budgetInDebt] = handBuiltPlan(inDebt);
    const findings = review(handBuiltPlan(inDebt));
    expect(guideline(findings)).toEqual(
      closings
        .map((closing, k) => ({ closing, year: plan.budgetYear + k }))
        .filter(({ closing }) => closing < 0)
        .map(({ closing, year }) => ({
          sheet: "Budget",
          address: locate(budgetInDebt, "Beräknat eget kapital vid årets utgång", year).address,
          expected: 0,
          found: closing,
        })),
    );
    expect(closings.filter((closing) => closing < 0).length).toBeGreaterThan(0);
    const warning = findings.find((finding) => finding.rule === "equity-guideline");
    expect(warning?.severity).toBe("warning");
    expect(warning?.message.sv).toMatch(/^Eget kapital vid utgången av 2025 är .*, under noll: utanför riktlinjen\.$/);
    expect(warning?.message.en).toMatch(/^Equity at the end of 2025 is .*, below zero/);
  });

  it("does not warn while equity stays at or above zero and the sheet states no ceiling", () => {
    expect(guideline(review(sheets))).toEqual([]);
  });
});

describe("one slip at a time in a hand-built plan", () => {
  const only = (slipped: HandBuiltSheet[]) => brief(review(slipped));

  it("a total of costs typed 1 000 off", () => {
    const cell = locate(budget, "Summa kostnader", 2026);
    const right = figures.years[1].costs;
    expect(only(withCell(sheets, "Budget", cell, right.minus(1000).toNumber()))).toEqual([
      {
        sheet: "Budget",
        address: cell.address,
        severity: "error",
        rule: "sum",
        expected: right.toNumber(),
        found: right.minus(1000).toNumber(),
      },
    ]);
  });

  it("a cost row added outside the sum: the total is the model's with the row", () => {
    const before = budget.rows.findIndex((row) => row[0] === "Samverkansinsatser");
    const added = withRow(sheets, "Budget", before, ["Lokaler", null, -50000, null]);
    const withLokaler = {
      ...plan,
      costs: [...plan.costs, { label: "Lokaler", amounts: [0, 50000, 0] }],
    };
    const expected = equityChain(plan.openingEquity, planYears(withLokaler))[1].costs;
    const cell = locate(
      added.find((s) => s.name === "Budget")!,
      "Summa kostnader",
      2026,
    );
    expect(only(added)).toEqual([
      {
        sheet: "Budget",
        address: cell.address,
        severity: "error",
        rule: "sum",
        expected: expected.toNumber(),
        found: figures.years[1].costs.toNumber(),
      },
    ]);
  });

  it("a cost typed into a row below the totals, which no sum counts", () => {
    const before = budget.rows.findIndex((row) => row[0] === "Över-underskott från tidigare år");
    const added = withRow(sheets, "Budget", before, ["Lokaler", null, -50000, null]);
    expect(only(added)).toEqual([
      {
        sheet: "Budget",
        address: a1(before, 2),
        severity: "error",
        rule: "outside-sum",
        expected: null,
        found: -50000,
      },
    ]);
  });

  it("costs written positive: the result is revenues − costs, and a slip in it is found", () => {
    const first = budget.rows.findIndex((row) => row[0] === "Kostnader");
    const last = budget.rows.findIndex((row) => row[0] === "Summa kostnader");
    const positive = sheets.map((sheet) =>
      sheet !== budget
        ? sheet
        : {
            ...sheet,
            rows: sheet.rows.map((row, r) =>
              r < first || r > last ? row : row.map((value) => (typeof value === "number" ? -value : value)),
            ),
          },
    );
    expect(only(positive)).toEqual([]);
    const cell = locate(budget, "Årets beräknade resultat", 2026);
    const [finding] = review(withCell(positive, "Budget", cell, 0));
    expect(brief([finding])).toEqual([
      {
        sheet: "Budget",
        address: cell.address,
        severity: "error",
        rule: "result",
        expected: figures.years[1].result.toNumber(),
        found: 0,
      },
    ]);
    expect(finding.message.en).toMatch(/revenues − costs/);
  });

  it("a result that is not revenues + costs", () => {
    const cell = locate(budget, "Årets beräknade resultat", 2025);
    expect(only(withCell(sheets, "Budget", cell, 231300))).toEqual([
      { sheet: "Budget", address: cell.address, severity: "error", rule: "result", expected: 221300, found: 231300 },
    ]);
  });

  it("equity at year end that is not opening + result, the next year opening at the right figure", () => {
    const cell = locate(budget, "Beräknat eget kapital vid årets utgång", 2025);
    expect(only(withCell(sheets, "Budget", cell, 5623300))).toEqual([
      { sheet: "Budget", address: cell.address, severity: "error", rule: "closing", expected: 5632300, found: 5623300 },
    ]);
  });

  it("the interventions' sum that does not add its rows (the repeated row above them is right)", () => {
    const cell = locate(budget, "Summa samverkansinsatser", 2025);
    expect(only(withCell(sheets, "Budget", cell, -10278700))).toEqual([
      { sheet: "Budget", address: cell.address, severity: "error", rule: "sum", expected: -10287700, found: -10278700 },
    ]);
  });

  it("a fee changed by a krona: found at the fee, with the largest-remainder fee", () => {
    const cell = locate(fees, "Gnesta", "kr/år 2025");
    const gnesta = plan.members.findIndex((m) => m.name === "Gnesta");
    const fee = figures.fees[gnesta].toNumber();
    expect(only(withCell(sheets, "Avgifter", cell, fee + 1))).toEqual([
      { sheet: "Avgifter", address: cell.address, severity: "error", rule: "fee-key", expected: fee, found: fee + 1 },
    ]);
  });

  it("a fee off the population key by more than a krona, fees still adding up (another one off the other way)", () => {
    const a = locate(fees, "Eskilstuna", "kr/år 2025");
    const b = locate(fees, "Nyköping", "kr/år 2025");
    const [eskilstuna, nykoping] = ["Eskilstuna", "Nyköping"].map((name) =>
      plan.members.findIndex((m) => m.name === name),
    );
    const slipped = withCell(
      withCell(sheets, "Avgifter", a, figures.fees[eskilstuna].plus(8).toNumber()),
      "Avgifter",
      b,
      figures.fees[nykoping].minus(8).toNumber(),
    );
    // Their quarterly amounts are still a quarter of the old fees, within a krona of the new: 8 kr moves them 2.
    const found = only(slipped).filter((f) => f.rule === "fee-key");
    expect(found).toEqual([
      {
        sheet: "Avgifter",
        address: b.address,
        severity: "error",
        rule: "fee-key",
        expected: figures.fees[nykoping].toNumber(),
        found: figures.fees[nykoping].minus(8).toNumber(),
      },
      {
        sheet: "Avgifter",
        address: a.address,
        severity: "error",
        rule: "fee-key",
        expected: figures.fees[eskilstuna].toNumber(),
        found: figures.fees[eskilstuna].plus(8).toNumber(),
      },
    ]);
  });

  it("a quarterly amount that is not a quarter of the fee", () => {
    const cell = locate(fees, "Flen", "kr/kvartal");
    const flen = plan.members.findIndex((m) => m.name === "Flen");
    const quarter = figures.fees[flen].div(4);
    const found = only(withCell(sheets, "Avgifter", cell, quarter.floor().toNumber() + 2));
    expect(found.filter((f) => f.rule === "instalment")).toEqual([
      {
        sheet: "Avgifter",
        address: cell.address,
        severity: "error",
        rule: "instalment",
        expected: quarter.toNumber(),
        found: quarter.floor().toNumber() + 2,
      },
    ]);
    // The sum row's quarterly total no longer adds the rows either.
    expect(found.map((f) => f.rule)).toEqual(["instalment", "sum"]);
  });

  it("a split that does not add up to the contribution is an error; one that adds up otherwise a warning", () => {
    const state = locate(fees, "Staten", "kr/år 2025");
    const region = locate(fees, "Region Sörmland", "kr/år 2025");
    expect(only(withCell(sheets, "Avgifter", state, 8001000))).toEqual([
      {
        sheet: "Avgifter",
        address: state.address,
        severity: "error",
        rule: "split",
        expected: 8000000,
        found: 8001000,
      },
    ]);
    const chosen = withCell(withCell(sheets, "Avgifter", state, 8400000), "Avgifter", region, 3600000);
    expect(only(chosen)).toEqual([
      {
        sheet: "Avgifter",
        address: region.address,
        severity: "warning",
        rule: "split",
        expected: 4000000,
        found: 3600000,
      },
      {
        sheet: "Avgifter",
        address: state.address,
        severity: "warning",
        rule: "split",
        expected: 8000000,
        found: 8400000,
      },
    ]);
  });

  it("a burn ratio that is not outcome ÷ budget", () => {
    const row = plan.followUp.interventions[2];
    const cell = locate(interventions, row.name, "Förbrukningskvot mot budget");
    const expected = burnRatio(row.outcome, row.budget).toNumber();
    expect(only(withCell(sheets, "Insatser", cell, 0.84))).toEqual([
      { sheet: "Insatser", address: cell.address, severity: "error", rule: "burn-row", expected, found: 0.84 },
    ]);
  });

  it("a total burn ratio taken as the average of the rows' ratios", () => {
    const cell = locate(interventions, "Summa RAR-insatser", "Förbrukningskvot mot budget");
    const rows = plan.followUp.interventions;
    const average = sum(rows.map((row) => burnRatio(row.outcome, row.budget)))
      .div(rows.length)
      .toNumber();
    const [finding] = review(withCell(sheets, "Insatser", cell, average));
    expect(brief([finding])).toEqual([
      {
        sheet: "Insatser",
        address: cell.address,
        severity: "error",
        rule: "burn-total",
        expected: totalBurnRatio(rows).toNumber(),
        found: average,
      },
    ]);
    expect(finding.message.en).toMatch(/average of the rows' ratios/);
    expect(finding.message.sv).toMatch(/medelvärde av radernas kvoter/);
  });

  it("a typed burn ratio rounded to whole percent is no slip; one off by a percent is", () => {
    const row = plan.followUp.interventions[0];
    const cell = locate(interventions, row.name, "Förbrukningskvot mot budget");
    const ratio = burnRatio(row.outcome, row.budget);
    expect(only(withCell(sheets, "Insatser", cell, Number(ratio.toFixed(2))))).toEqual([]);
    expect(only(withCell(sheets, "Insatser", cell, Number(ratio.plus(0.01).toFixed(2)))).map((f) => f.rule)).toEqual([
      "burn-row",
    ]);
  });

  it("soliditet that is not equity ÷ total assets", () => {
    const cell = locate(keyFigures, "Soliditet", 2026);
    const assets = locate(keyFigures, "Summa tillgångar", 2026);
    const expected = figures.years[1].closing.div(money(keyFigures.rows[assets.row][assets.column] as number));
    expect(only(withCell(sheets, "Nyckeltal", cell, 0.42))).toEqual([
      {
        sheet: "Nyckeltal",
        address: cell.address,
        severity: "error",
        rule: "solidity",
        expected: expected.toNumber(),
        found: 0.42,
      },
    ]);
  });
});

describe("seed 004's own tables, as printed", () => {
  const total = 4000000;
  const quarterOf = (fee: number) => Math.round(fee / 4);
  const feeTable: HandBuiltSheet = {
    name: "Medlemsavgifter 2021",
    rows: [
      ["Fördelning av medlemsinsatser per inv 16–64 år (per 1 nov 2020 SCB)."],
      ["Huvudman", "Antal inv", "Andel", "kr/år 2021", "kr/kvartal"],
      ...MUNICIPALITIES_2021.map((m, i) => [
        m.name,
        m.population,
        Number((m.population / 172458).toFixed(3)),
        PRINTED_FEES_2021[i],
        quarterOf(PRINTED_FEES_2021[i]),
      ]),
      ["Summa kommuner", 172458, 1, total, 1000000],
      ["Kommuner", null, 0.25, total, 1000000],
      ["Region Sörmland", null, 0.25, 4000000, 1000000],
      ["Staten", null, 0.5, 8000000, 2000000],
      ["Totalt", null, null, 16000000, 4000000],
    ],
  };
  const followUp: HandBuiltSheet = {
    name: "Not 3",
    rows: [
      ["RAR-insatser", "Budget", "Utfall", "Förbrukningskvot mot budget"],
      ...INTERVENTIONS_2021.map((row) => [
        row.name,
        row.budget,
        row.outcome,
        Math.round((100 * row.outcome) / row.budget) / 100,
      ]),
      ["Summa RAR-insatser", 14955, 12987, 0.89],
    ],
  };

  it("finds the fees that make the table add up to 4 000 002, each with its largest-remainder fee, and the total burn ratio 89 % that is 87 %", () => {
    const apportioned = apportion(
      total,
      MUNICIPALITIES_2021.map((m) => m.population),
    );
    const offFees = MUNICIPALITIES_2021.flatMap((_, i) =>
      apportioned[i].eq(PRINTED_FEES_2021[i])
        ? []
        : [
            {
              sheet: feeTable.name,
              address: a1(2 + i, 3),
              severity: "error",
              rule: "fee-key",
              expected: apportioned[i].toNumber(),
              found: PRINTED_FEES_2021[i],
            },
          ],
    );
    const quarterSum = PRINTED_FEES_2021.reduce((sum, fee) => sum + quarterOf(fee), 0);
    const quarterSumFinding =
      quarterSum === 1000000
        ? []
        : [
            {
              sheet: feeTable.name,
              address: a1(2 + MUNICIPALITIES_2021.length, 4),
              severity: "error",
              rule: "sum",
              expected: quarterSum,
              found: 1000000,
            },
          ];
    expect(sum(PRINTED_FEES_2021).toNumber()).toBe(4000002);
    expect(offFees).toHaveLength(2);
    expect(brief(review([feeTable, followUp]))).toEqual([
      ...offFees,
      ...quarterSumFinding,
      {
        sheet: "Not 3",
        address: a1(1 + INTERVENTIONS_2021.length, 3),
        severity: "error",
        rule: "burn-total",
        expected: totalBurnRatio(INTERVENTIONS_2021).toNumber(),
        found: 0.89,
      },
    ]);
  });
});

describe("a hand-built plan with English labels", () => {
  const { years, openingEquity2025 } = PLAN_2025_2027;
  const chain = equityChain(openingEquity2025, years);
  const column = (pick: (k: number) => number) => years.map((_, k) => pick(k));
  const sheet: HandBuiltSheet = {
    name: "Financial plan",
    rows: [
      ["Revenues", ...years.map((y) => `Plan ${y.year}`)],
      ...["State", "Region", "Municipalities", "Other revenues, ESF"].map((label, i) => [
        label,
        ...column((k) => years[k].revenues[i]),
      ]),
      ["Total revenues", ...column((k) => chain[k].revenues.toNumber())],
      ["Costs"],
      ...["Board", "Office", "Support", "Sikta", "Cooperari"].map((label, i) => [
        label,
        ...column((k) => years[k].costs[i]),
      ]),
      ["Total costs", ...column((k) => chain[k].costs.toNumber())],
      ["Surplus/deficit from earlier years", ...column((k) => (k === 2 ? 4472600 : chain[k].opening.toNumber()))],
      ["Result of the year", ...column((k) => chain[k].result.toNumber())],
      ["Equity at year end", ...column((k) => (k === 2 ? 2464100 : chain[k].closing.toNumber()))],
    ],
  };

  it("finds seed 002's opening slip there too", () => {
    const cell = locate(sheet, "Surplus/deficit from earlier years", "Plan 2027");
    const [finding] = review([sheet]);
    expect(brief(review([sheet]))).toEqual([
      {
        sheet: "Financial plan",
        address: cell.address,
        severity: "error",
        rule: "opening-differs",
        expected: 4481600,
        found: 4472600,
      },
    ]);
    // Figures are written sv-SE in both languages, as the task pane writes them beside the message.
    expect(plain(finding.message.en)).toBe(
      "Opening equity 2027 is 4 472 600, but the closing equity of 2026 is 4 481 600.",
    );
  });
});
