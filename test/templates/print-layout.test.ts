import { LABELS, Language } from "../../src/templates/labels";
import { planWorkbook } from "../../src/templates/workbook";
import { examplePlan } from "../fixtures/example-plan";

/*
 * What a board member reads on paper: a bold header wider than its column is
 * cut off where a neighbouring cell is filled ("rbrukningskvot"), and a check's
 * difference reads as the other figures do.
 */
describe.each(["sv", "en"] as Language[])("the example's printed sheets (%s)", (language) => {
  const spec = planWorkbook(examplePlan(), { language });

  it("gives every header that has a filled cell beside it a column wide enough for its text", () => {
    const cut: string[] = [];
    spec.sheets.forEach((sheet) =>
      sheet.rows.forEach((cells) =>
        cells.forEach((cell, column) => {
          if (!cell || (cell.style !== "header" && cell.style !== "figureHeader")) return;
          const neighbour = cell.style === "figureHeader" ? cells[column - 1] : cells[column + 1];
          const filled = neighbour && (neighbour.formula || (neighbour.value !== undefined && neighbour.value !== ""));
          const width = sheet.columnWidths[column] ?? 8.43;
          if (filled && String(cell.value).length + 2 > width) cut.push(`${sheet.name}: ${String(cell.value)}`);
        }),
      ),
    );
    expect(cut).toEqual([]);
  });

  it("writes Kontroller's differences as kronor or a percentage with one decimal, and says the total burn ratio divides", () => {
    const checks = spec.sheets.find((sheet) => sheet.key === "checks")!;
    const formats = new Set(checks.rows.slice(3).map((cells) => cells[2]?.format));
    expect([...formats].sort()).toEqual(["#,##0", "0.0%"]);
    expect(LABELS[language].checks.burnTotal).toMatch(/ \/ /);
  });
});
