import { readFileSync } from "node:fs";
import { join } from "node:path";
import { writeWorkbook } from "../../src/excel/workbook-writer";
import { a1 } from "../../src/templates/grammar";
import { readPlan } from "../../src/templates/read-plan";
import { planWorkbook } from "../../src/templates/workbook";
import type { WorkbookSpec } from "../../src/templates/spec";
import { FakeExcel } from "./fake-excel";
import { onEveryPlatform } from "./fake-profiles";

const plan = readPlan(readFileSync(join(__dirname, "..", "..", "examples", "rar-sormland-2025.json"), "utf8"));

/** The real plan template, written into a workbook the user already works in. */
onEveryPlatform("writing the plan template into the open workbook", () => {
  it("takes two syncs, keeps the user's own 'Budget 2025', and points every formula at the sheets it made", async () => {
    const excel = new FakeExcel(["Budget 2025"]);
    excel.sheet("Budget 2025").cells.set("A1", { formula: "the user's own figures", format: {} });
    let spec: WorkbookSpec | undefined;

    await excel.runner.run((context) =>
      writeWorkbook(context, (taken) => (spec = planWorkbook(plan, { language: "sv", taken }))),
    );

    expect(excel.syncCount).toBe(2);
    expect(excel.sheet("Budget 2025").cells.get("A1")?.formula).toBe("the user's own figures");
    expect(excel.sheet("Budget 2025").cells.size).toBe(1);
    expect(excel.sheet("Budget 2025").protection).toBeUndefined();
    const written = spec as WorkbookSpec;
    expect(written.sheets.map((s) => s.name)).toContain("Budget 2025 (2)");
    const planSheet = written.sheets.find((s) => s.key === "plan");
    const copies = planSheet?.rows.flat().filter((cell) => cell?.formula?.includes("Budget 2025")) ?? [];
    expect(copies.length).toBeGreaterThan(0);
    copies.forEach((cell) => expect(cell?.formula).toContain("'Budget 2025 (2)'!"));

    for (const sheet of written.sheets) {
      const fake = excel.sheet(sheet.name);
      sheet.rows.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          if (cell?.formula) expect(fake.cells.get(a1(r, c))?.formula).toBe(cell.formula);
          if (typeof cell?.value === "number") expect(fake.cells.get(a1(r, c))?.formula).toBe(cell.value);
        }),
      );
    }
    expect(excel.names.map((n) => n.name)).toEqual(expect.arrayContaining(["Eget_kapital_2025", "Eget_kapital_2027"]));
  });

  it("writes text that looks like a formula with Excel's text prefix, so that it stays text", async () => {
    const injected = '=HYPERLINK("http://example.com","klicka här")';
    const excel = new FakeExcel(["Blad1"]);
    await excel.runner.run((context) =>
      writeWorkbook(context, (taken) => planWorkbook({ ...plan, association: injected }, { language: "sv", taken })),
    );
    const formulas = [...excel.sheet("Parametrar").cells.values()].map((cell) => cell.formula);
    expect(formulas).toContain(`'${injected}`);
    expect(formulas).not.toContain(injected);
  });

  it("sets Hemställan to print one page per member, the region and the state", async () => {
    const excel = new FakeExcel(["Blad1"]);
    await excel.runner.run((context) =>
      writeWorkbook(context, (taken) => planWorkbook(plan, { language: "sv", taken })),
    );
    const requests = excel.sheet("Hemställan");
    const pages = plan.members.length + 2;
    expect(requests.pageBreaks).toHaveLength(pages - 1);
    const pageRows = requests.pageBreaks[0];
    expect(requests.pageBreaks).toEqual(Array.from({ length: pages - 1 }, (_, i) => (i + 1) * pageRows));
    expect(requests.printArea).toBe(`$A$1:$C$${pages * pageRows}`);
    expect(excel.syncCount).toBe(2);
  });
});
