import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { burnRatio, totalBurnRatio } from "../../src/model/burn";
import { sum } from "../../src/model/money";
import { computePlan } from "../../src/model/plan";
import { planWorkbook } from "../../src/templates/workbook";
import { specToWorkbook } from "../../src/xlsx/xlsx-writer";
import { examplePlan } from "../fixtures/example-plan";
import { plain } from "../fixtures/sv-numbers";
import { npmRun } from "../fixtures/run-cli";
import { HandBuiltSheet, asExcelJs, handBuiltPlan, locate, withCell } from "../fixtures/hand-built-plan";

const dir = mkdtempSync(join(tmpdir(), "finsam-check-"));

const check = (...args: string[]) => npmRun("check", args, 60_000);

const plan = examplePlan();
const figures = computePlan(plan);
const sheets = handBuiltPlan(plan);
const [budget, fees, interventions, keyFigures] = sheets;
const at = (sheet: HandBuiltSheet, label: string, header: string | number) => locate(sheet, label, header);

/** One slip of each kind, each in its own place, in one hand-built workbook. */
const gnesta = plan.members.findIndex((m) => m.name === "Gnesta");
const flen = plan.members.findIndex((m) => m.name === "Flen");
const rows = plan.followUp.interventions;
const average = Number(
  sum(rows.map((row) => burnRatio(row.outcome, row.budget)))
    .div(rows.length)
    .toPrecision(12),
);
/** The quarterly column's rows as slipped: Flen's quarter replaced. */
const flenQuarter = figures.fees[flen].div(4).floor().plus(2);
const quarterSum = sum(figures.instalments.map((q, i) => (i === flen ? flenQuarter : q[0])));
const slips: [HandBuiltSheet, string, string | number, number][] = [
  [budget, "Över-underskott från tidigare år", 2027, 4472600],
  [budget, "Beräknat eget kapital vid årets utgång", 2027, 2464100],
  [budget, "Summa intäkter", 2026, 17788000],
  [fees, "Gnesta", "kr/år 2025", figures.fees[gnesta].plus(1).toNumber()],
  [fees, "Flen", "kr/kvartal", flenQuarter.toNumber()],
  [fees, "Staten", "kr/år 2025", 8001000],
  [interventions, rows[4].name, "Förbrukningskvot mot budget", 0.9],
  [interventions, "Summa RAR-insatser", "Förbrukningskvot mot budget", average],
  [keyFigures, "Soliditet", 2025, 0.5],
];
const slipped = slips.reduce(
  (book, [sheet, label, header, value]) => withCell(book, sheet.name, at(sheet, label, header), value),
  sheets,
);

const paths = {
  clean: join(dir, "clean.xlsx"),
  slipped: join(dir, "slipped.xlsx"),
  warnings: join(dir, "warnings.xlsx"),
  template: join(dir, "template.xlsx"),
  notZip: join(dir, "not-a-zip.xlsx"),
  truncated: join(dir, "truncated.xlsx"),
};

beforeAll(async () => {
  await asExcelJs(sheets).xlsx.writeFile(paths.clean);
  await asExcelJs(slipped).xlsx.writeFile(paths.slipped);
  const chosen = withCell(
    withCell(sheets, "Avgifter", at(fees, "Staten", "kr/år 2025"), 8400000),
    "Avgifter",
    at(fees, "Region Sörmland", "kr/år 2025"),
    3600000,
  );
  await asExcelJs(chosen).xlsx.writeFile(paths.warnings);
  await specToWorkbook(planWorkbook(plan, { language: "sv" })).xlsx.writeFile(paths.template);
  writeFileSync(paths.notZip, "Budget 2025;19020000\n");
  writeFileSync(paths.truncated, readFileSync(paths.clean).subarray(0, 2000));
});

describe("npm run check", () => {
  it("exits 0 and says so when the plan has no slips", async () => {
    const { code, stdout } = await check(paths.clean);
    expect({ code, stdout: stdout.trim() }).toEqual({ code: 0, stdout: "Inga fel hittades." });
  }, 60_000);

  it("finds every slip planted in a hand-built plan, at its cell, with the recomputed figure (--json)", async () => {
    const { code, stdout } = await check(paths.slipped, "--json");
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    const found = report.findings.map((f: Record<string, unknown>) => [f.sheet, f.address, f.rule, f.expected]);
    const cell = (sheet: HandBuiltSheet, label: string, header: string | number) => at(sheet, label, header).address;
    expect(found).toEqual([
      ["Budget", cell(budget, "Summa intäkter", 2026), "sum", figures.years[1].revenues.toNumber()],
      ["Budget", cell(budget, "Över-underskott från tidigare år", 2027), "opening-differs", 4481600],
      ["Avgifter", cell(fees, "Gnesta", "kr/år 2025"), "fee-key", figures.fees[gnesta].toNumber()],
      ["Avgifter", cell(fees, "Flen", "kr/kvartal"), "instalment", figures.fees[flen].div(4).toNumber()],
      ["Avgifter", cell(fees, "Summa kommuner", "kr/kvartal"), "sum", quarterSum.toNumber()],
      ["Avgifter", cell(fees, "Staten", "kr/år 2025"), "split", 8000000],
      [
        "Insatser",
        cell(interventions, rows[4].name, "Förbrukningskvot mot budget"),
        "burn-row",
        figures.burnRatios[4].toNumber(),
      ],
      [
        "Insatser",
        cell(interventions, "Summa RAR-insatser", "Förbrukningskvot mot budget"),
        "burn-total",
        totalBurnRatio(rows).toNumber(),
      ],
      [
        "Nyckeltal",
        cell(keyFigures, "Soliditet", 2025),
        "solidity",
        figures.years[0].closing.div(figures.years[0].closing.abs().times(3).plus(1_000_000)).toNumber(),
      ],
    ]);
    expect(report).toMatchObject({ file: paths.slipped, errors: 9, warnings: 0 });
    expect(Object.keys(report.findings[0]).sort()).toEqual(
      ["address", "expected", "found", "message", "rule", "severity", "sheet"].sort(),
    );
    expect(Object.keys(report.findings[0].message).sort()).toEqual(["en", "sv"]);
  }, 60_000);

  it("prints the findings by sheet, in Swedish by default and in English with --lang en", async () => {
    // sv-SE separates thousands with a no-break space.
    const sv = await check(paths.slipped).then((out) => ({ ...out, stdout: out.stdout.replace(/\u00a0/g, " ") }));
    expect(sv.code).toBe(1);
    expect(sv.stdout).toMatch(
      /^ {2}D18 +FEL +Ingående eget kapital 2027 är 4 472 600, men utgående eget kapital 2026 är 4 481 600\./m,
    );
    expect(sv.stdout.split("\n").filter((line) => /^\S/.test(line))).toEqual([
      "Budget",
      "Avgifter",
      "Insatser",
      "Nyckeltal",
      "9 fel, 0 varningar.",
    ]);
    // English words, figures written sv-SE as everywhere in the add-in.
    const en = await check(paths.slipped, "--lang", "en");
    expect(plain(en.stdout)).toMatch(
      / {2}D18 +ERROR +Opening equity 2027 is 4 472 600, but the closing equity of 2026 is 4 481 600\./,
    );
    expect(en.stdout.trim()).toMatch(/9 errors, 0 warnings\.$/);
  }, 60_000);

  it("exits 0 with warnings only: a split that adds up but is not 50/25/25", async () => {
    const { code, stdout } = await check(paths.warnings, "--lang", "en");
    expect(code).toBe(0);
    expect(stdout).toMatch(/0 errors, 2 warnings\./);
  }, 60_000);

  it("reviews only the formulas of a workbook never calculated, and says so", async () => {
    const { code, stdout } = await check(paths.template, "--json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout).findings.map((f: { rule: string }) => f.rule)).toEqual(["no-values"]);
  }, 60_000);

  it.each([
    ["a file that is not a workbook", () => paths.notZip, /not-a-zip\.xlsx: kan inte läsas: inte ett kalkylblad/],
    ["a truncated workbook", () => paths.truncated, /truncated\.xlsx: kan inte läsas: arbetsboken är skadad$/m],
    ["a file that is not there", () => join(dir, "missing.xlsx"), /missing\.xlsx: kan inte läsas: filen finns inte$/m],
    ["a folder", () => dir, /: kan inte läsas: det är ingen fil$/m],
  ])(
    "exits 2 with a message and no stack trace for %s",
    async (_, path, message) => {
      const { code, stdout, stderr } = await check(path());
      expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /);
    },
    60_000,
  );

  it("exits 2 with the usage for a missing file argument or an unknown option, in Swedish unless --lang en", async () => {
    expect(await check()).toMatchObject({ code: 2, stderr: expect.stringMatching(/användning: npm run check/) });
    expect(await check("--lang", "en")).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/usage: npm run check/),
    });
    expect(await check(paths.clean, "--strict")).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^finsam check: okänd flagga --strict\nanvändning:/),
    });
    expect(await check(paths.clean, "--lang", "de")).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--lang ska vara sv eller en, inte "de"/),
    });
  }, 60_000);

  it("says why in English with --lang en", async () => {
    const { code, stderr } = await check(join(dir, "missing.xlsx"), "--lang", "en");
    expect({ code, stderr: stderr.trim() }).toEqual({
      code: 2,
      stderr: `finsam check: ${join(dir, "missing.xlsx")}: cannot be read: no such file`,
    });
  }, 60_000);
});
