import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { money, sum } from "../../src/model/money";
import type { PlanInput } from "../../src/model/plan";
import { sieBytes } from "../../src/sie/write-sie";
import { readPlan } from "../../src/templates/read-plan";
import { CURRENT_OPENING, CURRENT_RESULTS, annualBooks } from "../fixtures/annual-books";
import { decidedPlan, withoutSchema } from "../fixtures/decided-plan";
import { EXAMPLE_PATH } from "../fixtures/example-plan";
import { followedUp2025 } from "../fixtures/followed-up-2025";
import { npmRun as runScript } from "../fixtures/run-cli";
import { plain } from "../fixtures/sv-numbers";

const dir = mkdtempSync(join(tmpdir(), "finsam-plan-cli-"));
const npmRun = (script: string, ...args: string[]) => runScript(script, args);

const json = (path: string) => withoutSchema(JSON.parse(readFileSync(path, "utf8")));

describe("npm run plan and npm run next-year", () => {
  const workbook = join(dir, "example.xlsx");

  beforeAll(async () => {
    expect((await npmRun("workbook", "--out", workbook)).code).toBe(0);
  }, 120_000);

  it("reads the example workbook back into the example plan file exactly", async () => {
    const out = join(dir, "plan.json");
    const { code, stdout } = await npmRun("plan", workbook, "--out", out);
    expect([code, stdout]).toEqual([0, `skrev ${out}: planen för 2025–2027\n`]);
    expect(json(out)).toEqual(json(EXAMPLE_PATH));
  }, 60_000);

  it("writes the plan read back as the same workbook again", async () => {
    const decided = join(dir, "decided.json");
    writeFileSync(decided, JSON.stringify(decidedPlan()));
    const first = join(dir, "decided.xlsx");
    expect((await npmRun("workbook", "--input", decided, "--out", first)).code).toBe(0);
    const readBack = join(dir, "decided-back.json");
    expect((await npmRun("plan", first, "--out", readBack)).code).toBe(0);
    const again = join(dir, "decided-again.xlsx");
    expect((await npmRun("workbook", "--input", readBack, "--out", again)).code).toBe(0);
    const twice = join(dir, "decided-twice.json");
    expect((await npmRun("plan", again, "--out", twice)).code).toBe(0);
    expect(json(twice)).toEqual(json(readBack));
    expect(json(readBack)).toEqual(json(decided));
  }, 120_000);

  it("makes the example a 2026 plan opening at 5 632 300, the plan's closing, with the reminder of the populations", async () => {
    const out = join(dir, "next.json");
    const { code, stdout } = await npmRun("next-year", workbook, "--out", out);
    expect(code).toBe(0);
    expect(plain(stdout)).toContain("ingående eget kapital 5 632 300 kr: 2025 års utgående eget kapital enligt planen");
    expect(stdout).toContain("befolkning 16–64 år (SCB, 1 november 2025)");
    const next = readPlan(readFileSync(out, "utf8"));
    expect([next.budgetYear, next.openingEquity, next.followUp.interventions.length]).toEqual([2026, 5_632_300, 0]);
  }, 60_000);

  it("takes a closing of its own, says so in English, and writes a workbook", async () => {
    const out = join(dir, "next.xlsx");
    const { code, stdout } = await npmRun(
      "next-year",
      workbook,
      "--closing",
      "5 700 000",
      "--lang",
      "en",
      "--out",
      out,
    );
    expect(code).toBe(0);
    expect(plain(stdout)).toContain("opening equity 5 700 000 kr: 2025's closing equity as given by --closing");
    const back = join(dir, "next-back.json");
    expect((await npmRun("plan", out, "--out", back)).code).toBe(0);
    expect(json(back).openingEquity).toBe(5_700_000);
  }, 60_000);

  it("opens at the prognosis's closing when the plan follows up its budget year, and says so", async () => {
    const followedUp = join(dir, "followed-up.json");
    writeFileSync(followedUp, JSON.stringify(followedUp2025(json(EXAMPLE_PATH) as PlanInput)));
    const out = join(dir, "next-from-prognosis.json");
    const { code, stdout } = await npmRun("next-year", followedUp, "--out", out);
    expect(code).toBe(0);
    expect(plain(stdout)).toContain(
      "ingående eget kapital 5 091 204 kr: 2025 års utgående eget kapital enligt uppföljningens prognos",
    );
    expect(readPlan(readFileSync(out, "utf8")).openingEquity).toBe(5_091_204);
  }, 60_000);

  it("opens at the closing equity of the budget year's annual accounts, from their Saldon and Kontoplan", async () => {
    const books = join(dir, "books-2025.se");
    writeFileSync(books, sieBytes(annualBooks()));
    const accounts = join(dir, "accounts-2025.xlsx");
    expect((await npmRun("accounts", books, "--out", accounts)).code).toBe(0);
    // By account class alone: equity 2010 at the start of 2025 plus the year's result, credit written negative.
    const closing = money(CURRENT_OPENING["2010"])
      .plus(sum(Object.values(CURRENT_RESULTS)))
      .neg()
      .toDecimalPlaces(0);
    const out = join(dir, "next-from-accounts.json");
    const { code, stdout } = await npmRun("next-year", workbook, "--accounts", accounts, "--out", out);
    expect(code).toBe(0);
    expect(plain(stdout)).toContain(
      `ingående eget kapital ${plain(closing.toNumber().toLocaleString("sv-SE"))} kr: 2025 års utgående eget kapital enligt årsredovisningen`,
    );
    expect(readPlan(readFileSync(out, "utf8")).openingEquity).toBe(closing.toNumber());

    // Accounts of another year than the plan's budget year, or a workbook that holds none, are refused.
    const plan2024 = join(dir, "plan-2024.json");
    writeFileSync(plan2024, JSON.stringify({ ...json(EXAMPLE_PATH), budgetYear: 2024 }));
    const otherYear = await npmRun("next-year", plan2024, "--accounts", accounts, "--out", join(dir, "z.json"));
    expect([otherYear.code, otherYear.stderr]).toEqual([
      2,
      `finsam next-year: ${accounts}: bokslutet gäller 2025, men planens budgetår är 2024: nästa års plan börjar med 2024 års utgående eget kapital\n`,
    ]);
    const notAccounts = await npmRun("next-year", workbook, "--accounts", workbook, "--out", join(dir, "z.json"));
    expect([notAccounts.code, notAccounts.stderr]).toEqual([
      2,
      `finsam next-year: ${workbook}: kan inte läsas som ett bokslut: arbetsboken har inget bokslut (bladen Saldon och Kontoplan)\n`,
    ]);
    expect(existsSync(join(dir, "z.json"))).toBe(false);
  }, 120_000);

  it("refuses a workbook without a plan and a closing that is not whole kronor, writing nothing", async () => {
    const plan = await npmRun("next-year", workbook, "--closing", "5,7 mkr", "--out", join(dir, "x.json"));
    expect([plan.code, plan.stderr]).toEqual([2, 'finsam next-year: --closing ska vara hela kronor, inte "5,7 mkr"\n']);
    const sheetless = join(dir, "sheetless.xlsx");
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Blad1").getCell("A1").value = "hej";
    await book.xlsx.writeFile(sheetless);
    const refused = await npmRun("plan", sheetless, "--out", join(dir, "y.json"));
    expect([existsSync(join(dir, "x.json")), existsSync(join(dir, "y.json"))]).toEqual([false, false]);
    expect([refused.code, refused.stderr]).toEqual([
      2,
      `finsam plan: ${sheetless}: kan inte läsas som en plan: arbetsboken har inga planblad (Parametrar, Medlemsavgifter, Budget, Ekonomisk plan)\n`,
    ]);
  }, 60_000);
});
