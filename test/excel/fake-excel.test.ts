import { FakeExcel } from "./fake-excel";

/* The fake behaves like Office.js where the writer's correctness depends on it. */
describe("FakeExcel", () => {
  test("queued writes reach the workbook only when synced", async () => {
    const fake = new FakeExcel(["Blad1"]);
    const sheet = fake.context.workbook.worksheets.add("Ny");
    sheet.getRange("B2").formulas = [["=1+1"]];
    expect(fake.sheets.map((s) => s.name)).toEqual(["Blad1"]);
    await fake.context.sync();
    expect(fake.sheet("Ny").cells.get("B2")?.formula).toBe("=1+1");
    expect(fake.syncCount).toBe(1);
  });

  test("a property can be read only after it was loaded and synced", async () => {
    const fake = new FakeExcel(["Blad1"]);
    const sheets = fake.context.workbook.worksheets;
    expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    sheets.load("items/name");
    expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await fake.context.sync();
    expect(sheets.items.map((sheet) => sheet.name)).toEqual(["Blad1"]);
  });

  test("a failing sync applies the operations before the fault, publishes no loads, and throws", async () => {
    const fake = new FakeExcel(["Blad1"]);
    fake.failOnSync(1, 1);
    const { worksheets } = fake.context.workbook;
    worksheets.add("Först");
    worksheets.add("Sedan");
    const active = worksheets.getActiveWorksheet().load("name");
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "GeneralException" });
    expect(fake.sheets.map((s) => s.name)).toEqual(["Blad1", "Först"]);
    expect(() => active.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  test("a batch stops at an operation Excel refuses", async () => {
    const fake = new FakeExcel(["Blad1"]);
    const sheet = fake.context.workbook.worksheets.add("blad1");
    sheet.getRange("A1").formulas = [["x"]];
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    expect(fake.sheets).toHaveLength(1);
  });

  test("refuses an address string over Excel's 8 192 characters, and writes to locked cells of a protected sheet", async () => {
    const fake = new FakeExcel(["Blad1"]);
    const sheet = fake.context.workbook.worksheets.getItem("Blad1");
    sheet.getRanges(Array.from({ length: 2000 }, (_, i) => `A${i + 1}`).join(",")).format.font.bold = true;
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });

    sheet.getRange("A1").format.protection.locked = false;
    sheet.protection.protect();
    sheet.getRange("A1").formulas = [[1]];
    sheet.getRange("A2").formulas = [[2]];
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    expect(fake.sheet("Blad1").cells.get("A1")?.formula).toBe(1);
  });

  test("the used range spans the cells with content (valuesOnly: with a value), and is A1 on an empty sheet", async () => {
    const fake = new FakeExcel(["Blad1", "Tom"]);
    fake.typeIn("Blad1", "B3", [["a", 1]]);
    fake.typeIn("Blad1", "D6", [[""]]);
    const { worksheets } = fake.context.workbook;
    const all = worksheets.getItem("Blad1").getUsedRange().load("address");
    const values = worksheets.getItem("Blad1").getUsedRange(true).load("address,values");
    const empty = worksheets.getItem("Tom").getUsedRange(true).load("address");
    await fake.context.sync();
    expect([all.address, values.address, empty.address]).toEqual(["Blad1!B3:D6", "Blad1!B3:C3", "Tom!A1"]);
    expect(values.values).toEqual([["a", 1]]);
  });

  test("formulas as Excel gives them: the formula where there is one, else the constant", async () => {
    const fake = new FakeExcel(["Blad1"]);
    const sheet = fake.context.workbook.worksheets.getItem("Blad1");
    sheet.getRange("B2:C3").formulas = [
      ["'Summa", "=C3"],
      [1, 2],
    ];
    await fake.context.sync();
    fake.sheet("Blad1").cells.get("C2")!.value = 2; // Excel's calculation
    const used = sheet.getUsedRange(true).load("address,values,formulas");
    await fake.context.sync();
    expect(used.address).toBe("Blad1!B2:C3");
    expect(used.values).toEqual([
      ["Summa", 2],
      [1, 2],
    ]);
    expect(used.formulas).toEqual([
      ["Summa", "=C3"],
      [1, 2],
    ]);
  });

  test("names load with their formula; select shows the range's sheet (on the web)", async () => {
    const fake = new FakeExcel(["Blad1", "Plan 2025"], "web-en");
    const { workbook } = fake.context;
    workbook.names.add("Summa", workbook.worksheets.getItem("Plan 2025").getRange("C4"));
    workbook.worksheets.getItem("Plan 2025").getRange("B2").select();
    const names = workbook.names.load("items/name,items/formula");
    await fake.context.sync();
    expect(names.items.map(({ name, formula }) => ({ name, formula }))).toEqual([
      { name: "Summa", formula: "='Plan 2025'!$C$4" },
    ]);
    expect([fake.active.name, fake.selection]).toEqual(["Plan 2025", "B2"]);
  });

  test("a property not loaded cannot be read, an item's formula included", async () => {
    const fake = new FakeExcel(["Blad1"]);
    fake.context.workbook.names.add("Summa", fake.context.workbook.worksheets.getItem("Blad1").getRange("A1"));
    const names = fake.context.workbook.names.load("items/name");
    await fake.context.sync();
    expect(names.items[0].name).toBe("Summa");
    expect(() => names.items[0].formula).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  test("a table's name is taken for defined names", async () => {
    const fake = new FakeExcel(["Blad1"]);
    fake.addTable("Blad1", "Medlemmar");
    fake.context.workbook.names.add("medlemmar", fake.context.workbook.worksheets.getItem("Blad1").getRange("A1"));
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("reads over 5 MB fail, and values past 5 000 000 cells are null", async () => {
    const fake = new FakeExcel(["Blad1"]);
    const sheet = fake.context.workbook.worksheets.getItem("Blad1");
    sheet.getRange("A:C").load("values");
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    const all = sheet.getRange("1:1048576").load("values");
    await fake.context.sync();
    expect(all.values).toBeNull();
  });

  test("answers isSetSupported by the platform's versions, and lacks the members of a set it does not have", async () => {
    const fake = new FakeExcel(["Blad1"]);
    expect(fake.runner.office.isSetSupported("ExcelApi", "1.9")).toBe(true);
    fake.requirementSets.ExcelApi = "1.8";
    expect(fake.runner.office.isSetSupported("ExcelApi", "1.9")).toBe(false);
    expect(fake.runner.office.isSetSupported("ExcelApi", "1.10")).toBe(false);
    expect(fake.runner.office.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(() => fake.context.workbook.worksheets.getItem("Blad1").pageLayout).toThrow(
      expect.objectContaining({ code: "ApiNotFound" }),
    );
  });
});

describe.each([
  ["web-en", { list: "A1,B2", refused: "A1;B2", ref: "=#REF!", active: "Plan" }],
  ["windows-sv", { list: "A1;B2", refused: "A1,B2", ref: "=#REFERENS!", active: "Blad1" }],
] as const)("FakeExcel as %s", (profile, expected) => {
  test("takes address lists with the platform's list separator only", async () => {
    const fake = new FakeExcel(["Blad1"], profile);
    const sheet = fake.context.workbook.worksheets.getItem("Blad1");
    sheet.getRanges(expected.list).format.font.bold = true;
    await fake.context.sync();
    expect(fake.sheet("Blad1").cells.get("B2")?.format["font.bold"]).toBe(true);
    sheet.getRanges(expected.refused).format.font.bold = true;
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("a name whose sheet was deleted reads #REF! (localized on desktop), is no range, and its getRange fails", async () => {
    const fake = new FakeExcel(["Blad1", "Plan"], profile);
    const { names, worksheets } = fake.context.workbook;
    names.add("Summa", worksheets.getItem("Plan").getRange("C4"));
    await fake.context.sync();
    fake.deleteSheetNow("Plan");
    const loaded = names.load("items/name,items/formula,items/type");
    const orNull = names.getItem("Summa").getRangeOrNullObject().load("values");
    await fake.context.sync();
    expect(loaded.items.map(({ formula, type }) => [formula, type])).toEqual([[expected.ref, "Error"]]);
    expect(orNull.isNullObject).toBe(true);
    names.getItem("Summa").getRange().load("values");
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  test("select() on another sheet shows it on the web only; activate first works everywhere", async () => {
    const fake = new FakeExcel(["Blad1", "Plan"], profile);
    const plan = fake.context.workbook.worksheets.getItem("Plan");
    plan.getRange("B2").select();
    await fake.context.sync();
    expect(fake.active.name).toBe(expected.active);
    plan.activate();
    plan.getRange("C3").select();
    await fake.context.sync();
    expect([fake.active.name, fake.selection]).toEqual(["Plan", "C3"]);
  });

  test("shows #NAME? for a FINSAM function under another language's name than Excel registered", () => {
    const fake = new FakeExcel(["Blad1"], profile);
    fake.typeIn("Blad1", "A1", [["=FINSAM.BURNRATIO(1,2)", "=FINSAM.FORBRUKNINGSKVOT(1,2)"]]);
    const [english, swedish] = [fake.shows("Blad1", "A1"), fake.shows("Blad1", "B1")];
    expect(profile === "windows-sv" ? english : swedish).toBe("#NAME?");
    expect(profile === "windows-sv" ? swedish : english).toBeUndefined();
  });
});
