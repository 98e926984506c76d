import { memberFee, memberFees, partyShare, quarterlyInstalments, solidity } from "../../src/functions/functions";
import { errorsInBothLanguages, excelErrorOf, inDisplayLanguage } from "../fixtures/excel-error";
import { column } from "../fixtures/excel-range";

/*
 * The generated metadata sets allowCustomDataForDataTypeAny, so a cell holding a
 * data type reaches a FINSAM function as an Excel.CellValue object. Plain ones
 * (Double, FormattedNumber, String, Boolean, Empty) count as their basic value;
 * an entity (a linked Stocks or Geography entity, or the add-in kind) is a name
 * where a name belongs and is refused by its name where a number belongs.
 */
const double = (basicValue: number) => ({ type: "Double", basicValue });
const stock = {
  type: "LinkedEntity",
  text: "Microsoft",
  basicValue: "#VALUE!",
  id: { entityId: "msft", domainId: "stocks" },
};
const geography = (text: string) => ({
  type: "Entity",
  text,
  properties: { Befolkning: { type: "Double", basicValue: 1 } },
});
const call =
  <Args extends unknown[]>(fn: (...args: never[]) => unknown, ...args: Args) =>
  () =>
    (fn as (...args: Args) => unknown)(...args);

describe("data types in FINSAM arguments", () => {
  it("reads a number's basic value as the number", () => {
    expect(call(partyShare, double(16000000), "staten")()).toBe(8000000);
    expect(call(quarterlyInstalments, { type: "FormattedNumber", basicValue: 7, numberFormat: "# ##0 kr" })()).toEqual([
      [2, 2, 2, 1],
    ]);
  });

  it("reads text and empty data types as the text and an empty cell", () => {
    expect(call(partyShare, 10, { type: "String", basicValue: "Regionen" })()).toBe(3);
    // An Empty value as the optional decimals is left out: whole kronor.
    expect(call(memberFees, 10, column([1, 2]), { type: "Empty", basicValue: "" })()).toEqual([[3], [7]]);
  });

  it("takes the name a Geography entity shows as a member's name, in the list and as the member", () => {
    const names = [[geography("Eskilstuna")], [geography("Flen")]];
    expect(call(memberFee, 100, geography("Flen"), names, column([1, 3]))()).toBe(75);
    expect(call(memberFee, 100, "eskilstuna", names, column([1, 3]))()).toBe(25);
  });

  it("refuses a linked Stocks entity where a number belongs, by its name, in both languages", () => {
    expect(errorsInBothLanguages(call(solidity, stock, 100))).toEqual({
      en: { code: "#VALUE!", message: "equity is a linked data type (Microsoft); it needs a number" },
      sv: { code: "#VALUE!", message: "eget_kapital är en länkad datatyp (Microsoft); här behövs ett tal" },
    });
  });

  it.each([
    [
      "an entity among the populations",
      call(memberFees, 100, [[1], [geography("Flen")]]),
      /populations \(item 2\) is a linked data type \(Flen\)/,
    ],
    [
      "an Excel error value",
      call(solidity, { type: "Error", basicValue: "#N/A", errorType: "NotAvailable" }, 1),
      /equity is a linked data type \(#N\/A\)/,
    ],
    ["an object Excel never documented", call(solidity, {}, 1), /equity is a linked data type \(\?\)/],
    [
      "a boolean data type",
      call(solidity, { type: "Boolean", basicValue: true }, 1),
      /equity is the value TRUE; it needs a number/,
    ],
    [
      "an entity without a name as a member",
      call(memberFee, 1, { type: "Entity", properties: {} }, column(["a"]), column([1])),
      /member is a linked data type \(Entity\); it needs a name/,
    ],
  ])("refuses %s, never saying [object Object]", (_, run, message) => {
    const error = inDisplayLanguage("en-US", () => excelErrorOf(run));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(message);
    expect(error.message).not.toMatch(/\[object/);
  });
});
