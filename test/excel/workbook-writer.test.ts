import { WorkbookWriteError, writeWorkbook, type WriteStep } from "../../src/excel/workbook-writer";
import { freeDefinedName, freeSheetName, type TakenNames } from "../../src/templates/naming";
import type { Cell, WorkbookSpec } from "../../src/templates/spec";
import { FakeExcel } from "./fake-excel";
import { onEveryPlatform } from "./fake-profiles";

/**
 * A small fee template: members with an input population and a computed fee, a
 * summary that holds the total and checks the fees add up, and a notes sheet.
 * It takes free names from what the workbook has, as the real builders do, and
 * remembers what it was told was taken.
 */
function feeTemplate(members: number) {
  const received: TakenNames[] = [];
  const build = (taken: TakenNames): WorkbookSpec => {
    received.push(taken);
    const fees = freeSheetName("Avgifter", taken.sheets);
    const total = freeDefinedName("Totalt", taken.definedNames);
    const last = members + 2;
    const memberRows = Array.from({ length: members }, (_, i): (Cell | null)[] => [
      { value: `Kommun ${i + 1}`, style: "label" },
      { value: 1000 + i, format: "#,##0", style: "input" },
      { formula: `=ROUND(${total}*B${i + 3}/SUM($B$3:$B$${last}),0)`, format: "#,##0", style: "computed" },
    ]);
    return {
      sheets: [
        {
          key: "fees",
          name: fees,
          rows: [
            [{ value: "Medlemsavgifter 2026", style: "title" }],
            [
              { value: "Medlem", style: "header" },
              { value: "Invånare 16–64", style: "header" },
              { value: "Avgift", style: "header" },
            ],
            ...memberRows,
            [
              { value: "Summa", style: "total" },
              { formula: `=SUM(B3:B${last})`, format: "#,##0", style: "total" },
              { formula: `=SUM(C3:C${last})`, format: "#,##0", style: "total" },
            ],
            [
              { value: "Medel", style: "total" },
              { formula: `=AVERAGE(B3:B${last})`, format: "#,##0", style: "total" },
              { formula: `=AVERAGE(C3:C${last})`, format: "#,##0", style: "total" },
            ],
          ],
          columnWidths: [24, 14, 12],
          freeze: { rows: 2, columns: 1 },
          protect: true,
          print: { landscape: false, titleRows: "$1:$2" },
        },
        {
          key: "summary",
          name: freeSheetName("Sammanställning", taken.sheets),
          rows: [
            [{ value: "Sammanställning", style: "title" }],
            [
              { value: "Att fördela", style: "label" },
              { value: 2_500_000, format: "#,##0", style: "input" },
            ],
            [
              { value: "Kontroll", style: "label" },
              { formula: `=IF(SUM('${fees}'!C3:C${last})=${total},"OK","FEL")`, style: "check" },
            ],
            [null, { value: true }],
            [{ value: "Belopp i kronor.", style: "note" }],
          ],
          columnWidths: [20, 16],
          freeze: { rows: 1, columns: 0 },
          protect: true,
          print: { landscape: true },
        },
        {
          key: "notes",
          name: freeSheetName("Anteckningar", taken.sheets),
          rows: [[{ value: "Anteckningar", style: "title" }]],
          columnWidths: [60],
          freeze: { rows: 0, columns: 1 },
          protect: false,
          print: { landscape: false },
        },
      ],
      names: [
        { name: total, sheet: "summary", address: "$B$2" },
        { name: freeDefinedName("Medlemsavgifter", taken.definedNames), sheet: "fees", address: `$C$3:$C$${last}` },
      ],
    };
  };
  return { build, received };
}

/** A workbook with something of the user's in it: two sheets (the first active), a cell, and a name. */
function userWorkbook(sheets: string[] = ["Blad1", "Blad2"]): FakeExcel {
  const fake = new FakeExcel(sheets);
  fake.sheets[0].cells.set("A1", { formula: "Mitt", numberFormat: "General", format: { "font.bold": true } });
  fake.names.push({ name: "Mitt", sheet: fake.sheets[0], address: "$A$1" });
  return fake;
}

const write = (fake: FakeExcel, build: (taken: TakenNames) => WorkbookSpec, onProgress?: (step: WriteStep) => void) =>
  fake.runner.run((context) => writeWorkbook(context, build, onProgress));

onEveryPlatform("writeWorkbook", () => {
  test.each([5, 5000])("reads once and writes once: two syncs for %i member rows", async (members) => {
    const fake = userWorkbook();
    await write(fake, feeTemplate(members).build);
    expect(fake.syncCount).toBe(2);
    expect(fake.sheet("Avgifter").cells.get(`C${members + 4}`)?.formula).toBe(`=AVERAGE(C3:C${members + 2})`);
  });

  test("adds the sheets after the user's, shows the first, and reports their names and its steps", async () => {
    const fake = userWorkbook();
    const steps: WriteStep[] = [];
    const result = await write(fake, feeTemplate(5).build, (step) => steps.push(step));
    // The names too, so that an undo of the creation can take them away again.
    expect(result).toEqual({
      sheets: ["Avgifter", "Sammanställning", "Anteckningar"],
      names: ["Totalt", "Medlemsavgifter"],
    });
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual([
      "Blad1",
      "Blad2",
      "Avgifter",
      "Sammanställning",
      "Anteckningar",
    ]);
    expect(fake.active.name).toBe("Avgifter");
    expect(steps).toEqual(["reading", "writing"]);
  });

  test("writes constants and formulas in one grid: text with Excel's text prefix, empty cells empty", async () => {
    const fake = userWorkbook();
    await write(fake, feeTemplate(5).build);
    const fees = fake.sheet("Avgifter").cells;
    expect(fees.get("A1")?.formula).toBe("'Medlemsavgifter 2026");
    expect(fees.get("B3")?.formula).toBe(1000);
    expect(fees.get("C3")?.formula).toBe("=ROUND(Totalt*B3/SUM($B$3:$B$7),0)");
    expect(fees.get("C1")?.formula).toBe(""); // the title row is shorter than the grid
    const summary = fake.sheet("Sammanställning").cells;
    expect(summary.get("B3")?.formula).toBe(`=IF(SUM('Avgifter'!C3:C7)=Totalt,"OK","FEL")`);
    expect(summary.get("A4")?.formula).toBe("");
    expect(summary.get("B4")?.formula).toBe(true);
  });

  test("writes each cell's number format, General where the spec has none", async () => {
    const fake = userWorkbook();
    await write(fake, feeTemplate(5).build);
    const fees = fake.sheet("Avgifter").cells;
    expect(fees.get("B3")?.numberFormat).toBe("#,##0");
    expect(fees.get("C8")?.numberFormat).toBe("#,##0");
    expect(fees.get("A3")?.numberFormat).toBe("General");
    expect(fees.get("C1")?.numberFormat).toBe("General");
  });

  test("styles cells: inputs unlocked in pale yellow, titles larger, headers and totals bold, totals under a line", async () => {
    const fake = userWorkbook();
    await write(fake, feeTemplate(5).build);
    const format = (sheet: string, address: string) => fake.sheet(sheet).cells.get(address)?.format;
    const hairline = {
      "borderBottom.style": "Continuous",
      "borderBottom.weight": "Hairline",
      "borderBottom.color": "#BF9000",
    };
    const input = { "fill.color": "#FFF2CC", "protection.locked": false };
    const total = { "font.bold": true, "borderTop.style": "Continuous", "borderTop.weight": "Thin" };
    expect(format("Avgifter", "A1")).toEqual({ "font.bold": true, "font.size": 14 });
    expect(format("Avgifter", "C2")).toEqual({
      "font.bold": true,
      "borderBottom.style": "Continuous",
      "borderBottom.weight": "Thin",
    });
    // An input column is one area: the line between two inputs is both the upper one's bottom and the lower one's top.
    expect(format("Avgifter", "B3")).toEqual({ ...input, ...hairline });
    expect(format("Avgifter", "B7")).toEqual({
      ...input,
      ...hairline,
      "borderTop.style": "Continuous",
      "borderTop.weight": "Hairline",
      "borderTop.color": "#BF9000",
    });
    expect(format("Avgifter", "A3")).toEqual({});
    expect(format("Avgifter", "C3")).toEqual({});
    // A total under a total has its own line, which is also the bottom of the total above.
    const overTotal = { ...total, "borderBottom.style": "Continuous", "borderBottom.weight": "Thin" };
    expect(format("Avgifter", "A8")).toEqual(overTotal);
    expect(format("Avgifter", "C8")).toEqual(overTotal);
    expect(format("Avgifter", "B9")).toEqual(total);
    expect(format("Sammanställning", "B2")).toEqual({ ...input, ...hairline });
    expect(format("Sammanställning", "B3")).toEqual({ "font.bold": true, horizontalAlignment: "Right" });
    expect(format("Sammanställning", "A5")).toEqual({ "font.italic": true, "font.color": "#595959" });
  });

  test("styles thousands of scattered cells through address strings under Excel's limit", async () => {
    const fake = userWorkbook();
    // Inputs alternate between columns A and B, so that no two rows share an area.
    const rows = Array.from({ length: 5000 }, (_, r): (Cell | null)[] =>
      r % 2 === 0 ? [{ value: r, style: "input" }, { value: r }] : [{ value: r }, { value: r, style: "input" }],
    );
    const build = (): WorkbookSpec => ({
      sheets: [{ key: "many", name: "Många", rows, columnWidths: [], protect: true, print: { landscape: false } }],
      names: [],
    });
    await write(fake, build);
    const cells = fake.sheet("Många").cells;
    const unlocked = [...cells]
      .filter(([, cell]) => cell.format["protection.locked"] === false)
      .map(([address]) => address);
    expect(unlocked).toHaveLength(5000);
    expect(unlocked).toEqual(expect.arrayContaining(["A1", "B2", "A4999", "B5000"]));
    expect(cells.get("B1")?.format).toEqual({});
    // 5 000 separate inputs, each filled, unlocked and lined, are more than one request holds: a read and two writes.
    expect(fake.syncCount).toBe(3);
  });

  test("sets column widths in points, freeze panes, page layout and protection", async () => {
    const fake = userWorkbook();
    await write(fake, feeTemplate(5).build);
    const [fees, summary, notes] = ["Avgifter", "Sammanställning", "Anteckningar"].map((name) => fake.sheet(name));
    // (characters × 7 px + 5 px padding) × 0.75 pt/px
    expect([...fees.columnWidths]).toEqual([
      [0, 129.75],
      [1, 77.25],
      [2, 66.75],
    ]);
    expect([...notes.columnWidths]).toEqual([[0, 318.75]]);
    expect([fees.freeze, summary.freeze, notes.freeze]).toEqual([
      { rows: 2, columns: 1 },
      { rows: 1, columns: 0 },
      { rows: 0, columns: 1 },
    ]);
    expect([fees.orientation, summary.orientation, notes.orientation]).toEqual(["Portrait", "Landscape", "Portrait"]);
    expect([fees.printTitleRows, summary.printTitleRows]).toEqual(["$1:$2", undefined]);
    const protection = { allowFormatColumns: true, allowFormatRows: true, selectionMode: "Normal" };
    expect([fees.protection, summary.protection, notes.protection]).toEqual([protection, protection, undefined]);
  });

  test("adds the defined names on the sheets their keys name", async () => {
    const fake = userWorkbook();
    await write(fake, feeTemplate(5).build);
    expect(fake.snapshot()).toMatchObject({
      names: [
        { name: "Mitt", refersTo: "Blad1!$A$1" },
        { name: "Totalt", refersTo: "Sammanställning!$B$2" },
        { name: "Medlemsavgifter", refersTo: "Avgifter!$C$3:$C$7" },
      ],
    });
  });

  test("leaves a user's sheet and name of the same names alone, and tells the builder they are taken", async () => {
    const fake = userWorkbook(["Avgifter", "Blad2"]);
    fake.names.push({ name: "totalt", sheet: fake.sheets[1], address: "$C$3" });
    const userSheet = structuredClone(fake.sheet("Avgifter"));
    const template = feeTemplate(5);

    const result = await write(fake, template.build);

    expect(template.received).toEqual([{ sheets: ["Avgifter", "Blad2"], definedNames: ["Mitt", "totalt"] }]);
    expect(result.sheets).toEqual(["Avgifter (2)", "Sammanställning", "Anteckningar"]);
    expect(fake.sheet("Avgifter")).toEqual(userSheet);
    expect(fake.sheet("Sammanställning").cells.get("B3")?.formula).toBe(
      `=IF(SUM('Avgifter (2)'!C3:C7)=Totalt_2,"OK","FEL")`,
    );
    expect(fake.snapshot()).toMatchObject({
      names: [
        { name: "Mitt", refersTo: "Avgifter!$A$1" },
        { name: "totalt", refersTo: "Blad2!$C$3" },
        { name: "Totalt_2", refersTo: "Sammanställning!$B$2" },
        { name: "Medlemsavgifter", refersTo: "Avgifter (2)!$C$3:$C$7" },
      ],
    });
  });

  test("refuses, before writing anything, a defined name over several areas (Excels read their lists differently)", async () => {
    const fake = userWorkbook();
    const before = fake.snapshot();
    const build = (): WorkbookSpec => ({
      sheets: [{ key: "x", name: "Ny", rows: [], columnWidths: [], protect: false, print: { landscape: false } }],
      names: [{ name: "Delar", sheet: "x", address: "$B$3,$B$7" }],
    });
    await expect(write(fake, build)).rejects.toThrow(/"Delar" refers to several areas/);
    expect(fake.snapshot()).toEqual(before);
  });

  test("refuses, before writing anything, a builder that asks for a taken sheet name", async () => {
    const fake = userWorkbook();
    const before = fake.snapshot();
    const build = (): WorkbookSpec => ({
      sheets: [{ key: "x", name: "BLAD1", rows: [], columnWidths: [], protect: false, print: { landscape: false } }],
      names: [],
    });
    await expect(write(fake, build)).rejects.toThrow(
      'The template asks for the sheet "BLAD1", which is already taken.',
    );
    expect(fake.syncCount).toBe(1);
    expect(fake.snapshot()).toEqual(before);
  });
});

onEveryPlatform("writeWorkbook when Excel fails", () => {
  const operationsInTheWrite = async () => {
    const fake = userWorkbook();
    await write(fake, feeTemplate(5).build);
    return fake.operationsPerSync[1];
  };

  test("a write failing after any number of its operations leaves the workbook as it was", async () => {
    const operations = await operationsInTheWrite();
    expect(operations).toBeGreaterThan(10); // sheets, names, cells, styles, layout: many points to fail at
    for (let applied = 0; applied <= operations; applied++) {
      const fake = userWorkbook();
      const before = fake.snapshot();
      fake.failOnSync(2, applied);
      await expect(write(fake, feeTemplate(5).build)).rejects.toBeInstanceOf(WorkbookWriteError);
      // Labelled with `applied` so that a failure names the point of the batch.
      expect({ applied, workbook: fake.snapshot() }).toEqual({ applied, workbook: before });
      // One sync finds what exists; a second deletes it, when there is something to delete.
      expect({ applied, syncs: fake.syncCount }).toEqual({ applied, syncs: applied === 0 ? 3 : 4 });
    }
  });

  test("the error is a WorkbookWriteError with Excel's error as its cause", async () => {
    const fake = userWorkbook();
    const steps: WriteStep[] = [];
    fake.failOnSync(2, 10);
    const error = await write(fake, feeTemplate(5).build, (step) => steps.push(step)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookWriteError);
    expect((error as WorkbookWriteError).message).toBe(
      "Could not write the template (GeneralException: Injected failure in sync 2.); nothing was changed.",
    );
    expect((error as WorkbookWriteError).cause).toMatchObject({
      code: "GeneralException",
      message: "Injected failure in sync 2.",
    });
    expect(steps).toEqual(["reading", "writing", "undoing"]);
  });

  test("a sheet name Excel refuses fails the write, and the sheets added before it are removed", async () => {
    const fake = userWorkbook();
    const before = fake.snapshot();
    const build = (taken: TakenNames): WorkbookSpec => {
      const spec = feeTemplate(5).build(taken);
      return {
        ...spec,
        sheets: spec.sheets.map((sheet) => (sheet.key === "notes" ? { ...sheet, name: "Noter 2026/27" } : sheet)),
      };
    };
    await expect(write(fake, build)).rejects.toThrow(
      'Could not write the template (InvalidArgument: Invalid sheet name "Noter 2026/27".)',
    );
    expect(fake.snapshot()).toEqual(before);
  });

  test("when undoing fails too, the error says which sheets may remain", async () => {
    const fake = userWorkbook();
    fake.failOnSync(2, 10);
    fake.failOnSync(4);
    await expect(write(fake, feeTemplate(5).build)).rejects.toThrow(
      "Could not write the template (GeneralException: Injected failure in sync 2.), and removing what was written failed too " +
        "(GeneralException: Injected failure in sync 4.): these sheets may remain: Avgifter, Sammanställning, Anteckningar.",
    );
  });
});
