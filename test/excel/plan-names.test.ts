import { planNames } from "../../src/excel/plan-workbook";
import { closingEquityName, KEY_NAMES } from "../../src/templates/key-names";

describe("the plan's names in a workbook", () => {
  it("are the newest of each key name and of each year's closing equity", () => {
    const names = ["Forbund", "Forbund_2", "Budgetar", "Eget_kapital_2025", "Eget_kapital_2025_2", "Eget_kapital_2026"];
    expect(planNames(names)).toEqual(
      new Map([
        [KEY_NAMES.association, "Forbund_2"],
        [KEY_NAMES.budgetYear, "Budgetar"],
        [closingEquityName(2025), "Eget_kapital_2025_2"],
        [closingEquityName(2026), "Eget_kapital_2026"],
      ]),
    );
  });

  it("find a year's closing equity that only a suffixed copy holds, in any case", () => {
    // The user's Eget_kapital_2027 went with a deleted sheet: only the template's copy works.
    expect(planNames(["eget_kapital_2027_2", "FORBUND_3"])).toEqual(
      new Map([
        [closingEquityName(2027), "eget_kapital_2027_2"],
        [KEY_NAMES.association, "FORBUND_3"],
      ]),
    );
  });

  it("leave out names that are not the plan's", () => {
    expect(planNames(["Eget_kapital", "Eget_kapital_25", "Forbundet", "Min_summa_2"])).toEqual(new Map());
  });
});
