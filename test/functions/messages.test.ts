import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  burnRatio,
  equityCeiling,
  equityPlan,
  memberFee,
  memberFees,
  partyShare,
  quarterlyInstalments,
} from "../../src/functions/functions";
import { displayLanguage } from "../../src/functions/excel-errors";
import { MESSAGES, MessageCode, Param, render } from "../../src/model/messages";
import { money } from "../../src/model/money";
import { excelErrorOf, inDisplayLanguage } from "../fixtures/excel-error";
import { column } from "../fixtures/excel-range";

/** Every word any message takes (read from the table's source), so that each text can be rendered with all of its words. */
const EVERY_PARAM: Readonly<Record<string, Param>> = Object.fromEntries(
  [...readFileSync(join(__dirname, "../../src/model/messages.ts"), "utf8").matchAll(/\bw\.(\w+)/g)].map(([, key]) => [
    key,
    key === "subject"
      ? { parameter: "total", item: 2 }
      : key === "decimals"
        ? 3
        : key === "unit"
          ? money("0.001")
          : 7.5,
  ]),
);
const codes = Object.keys(MESSAGES) as MessageCode[];

describe("the message table (src/model/messages.ts)", () => {
  it.each(codes)("%s reads differently in Swedish and English, with every word filled in", (code) => {
    const sv = render({ code, params: EVERY_PARAM }, "sv");
    const en = render({ code, params: EVERY_PARAM }, "en");
    expect(sv).not.toBe(en);
    for (const text of [sv, en]) expect(text).not.toMatch(/undefined|\[object|NaN/);
  });

  it("writes figures with a decimal comma in Swedish and a point in English", () => {
    const problem = { code: "budget-not-positive", params: { value: money("-0.5") } } as const;
    expect(render(problem, "en")).toBe("the budget must be above zero to compare the outcome with (it is -0.5)");
    expect(render(problem, "sv")).toBe(
      "budgeten måste vara över noll för att utfallet ska kunna jämföras med den (den är -0,5)",
    );
  });

  it("names the year of a plan a problem arose in", () => {
    const problem = { code: "period-reversed", year: 3 } as const;
    expect(render(problem, "en")).toBe("year 3 of the plan: the period ends before it starts");
    expect(render(problem, "sv")).toBe("år 3 i planen: perioden slutar innan den börjar");
  });
});

describe("Excel's display language (Office.context.displayLanguage)", () => {
  it.each([
    ["sv-SE", "sv"],
    ["sv-FI", "sv"],
    ["SV", "sv"],
    ["en-US", "en"],
    ["en-GB", "en"],
    ["fi-FI", "en"],
    ["de-DE", "en"],
  ])("%s answers in %s", (tag, language) => {
    expect(inDisplayLanguage(tag, displayLanguage)).toBe(language);
  });

  it("is Swedish when there is no Office to ask, or Office gives no language", () => {
    expect(typeof Office).toBe("undefined");
    expect(displayLanguage()).toBe("sv");
    Object.assign(globalThis, { Office: { context: {} } });
    try {
      expect(displayLanguage()).toBe("sv");
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
  });
});

describe("a custom function's error in Swedish Excel", () => {
  it("is made with the function's own id, so that it names the function's own parameters", () => {
    const source = readFileSync(join(__dirname, "../../src/functions/functions.ts"), "utf8");
    const declarations = source.split("@customfunction ").slice(1);
    expect(declarations.length).toBeGreaterThanOrEqual(15);
    declarations.forEach((declaration) => {
      const id = declaration.slice(0, declaration.search(/\s/));
      expect(declaration.match(/evaluate\("(\w+)"/g)).toEqual([`evaluate("${id}"`]);
    });
  });

  const sv = (run: () => unknown) => inDisplayLanguage("sv-SE", () => excelErrorOf(run));

  it.each([
    [
      "names the argument by the parameter name Excel shows (belopp, not total)",
      () => memberFee("fyra miljoner", "Flen", column(["Flen"]), column([1])),
      { code: "#VALUE!", message: 'belopp är texten "fyra miljoner"; här behövs ett tal' },
    ],
    [
      "says SANT where Swedish Excel shows TRUE",
      () => partyShare(true, "staten"),
      { code: "#VALUE!", message: "belopp är värdet SANT; här behövs ett tal" },
    ],
    [
      "keeps #N/A for a member not in the list",
      () => memberFee(100, "Solna", column(["Flen"]), column([1])),
      { code: "#N/A", message: '"Solna" finns inte i medlemslistan' },
    ],
    [
      "names a member's population by the member",
      () => memberFee(100, "a", column(["a", "b"]), column([5, -1])),
      { code: "#VALUE!", message: "befolkningen för b är negativ (-1); en befolkning kan inte vara det" },
    ],
    [
      "names the columns of a plan by their Swedish names",
      () => equityPlan(0, [[1, 2, 3]], [[1, 2]]),
      { code: "#VALUE!", message: "intäkter har 3 kolumner men kostnader har 2 kolumner; ge en kolumn per år i båda" },
    ],
    [
      "names the year of the plan a problem is in",
      () =>
        equityPlan(
          0,
          [
            [1, 1],
            [0, 0],
          ],
          [
            [-1, 2],
            [-1, -2],
          ],
        ),
      {
        code: "#VALUE!",
        message:
          "år 2 i planen: kostnaderna har blandade tecken (nummer 1 är 2, nummer 2 är -2): skriv alla kostnader negativa, som planerna gör, eller alla positiva",
      },
    ],
    [
      "names a guideline row and its part",
      () => equityCeiling(100, [[0, "tjugo"]]),
      { code: "#VALUE!", message: 'riktlinje rad 1 (procentsats) är texten "tjugo"; här behövs ett tal' },
    ],
    [
      "writes a figure with a decimal comma",
      () => quarterlyInstalments(100.5),
      { code: "#VALUE!", message: "avgiften (100,5) är inte ett helt antal kronor" },
    ],
    [
      "names all three dates of the pace by their Swedish names",
      () => burnRatio(1, 2, 45000),
      { code: "#VALUE!", message: "ange alla tre av uppföljningsdatum, start och slut för takten, eller ingen av dem" },
    ],
    [
      "says a too large total in Swedish",
      () => memberFees(2 ** 50, [[1], [2]], 2),
      {
        code: "#VALUE!",
        message:
          "belopp är för stort för att fördelas exakt: Excels tal rymmer hela ören bara upp till 45035996273704,96",
      },
    ],
  ])("%s", (_, run, expected) => {
    expect(sv(run)).toEqual(expected);
  });
});
