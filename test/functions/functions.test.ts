import { burnRatio, equityYearEnd, memberFee, memberFees, memberShare } from "../../src/functions/functions";
import { apportion } from "../../src/model/apportion";
import { money } from "../../src/model/money";
import { errorsInBothLanguages, excelErrorOf, refuses } from "../fixtures/excel-error";
import { column } from "../fixtures/excel-range";
import { MUNICIPALITIES_2021, PLAN_2025_2027 } from "../fixtures/seed-figures";

const names = column(MUNICIPALITIES_2021.map((m) => m.name));
const populations = column(MUNICIPALITIES_2021.map((m) => m.population));

const modelFees = apportion(
  4000000,
  MUNICIPALITIES_2021.map((m) => m.population),
).map((f) => f.toNumber());

describe("FINSAM.MEMBERFEE / MEDLEMSAVGIFT", () => {
  it("gives each member the model's largest-remainder fee", () => {
    const fees = MUNICIPALITIES_2021.map((m) => memberFee(4000000, m.name, names, populations));
    expect(fees).toEqual(modelFees);
    expect(memberFee(4000000, "Eskilstuna", names, populations)).toBe(1494648);
  });

  it("finds a member whatever the case and surrounding spaces, as Excel's lookups do", () => {
    expect(memberFee(4000000, "  eskilstuna ", names, populations)).toBe(1494648);
  });

  it("skips rows empty in both columns, so a formula may reference room to grow", () => {
    const roomyNames = [...names, [null], [""]];
    const roomyPopulations = [...populations, [null], [""]];
    expect(memberFee(4000000, "Trosa", roomyNames, roomyPopulations)).toBe(178872);
  });

  it("gives fees in öre with decimals = 2", () => {
    expect(memberFee(100, "b", column(["a", "b", "c"]), column([1, 1, 1]), 2)).toBe(33.33);
  });

  it("gives fees in many decimals that, read as Excel shows them, add up to a large total exactly", () => {
    const fees = memberFees(40000000, column([1, 2]), 8).flat();
    expect(fees.map(String)).toEqual(["13333333.33333333", "26666666.66666667"]);
    expect(fees.reduce((sum, fee) => sum.plus(fee), money(0)).toFixed()).toBe("40000000");
  });

  refuses([
    [
      "a total too large for whole kronor to come back exact (fees would not add up)",
      () => memberFees(1.7976931348623157e308, [[142000], [2958466]]),
      "#VALUE!",
      /total is too large to share exactly: Excel's numbers hold whole kronor only up to 9007199254740991/,
    ],
    [
      "a total too large for öre to come back exact",
      () => memberFees(2 ** 50, [[1], [2]], 2),
      "#VALUE!",
      /whole öre only up to 45035996273704\.96/,
    ],
    [
      "a total whose fees in 8 decimals would not read back exactly (found by the fuzzer)",
      () => memberFees(81267411, [[19937196], [96707129]], 8),
      "#VALUE!",
      /total is too large to share exactly/,
    ],
    [
      "a member not in the list",
      () => memberFee(4000000, "Stockholm", names, populations),
      "#N/A",
      /"Stockholm" is not in the member list/,
    ],
    [
      "text for the total",
      () => memberFee("fyra miljoner", "Flen", names, populations),
      "#VALUE!",
      /total is the text "fyra miljoner"/,
    ],
    ["an empty total", () => memberFee(null, "Flen", names, populations), "#VALUE!", /total is empty/],
    ["a boolean total", () => memberFee(true, "Flen", names, populations), "#VALUE!", /total is the value TRUE/],
    ["an empty member", () => memberFee(100, "", names, populations), "#VALUE!", /member is empty/],
    [
      "ranges of different sizes",
      () => memberFee(100, "Flen", names, populations.slice(1)),
      "#VALUE!",
      /members has 9 cells but populations has 8/,
    ],
    [
      "a negative population",
      () => memberFee(100, "a", column(["a", "b"]), column([5, -1])),
      "#VALUE!",
      /population of b is negative/,
    ],
    [
      "text as a population",
      () => memberFee(100, "a", column(["a", "b"]), column([5, "n/a"])),
      "#VALUE!",
      /population of b is the text "n\/a"/,
    ],
    [
      "a population without a name",
      () => memberFee(100, "a", column(["a", null]), column([5, 6])),
      "#VALUE!",
      /members \(item 2\) is empty but its population is given/,
    ],
    [
      "a name without a population",
      () => memberFee(100, "a", column(["a", "b"]), column([5, null])),
      "#VALUE!",
      /population of b is empty/,
    ],
    [
      "a member listed twice",
      () => memberFee(100, "a", column(["a", "B", "b"]), column([1, 2, 3])),
      "#VALUE!",
      /"b" is in members twice \(items 2 and 3\)/,
    ],
    [
      "a block instead of a column",
      () =>
        memberFee(
          100,
          "a",
          [
            ["a", "b"],
            ["c", "d"],
          ],
          column([1, 2]),
        ),
      "#VALUE!",
      /single column or row, not 2 rows × 2 columns/,
    ],
    [
      "an empty list",
      () => memberFee(100, "a", column([null]), column([null])),
      "#VALUE!",
      /members and populations are empty/,
    ],
    [
      "a total with öre for whole kronor",
      () => memberFee(100.5, "a", column(["a"]), column([1])),
      "#VALUE!",
      /not a whole number of 1/,
    ],
    ["populations all zero", () => memberFee(100, "a", column(["a"]), column([0])), "#VALUE!", /add up to zero/],
    [
      "text as decimals",
      () => memberFee(100, "a", column(["a"]), column([1]), "två"),
      "#VALUE!",
      /decimals is the text "två"/,
    ],
  ]);
});

describe("FINSAM.MEMBERFEES / MEDLEMSAVGIFTER", () => {
  it("spills a column of the model's fees for a column of populations", () => {
    expect(memberFees(4000000, populations)).toEqual(column(modelFees));
  });

  it("spills a row for a row", () => {
    expect(memberFees(4000000, [MUNICIPALITIES_2021.map((m) => m.population)])).toEqual([modelFees]);
  });

  it("refuses an empty cell among the populations, naming its position in Excel's language", () => {
    expect(errorsInBothLanguages(() => memberFees(100, column([1, null, 3])))).toEqual({
      en: { code: "#VALUE!", message: "populations (item 2) is empty; it needs a number" },
      sv: { code: "#VALUE!", message: "befolkning (nummer 2) är tom; här behövs ett tal" },
    });
  });
});

describe("FINSAM.MEMBERSHARE / MEDLEMSANDEL", () => {
  it("gives Eskilstuna 64 441 ÷ 172 458 (37,4 %)", () => {
    expect(memberShare("Eskilstuna", names, populations)).toBe(64441 / 172458);
  });

  it("refuses a member not in the list", () => {
    expect(excelErrorOf(() => memberShare("Solna", names, populations)).code).toBe("#N/A");
  });
});

describe("FINSAM.EQUITYYEAREND / EGETKAPITAL", () => {
  const [year2025] = PLAN_2025_2027.years;

  it("gives seed 002's 2025 equity at year end of 5 632 300 from ranges with empty cells", () => {
    const revenues = column([...year2025.revenues, null]);
    const costs = column(["", ...year2025.costs]);
    expect(equityYearEnd(5411000, revenues, costs)).toBe(5632300);
  });

  it("takes single numbers as well as ranges", () => {
    expect(equityYearEnd(100, [[50]], [[-30]])).toBe(120);
    expect(equityYearEnd(100, [[50]], [[30]])).toBe(120);
  });

  refuses([
    ["costs of both signs", () => equityYearEnd(0, [[1]], [[-5], [5]]), "#VALUE!", /costs mix signs/],
    [
      "text among the revenues",
      () => equityYearEnd(0, [[1], ["x"]], [[-5]]),
      "#VALUE!",
      /revenues \(item 2\) is the text "x"/,
    ],
    ["an empty opening equity", () => equityYearEnd(null, [[1]], [[-5]]), "#VALUE!", /opening is empty/],
  ]);
});

describe("FINSAM.BURNRATIO / FORBRUKNINGSKVOT", () => {
  it("gives outcome ÷ budget: SIKTA 2 837 of 2 828", () => {
    expect(burnRatio(2837, 2828)).toBeCloseTo(2837 / 2828, 15);
  });

  it("gives the pace against the budget for the days elapsed (120 of 365 by 30 April 2025)", () => {
    // Excel serials: 2025-04-30 = 45777, 2025-01-01 = 45658, 2025-12-31 = 46022.
    expect(burnRatio(60000, 365000, 45777, 45658, 46022)).toBeCloseTo(0.5, 15);
  });

  it("counts a date with a time of day as that day", () => {
    expect(burnRatio(60000, 365000, 45777.75, 45658, 46022)).toBeCloseTo(0.5, 15);
  });

  refuses([
    ["a zero budget", () => burnRatio(1, 0), "#VALUE!", /budget must be above zero/],
    ["text as outcome", () => burnRatio("mycket", 10), "#VALUE!", /outcome is the text "mycket"/],
    ["only some of the dates", () => burnRatio(1, 10, 45777), "#VALUE!", /all three of asOf, start and end/],
    ["a date Excel does not know", () => burnRatio(1, 10, 45777, -3, 46022), "#VALUE!", /start \(-3\) is not a date/],
    [
      "a follow-up date before the period",
      () => burnRatio(1, 10, 45600, 45658, 46022),
      "#VALUE!",
      /before the period starts/,
    ],
    [
      "a period that ends before it starts",
      () => burnRatio(1, 10, 45777, 46022, 45658),
      "#VALUE!",
      /ends before it starts/,
    ],
  ]);
});
