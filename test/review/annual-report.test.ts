import fc from "fast-check";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { reviewWorkbook } from "../../src/review/review";
import { a1 } from "../../src/templates/grammar";
import { brief } from "../fixtures/findings";
import { Figure, HandBuiltSheet, asExcelJs, asReadWorkbook, locate, withCell } from "../fixtures/hand-built-plan";
import { annualYears, randomAnnualReport } from "../fixtures/random-annual-report";
import { npmRun } from "../fixtures/run-cli";
import { seed004Report } from "../fixtures/seed-004-report";
import { plain } from "../fixtures/sv-numbers";

/*
 * Seed 004's annual report (Årsredovisning 2021), its economic tables typed
 * by hand as printed, in tkr: the review finds each of its slips at its cell
 * with the figure that follows from the other tables (docs/domain.md rule 10),
 * nothing in the corrected copy, and each slip planted in it alone.
 */
const review = (sheets: readonly HandBuiltSheet[]) => brief(reviewWorkbook(asReadWorkbook(sheets)));

const printed = seed004Report();
const corrected = seed004Report({ corrected: true });
const sheetOf = (sheets: readonly HandBuiltSheet[], name: string) => sheets.find((sheet) => sheet.name === name)!;
const cell = (name: string, label: string, header: string | number) => locate(sheetOf(printed, name), label, header);

/** One cell of the corrected report typed otherwise. */
const typed = (sheets: HandBuiltSheet[], name: string, label: string, header: string | number, value: Figure) =>
  withCell(sheets, name, locate(sheetOf(sheets, name), label, header), value);

const finding = (
  name: string,
  label: string,
  header: string | number,
  severity: "error" | "warning",
  rule: string,
  expected: number,
  found: number,
) => ({ sheet: name, address: cell(name, label, header).address, severity, rule, expected, found });

/** Seed 004's slips, each with the figure the rules give from the printed figures around it. */
const SLIPS = [
  // The overview prints 2020's result as 2 571, every other table as 2 572.
  finding("Förvaltningsberättelse", "Årets resultat", 2020, "warning", "same-figure", 2572, 2571),
  // Soliditet from the balance sheet on its own sheet, headed by year-end dates.
  finding("Förvaltningsberättelse", "Soliditet", 2021, "error", "solidity", 2971 / 12359, 0.28),
  finding("Förvaltningsberättelse", "Soliditet", 2020, "error", "solidity", 5645 / 9887, 0.42),
  finding("Resultaträkning", "Verksamhetens resultat", "2020-12-31", "warning", "sum", 19245 - 16674, 2572),
  finding("Balansräkning", "Utg eget kapital", "2020-12-31", "warning", "closing", 3072 + 2572, 5645),
  finding("Driftredovisning", "Nettokostnad", "Avvikelse utfall – budget", "error", "variance", -21904 + 23937, -2033),
  finding("Driftredovisning", "Resultat", "Avvikelse utfall – budget", "error", "variance", -2674 + 4902, 1728),
  // Driftredovisning's 2020 equity is the thousand kronor off the balance sheet's.
  finding("Driftredovisning", "Utgående eget kapital", "Bokslut helår 2020", "warning", "same-figure", 5645, 5644),
  // Note 2's lines add up to 19 229, its sum is the income statement's 19 230.
  finding("Noter", "Summa", 2021, "warning", "sum", 8000 + 4000 + 4000 + 3213 + 16, 19230),
  finding("Noter", "Summa RAR-insatser", "Förbrukningskvot mot budget", "error", "burn-total", 12987 / 14955, 0.89),
  // Note 5's taxes are printed −989, its sum counts them +989.
  finding("Noter", "Summa Kortfristiga skulder", "2021-12-31", "error", "sum", 4123 - 989, 5112),
];

/** Ratios compared to the engine's precision; amounts exactly. */
const approximately = (slips: typeof SLIPS) =>
  slips.map((slip) => ({ ...slip, expected: expect.closeTo(slip.expected, 12) }));

describe("seed 004's annual report, as printed", () => {
  it("has each slip found at its cell with the right figure; a difference of 1 tkr is a rounding warning", () => {
    expect(review(printed)).toEqual(approximately(SLIPS));
  });

  it("says in Swedish and English what is wrong, with the figures", () => {
    const findings = reviewWorkbook(asReadWorkbook(printed));
    const at = (address: string, sheet: string) => findings.find((f) => f.address === address && f.sheet === sheet)!;
    const variance = at(SLIPS[5].address, "Driftredovisning");
    expect(plain(variance.message.sv)).toBe(
      "Avvikelsen för Nettokostnad ska vara utfall - budget = 2 033; står -2 033.",
    );
    expect(plain(variance.message.en)).toBe(
      "The variance of Nettokostnad should be outcome - budget = 2 033; is -2 033.",
    );
    const equity = at(SLIPS[7].address, "Driftredovisning");
    expect(plain(equity.message.sv)).toBe(
      "Utgående eget kapital 2020 är 5 644 här men 5 645 på Balansräkning: samma belopp ska stå lika i alla tabeller." +
        " Skillnaden är exakt 1 tkr: troligen avrundning, men summan ska stämma med raderna som de står.",
    );
    expect(plain(equity.message.en)).toBe(
      "Utgående eget kapital 2020 is 5 644 here but 5 645 on Balansräkning: the same figure must read the same in every table." +
        " The difference is exactly 1 tkr: likely rounding, but a total must equal its lines as printed.",
    );
  });

  it("in kronor (no tkr caption) every difference is an error", () => {
    const inKronor = seed004Report({ tkr: false });
    expect(review(inKronor)).toEqual(approximately(SLIPS.map((slip) => ({ ...slip, severity: "error" }))));
  });

  it("corrected, has no finding", () => {
    expect(review(corrected)).toEqual([]);
  });
});

describe("one slip planted in the corrected report", () => {
  const only = (sheets: HandBuiltSheet[]) => review(sheets);
  const at = (name: string, label: string, header: string | number) => locate(sheetOf(corrected, name), label, header);
  const one = (
    name: string,
    label: string,
    header: string | number,
    severity: "error" | "warning",
    rule: string,
    expected: number,
    found: number,
  ) => [{ sheet: name, address: at(name, label, header).address, severity, rule, expected, found }];

  it("a result along the way that is not the rows above it: found there, not again at the year's result", () => {
    const slipped = typed(corrected, "Resultaträkning", "Resultat efter finansiella poster", "2021-12-31", -2680);
    expect(only(slipped)).toEqual(
      one("Resultaträkning", "Resultat efter finansiella poster", "2021-12-31", "error", "sum", -2674 + 0 + 0, -2680),
    );
  });

  /** The balance sheet's claims' total: the second row under the heading's words, the one with figures. */
  const claimsTotal = (sheets: readonly HandBuiltSheet[]) => {
    const rows = sheetOf(sheets, "Balansräkning").rows;
    return (
      rows.length - 1 - [...rows].reverse().findIndex((row) => row[0] === "Eget kapital, avsättningar och skulder")
    );
  };

  it("a liability that the claims' total does not add", () => {
    const slipped = typed(corrected, "Balansräkning", "Kortfristiga skulder", "2021-12-31", 9288);
    expect(only(slipped)).toEqual([
      {
        sheet: "Balansräkning",
        address: a1(claimsTotal(slipped), 2),
        severity: "error",
        rule: "claims",
        expected: 2971 + 9288,
        found: 12359,
      },
    ]);
  });

  it("a balance sheet whose totals each add their lines but differ: assets ≠ equity + liabilities", () => {
    const liabilities = typed(corrected, "Balansräkning", "Kortfristiga skulder", "2020-12-31", 4200);
    const total = claimsTotal(liabilities);
    const slipped = withCell(liabilities, "Balansräkning", { row: total, column: 3 }, 5645 + 4200);
    expect(only(slipped)).toEqual([
      {
        sheet: "Balansräkning",
        address: a1(total, 3),
        severity: "error",
        rule: "balance",
        expected: 9887,
        found: 9845,
      },
    ]);
  });

  it("liquid funds at the end that are not start + the year's flow", () => {
    const slipped = typed(corrected, "Kassaflödesanalys", "Likvida medel vid årets slut", "2021-12-31", 11803);
    expect(only(slipped)).toEqual(
      one("Kassaflödesanalys", "Likvida medel vid årets slut", "2021-12-31", "error", "cash-end", 8750 + 3103, 11803),
    );
  });

  it("a cash flow that adds up but ends off the balance sheet's cash and bank + short-term investments", () => {
    const flow = typed(corrected, "Kassaflödesanalys", "Årets kassaflöde", "2020-12-31", 2477);
    const slipped = typed(flow, "Kassaflödesanalys", "Likvida medel vid årets slut", "2020-12-31", 8700);
    // 8 700 is also the next year's start: that start follows last year's end, the 2021 end still ties.
    const start = typed(slipped, "Kassaflödesanalys", "Likvida medel vid årets början", "2021-12-31", 8700);
    const ended = typed(start, "Kassaflödesanalys", "Årets kassaflöde", "2021-12-31", 3153);
    expect(only(ended)).toEqual(
      one("Kassaflödesanalys", "Likvida medel vid årets slut", "2020-12-31", "error", "cash-balance", 8500 + 250, 8700),
    );
  });

  it("a year that does not start where the year before ended", () => {
    const start = typed(corrected, "Kassaflödesanalys", "Likvida medel vid årets början", "2021-12-31", 8700);
    const slipped = typed(start, "Kassaflödesanalys", "Årets kassaflöde", "2021-12-31", 3153);
    expect(only(slipped)).toEqual(
      one("Kassaflödesanalys", "Likvida medel vid årets början", "2021-12-31", "error", "cash-start", 8750, 8700),
    );
  });

  it("a variance 1 tkr off is a rounding warning, 2 off an error", () => {
    const header = "Avvikelse utfall – budget";
    expect(only(typed(corrected, "Driftredovisning", "Likvida medel", header, 2978))).toEqual(
      one("Driftredovisning", "Likvida medel", header, "warning", "variance", 11853 - 8876, 2978),
    );
    expect(only(typed(corrected, "Driftredovisning", "Likvida medel", header, 2979))).toEqual(
      one("Driftredovisning", "Likvida medel", header, "error", "variance", 11853 - 8876, 2979),
    );
  });

  it("the year's result in one table differing from the others: found in that table", () => {
    const slipped = typed(corrected, "Kassaflödesanalys", "Årets resultat", "2021-12-31", -2684);
    expect(only(slipped)).toEqual(
      one("Kassaflödesanalys", "Årets resultat", "2021-12-31", "error", "same-figure", -2674, -2684),
    );
  });

  it("soliditet in key figures on their own sheet, headed by year-end dates", () => {
    const keyFigures: HandBuiltSheet = {
      name: "Nyckeltal",
      rows: [
        ["Nyckeltal", "2021-12-31", "2020-12-31"],
        ["Soliditet", 0.24, 0.5],
      ],
    };
    expect(only([...corrected, keyFigures])).toEqual([
      {
        sheet: "Nyckeltal",
        address: "C2",
        severity: "error",
        rule: "solidity",
        expected: expect.closeTo(5645 / 9887, 12),
        found: 0.5,
      },
    ]);
  });
});

describe("any annual report whose tables foot (random reports in tkr)", () => {
  it("has no finding", () => {
    fc.assert(
      fc.property(annualYears, (years) => {
        expect(review(randomAnnualReport(years).sheets)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("has any one figure typed off found alone, at its cell, with the right figure: 1 tkr off a warning, more an error", () => {
    fc.assert(
      fc.property(
        annualYears,
        fc.nat(),
        fc.integer({ min: 1, max: 5_000 }).chain((size) => fc.constantFrom(size, -size, 1, -1)),
        (years, pick, off) => {
          const { sheets, slippable } = randomAnnualReport(years);
          const slip = slippable[pick % slippable.length];
          const found = slip.ratio ? slip.right + off / 100 : slip.right + off;
          const slipped = withCell(sheets, slip.sheet, slip, found);
          expect(review(slipped)).toEqual([
            {
              sheet: slip.sheet,
              address: a1(slip.row, slip.column),
              severity: Math.abs(off) === 1 && !slip.ratio ? "warning" : "error",
              rule: slip.rule,
              expected: slip.ratio ? expect.closeTo(slip.right, 12) : slip.right,
              found,
            },
          ]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("the same report with the English labels of the add-in's own sheets", () => {
  const ENGLISH: Readonly<Record<string, string>> = {
    "Summa tillgångar": "Total assets",
    "Ing eget kapital": "Opening equity",
    "Utg eget kapital": "Closing equity",
    "Eget kapital, avsättningar och skulder": "Total equity, provisions and liabilities",
    "Kortfristiga skulder": "Short-term liabilities",
    "Kassa och bank": "Cash and bank",
    "Kortfristiga placeringar": "Short-term investments",
    "Årets resultat": "Result for the year",
    "Årets kassaflöde": "Cash flow for the year",
    "Likvida medel vid årets början": "Liquid funds at the start of the year",
    "Likvida medel vid årets slut": "Liquid funds at the end of the year",
    "Utfall jan- dec 2021": "Outcome 2021",
    "Aktuell budget jan- dec 2021": "Current budget 2021",
    "Avvikelse utfall – budget": "Variance outcome – budget",
    "Bokslut helår 2020": "Accounts 2020",
    Resultat: "Result",
    "Utgående eget kapital": "Closing equity",
    Soliditet: "Equity ratio (soliditet)",
    "Belopp i tkr.": "Amounts in SEK thousands",
    "Belopp i tkr": "Amounts in SEK thousands",
    "Belopp tkr": "Amounts in SEK thousands",
  };
  const english = (sheets: readonly HandBuiltSheet[]) =>
    sheets.map((sheet) => ({
      ...sheet,
      rows: sheet.rows.map((row) =>
        row.map((value) => (typeof value === "string" ? (ENGLISH[value] ?? value) : value)),
      ),
    }));

  it("finds the same slips, and nothing in the corrected copy", () => {
    expect(review(english(printed))).toEqual(approximately(SLIPS));
    expect(review(english(corrected))).toEqual([]);
  });
});

describe("npm run check on the report typed into an .xlsx file", () => {
  const dir = mkdtempSync(join(tmpdir(), "finsam-report-"));
  const paths = { printed: join(dir, "printed.xlsx"), corrected: join(dir, "corrected.xlsx") };

  beforeAll(async () => {
    await asExcelJs(printed).xlsx.writeFile(paths.printed);
    await asExcelJs(corrected).xlsx.writeFile(paths.corrected);
  });

  it("lists every slip with exit 1, and nothing with exit 0 for the corrected copy", async () => {
    const run = await npmRun("check", ["--json", paths.printed], 60_000);
    expect(run.code).toBe(1);
    expect(brief(JSON.parse(run.stdout).findings)).toEqual(approximately(SLIPS));
    expect(await npmRun("check", [paths.corrected], 60_000)).toMatchObject({ code: 0, stdout: "Inga fel hittades.\n" });
  }, 60_000);
});
