import { officeDocumentSettings } from "../../src/excel/document-settings";
import { FakeExcel } from "./fake-excel";
import { FakeSettings, memoryDocument } from "./fake-settings";

describe("the fake's document settings (Office.Settings)", () => {
  it("gives null for a name without a value", () => {
    expect(new FakeSettings(memoryDocument()).get("finsam.none")).toBeNull();
  });

  it("keeps a value as its JSON: a date comes back as its text", () => {
    const settings = new FakeSettings(memoryDocument());
    settings.set("when", { at: new Date("2026-04-30T00:00:00Z"), n: 1 });
    expect(settings.get("when")).toEqual({ at: "2026-04-30T00:00:00.000Z", n: 1 });
  });

  it("refuses a value JSON cannot carry", () => {
    expect(() => new FakeSettings(memoryDocument()).set("f", () => 1)).toThrow(/not JSON-serializable/);
  });

  it("puts into the document only what saveAsync saved: a pane opened again sees that, not later sets", async () => {
    const document = memoryDocument();
    const settings = officeDocumentSettings(new FakeExcel(["Blad1"], undefined, document).runner);
    await settings.write("draft", { step: 2 });
    new FakeExcel(["Blad1"], undefined, document).settings.set("draft", { step: 3 });

    const reopened = officeDocumentSettings(new FakeExcel(["Blad1"], undefined, document).runner);
    expect(await reopened.read("draft")).toEqual({ step: 2 });
    expect(document.saves).toBe(1);
  });

  it("rejects the write when the save fails", async () => {
    const excel = new FakeExcel(["Blad1"]);
    excel.settings.failNextSave = "The document is read-only.";
    await expect(officeDocumentSettings(excel.runner).write("draft", 1)).rejects.toThrow("The document is read-only.");
  });
});
