import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Money, ZERO, money, sum } from "../../src/model/money";
import { computePlan } from "../../src/model/plan";
import { roundedTkr } from "../../src/model/tkr-rounding";
import { reviewWorkbook } from "../../src/review/review";
import { a1 } from "../../src/templates/grammar";
import { planWorkbook } from "../../src/templates/workbook";
import { specToWorkbook } from "../../src/xlsx/xlsx-writer";
import { sieBytes } from "../../src/sie/write-sie";
import { readWorkbookFile } from "../../src/xlsx/read-workbook";
import { encodeCp437 } from "../../src/sie/cp437";
import {
  ACCOUNT_NAMES,
  CURRENT_CLOSING,
  CURRENT_OPENING,
  CURRENT_RESULTS,
  PREVIOUS_CLOSING,
  PREVIOUS_OPENING,
  PREVIOUS_RESULTS,
  annualBooks,
} from "../fixtures/annual-books";
import { examplePlan } from "../fixtures/example-plan";
import { referenceApportion } from "../fixtures/reference-apportion";
import { CellReading, SheetReader, readWorkbook, recalculateAllInLibreOffice } from "../fixtures/libreoffice";
import { npmRun } from "../fixtures/run-cli";
import { plain } from "../fixtures/sv-numbers";

const dir = mkdtempSync(join(tmpdir(), "finsam-accounts-"));
const at = (name: string) => join(dir, name);

/** `npm run accounts` as a user runs it. */
const accounts = (...args: string[]) => npmRun("accounts", args);

type Amounts = Readonly<Record<string, Money>>;
/** The sum over the accounts whose number starts with one of the prefixes, keeping only amounts `keep` accepts. */
const over = (figures: Amounts, prefixes: readonly string[], keep: (m: Money) => boolean = () => true) =>
  sum(
    Object.entries(figures)
      .filter(([account, amount]) => prefixes.some((p) => account.startsWith(p)) && keep(amount))
      .map(([, amount]) => amount),
  );

/**
 * The statements straight from the fixture's balances, by account class (the default chart), in kronor,
 * with no code of the add-in: what the sheets must show in kr, and within 1 tkr of in tkr.
 */
function independent(results: Amounts, closing: Amounts, opening: Amounts, before: Amounts) {
  const revenues = over(results, ["3"]).neg();
  const costs = over(results, ["4", "5", "6", "7"]).neg();
  const financialIncome = over(results, ["80", "81", "82", "83", "84", "85", "86", "87", "88"], (m) =>
    m.isNegative(),
  ).neg();
  const financialCosts = over(results, ["80", "81", "82", "83", "84", "85", "86", "87", "88"], (m) =>
    m.isPositive(),
  ).neg();
  const result = revenues.plus(costs).plus(financialIncome).plus(financialCosts);
  const receivables = over(closing, ["15", "16", "17"]);
  const investments = over(closing, ["18"]);
  const cash = over(closing, ["19"]);
  const openingEquity = over(opening, ["20"]).neg();
  const shortTerm = over(closing, ["24", "25", "26", "27", "28", "29"]).neg();
  const liquidBefore = over(before, ["18", "19"]);
  return {
    income: {
      "Verksamhetens intäkter": revenues,
      "Verksamhetens kostnader": costs,
      Avskrivningar: ZERO,
      "Verksamhetens resultat": revenues.plus(costs),
      "Finansiella intäkter": financialIncome,
      "Finansiella kostnader": financialCosts,
      "Resultat efter finansiella poster": result,
      "Årets resultat": result,
    },
    balance: {
      "Kortfristiga fordringar": receivables,
      "Kortfristiga placeringar": investments,
      "Kassa och bank": cash,
      "Summa omsättningstillgångar": receivables.plus(investments).plus(cash),
      "Summa tillgångar": receivables.plus(investments).plus(cash),
      "Ingående eget kapital": openingEquity,
      "Årets resultat": result,
      "Utgående eget kapital": openingEquity.plus(result),
      "Kortfristiga skulder": shortTerm,
      "Summa eget kapital, avsättningar och skulder": openingEquity.plus(result).plus(shortTerm),
    },
    cashFlow: {
      "Årets resultat": result,
      "Ökning (−)/minskning (+) av kortfristiga fordringar": receivables.minus(over(before, ["15", "16", "17"])).neg(),
      "Ökning (+)/minskning (−) av kortfristiga skulder": shortTerm.minus(
        over(before, ["24", "25", "26", "27", "28", "29"]).neg(),
      ),
      "Årets kassaflöde": investments.plus(cash).minus(liquidBefore),
      "Likvida medel vid årets början": liquidBefore,
      "Likvida medel vid årets slut": investments.plus(cash),
    },
  };
}

const YEARS = [
  independent(CURRENT_RESULTS, CURRENT_CLOSING, CURRENT_OPENING, PREVIOUS_CLOSING),
  independent(PREVIOUS_RESULTS, PREVIOUS_CLOSING, PREVIOUS_OPENING, PREVIOUS_OPENING),
];
const SHEETS = { income: "Resultaträkning", balance: "Balansräkning", cashFlow: "Kassaflödesanalys" } as const;

const number = (reading: CellReading): number => {
  if (typeof reading !== "number") throw new Error(`not a number: ${JSON.stringify(reading)}`);
  return reading;
};

let kr: (sheet: string) => SheetReader;
let tkr: (sheet: string) => SheetReader;
let english: (sheet: string) => SheetReader;
let budgeted: (sheet: string) => SheetReader;
/** The kr, tkr and English workbooks as LibreOffice saved them, with their computed values. */
let saved: string[];
/** The tkr workbook with a budget typed into Driftredovisning, as LibreOffice saved it. */
let budgetedPath: string;

beforeAll(async () => {
  writeFileSync(at("books.se"), sieBytes(annualBooks()));
  for (const unit of ["kr", "tkr"]) {
    const run = await accounts(at("books.se"), "--unit", unit, "--out", at(`accounts-${unit}.xlsx`));
    expect(run).toMatchObject({ code: 0, stderr: "" });
  }
  const run = await accounts(at("books.se"), "--lang", "en", "--out", at("accounts-en.xlsx"));
  expect(run).toMatchObject({ code: 0, stderr: "" });
  expect(plain(run.stdout)).toContain("the year's result (-2 675 300,05 kr) is not booked to equity in the file");
  await withBudget(at("accounts-tkr.xlsx"), at("accounts-budget.xlsx"));
  const recalculated = ["kr", "tkr", "en", "budget"].map((name) => at(`accounts-${name}.xlsx`));
  saved = await recalculateAllInLibreOffice(recalculated);
  [kr, tkr, english, budgeted] = await Promise.all(saved.map(readWorkbook));
  budgetedPath = saved[3];
  saved = saved.slice(0, 3);
}, 120_000);

describe("npm run accounts: every figure against an independent computation (docs/domain.md rule 10)", () => {
  it.each([0, 1] as const)("shows year %i's statements in kronor exactly as the balances give them", (year) => {
    for (const [table, sheet] of Object.entries(SHEETS) as [keyof typeof SHEETS, string][]) {
      const reader = kr(sheet);
      for (const [label, expected] of Object.entries(YEARS[year][table])) {
        expect([sheet, label, number(reader.value(reader.rowOf(label), 2 + year))]).toEqual([
          sheet,
          label,
          expect.closeTo(expected.toNumber(), 2),
        ]);
      }
    }
  });

  it.each([0, 1] as const)("shows year %i in whole tkr, each line within 1 tkr of its exact figure", (year) => {
    for (const [table, sheet] of Object.entries(SHEETS) as [keyof typeof SHEETS, string][]) {
      const reader = tkr(sheet);
      for (const [label, expected] of Object.entries(YEARS[year][table])) {
        const printed = number(reader.value(reader.rowOf(label), 2 + year));
        expect(Number.isInteger(printed)).toBe(true);
        // The cash flow's lines are differences of two printed balances: within 1 tkr of each, 2 of the exact change.
        const within = table === "cashFlow" ? 2 : 1;
        expect([sheet, label, Math.abs(printed - expected.div(1000).toNumber()) < within]).toEqual([
          sheet,
          label,
          true,
        ]);
      }
    }
  });

  it.each([0, 1] as const)(
    "foots every total in tkr as printed, and shows each figure the same in every table (year %i)",
    (year) => {
      const column = 2 + year;
      const figure = (sheet: string, label: string, at = column) =>
        number(tkr(sheet).value(tkr(sheet).rowOf(label), at));
      // Driftredovisning: this year's outcome in B, last year's in E.
      const operating = (label: string) => figure("Driftredovisning", label, year === 0 ? 2 : 5);
      const rr = (label: string) => figure("Resultaträkning", label);
      const br = (label: string) => figure("Balansräkning", label);
      const kf = (label: string) => figure("Kassaflödesanalys", label);
      expect(rr("Verksamhetens resultat")).toBe(
        rr("Verksamhetens intäkter") + rr("Verksamhetens kostnader") + rr("Avskrivningar"),
      );
      expect(rr("Årets resultat")).toBe(
        rr("Verksamhetens resultat") + rr("Finansiella intäkter") + rr("Finansiella kostnader"),
      );
      expect(br("Summa tillgångar")).toBe(
        br("Anläggningstillgångar") +
          br("Förråd och lager") +
          br("Kortfristiga fordringar") +
          br("Kortfristiga placeringar") +
          br("Kassa och bank"),
      );
      expect(br("Summa eget kapital, avsättningar och skulder")).toBe(br("Summa tillgångar"));
      expect(br("Utgående eget kapital")).toBe(br("Ingående eget kapital") + br("Årets resultat"));
      expect(br("Årets resultat")).toBe(rr("Årets resultat"));
      expect(kf("Årets resultat")).toBe(rr("Årets resultat"));
      expect(kf("Likvida medel vid årets slut")).toBe(kf("Likvida medel vid årets början") + kf("Årets kassaflöde"));
      expect(kf("Likvida medel vid årets slut")).toBe(br("Kortfristiga placeringar") + br("Kassa och bank"));
      expect(operating("Resultat")).toBe(rr("Årets resultat"));
      expect(operating("Utgående eget kapital")).toBe(br("Utgående eget kapital"));
      expect(figure("Nyckeltal", "Utgående eget kapital")).toBe(br("Utgående eget kapital"));
      expect(figure("Nyckeltal", "Soliditet")).toBeCloseTo(br("Utgående eget kapital") / br("Summa tillgångar"), 12);
    },
  );

  it("opens this year's equity at last year's closing, as printed", () => {
    const br = tkr("Balansräkning");
    expect(br.value(br.rowOf("Ingående eget kapital"), 2)).toBe(br.value(br.rowOf("Utgående eget kapital"), 3));
  });

  it("foots a block that rounding line by line would not: receivables and cash at the year's end", () => {
    const br = tkr("Balansräkning");
    const receivables = over(CURRENT_CLOSING, ["15", "16", "17"]).div(1000);
    const cash = over(CURRENT_CLOSING, ["19"]).div(1000);
    // 506,600 45 + 11 852,600 40 = 12 359,200 85 tkr: 507 + 11 853 one by one, one more than the total.
    const oneByOne = receivables
      .toDecimalPlaces(0, Money.ROUND_HALF_UP)
      .plus(cash.toDecimalPlaces(0, Money.ROUND_HALF_UP));
    const totalTkr = receivables.plus(cash).toDecimalPlaces(0, Money.ROUND_HALF_UP);
    expect(oneByOne.minus(totalTkr).toNumber()).toBe(1);
    expect(br.value(br.rowOf("Summa tillgångar"), 2)).toBe(totalTkr.toNumber());
    // The adjustment goes to the larger remainder: receivables' 0,600 45 against cash's 0,600 40.
    expect(br.value(br.rowOf("Kortfristiga fordringar"), 2)).toBe(507);
    expect(br.value(br.rowOf("Kassa och bank"), 2)).toBe(11852);
  });

  it.each([0, 1] as const)(
    "lists revenues and costs per account in Noter, adding up to the income statement's lines (year %i)",
    (year) => {
      const results = [CURRENT_RESULTS, PREVIOUS_RESULTS][year];
      const names = Object.entries(ACCOUNT_NAMES).filter(([account]) => /^[3-7]/.test(account) && results[account]);
      for (const [units, book] of [
        ["kr", kr],
        ["tkr", tkr],
      ] as const) {
        const notes = book("Noter");
        const income = book("Resultaträkning");
        for (const [account, name] of names) {
          const shown = number(notes.value(notes.rowOf(`${account} ${name}`), 2 + year));
          const exact = results[account].neg().toNumber();
          if (units === "kr") expect(shown).toBeCloseTo(exact, 2);
          else expect(Math.abs(shown - exact / 1000)).toBeLessThan(1);
        }
        const revenuesTotal = notes.rowOf("Summa");
        expect(notes.value(revenuesTotal, 2 + year)).toBe(
          income.value(income.rowOf("Verksamhetens intäkter"), 2 + year),
        );
        const costsTotal = notes.rowOf("Summa", revenuesTotal);
        expect(notes.value(costsTotal, 2 + year)).toBe(income.value(income.rowOf("Verksamhetens kostnader"), 2 + year));
      }
    },
  );

  it("keeps the exact kronor on Saldon", () => {
    const saldon = tkr("Saldon");
    const bank = saldon.find("Bank");
    expect(saldon.value(bank.row, 5)).toBeCloseTo(CURRENT_CLOSING["1930"].toNumber(), 2);
    expect(saldon.value(saldon.find("Belopp på konton utan rad i Kontoplan").row, 5)).toBe(0);
  });
});

/** Seed 004's current budget in tkr, typed into Driftredovisning's yellow cells as the economist would. */
const BUDGET: Readonly<Record<string, number>> = {
  Nettokostnad: -23937,
  Nettointäkt: 19035,
  "Utgående eget kapital": 1242,
  "Likvida medel": 8876,
};

async function withBudget(from: string, to: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(from);
  const sheet = workbook.getWorksheet("Driftredovisning")!;
  sheet.eachRow((row) => {
    const budget = BUDGET[String(row.getCell(1).value)];
    if (budget !== undefined) row.getCell(3).value = budget;
  });
  await workbook.xlsx.writeFile(to);
}

describe("Driftredovisning", () => {
  it("gives the variance as outcome − budget, sign included, and the budget's result as its revenue and cost", () => {
    const operating = budgeted("Driftredovisning");
    const value = (label: string, column: number) => number(operating.value(operating.rowOf(label), column));
    for (const [label, budget] of Object.entries(BUDGET)) {
      expect(value(label, 3)).toBe(budget);
      expect(value(label, 4)).toBe(value(label, 2) - budget);
    }
    expect(value("Resultat", 3)).toBe(BUDGET.Nettokostnad + BUDGET.Nettointäkt);
    expect(value("Resultat", 4)).toBe(value("Resultat", 2) - value("Resultat", 3));
    expect(value("Resultat", 2)).toBe(value("Nettokostnad", 2) + value("Nettointäkt", 2));
  });
});

describe("npm run accounts --plan", () => {
  it("takes the year's budget from the plan workbook into Driftredovisning's yellow cells, in tkr", async () => {
    const plan = examplePlan();
    await specToWorkbook(planWorkbook(plan, { language: "sv" })).xlsx.writeFile(at("plan.xlsx"));
    const run = await accounts(at("books.se"), "--plan", at("plan.xlsx"), "--out", at("with-plan.xlsx"));
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(at("with-plan.xlsx"));
    const operating = new SheetReader(workbook.getWorksheet("Driftredovisning")!);
    const budget = (label: string) => operating.value(operating.rowOf(label), 3);
    const year = computePlan(plan).years.find((_, i) => plan.budgetYear + i === 2025)!;
    const tkr = (kronor: Money) => roundedTkr(kronor).toNumber();
    expect(budget("Nettointäkt")).toBe(tkr(year.revenues));
    expect(budget("Nettokostnad")).toBe(tkr(year.costs.abs().neg()));
    expect(budget("Utgående eget kapital")).toBe(tkr(year.closing));
  }, 120_000);

  it("refuses, with exit 2, a workbook that holds no budget for the fiscal year", async () => {
    const run = await accounts(
      at("books.se"),
      "--plan",
      at("accounts-kr.xlsx"),
      "--out",
      at("no-plan.xlsx"),
      "--lang",
      "en",
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "the plan has no budget for 2025 (the name Eget_kapital_2025 and the rows of total revenues and costs)",
    );
    expect(existsSync(at("no-plan.xlsx"))).toBe(false);
  }, 120_000);
});

describe("npm run accounts --plan: Noter per member party and per cost row and intervention", () => {
  const plan = examplePlan();
  // Kopplingar as a user fills it in: Samverkansinsatser to an intervention, Lokalhyra to a cost row.
  const MAPPED = { "4010": "SIKTA", "5010": "Kansli" } as const;
  const revenues = over(CURRENT_RESULTS, ["3"]).neg();
  const costs = over(CURRENT_RESULTS, ["4", "5", "6", "7"]).neg();
  const contribution = money(plan.memberContributions[0]);
  /** The parties' contributions by the law's split and the population key, from the reference oracle (whole kronor). */
  const parties: [string, Money][] = [
    ["Staten (Försäkringskassan och Arbetsförmedlingen)", contribution.div(2)],
    [plan.region, contribution.div(4)],
    ...referenceApportion(
      BigInt(contribution.div(4).toFixed(0)),
      plan.members.map((m) => BigInt(m.population)),
    ).map((fee, i): [string, Money] => [plan.members[i].name, money(fee.toString())]),
  ];
  const targets: [string, Money][] = Object.entries(MAPPED).map(([account, target]) => [
    target,
    CURRENT_RESULTS[account].neg(),
  ]);
  let notes: Record<"kr" | "tkr", SheetReader>;
  let incomeTkr: SheetReader;

  beforeAll(async () => {
    await specToWorkbook(planWorkbook(plan, { language: "sv" })).xlsx.writeFile(at("plan-for-notes.xlsx"));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(at("plan-for-notes.xlsx"));
    const mappings = workbook.getWorksheet("Kopplingar")!;
    Object.entries(MAPPED).forEach(([account, target], i) => {
      mappings.getCell(6 + i, 1).value = Number(account);
      mappings.getCell(6 + i, 4).value = target;
    });
    await workbook.xlsx.writeFile(at("plan-mapped.xlsx"));
    const outs = { kr: at("notes-kr.xlsx"), tkr: at("notes-tkr.xlsx") };
    for (const unit of ["kr", "tkr"] as const) {
      const run = await accounts(at("books.se"), "--plan", at("plan-mapped.xlsx"), "--unit", unit, "--out", outs[unit]);
      expect(run).toMatchObject({ code: 0, stderr: "" });
    }
    const [kr, tkr] = await recalculateAllInLibreOffice([outs.kr, outs.tkr]);
    notes = { kr: (await readWorkbook(kr))("Noter"), tkr: (await readWorkbook(tkr))("Noter") };
    incomeTkr = (await readWorkbook(tkr))("Resultaträkning");
  }, 180_000);

  /** The note's rows from its heading on: each label's figure of the fiscal year, and the Summa row's. */
  const note = (sheet: SheetReader, heading: string, labels: readonly string[]) => {
    const start = sheet.find(heading).row;
    const figure = (label: string) => number(sheet.value(sheet.rowOf(label, start), 2));
    return { figures: labels.map(figure), total: figure("Summa") };
  };

  it.each([
    [
      "revenues per member party, and the rest as other revenues",
      "Not 3. Medlemsbidrag per part (enligt planen)",
      parties,
      "Övriga intäkter",
      revenues,
    ],
    [
      "costs per cost row and intervention, and the rest as other costs",
      "Not 4. Kostnader per kostnadsrad och insats (enligt Kopplingar)",
      targets,
      "Övriga kostnader",
      costs,
    ],
  ] as const)("in kr: %s, adding up to the Resultaträkning's line", (_what, heading, parts, other, line) => {
    const labels = [...parts.map(([label]) => label), other];
    const shown = note(notes.kr, heading, labels);
    const expected = [...parts.map(([, amount]) => amount), line.minus(sum(parts.map(([, amount]) => amount)))];
    expect(shown.figures).toEqual(expected.map((amount) => expect.closeTo(amount.toNumber(), 2)));
    expect(shown.total).toBeCloseTo(line.toNumber(), 2);
  });

  it.each([
    ["Not 3. Medlemsbidrag per part (enligt planen)", parties, "Övriga intäkter", "Verksamhetens intäkter"],
    [
      "Not 4. Kostnader per kostnadsrad och insats (enligt Kopplingar)",
      targets,
      "Övriga kostnader",
      "Verksamhetens kostnader",
    ],
  ] as const)(
    "in tkr: %s in whole tkr whose parts add up as printed, the total the Resultaträkning's line",
    (heading, parts, other, line) => {
      const shown = note(notes.tkr, heading, [...parts.map(([label]) => label), other]);
      const printedLine = number(incomeTkr.value(incomeTkr.rowOf(line), 2));
      const partsPrinted = shown.figures.slice(0, -1);
      const partsExact = parts.map(([, amount]) => amount);
      partsPrinted.forEach((figure, i) => {
        expect(Number.isInteger(figure)).toBe(true);
        expect(Math.abs(figure - partsExact[i].div(1000).toNumber())).toBeLessThan(1);
      });
      expect(partsPrinted.reduce((a, b) => a + b, 0)).toBe(roundedTkr(sum(partsExact)).toNumber());
      expect(shown.figures.at(-1)).toBe(printedLine - roundedTkr(sum(partsExact)).toNumber());
      expect(shown.total).toBe(printedLine);
    },
  );
});

describe("npm run accounts in English (--lang en)", () => {
  it("labels the same figures in English", () => {
    const pairs = [
      ["Income statement", "Result for the year", "Resultaträkning", "Årets resultat"],
      ["Balance sheet", "Total assets", "Balansräkning", "Summa tillgångar"],
      ["Cash flow", "Liquid funds at the end of the year", "Kassaflödesanalys", "Likvida medel vid årets slut"],
      ["Key figures", "Equity ratio (soliditet)", "Nyckeltal", "Soliditet"],
    ];
    for (const [sheet, label, svSheet, svLabel] of pairs) {
      for (const column of [2, 3]) {
        expect(english(sheet).value(english(sheet).rowOf(label), column)).toBe(
          tkr(svSheet).value(tkr(svSheet).rowOf(svLabel), column),
        );
      }
    }
  });
});

describe("the review (npm run check) on the accounts", () => {
  it("finds nothing in the tool's own output once LibreOffice has saved it: kr, tkr, English, and with a budget", async () => {
    for (const path of [...saved, budgetedPath]) {
      expect([path, await npmRun("check", [path], 60_000)]).toEqual([
        path,
        { code: 0, stdout: "Inga fel hittades.\n", stderr: "" },
      ]);
    }
  }, 120_000);

  /** The budgeted tkr workbook with cells typed over, read back as the review reads it. */
  async function typedOver(edits: readonly [sheet: string, label: string, column: number, value: number][]) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(budgetedPath);
    for (const [sheet, label, column, value] of edits) {
      workbook.getWorksheet(sheet)!.getCell(budgeted(sheet).rowOf(label), column).value = value;
    }
    const edited = join(dir, `edited-${edits.length}-${edits[0][1].length}.xlsx`);
    await workbook.xlsx.writeFile(edited);
    return reviewWorkbook(await readWorkbookFile(edited)).map(
      ({ sheet, address, severity, rule, expected, found }) => ({
        sheet,
        address,
        severity,
        rule,
        expected,
        found,
      }),
    );
  }
  const figure = (sheet: string, label: string, column: number) =>
    number(budgeted(sheet).value(budgeted(sheet).rowOf(label), column));
  const address = (sheet: string, label: string, column: number) => a1(budgeted(sheet).rowOf(label) - 1, column - 1);

  it("finds a result typed by hand that is not revenues + costs + financial items: 1 tkr off a warning, more an error", async () => {
    const right = figure("Resultaträkning", "Verksamhetens resultat", 2);
    for (const [off, severity] of [
      [1, "warning"],
      [10, "error"],
    ] as const) {
      expect(await typedOver([["Resultaträkning", "Årets resultat", 2, right + off]])).toEqual([
        {
          sheet: "Resultaträkning",
          address: address("Resultaträkning", "Årets resultat", 2),
          severity,
          rule: "result",
          expected: right,
          found: right + off,
        },
      ]);
    }
  });

  it("finds slips typed into the generated sheets, each at its cell: soliditet, the cash flow's end, a variance's sign, a liability, equity in another table, a note's line", async () => {
    const equity = figure("Balansräkning", "Utgående eget kapital", 2);
    const assets = figure("Balansräkning", "Summa tillgångar", 2);
    const start = figure("Kassaflödesanalys", "Likvida medel vid årets början", 2);
    const flow = figure("Kassaflödesanalys", "Årets kassaflöde", 2);
    const variance = figure("Driftredovisning", "Nettokostnad", 2) - BUDGET.Nettokostnad;
    const claims = figure("Balansräkning", "Summa eget kapital, avsättningar och skulder", 2);
    const liabilities = figure("Balansräkning", "Kortfristiga skulder", 2);
    const lastYearsEquity = figure("Balansräkning", "Utgående eget kapital", 3);
    const esf = figure("Noter", "3910 ESF-medel", 2);
    const revenuesNote = figure("Noter", "Summa", 2);
    const findings = await typedOver([
      ["Nyckeltal", "Soliditet", 2, 0.3],
      ["Kassaflödesanalys", "Likvida medel vid årets slut", 2, start + flow + 1],
      ["Driftredovisning", "Nettokostnad", 4, -variance],
      ["Balansräkning", "Kortfristiga skulder", 2, liabilities + 5],
      ["Driftredovisning", "Utgående eget kapital", 5, lastYearsEquity + 1000],
      ["Noter", "3910 ESF-medel", 2, esf + 3],
    ]);
    const one = (
      sheet: string,
      label: string,
      column: number,
      severity: string,
      rule: string,
      expected: number,
      found: number,
    ) => ({
      sheet,
      address: address(sheet, label, column),
      severity,
      rule,
      expected,
      found,
    });
    expect(findings).toEqual([
      one("Balansräkning", "Summa eget kapital, avsättningar och skulder", 2, "error", "claims", claims + 5, claims),
      one(
        "Kassaflödesanalys",
        "Likvida medel vid årets slut",
        2,
        "warning",
        "cash-end",
        start + flow,
        start + flow + 1,
      ),
      one("Driftredovisning", "Nettokostnad", 4, "error", "variance", variance, -variance),
      one(
        "Driftredovisning",
        "Utgående eget kapital",
        5,
        "error",
        "same-figure",
        lastYearsEquity,
        lastYearsEquity + 1000,
      ),
      one("Noter", "Summa", 2, "error", "sum", revenuesNote + 3, revenuesNote),
      {
        ...one("Nyckeltal", "Soliditet", 2, "error", "solidity", equity / assets, 0.3),
        expected: expect.closeTo(equity / assets, 12),
      },
    ]);
  });
});

describe("npm run accounts: what it refuses and what it says", () => {
  it("refuses a file it cannot use with exit 2 and every reason", async () => {
    const lines = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 2", "#VER A 1 20250101", "{", "#TRANS 1930 {} 100.00", "}"];
    writeFileSync(at("bad.se"), encodeCp437(lines.join("\r\n")));
    const run = await accounts(at("bad.se"), "--out", at("bad.xlsx"), "--lang", "en");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("the file cannot be used for the accounts:");
    expect(run.stderr).toContain("line 4: #VER in a file of type 2: only SIE 4 (4E, 4I) carries verifications");
    expect(run.stderr).toContain("line 4: #VER A 1 (2025-01-01) does not balance");
    expect(run.stderr).toContain("the file names no fiscal year (#RAR 0 with its dates)");
  });

  it("refuses a unit it does not know, in Swedish", async () => {
    const run = await accounts(at("books.se"), "--out", at("x.xlsx"), "--unit", "mkr");
    expect(run).toMatchObject({ code: 2, stderr: expect.stringContaining("--unit ska vara tkr eller kr") });
  });

  it("writes, but says with exit 1, when an account with an amount has no line", async () => {
    const books = annualBooks();
    const stray = { account: "2110", objects: [], amount: money(100) };
    const withStray = {
      ...books,
      verifications: [
        {
          ...books.verifications[0],
          transactions: [
            ...books.verifications[0].transactions,
            stray,
            { ...stray, account: "1930", amount: money(-100) },
          ],
        },
      ],
      balances: (books.balances ?? []).filter((b) => !(b.year === "0" && (b.label === "#UB" || b.label === "#RES"))),
    };
    writeFileSync(at("stray.se"), sieBytes(withStray));
    const run = await accounts(at("stray.se"), "--out", at("stray.xlsx"), "--lang", "en");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("ERROR: accounts with amounts that no line of the Chart takes");
    expect(run.stderr).toContain("2110 2110");
  });
});
