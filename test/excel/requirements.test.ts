import { XMLParser } from "fast-xml-parser";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { officePlanWorkbook } from "../../src/excel/plan-workbook";
import { OPTIONAL_FEATURES, REQUIRED_SETS } from "../../src/excel/requirements";
import { readPlan } from "../../src/templates/read-plan";
import { FakeExcel } from "./fake-excel";
import { onEveryPlatform, versionAtMost } from "./fake-profiles";

const manifest = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(
  readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8"),
);
const example = readPlan(readFileSync(join(__dirname, "..", "..", "examples", "rar-sormland-2025.json"), "utf8"));

describe("the requirement sets", () => {
  it("manifest.xml declares exactly the sets the code needs, at their versions", () => {
    const declared = [manifest.OfficeApp.Requirements.Sets.Set].flat();
    expect(declared.map((set: Record<string, string>) => [set["@Name"], set["@MinVersion"]])).toEqual(
      REQUIRED_SETS.map((set) => [set.name, set.version]),
    );
  });

  it("declares every optional feature's set below the feature's version: an older Excel still loads the add-in", () => {
    for (const feature of Object.values(OPTIONAL_FEATURES)) {
      const required = REQUIRED_SETS.find((set) => set.name === feature.name);
      expect(versionAtMost(feature.version, required?.version)).toBe(false);
    }
  });
});

onEveryPlatform("a plan written in an Excel without ExcelApi 1.9", () => {
  it("gets its sheets without print layout, and says which feature was missing", async () => {
    const excel = new FakeExcel(["Blad1"]);
    excel.requirementSets.ExcelApi = "1.8";

    const { sheets, missing } = await officePlanWorkbook(excel.runner).writePlan(example, "sv");

    expect(missing).toEqual(["printLayout"]);
    expect(sheets.length).toBeGreaterThan(5);
    expect(excel.sheets.every((sheet) => sheet.orientation === undefined && sheet.pageBreaks.length === 0)).toBe(true);
    expect(excel.sheet("Medlemsavgifter").freeze).toBeDefined();
  });

  it("in a current Excel, with its print layout and nothing missing", async () => {
    const excel = new FakeExcel(["Blad1"]);
    const { missing } = await officePlanWorkbook(excel.runner).writePlan(example, "sv");
    expect(missing).toEqual([]);
    expect(excel.sheets.some((sheet) => sheet.orientation !== undefined)).toBe(true);
  });
});
