import { reviewWorkbook } from "../../src/review/review";
import { nameFromFormula, sheetFromRange } from "../../src/review/range-arrays";

describe("Office.js range arrays as the review reads them", () => {
  it("places a used range that starts below and right of A1, with formulas only where Excel has one", () => {
    const sheet = sheetFromRange(
      "Budget",
      "Budget!B2:C3",
      [
        ["Summa", 10],
        ["", "#DIV/0!"],
      ],
      [
        ["Summa", "=SUM(C1:C1)"],
        ["", "=1/0"],
      ],
    );
    expect(sheet.cells).toEqual([
      [],
      [null, { value: "Summa" }, { value: 10, formula: "=SUM(C1:C1)" }],
      [null, null, { value: "#DIV/0!", formula: "=1/0" }],
    ]);
  });

  it("reads a quoted sheet name in the address and in a workbook name", () => {
    expect(sheetFromRange("Plan", "'Ekonomisk plan 2025–2027'!A1:A1", [[1]], [[1]]).cells).toEqual([[{ value: 1 }]]);
    expect(nameFromFormula("Eget_kapital_2025", "='Ekonomisk plan 2025–2027'!$C$24")).toEqual({
      name: "Eget_kapital_2025",
      sheet: "Ekonomisk plan 2025–2027",
      address: "$C$24",
    });
    expect(nameFromFormula("Avgifter", "=Medlemsavgifter!$D$11:$D$19")?.address).toBe("$D$11:$D$19");
    expect(nameFromFormula("Konstant", "=0.2")).toBeUndefined();
  });

  it("feeds the review: a statement read from a range, its result typed wrong", () => {
    const values = [
      ["Intäkter", 2025],
      ["Staten", 100],
      ["Summa intäkter", 100],
      ["Summa kostnader", -40],
      ["Årets resultat", 70],
    ];
    const sheet = sheetFromRange("Budget", "Budget!A1:B5", values, values);
    expect(reviewWorkbook({ sheets: [sheet], names: [] }).map((f) => [f.address, f.rule, f.expected])).toEqual([
      ["B5", "result", 60],
    ]);
  });

  it("feeds the review: a total burn ratio averaged by formula is wrong even when the budgets are equal and it comes out right", () => {
    const values = [
      ["Insats", "Budget", "Utfall", "Förbrukningskvot"],
      ["A", 1000, 900, 0.9],
      ["B", 1000, 700, 0.7],
      ["Summa insatser", 2000, 1600, 0.8],
    ];
    const formulas = [
      values[0],
      ["A", 1000, 900, "=C2/B2"],
      ["B", 1000, 700, "=C3/B3"],
      ["Summa insatser", "=SUM(B2:B3)", "=SUM(C2:C3)", "=AVERAGE(D2:D3)"],
    ];
    const sheet = sheetFromRange("Insatser", "Insatser!A1:D4", values, formulas);
    const findings = reviewWorkbook({ sheets: [sheet], names: [] });
    expect(findings.map((f) => [f.address, f.rule, f.expected])).toEqual([["D4", "burn-total", 0.8]]);
    expect(findings[0].message.en).toMatch(/an average of the rows' ratios/);
  });
});
