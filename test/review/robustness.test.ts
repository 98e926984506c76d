import fc from "fast-check";
import { ReadCell, ReadWorkbook } from "../../src/review/cells";
import { reviewWorkbook } from "../../src/review/review";

/** Words the review looks for, so that arbitrary grids often look like the tables it reads. */
const WORDS = [
  "Intäkter",
  "Summa intäkter",
  "Kostnader",
  "Summa kostnader",
  "Summa samverkansinsatser",
  "Samverkansinsatser",
  "Över-/underskott från tidigare år",
  "Årets resultat",
  "Eget kapital vid årets utgång",
  "Medlem",
  "Huvudman",
  "Befolkning 16–64 år",
  "Årsavgift",
  "kr/kvartal",
  "Kvartal 1",
  "Kvartal 2",
  "Kvartal 3",
  "Kvartal 4",
  "Summa kommuner",
  "Staten",
  "Regionen",
  "Kommunerna",
  "Totalt",
  "Belopp",
  "Budget",
  "Utfall",
  "Förbrukningskvot",
  "Summa insatser",
  "Soliditet",
  "Summa tillgångar",
  "Eget kapital",
  "Budget 2025",
  "Plan 2026",
];

const value = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.integer({ min: 2020, max: 2030 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom("", "#DIV/0!", "–", true),
  fc.constant(null),
);
const cell: fc.Arbitrary<ReadCell | null> = fc.oneof(
  value.map((v) => ({ value: v })),
  fc
    .tuple(value, fc.constantFrom("=SUM(C2:C4)", "=C5+C6", "=Eget_kapital_2025", "=AVERAGE(D2:D4)"))
    .map(([v, formula]) => ({ value: v, formula })),
  fc.constant(null),
);
const workbook: fc.Arbitrary<ReadWorkbook> = fc.record({
  sheets: fc.array(
    fc.record({
      name: fc.constantFrom("Budget 2025", "Medlemsavgifter", "Insatser", "Blad1"),
      cells: fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 25 }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  names: fc.constantFrom([], [{ name: "Medlemsbidrag", sheet: "Budget 2025", address: "$B$2" }]),
});

describe("the review on any grid of cells", () => {
  it("reports findings, never throws, whatever the cells hold", () => {
    fc.assert(
      fc.property(workbook, (book) => {
        const findings = reviewWorkbook(book);
        findings.forEach((finding) => expect(finding.message.sv.length).toBeGreaterThan(0));
      }),
      { numRuns: 2000 },
    );
  });
});
