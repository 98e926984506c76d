import { money } from "../../src/model/money";
import { reviewWorkbook } from "../../src/review/review";
import { sheetFromRange } from "../../src/review/range-arrays";
import { count, exactPercent, figure, kronor, parseWholeNumber, percent } from "../../src/taskpane/format";
import { texts } from "../../src/taskpane/i18n/strings";
import { findingsBySheet, isRatio } from "../../src/taskpane/logic/review-findings";
import { formOf, membersFromSelection } from "../../src/taskpane/logic/form-of-plan";
import { emptyForm, withPlanYears } from "../../src/taskpane/logic/new-form";
import { checkForm } from "../../src/taskpane/logic/plan-form";
import { decidedPlan, withoutSchema } from "../fixtures/decided-plan";
import { plain } from "../fixtures/sv-numbers";
import { example } from "./render-pane";

const t = texts("sv");

describe("sv-SE display (docs/domain.md: 16 000 000, 18,8 %)", () => {
  it("writes kronor with spaces between thousands, and shares with a decimal comma", () => {
    expect(plain(kronor(money(16_000_000)))).toBe("16 000 000 kr");
    expect(plain(count(money(172_458)))).toBe("172 458");
    expect(plain(percent(money("0.188")))).toBe("18,8 %");
    // 64 441 / 172 458 = 0,37366… → 37,4 %
    expect(plain(percent(money(64_441).div(172_458)))).toBe("37,4 %");
  });

  it("keeps every digit of an amount beyond double precision", () => {
    expect(plain(kronor(money("12345678901234567")))).toBe("12 345 678 901 234 567 kr");
  });

  it("reads amounts as Swedes type them, and nothing else", () => {
    expect(parseWholeNumber("16 000 000")).toBe(16_000_000);
    expect(parseWholeNumber("16\u00a0000\u00a0000 kr")).toBe(16_000_000);
    expect(parseWholeNumber(count(money(-221_300)))).toBe(-221_300);
    expect(parseWholeNumber("1,5")).toBeUndefined();
    // Whole kronor as Excel's number format copies them.
    expect(parseWholeNumber("8 200 000,00")).toBe(8_200_000);
    expect(parseWholeNumber("8 200 000,50")).toBeUndefined();
    expect(parseWholeNumber("16 mkr")).toBeUndefined();
    expect(parseWholeNumber("")).toBeUndefined();
  });
});

describe("the wizard's form", () => {
  it("gives back the example plan it was filled from", () => {
    const { $schema, ...plan } = example as typeof example & { $schema?: string };
    expect($schema).toBeDefined();
    expect(checkForm(formOf(example), t)).toEqual({ errors: {}, problems: [], plan });
  });

  it("names each wrong field, with the line at fault", () => {
    const form = {
      ...formOf(example),
      association: " ",
      stateOffer: "10,5 mkr",
      members: "Gnesta\t6439\nTrosa",
      costs: "Styrelse\t384000\t350000",
    };
    expect(checkForm(form, t).errors).toEqual({
      association: "Fyll i fältet.",
      stateOffer: "Skriv ett belopp i hela kronor, t.ex. 16 000 000.",
      members: "Rad 2: skriv namn och befolkning (ett heltal).",
      costs: "Rad 1: skriv en benämning och 3 belopp i hela kronor.",
    });
    expect(checkForm(form, t).plan).toBeUndefined();
  });

  it("refuses a member listed twice and populations that add up to zero", () => {
    expect(checkForm({ ...formOf(example), members: "Flen;1\nflen;2" }, t).errors.members).toBe(
      "Rad 2: flen finns två gånger.",
    );
    expect(checkForm({ ...formOf(example), members: "Flen;0" }, t).errors.members).toBe(
      "Befolkningen summerar till noll.",
    );
  });

  it("lists every problem at once, each with its field and line, and shows a field's together under it", () => {
    const form = {
      ...formOf(example),
      region: "",
      members: "Gnesta;6439\nTrosa\nFlen;−5\n\nVingåker;x",
      costs: "Kansli;1;2\nStyrelse;1;2;3\nRevision;1",
    };
    const { problems, errors, plan } = checkForm(form, t);
    expect(plan).toBeUndefined();
    expect(problems).toEqual([
      { field: "region", message: "Fyll i fältet." },
      { field: "members", line: 2, message: "Rad 2: skriv namn och befolkning (ett heltal)." },
      { field: "members", line: 3, message: "Rad 3: befolkningen kan inte vara negativ." },
      { field: "members", line: 5, message: "Rad 5: skriv namn och befolkning (ett heltal)." },
      { field: "costs", line: 1, message: "Rad 1: skriv en benämning och 3 belopp i hela kronor." },
      { field: "costs", line: 3, message: "Rad 3: skriv en benämning och 3 belopp i hela kronor." },
    ]);
    expect(errors.members).toBe(
      "Rad 2: skriv namn och befolkning (ett heltal). Rad 3: befolkningen kan inte vara negativ. " +
        "Rad 5: skriv namn och befolkning (ett heltal).",
    );
  });

  it("names the line of a plan rule's problem as the user counts lines, blank ones included", () => {
    const form = { ...formOf(example), costs: "Kansli;1;2;3\n\nStyrelse;1;2;2 000 000 000 000" };
    expect(checkForm(form, t).problems).toEqual([
      { field: "costs", line: 3, message: "Rad 3: Beloppet får vara högst 1\u00a0000\u00a0000\u00a0000\u00a0000." },
    ]);
  });

  it("takes the header row a copy from Excel brings along, and counts the lines after it as the user sees them", () => {
    const pasted = "Kommun\tBefolkning 16–64\nGnesta\t6 439\nTrosa\t7712";
    const { plan } = checkForm({ ...formOf(example), members: pasted }, t);
    expect(plan?.members).toEqual([
      { name: "Gnesta", population: 6439 },
      { name: "Trosa", population: 7712 },
    ]);
    expect(checkForm({ ...formOf(example), members: `${pasted}\nFlen` }, t).problems).toEqual([
      { field: "members", line: 4, message: "Rad 4: skriv namn och befolkning (ett heltal)." },
    ]);
  });

  it("takes an intervention's decision for a period, its amounts per year the decision's year shares", () => {
    // Seed 003's kind of decision: 5 400 000 for 1 July 2024–30 June 2027, 6 + 12 + 12 + 6 months of 36.
    const form = { ...formOf(example), interventions: "Jobbspår; Region Sörmland; 5 400 000; 2024-07-01; 2027-06-30" };
    expect(checkForm(form, t).plan?.interventions).toEqual([
      {
        label: "Jobbspår",
        owner: "Region Sörmland",
        amounts: [1_800_000, 1_800_000, 900_000],
        decidedTotal: 5_400_000,
        decidedFrom: "2024-07-01",
        decidedTo: "2027-06-30",
      },
    ]);
    const plan = decidedPlan();
    expect(checkForm(formOf(plan), t)).toEqual({ errors: {}, problems: [], plan: withoutSchema(plan) });
  });

  it("holds a decision to the plan rules, naming its line", () => {
    const decisions = [
      "Ett; Ägare; 100 000; 2025-02-30; 2025-12-31",
      "Två; Ägare; 100 000; 2026-01-01; 2025-12-31",
      "Tre; Ägare; 100 000; 2020-01-01; 2035-12-31",
    ].join("\n");
    expect(checkForm({ ...formOf(example), interventions: decisions }, t).problems).toEqual([
      { field: "interventions", line: 1, message: "Rad 1: Skriv datum som ÅÅÅÅ-MM-DD, t.ex. 2025-07-01." },
      { field: "interventions", line: 2, message: "Rad 2: beslutets sista dag är före dess första." },
      { field: "interventions", line: 3, message: "Rad 3: ett beslut får gälla högst 10 kalenderår." },
    ]);
  });

  it("follows up a typed plan's budget year per 30 April, whatever year it is now", () => {
    const { extras, ...typed } = formOf(example);
    const form = { ...typed, extras: { ...extras, followUp: undefined }, budgetYear: "2031" };
    expect(checkForm(form, t).plan?.followUp).toEqual({ year: 2031, asOf: "2031-04-30", interventions: [] });
    expect(emptyForm().extras.followUp).toBeUndefined();
  });

  it("says a negative population is negative, not that the line is malformed", () => {
    expect(checkForm({ ...formOf(example), members: "Flen;100\nArboga;−4 988" }, t).errors.members).toBe(
      "Rad 2: befolkningen kan inte vara negativ.",
    );
  });

  it("asks for one contribution per plan year", () => {
    const form = withPlanYears({ ...emptyForm(), contributions: ["100"] }, "3");
    expect(form.contributions).toEqual(["100", "100", "100", "100"]);
    expect(withPlanYears(form, "0").contributions).toEqual(["100"]);
  });

  it("takes members from a selection, skipping a header row and empty rows", () => {
    expect(
      membersFromSelection([
        ["Kommun", "Befolkning"],
        ["Gnesta", 6439],
        ["", ""],
        ["Trosa", 7712],
      ]),
    ).toBe("Gnesta; 6\u00a0439\nTrosa; 7\u00a0712");
    // A population stored as text, as a copy from another program leaves it.
    expect(membersFromSelection([["Flen", "16 870"]])).toBe("Flen; 16\u00a0870");
    expect(membersFromSelection([])).toBe("");
  });
});

describe("Granska plan's findings as the pane shows them", () => {
  it("writes a cell's figure with öre only where there are any, and a ratio to two decimals of a percent", () => {
    expect(plain(figure(money(4_481_600)))).toBe("4 481 600");
    expect(plain(figure(money("-1234.5")))).toBe("-1 234,5");
    expect(plain(exactPercent(money(1600).div(1842)))).toBe("86,86 %");
  });

  it("groups findings by sheet in the workbook's order, counting errors and warnings, and knows a ratio's rule", () => {
    const statement = [
      ["Intäkter", 2025],
      ["Staten", 100],
      ["Summa intäkter", 100],
      ["Summa kostnader", -40],
      ["Årets resultat", 70],
    ];
    const burn = [
      ["Insats", "Budget", "Utfall", "Förbrukningskvot"],
      ["A", 1000, 900, 0.9],
      ["Summa insatser", 1000, 900, 0.8],
    ];
    const findings = reviewWorkbook({
      sheets: [
        sheetFromRange("Budget", "Budget!A1:B5", statement, statement),
        sheetFromRange("Insatser", "Insatser!A1:D3", burn, burn),
      ],
      names: [],
    });
    const groups = findingsBySheet(findings);
    expect(groups.map(({ sheet, errors, warnings }) => ({ sheet, errors, warnings }))).toEqual([
      { sheet: "Budget", errors: 1, warnings: 0 },
      { sheet: "Insatser", errors: 1, warnings: 0 },
    ]);
    expect(groups.map((group) => isRatio(group.findings[0]))).toEqual([false, true]);
  });
});
