import fc from "fast-check";
import { columnLetters } from "../../src/templates/grammar";
import { join } from "node:path";
import { readWorkbookFile } from "../../src/xlsx/read-workbook";
import { moveFormula } from "../../src/xlsx/shared-formula";

describe("a shared formula moved to another cell", () => {
  it("moves relative references and keeps absolute ones, as Excel fills a formula", () => {
    expect(moveFormula("SUM(C4:C8)-$B$2+C$1+$D9", 2, 1)).toBe("SUM(D6:D10)-$B$2+D$1+$D11");
  });

  it("moves references on other sheets, and leaves text, quoted sheet names and functions alone", () => {
    expect(moveFormula(`'Budget 2025'!C10+Avgifter!D4&"A1"+LOG10(B2)+ATAN2(A1,1)`, 1, 0)).toBe(
      `'Budget 2025'!C11+Avgifter!D5&"A1"+LOG10(B3)+ATAN2(A2,1)`,
    );
  });

  it("leaves names that look like cells in part (Eget_kapital_2025, Budget2025) alone", () => {
    expect(moveFormula("Eget_kapital_2025+Budget2025*B3", 1, 1)).toBe("Eget_kapital_2025+Budget2025*C4");
  });

  it("gives #REF! for a reference moved off the sheet", () => {
    expect(moveFormula("A1+B2", -1, 0)).toBe("#REF!+B1");
  });

  it("always comes back to the master's formula when moved there and back", () => {
    const reference = fc
      .tuple(fc.boolean(), fc.integer({ min: 0, max: 200 }), fc.boolean(), fc.integer({ min: 1, max: 5000 }))
      .map(
        ([columnFixed, column, rowFixed, row]) =>
          `${columnFixed ? "$" : ""}${columnLetters(column)}${rowFixed ? "$" : ""}${row}`,
      );
    const formula = fc
      .array(fc.tuple(reference, fc.constantFrom("+", "-", "*", ":", ",")), { minLength: 1, maxLength: 6 })
      .map((parts) => `SUM(${parts.map(([ref, op]) => ref + op).join("")}1)`);
    fc.assert(
      fc.property(formula, fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 50 }), (text, rows, columns) => {
        expect(moveFormula(moveFormula(text, rows, columns), -rows, -columns)).toBe(text);
      }),
    );
  });

  it("reads a file Excel for Mac saved with a shared formula (B1:B3) as each cell's own formula", async () => {
    const workbook = await readWorkbookFile(
      join(__dirname, "..", "fixtures", "spreadsheets", "shared_formula_simple.xlsx"),
    );
    expect(workbook.sheets[0].cells.map((row) => row[1])).toEqual([
      { formula: "=A1*2", value: 2 },
      { formula: "=A2*2", value: 4 },
      { formula: "=A3*2", value: 6 },
    ]);
  });
});
