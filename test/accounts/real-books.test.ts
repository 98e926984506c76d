import { readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mkdtempSync } from "node:fs";
import { exactFigures, yearResult } from "../../src/model/annual-accounts";
import { DEFAULT_CHART } from "../../src/model/chart";
import { money, sum } from "../../src/model/money";
import { booksBalances } from "../../src/sie/account-balances";
import { decodeSie } from "../../src/sie/encoding";
import { readSie } from "../../src/sie/read-sie";
import { accountsWorkbook } from "../../src/templates/accounts-workbook";
import { specToWorkbook } from "../../src/xlsx/xlsx-writer";
import { readWorkbook, recalculateAllInLibreOffice } from "../fixtures/libreoffice";

/*
 * The real exports of test/fixtures/sie-real (README.md there says whose):
 * every one that can be used and carries #RES for its fiscal year gives
 * accounts whose årets resultat is minus the sum of the file's own #RES
 * lines on its result accounts, taken straight from its text — in the model, and on the
 * Resultaträkning as LibreOffice computes it.
 */

const DIR = join(__dirname, "..", "fixtures", "sie-real");

const withResults = readdirSync(DIR)
  .filter((name) => /\.(se|si)$/i.test(name))
  .map((name) => ({ name, bytes: readFileSync(join(DIR, name)) }))
  .map(({ name, bytes }) => ({ name, reading: readSie(bytes), text: decodeSie(bytes).text }))
  .filter(
    ({ reading, text }) => reading.problems.length === 0 && reading.ledger.fiscalYear && /^#RES\s+0\s/m.test(text),
  );

/** Minus the sum of the file's #RES 0 lines on result accounts (classes 3–8; 9 is internal accounting), read with a pattern of its own. */
const fileResult = (text: string) =>
  sum([...text.matchAll(/^#RES\s+0\s+"?([3-8]\d*)"?\s+(-?[\d.]+)/gm)].map((match) => money(match[2]))).neg();

describe("real SIE exports: the year's result is minus the file's own #RES (docs/domain.md rule 10)", () => {
  it("covers the exports of several programs", () => {
    const programs = new Set(withResults.map(({ reading }) => reading.ledger.program.split(" ")[0]));
    expect(programs.size).toBeGreaterThanOrEqual(5);
  });

  it.each(withResults.map((file) => [file.name, file] as const))("%s, in the model", (_name, { reading, text }) => {
    const { balances } = booksBalances(reading.ledger);
    expect(yearResult(exactFigures(balances, DEFAULT_CHART).income.current).toFixed(2)).toBe(
      fileResult(text).toFixed(2),
    );
  });

  it("on the Resultaträkning, as LibreOffice computes it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "finsam-real-accounts-"));
    const paths = await Promise.all(
      withResults.map(async ({ name, reading }, i) => {
        const path = join(dir, `${i}-${name}.xlsx`);
        const fiscalYear = reading.ledger.fiscalYear!;
        const spec = accountsWorkbook({
          company: reading.ledger.company,
          years: [fiscalYear.end.slice(0, 4), "–"],
          yearEnds: [fiscalYear.end, "–"],
          balances: booksBalances(reading.ledger).balances,
          chart: DEFAULT_CHART,
          unit: "kr",
          language: "sv",
        });
        await specToWorkbook(spec).xlsx.writeFile(path);
        return path;
      }),
    );
    const recalculated = await recalculateAllInLibreOffice(paths);
    for (const [i, path] of recalculated.entries()) {
      const income = (await readWorkbook(path))("Resultaträkning");
      const shown = income.value(income.rowOf("Årets resultat"), 2);
      expect([withResults[i].name, shown]).toEqual([
        withResults[i].name,
        expect.closeTo(fileResult(withResults[i].text).toNumber(), 2),
      ]);
    }
  }, 180_000);
});
