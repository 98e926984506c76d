import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { objectCosts, sampleLedger } from "../../src/bench/sample-ledger";
import { burnRatio, paceRatio } from "../../src/model/burn";
import { money } from "../../src/model/money";
import { PlanInput } from "../../src/model/plan";
import { dayNumber } from "../../src/model/date-serial";
import { encodeCp437 } from "../../src/sie/cp437";
import { sieBytes, sieText } from "../../src/sie/write-sie";
import { planWorkbook } from "../../src/templates/workbook";
import { specToWorkbook } from "../../src/xlsx/xlsx-writer";
import { examplePlan } from "../fixtures/example-plan";
import { SheetReader, readWorkbook, recalculateAllInLibreOffice } from "../fixtures/libreoffice";
import { npmRun, run } from "../fixtures/run-cli";

const dir = mkdtempSync(join(tmpdir(), "finsam-outcome-"));
const at = (name: string) => join(dir, name);

const plan = examplePlan();
const interventions = plan.followUp.interventions;
const PROJECTS = interventions.map((_, i) => `P${i + 1}`);
const AS_OF = "2021-04-30";
/** A made-up 2021 ledger for the example's follow-up year, one project per intervention. */
const ledger = sampleLedger({ year: 2021, transactions: 3000, projects: PROJECTS, seed: 7 });
const expected = objectCosts(ledger, AS_OF);

/** `npm run outcome` as a user runs it: its exit code and what it printed. */
const outcome = (...args: string[]) => npmRun("outcome", args);

/** The plan as a workbook with Kopplingar filled in as the economist would: every cost account, per project. */
async function planFile(name: string, followUp: PlanInput["followUp"], more: (string | number)[][] = []) {
  const workbook = specToWorkbook(planWorkbook({ ...plan, followUp }, { language: "sv" }));
  const mappings = workbook.getWorksheet("Kopplingar")!;
  [...interventions.map((row, i) => ["4000-7999", 6, PROJECTS[i], row.name]), ...more].forEach((cells, r) =>
    cells.forEach((value, c) => (mappings.getCell(6 + r, 1 + c).value = value)),
  );
  await workbook.xlsx.writeFile(at(name));
}

/** The budget year's books, for following up the budget's cost rows too (the office is kostnadsställe 100). */
const budgetYearLedger = sampleLedger({ year: 2025, transactions: 3000, projects: PROJECTS, seed: 8 });

beforeAll(async () => {
  await planFile("plan.xlsx", plan.followUp);
  await planFile("plan-2025.xlsx", { ...plan.followUp, year: 2025, asOf: "2025-12-31" }, [
    ["4000-7999", 1, "100", "Kansli"],
  ]);
  writeFileSync(at("ledger.se"), sieBytes(ledger));
  writeFileSync(at("ledger-2025.se"), sieBytes(budgetYearLedger));
}, 60_000);

describe("npm run outcome, into the example plan, recalculated in LibreOffice", () => {
  let sheet: (name: string) => SheetReader;
  let printed: string;

  let sheet2025: (name: string) => SheetReader;

  beforeAll(async () => {
    const [run, run2025] = await Promise.all([
      outcome(at("plan.xlsx"), at("ledger.se"), "--as-of", AS_OF, "--out", at("followed-up.xlsx")),
      outcome(
        at("plan-2025.xlsx"),
        at("ledger-2025.se"),
        "--as-of",
        "2025-04-30",
        "--out",
        at("followed-up-2025.xlsx"),
      ),
    ]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run2025).toMatchObject({ code: 0, stderr: "" });
    printed = run.stdout;
    const recalculated = await recalculateAllInLibreOffice([at("followed-up.xlsx"), at("followed-up-2025.xlsx")]);
    [sheet, sheet2025] = await Promise.all(recalculated.map(readWorkbook));
  }, 240_000);

  it("writes each intervention's cost up to 30 April into Utfall", () => {
    const insatser = sheet("Insatser");
    const column = insatser.columnOf("Utfall", 3);
    interventions.forEach((row, i) =>
      expect(insatser.value(insatser.rowOf(row.name), column)).toBe(expected.get(PROJECTS[i])!.toNumber()),
    );
  });

  it("gives the burn ratios and the pace against time elapsed the model gives (docs/domain.md rule 5)", () => {
    const insatser = sheet("Insatser");
    const burn = insatser.columnOf("Förbrukningskvot", 3);
    const pace = insatser.columnOf("Takt mot förfluten tid", 3);
    const year = { start: dayNumber("2021-01-01"), end: dayNumber("2021-12-31") };
    interventions.forEach((row, i) => {
      const outcome = expected.get(PROJECTS[i])!;
      const r = insatser.rowOf(row.name);
      expect(insatser.value(r, burn)).toBeCloseTo(burnRatio(outcome, row.budget).toNumber(), 12);
      expect(insatser.value(r, pace)).toBeCloseTo(
        paceRatio(outcome, row.budget, year, dayNumber(AS_OF)).toNumber(),
        12,
      );
    });
    const total = [...expected.values()].reduce((sum, value) => sum.plus(value), money(0));
    const budget = interventions.reduce((sum, row) => sum + row.budget, 0);
    expect(insatser.at("Summa insatser", "Förbrukningskvot", 3)).toBeCloseTo(burnRatio(total, budget).toNumber(), 12);
  });

  it("sets the follow-up date, and every row of Kontroller still reads OK", () => {
    const params = sheet("Parametrar");
    expect(params.value(params.rowOf("Uppföljningsdatum"), 2)).toEqual(new Date(`${AS_OF}T00:00:00Z`));
    const results = sheet("Kontroller").column(2);
    results.delete("Kontroller");
    results.delete("Kontroll");
    expect([...results].filter(([, status]) => status !== "OK")).toEqual([]);
  });

  it("keeps the values it replaced in Utfallslogg", () => {
    const log = sheet("Utfallslogg");
    const header = log.rowOf("Importerad");
    const before = log.columnOf("Tidigare värde", header);
    interventions.forEach((row, i) => {
      expect(log.value(header + 1 + i, log.columnOf("Insats eller kostnadsrad", header))).toBe(row.name);
      expect(log.value(header + 1 + i, before)).toBe(row.outcome);
    });
    expect(log.value(header + 1 + interventions.length, before)).toBe(dayNumber("2021-12-31"));
  });

  it("follows up the budget's cost rows in the budget year: Kansli's outcome and burn ratio on Kopplingar", () => {
    const kopplingar = sheet2025("Kopplingar");
    const { row, column } = kopplingar.find("Kansli");
    const outcome = objectCosts(budgetYearLedger, "2025-04-30", "1").get("100")!;
    expect(kopplingar.value(row, column + 1)).toBe(3677000);
    expect(kopplingar.value(row, column + 2)).toBe(outcome.toNumber());
    expect(kopplingar.value(row, column + 3)).toBeCloseTo(burnRatio(outcome, 3677000).toNumber(), 12);
    // Styrelse has no mapping row: its outcome is left as it was (empty).
    expect(kopplingar.value(kopplingar.find("Styrelse").row, column + 2)).toBeNull();
  });

  it("prints the changes and what it left out", () => {
    expect(printed).toMatch(/SIKTA\s+2\s837\s000\s+→/);
    expect(printed).toMatch(/kostnad på konto \d{4} .* som inte finns i Kopplingar/);
    expect(printed).toMatch(/senare lämnade utanför/);
  });

  it("undoes the import with --undo", async () => {
    const run = await outcome(at("followed-up.xlsx"), "--undo", "--out", at("undone.xlsx"));
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(at("undone.xlsx"));
    const insatser = workbook.getWorksheet("Insatser")!;
    expect(interventions.map((_, i) => insatser.getCell(4 + i, 6).value)).toEqual(interventions.map((r) => r.outcome));
    expect(workbook.getWorksheet("Parametrar")!.getCell("B12").value).toEqual(new Date("2021-12-31T00:00:00Z"));
    // The title and the header are left; the import's rows are gone.
    expect(workbook.getWorksheet("Utfallslogg")!.actualRowCount).toBe(2);
  }, 60_000);
});

describe("npm run outcome with what it cannot use", () => {
  const text = sieText(ledger);
  const refused = async (name: string, args: string[]) => {
    const out = at(`${name}.xlsx`);
    const run = await outcome(...args, "--out", out);
    expect(run.code).toBe(2);
    expect(existsSync(out) || existsSync(`${out}.partial`)).toBe(false);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    return run.stderr;
  };
  const ledgerFile = (name: string, bytes: Buffer) => {
    writeFileSync(at(name), bytes);
    return at(name);
  };

  it("refuses a file whose letters were lost to replacement characters, in Swedish and in English", async () => {
    const lost = ledgerFile("lost.se", Buffer.from(text.replace("#FNAMN", '#PROSA "\ufffdvrigt"\r\n#FNAMN'), "utf8"));
    expect(await refused("lost", [at("plan.xlsx"), lost, "--as-of", AS_OF])).toMatch(
      /inget importerat:\n- filen innehåller ersättningstecken \(U\+FFFD, i UTF-8\)/,
    );
    expect(await refused("lost-en", [at("plan.xlsx"), lost, "--as-of", AS_OF, "--lang", "en"])).toMatch(
      /nothing imported:\n- the file holds replacement characters \(U\+FFFD, in UTF-8\)/,
    );
  }, 60_000);

  it("refuses an unbalanced verification and a date outside the fiscal year, with their lines", async () => {
    const broken = text
      .replace(/#VER "A" "1" 2021(\d{4})/, '#VER "A" "1" 20220105')
      .replace(/(#TRANS 1930 \{\} -\d+)/, "$19");
    const stderr = await refused("broken", [
      at("plan.xlsx"),
      ledgerFile("broken.se", encodeCp437(broken)),
      "--as-of",
      AS_OF,
    ]);
    expect(stderr).toMatch(/rad \d+: #VER A 1 \(2022-01-05\) balanserar inte/);
    expect(stderr).toMatch(
      /rad \d+: #VER A 1 \(2022-01-05\) är daterad 2022-01-05, utanför räkenskapsåret 2021-01-01–2021-12-31/,
    );
  }, 60_000);

  it("refuses a workbook without Kopplingar, in Swedish unless --lang en", async () => {
    const bare = new ExcelJS.Workbook();
    bare.addWorksheet("Blad1");
    await bare.xlsx.writeFile(at("bare.xlsx"));
    expect(await refused("bare-out", [at("bare.xlsx"), at("ledger.se"), "--as-of", AS_OF])).toMatch(
      /har inget namn Kopplingar: den är ingen Finsam-plan/,
    );
    expect(await refused("bare-out-en", [at("bare.xlsx"), at("ledger.se"), "--as-of", AS_OF, "--lang", "en"])).toMatch(
      /has no name Kopplingar/,
    );
  }, 60_000);

  it("refuses a file that is no workbook, and a missing --as-of, in Swedish unless --lang en", async () => {
    expect(await refused("nobook", [at("ledger.se"), at("ledger.se"), "--as-of", AS_OF])).toMatch(
      /ledger\.se: planen kan inte läsas: inte ett kalkylblad/,
    );
    expect(await refused("nobook-en", [at("ledger.se"), at("ledger.se"), "--as-of", AS_OF, "--lang", "en"])).toMatch(
      /ledger\.se: the plan cannot be read: not a spreadsheet/,
    );
    expect(await refused("noasof", [at("plan.xlsx"), at("ledger.se")])).toMatch(/--as-of krävs\nanvändning:/);
  }, 60_000);
});

describe("npm run outcome into a pipe", () => {
  it("ends quietly when the reader of its output goes away (| head -1)", async () => {
    const command = `"${process.execPath}" --import tsx src/cli/outcome.ts "${at("plan.xlsx")}" "${at("ledger.se")}" --as-of ${AS_OF} --out "${at("piped.xlsx")}" | head -1`;
    const { code, stdout, stderr } = await run("sh", ["-c", command]);
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout.split("\n")).toHaveLength(2);
  }, 60_000);
});
