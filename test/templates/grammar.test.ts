import fc from "fast-check";
import {
  LAST_COLUMN,
  a1,
  areaAddress,
  columnIndex,
  columnLetters,
  newestNames,
  onSheet,
  parseArea,
  parseReference,
  parseSheetArea,
} from "../../src/templates/grammar";
import { closingEquityName, KEY_NAMES } from "../../src/templates/key-names";

const column = fc.integer({ min: 0, max: LAST_COLUMN });
const row = fc.integer({ min: 0, max: 1_048_575 });
const position = fc.record({ row, column });
/** Sheet names as Excel allows them: 1–31 characters, none of : \ / ? * [ ], not starting or ending with a quote. */
const sheetName = fc
  .string({ minLength: 1, maxLength: 31, unit: fc.constantFrom(..."Budget 2025–27'åäöÅ!=-_().,$A1") })
  .filter((name) => !name.startsWith("'") && !name.endsWith("'"));

describe("column letters", () => {
  it("count from A as column 0, as Excel letters them", () => {
    expect([0, 25, 26, 51, 52, 701, 702, LAST_COLUMN].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
    expect(["A", "Z", "AA", "ZZ", "AAA", "XFD", "xfd"].map(columnIndex)).toEqual([
      0,
      25,
      26,
      701,
      702,
      LAST_COLUMN,
      LAST_COLUMN,
    ]);
  });

  it("read back as the column they were written for, always", () => {
    fc.assert(fc.property(column, (c) => columnIndex(columnLetters(c)) === c));
  });

  it("sort as the columns do when they are as long", () => {
    fc.assert(
      fc.property(column, column, (x, y) => {
        const [a, b] = [columnLetters(x), columnLetters(y)];
        return a.length !== b.length || Math.sign(a.localeCompare(b, "en")) === Math.sign(x - y);
      }),
    );
  });
});

describe("A1 addresses", () => {
  it("write row and column from 0 as Excel counts from 1, pinned with $ when absolute", () => {
    expect(a1(0, 0)).toBe("A1");
    expect(a1(9, 2, true)).toBe("$C$10");
    expect(areaAddress({ first: { row: 8, column: 2 }, last: { row: 10, column: 2 } }, true)).toBe("$C$9:$C$11");
    expect(areaAddress({ first: { row: 2, column: 1 }, last: { row: 2, column: 1 } })).toBe("B3");
  });

  it("read back as the cell or area they were written for, absolute or not", () => {
    fc.assert(
      fc.property(position, position, fc.boolean(), (first, last, absolute) => {
        expect(parseArea(areaAddress({ first, last }, absolute))).toEqual({ first, last });
      }),
    );
  });

  it("are refused when they are no cell or area", () => {
    for (const address of ["", "A", "1", "A:B", "1:3", "A0B", "ABCD1", "Forbund", "A1+1", "A1:B"]) {
      expect(parseArea(address)).toBeUndefined();
    }
  });
});

describe("references to another sheet", () => {
  it("quote the sheet name, doubling its quotes, as Excel and LibreOffice read it", () => {
    expect(onSheet("Budget 2025", "$C$9")).toBe("'Budget 2025'!$C$9");
    expect(onSheet("Årets 'plan'", "A1")).toBe("'Årets ''plan'''!A1");
  });

  it("read back as the sheet and address they were written for, whatever the name", () => {
    fc.assert(
      fc.property(sheetName, position, position, (sheet, first, last) => {
        const address = areaAddress({ first, last }, true);
        expect(parseReference(onSheet(sheet, address))).toEqual({ sheet, address });
        expect(parseSheetArea(`=${onSheet(sheet, address)}`)).toEqual({ sheet, first, last });
      }),
    );
  });

  it("read a plain sheet name without quotes, as Excel writes it", () => {
    expect(parseReference("=Parametrar!$B$10")).toEqual({ sheet: "Parametrar", address: "$B$10" });
    expect(parseSheetArea("Budget 2025!A1:E26")).toEqual({
      sheet: "Budget 2025",
      first: { row: 0, column: 0 },
      last: { row: 25, column: 4 },
    });
  });

  it("are not read from a name, a constant or a formula", () => {
    for (const formula of ["=Forbund", "=42", "=SUM(Budget!A1:A3)", "='Budget'A1"]) {
      expect(parseSheetArea(formula)).toBeUndefined();
    }
    expect(parseSheetArea("=Budget!A1+1")).toBeUndefined();
    expect(parseReference("=A1+Budget!B2")).toBeUndefined();
  });
});

describe("the newest of a name a clash gave a suffix", () => {
  it("is the highest suffix, the name without one counting as the first", () => {
    const names = ["Forbund_2", "Forbund", "Forbund_10", "Forbund_3", "Budgetar"];
    expect(newestNames(names, [KEY_NAMES.association, KEY_NAMES.budgetYear])).toEqual(
      new Map([
        [KEY_NAMES.association, "Forbund_10"],
        [KEY_NAMES.budgetYear, "Budgetar"],
      ]),
    );
  });

  it("takes a closing-equity name's year as part of its base, not as a suffix", () => {
    const names = ["Eget_kapital_2025", "Eget_kapital_2026", "Eget_kapital_2025_2", "Eget_kapital_2027_2"];
    const bases = [2025, 2026, 2027].map(closingEquityName);
    expect(newestNames(names, bases)).toEqual(
      new Map([
        ["Eget_kapital_2025", "Eget_kapital_2025_2"],
        ["Eget_kapital_2026", "Eget_kapital_2026"],
        ["Eget_kapital_2027", "Eget_kapital_2027_2"],
      ]),
    );
    // Read as Eget_kapital with a suffix, the year would be a copy's number: the bases are given, never guessed.
    expect(newestNames(names, ["Eget_kapital"]).get("Eget_kapital")).toBe("Eget_kapital_2026");
  });

  it("compares names without case, as Excel does, and leaves other names alone", () => {
    expect(newestNames(["forbund_2", "FORBUND", "Forbundet", "Forbund_x", "Forbund_"], ["Forbund"])).toEqual(
      new Map([["Forbund", "forbund_2"]]),
    );
  });

  it("is the name with the highest suffix however the names are ordered", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 2, max: 500 }), { minLength: 1 }),
        fc.boolean(),
        (suffixes, plain) => {
          const names = [...suffixes.map((n) => `Medlemmar_${n}`), ...(plain ? ["Medlemmar"] : [])];
          const expected = `Medlemmar_${Math.max(...suffixes)}`;
          expect(newestNames(names, [KEY_NAMES.members]).get(KEY_NAMES.members)).toBe(expected);
          expect(newestNames([...names].reverse(), [KEY_NAMES.members]).get(KEY_NAMES.members)).toBe(expected);
        },
      ),
    );
  });
});
