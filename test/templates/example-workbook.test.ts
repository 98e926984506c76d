import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { computePlan } from "../../src/model/plan";
import { readPlan } from "../../src/templates/read-plan";
import { LABELS } from "../../src/templates/labels";
import { SheetReader, readWorkbook, recalculateInLibreOffice } from "../fixtures/libreoffice";
import { readScenarioSheet } from "../fixtures/scenario-sheet";

const run = promisify(execFile);
const EXAMPLE = join(__dirname, "..", "..", "examples", "rar-sormland-2025.json");
const plan = readPlan(readFileSync(EXAMPLE, "utf8"));
const figures = computePlan(plan);

/**
 * The built-in example, written by the CLI, recalculated by LibreOffice's formula
 * engine (not ours), and read back: every computed figure equals the model's.
 */
describe("the example workbook, recalculated in LibreOffice", () => {
  let sheet: (name: string) => SheetReader;

  beforeAll(async () => {
    const out = join(mkdtempSync(join(tmpdir(), "finsam-example-")), "example.xlsx");
    await run("npx", ["tsx", "src/cli/workbook.ts", "--out", out], { cwd: join(__dirname, "..", "..") });
    sheet = await readWorkbook(await recalculateInLibreOffice(out));
  }, 180_000);

  it("splits 16 000 000 into 8 000 000 / 4 000 000 / 4 000 000", () => {
    const fees = sheet("Medlemsavgifter");
    expect([
      fees.at("Staten", "Belopp", 3),
      fees.at("Regionen", "Belopp", 3),
      fees.at("Kommunerna", "Belopp", 3),
    ]).toEqual([8000000, 4000000, 4000000]);
  });

  it("gives every municipality the model's fee, share and quarters, summing to 4 000 000 and 1 000 000 a quarter", () => {
    const fees = sheet("Medlemsavgifter");
    const header = fees.rowOf("Medlem");
    const column = (name: string) => fees.columnOf(name, header);
    plan.members.forEach((member, i) => {
      const row = fees.rowOf(member.name);
      expect(fees.value(row, column("Årsavgift"))).toBe(figures.fees[i].toNumber());
      expect(fees.value(row, column("Andel"))).toBeCloseTo(figures.shares[i].toNumber(), 14);
      [1, 2, 3, 4].forEach((q) =>
        expect(fees.value(row, column(`Kvartal ${q}`))).toBe(figures.instalments[i][q - 1].toNumber()),
      );
    });
    const sum = fees.rowOf("Summa kommuner");
    expect(fees.value(sum, column("Årsavgift"))).toBe(4000000);
    [1, 2, 3, 4].forEach((q) => expect(fees.value(sum, column(`Kvartal ${q}`))).toBe(1000000));
    expect(fees.value(fees.rowOf("Gnesta"), column("Årsavgift"))).toBe(149346);
  });

  it("shows seed 002's budget 2025: result 221 300, equity at year end 5 632 300", () => {
    const budget = sheet("Budget 2025");
    expect(budget.at("Summa intäkter", "Budget 2025", 4)).toBe(19020000);
    expect(budget.at("Summa kostnader", "Budget 2025", 4)).toBe(-18798700);
    expect(budget.at("Årets resultat", "Budget 2025", 4)).toBe(221300);
    expect(budget.at("Eget kapital vid årets utgång", "Budget 2025", 4)).toBe(5632300);
  });

  it("chains the plan: 2026 result −1 150 700 and equity 4 481 600, 2027 opening at 2026's close", () => {
    const planSheet = sheet("Ekonomisk plan 2025–2027");
    const years = ["Budget 2025", "Plan 2026", "Plan 2027"];
    years.forEach((header, k) => {
      const year = figures.years[k];
      expect(planSheet.at("Över-/underskott från tidigare år", header, 4)).toBe(year.opening.toNumber());
      expect(planSheet.at("Årets resultat", header, 4)).toBe(year.result.toNumber());
      expect(planSheet.at("Eget kapital vid årets utgång", header, 4)).toBe(year.closing.toNumber());
    });
    expect(planSheet.at("Årets resultat", "Plan 2026", 4)).toBe(-1150700);
    expect(planSheet.at("Eget kapital vid årets utgång", "Plan 2026", 4)).toBe(4481600);
    expect(planSheet.at("Över-/underskott från tidigare år", "Plan 2027", 4)).toBe(4481600);
  });

  it("gives each intervention the model's burn ratio and pace, and the total as a ratio of totals", () => {
    const interventions = sheet("Insatser");
    plan.followUp.interventions.forEach((row, i) => {
      expect(interventions.at(row.name, "Förbrukningskvot", 3)).toBeCloseTo(figures.burnRatios[i].toNumber(), 14);
      expect(interventions.at(row.name, "Takt mot förfluten tid", 3)).toBeCloseTo(figures.paceRatios[i].toNumber(), 14);
    });
    expect(interventions.at("Summa insatser", "Förbrukningskvot", 3)).toBeCloseTo(12987 / 14955, 14);
  });

  it("shows the scenarios: the full offer ends 2027 at 17 473 100, stopping Sikta at 20 473 100", () => {
    const scenarios = readScenarioSheet(sheet("Scenarier"), plan, LABELS.sv);
    expect(scenarios.planned.map((year) => year.closing)).toEqual([5632300, 4481600, 2473100]);
    expect(scenarios.fullOffer.map((year) => [year.contributions, year.closing])).toEqual([
      [21000000, 10632300],
      [21000000, 14481600],
      [21000000, 17473100],
    ]);
    expect(scenarios.otherRevenuesEnd.map((year) => year.closing)).toEqual([5632300, 2703600, 695100]);
    expect(scenarios.newIntervention.map((year) => year.closing)).toEqual([5632300, 3481600, 473100]);
    expect(scenarios.stoppedIntervention.map((year) => year.closing)).toEqual([5632300, 13481600, 20473100]);
    expect(scenarios.planned.map((year) => year.within)).toEqual(["NEJ", "NEJ", "JA"]);
  });

  it("says OK on every row of Kontroller", () => {
    const checks = sheet("Kontroller");
    const results = checks.column(2);
    results.delete("Kontroller");
    results.delete("Kontroll");
    expect(results.size).toBeGreaterThan(15);
    expect([...results].filter(([, status]) => status !== "OK")).toEqual([]);
  });
});
