import { KEY_NAMES } from "../../src/templates/key-names";
import { MAPPING_ROWS } from "../../src/templates/mappings-sheet";
import { planWorkbook } from "../../src/templates/workbook";
import { examplePlan } from "../fixtures/example-plan";

const plan = examplePlan();
const spec = planWorkbook(plan, { language: "sv" });
const address = (name: string) => spec.names.find((n) => n.name === name);

describe("Kopplingar", () => {
  const sheet = spec.sheets.find((s) => s.key === "mappings")!;

  it("follows Insatser, and its mapping rows are open to the user while the sheet is protected", () => {
    expect(spec.sheets.map((s) => s.name)).toEqual([
      "Parametrar",
      "Medlemsavgifter",
      "Budget 2025",
      "Ekonomisk plan 2025–2027",
      "Insatser",
      "Kopplingar",
      "Scenarier",
      "Hemställan",
      "Kontroller",
    ]);
    expect(sheet.protect).toBe(true);
    expect(address(KEY_NAMES.mappings)).toEqual({ name: "Kopplingar", sheet: "mappings", address: "$A$6:$D$205" });
    const inputs = sheet.rows.slice(5, 5 + MAPPING_ROWS).flatMap((row) => row.slice(0, 4));
    expect(inputs.every((cell) => cell?.style === "input")).toBe(true);
  });

  it("lists the budget's cost rows with their budget as spending and an open Utfall cell", () => {
    expect(address(KEY_NAMES.costRowNames)?.address).toBe("$F$6:$F$8");
    expect(address(KEY_NAMES.costRowOutcomes)?.address).toBe("$H$6:$H$8");
    expect(sheet.rows.slice(5, 8).map((row) => row[5]?.value)).toEqual(plan.costs.map((c) => c.label));
    expect(sheet.rows[5][6]?.formula).toBe("=-'Budget 2025'!C13");
    expect(sheet.rows[5][7]?.style).toBe("input");
  });

  it("names Insatser's names and Utfall cells for the import", () => {
    expect(address(KEY_NAMES.interventionNames)).toMatchObject({ sheet: "interventions", address: "$A$4:$A$15" });
    expect(address(KEY_NAMES.interventionOutcomes)).toMatchObject({ sheet: "interventions", address: "$F$4:$F$15" });
  });
});
