import { money } from "../../src/model/money";
import { dayNumber } from "../../src/model/date-serial";
import { aggregateOutcome } from "../../src/outcome/aggregate";
import {
  ImportPreview,
  PlanOutcomeCells,
  logEntries,
  nextImportId,
  previewImport,
  undoEntries,
} from "../../src/outcome/import";
import { CellValue, readMapping } from "../../src/outcome/mapping";
import { ImportProblem, importProblemText } from "../../src/outcome/messages";
import { readSie } from "../../src/sie/read-sie";
import { SieExport, sieBytes } from "../../src/sie/write-sie";

const TARGETS = ["Sikta", "Slussen", "Kansli"];

/** Books of 2025: Sikta on project P1, Slussen on P2, the office without a project. */
const books = (verifications: SieExport["verifications"]): SieExport => ({
  company: "Prov",
  fiscalYear: { start: "2025-01-01", end: "2025-12-31" },
  accounts: ["1930", "3010", "4010", "5410", "6550", "8410"].map((account) => ({ account, name: `Konto ${account}` })),
  dimensions: [{ dimension: "6", name: "Projekt" }],
  objects: [
    { dimension: "6", object: "P1", name: "Sikta" },
    { dimension: "6", object: "P2", name: "Slussen" },
  ],
  verifications,
});

let number = 0;
/** A verification of costs (account, project or none, amount) paid from the bank. */
const paid = (date: string, ...costs: [string, string | undefined, string][]): SieExport["verifications"][number] => {
  const rows = costs.map(([account, project, amount]) => ({
    account,
    objects: project ? [{ dimension: "6", object: project }] : [],
    amount: money(amount),
  }));
  return {
    series: "A",
    number: String(++number),
    date,
    text: "",
    transactions: [
      ...rows,
      { account: "1930", objects: [], amount: rows.reduce((s, r) => s.minus(r.amount), money(0)) },
    ],
  };
};

const LEDGER = books([
  paid("2025-01-15", ["4010", "P1", "10000.50"], ["6550", "P2", "2000"]),
  paid("2025-04-30", ["5410", "P1", "499.50"], ["6550", undefined, "300"]),
  paid("2025-04-30", ["6550", "P2", "-500"]),
  paid("2025-05-01", ["4010", "P1", "99999"]),
  paid("2025-02-01", ["8410", undefined, "77"]),
]);

const mappingRows = (...rows: CellValue[][]) => rows;

const plan = (rows: CellValue[][], overrides: Partial<PlanOutcomeCells> = {}): PlanOutcomeCells => ({
  followUpYear: 2025,
  budgetYear: 2025,
  followUpDate: { cell: { sheet: "Parametrar", address: "B12" }, current: dayNumber("2025-12-31") },
  interventions: [
    { name: "Sikta", cell: { sheet: "Insatser", address: "F4" }, current: 1 },
    { name: "Slussen", cell: { sheet: "Insatser", address: "F5" }, current: null },
    { name: "NUVAS", cell: { sheet: "Insatser", address: "F6" }, current: 7 },
  ],
  costRows: [{ name: "Kansli", cell: { sheet: "Kopplingar", address: "H6" }, current: null }],
  mapping: { firstRow: 6, rows },
  ...overrides,
});

const english = (problems: readonly ImportProblem[]) => problems.map((p) => importProblemText(p, "en"));
const ok = (preview: ImportPreview) => {
  if (!preview.ok) throw new Error(english(preview.problems).join("\n"));
  return preview;
};
const problemsOf = (preview: ImportPreview) => (preview.ok ? [] : english(preview.problems));

describe("readMapping", () => {
  it("reads accounts, ranges and objects, passes over blank rows and names each bad row", () => {
    const { rows, problems } = readMapping(
      [
        [4010, null, null, "Sikta"],
        ["", "", "", ""],
        ["4000 - 7999", 6, "P2", " slussen "],
        ["3010", "", "", "Sikta"],
        ["4000-8999", "", "", "Sikta"],
        ["4010", 6, "", "Sikta"],
        ["abc", "", "", "Sikta"],
        ["5000-4000", "", "", "Sikta"],
        [4010, "", "", "Okänd"],
        [4010, "", "", ""],
      ],
      6,
      TARGETS,
    );
    expect(rows).toEqual([
      { row: 6, accounts: { from: 4010, to: 4010 }, object: undefined, target: "Sikta" },
      { row: 8, accounts: { from: 4000, to: 7999 }, object: { dimension: "6", object: "P2" }, target: "Slussen" },
    ]);
    expect(english(problems)).toEqual([
      "Kopplingar row 9: 3010 is not all cost accounts (classes 4–7)",
      "Kopplingar row 10: 4000-8999 is not all cost accounts (classes 4–7)",
      "Kopplingar row 11: an object needs both its dimension and its code",
      'Kopplingar row 12: "abc" is not an account (4010) or a range of accounts (4000-4999)',
      "Kopplingar row 13: the range 5000-4000 ends before it starts",
      'Kopplingar row 14: "Okänd" is neither an intervention on Insatser nor a cost row of the budget',
      "Kopplingar row 15: no intervention or cost row named",
    ]);
  });
});

describe("aggregateOutcome", () => {
  const { ledger } = readSie(sieBytes(LEDGER));
  const aggregate = (rows: CellValue[][], asOf = "2025-04-30") => {
    const mapping = readMapping(rows, 6, TARGETS);
    expect(english(mapping.problems)).toEqual([]);
    return aggregateOutcome(ledger, mapping.rows, asOf);
  };
  const amounts = (totals: ReturnType<typeof aggregate>) =>
    Object.fromEntries([...totals.byTarget].map(([target, amount]) => [target, amount.toFixed(2)]));

  it("adds cost up to and including the follow-up date, debit positive, a credit lowering it", () => {
    const totals = aggregate(mappingRows(["4000-7999", 6, "P1", "Sikta"], ["4000-7999", 6, "P2", "Slussen"]));
    expect(amounts(totals)).toEqual({ Sikta: "10500.00", Slussen: "1500.00" });
    expect(totals.later).toBe(1);
    expect(totals.unmapped.map((u) => [u.account, u.amount.toFixed(2), u.transactions])).toEqual([
      ["6550", "300.00", 1],
    ]);
  });

  it("gives a transaction to the row with its object before a row with its account only", () => {
    const totals = aggregate(
      mappingRows(["6550", "", "", "Kansli"], ["6550", 6, "P2", "Slussen"], [4010, "", "", "Sikta"]),
    );
    expect(amounts(totals)).toEqual({ Kansli: "300.00", Slussen: "1500.00", Sikta: "10000.50" });
  });

  it("counts nothing for a target before its first cost", () => {
    expect(amounts(aggregate(mappingRows([4010, "", "", "Sikta"]), "2025-01-14"))).toEqual({ Sikta: "0.00" });
  });

  it("refuses two rows of the same kind that claim the same transactions for different targets", () => {
    const totals = aggregate(mappingRows(["4000-4999", "", "", "Sikta"], [4010, "", "", "Kansli"]));
    expect(english(totals.problems)).toEqual([
      "account 4010: Kopplingar rows 6 (Sikta), 7 (Kansli) all claim the same transactions",
    ]);
    expect(importProblemText(totals.problems[0], "sv")).toBe(
      "konto 4010: raderna 6 (Sikta), 7 (Kansli) på Kopplingar gör alla anspråk på samma transaktioner",
    );
  });
});

describe("previewImport", () => {
  const rows = mappingRows(
    ["4000-7999", 6, "P1", "Sikta"],
    ["4000-7999", 6, "P2", "Slussen"],
    [6550, "", "", "Kansli"],
  );

  it("previews each mapped row's new outcome beside its old one, and the new follow-up date", () => {
    const preview = ok(previewImport(plan(rows), sieBytes(LEDGER), "2025-04-30"));
    expect(preview.changes.map((c) => [c.target, c.kind, c.cell.address, c.before, c.after.toFixed(2)])).toEqual([
      ["Sikta", "intervention", "F4", 1, "10500.00"],
      ["Slussen", "intervention", "F5", null, "1500.00"],
      ["Kansli", "costRow", "H6", null, "300.00"],
    ]);
    expect(preview.followUpDate).toEqual({
      cell: { sheet: "Parametrar", address: "B12" },
      before: dayNumber("2025-12-31"),
      after: dayNumber("2025-04-30"),
    });
    expect(preview.report).toMatchObject({
      verifications: 5,
      counted: 5,
      later: 1,
      notMapped: ["NUVAS"],
      unmapped: [],
    });
  });

  it("imports nothing from a file with a problem, and says what and where", () => {
    const bad = Buffer.from(sieBytes(LEDGER).toString("latin1").replace("-12000.50", "-12000.00"), "latin1");
    const preview = previewImport(plan(rows), bad, "2025-04-30");
    expect(preview.ok).toBe(false);
    expect(problemsOf(preview)).toEqual([
      expect.stringMatching(/^line \d+: #VER A \d+ \(2025-01-15\) does not balance: .* 0\.50, not 0$/),
    ]);
    expect(preview.sie).toMatchObject({ company: "Prov", verifications: 5, transactions: 12, encoding: "PC8" });
  });

  it.each(["1", "2", "3"] as const)("imports nothing from a file of type %s, which holds balances only", (sieType) => {
    const balancesOnly = sieBytes({ ...LEDGER, sieType, verifications: [] });
    expect(problemsOf(previewImport(plan(rows), balancesOnly, "2025-04-30"))).toEqual([
      `#SIETYP ${sieType}: the file holds balances only; the outcome needs verifications (SIE 4E or 4I)`,
    ]);
  });

  describe("a file that names no fiscal year (4I without #RAR)", () => {
    const without = (ledger: SieExport) =>
      Buffer.from(
        sieBytes(ledger)
          .toString("latin1")
          .replace(/#RAR 0 \d+ \d+\r\n/, ""),
        "latin1",
      );

    it("is imported for the follow-up year, with the file's warning", () => {
      const preview = ok(previewImport(plan(rows), without(LEDGER), "2025-04-30"));
      expect(preview.changes.map((c) => [c.target, c.after.toFixed(2)])).toEqual([
        ["Sikta", "10500.00"],
        ["Slussen", "1500.00"],
        ["Kansli", "300.00"],
      ]);
      expect(preview.sie.warnings.map((w) => w.code)).toEqual(["no-fiscal-year"]);
    });

    it("is refused when a verification lies outside the follow-up year", () => {
      const spanning = books([...LEDGER.verifications, paid("2024-12-30", ["4010", "P1", "5"])]);
      expect(problemsOf(previewImport(plan(rows), without(spanning), "2025-04-30"))).toEqual([
        expect.stringMatching(
          /^one verification lies outside the follow-up year 2025, the first #VER A \d+ \(2024-12-30\)/,
        ),
      ]);
    });
  });

  it.each([
    ["a follow-up date that is no date", plan(rows), "2025-02-30x", /is not a date/],
    [
      "a date outside the plan's follow-up year",
      plan(rows, { followUpYear: 2024 }),
      "2025-04-30",
      /follow-up year 2024/,
    ],
    ["books of another year", plan(rows), "2026-04-30", /needs the books of 2026.*2025-01-01–2025-12-31/],
    [
      "cost rows outside the budget year",
      plan(rows, { budgetYear: 2026 }),
      "2025-04-30",
      /cost rows Kansli have budgets for 2026/,
    ],
    [
      "an account the books do not have",
      plan([[4011, "", "", "Sikta"]]),
      "2025-04-30",
      /account 4011 is not in the file's chart/,
    ],
    [
      "a name shared by an intervention and a cost row",
      plan(rows, { costRows: [{ name: "sikta", cell: { sheet: "Kopplingar", address: "H6" }, current: null }] }),
      "2025-04-30",
      /"sikta" names both/,
    ],
  ])("refuses %s", (_, cells, asOf, reason) => {
    expect(problemsOf(previewImport(cells, sieBytes(LEDGER), asOf)).join("\n")).toMatch(reason);
  });
});

describe("the log", () => {
  it("keeps each written cell's previous value, and undo takes the latest import's entries", () => {
    const preview = ok(previewImport(plan([[4010, "", "", "Sikta"]]), sieBytes(LEDGER), "2025-04-30"));
    const first = logEntries(preview, "bok.se", "2025-05-02 10:00:00", "Uppföljningsdatum", 1);
    expect(first.map((e) => [e.target, e.cell.address, e.before, e.after])).toEqual([
      ["Sikta", "F4", 1, 10000.5],
      ["Uppföljningsdatum", "B12", dayNumber("2025-12-31"), dayNumber("2025-04-30")],
    ]);
    const second = logEntries(preview, "bok2.se", "2025-05-03 10:00:00", "Uppföljningsdatum", nextImportId(first));
    expect(second.every((e) => e.importId === 2)).toBe(true);
    expect(undoEntries([...first, ...second])).toEqual(second);
    expect(undoEntries([])).toEqual([]);
  });

  it("keeps two imports of the same second apart by their numbers", () => {
    const preview = ok(previewImport(plan([[4010, "", "", "Sikta"]]), sieBytes(LEDGER), "2025-04-30"));
    const at = "2025-05-02 10:00:00";
    const first = logEntries(preview, "bok.se", at, "Uppföljningsdatum", 7);
    const second = logEntries(preview, "bok.se", at, "Uppföljningsdatum", nextImportId(first));
    expect(undoEntries([...first, ...second])).toEqual(second);
    expect(undoEntries(first)).toEqual(first);
  });

  it("undoes by the time written in a log from before imports had numbers", () => {
    const preview = ok(previewImport(plan([[4010, "", "", "Sikta"]]), sieBytes(LEDGER), "2025-04-30"));
    const old = (at: string) =>
      logEntries(preview, "bok.se", at, "Uppföljningsdatum", 1).map((e) => ({ ...e, importId: null }));
    const [first, second] = [old("2025-05-02 10:00:00"), old("2025-05-03 10:00:00")];
    expect(undoEntries([...first, ...second])).toEqual(second);
    expect(nextImportId([...first, ...second])).toBe(1);
  });
});
