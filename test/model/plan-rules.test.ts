import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import type { PlanInput } from "../../src/model/plan";
import { memberKey, PLAN_LIMITS, planProblems } from "../../src/model/plan-rules";
import { texts } from "../../src/taskpane/i18n/strings";
import { formOf } from "../../src/taskpane/logic/form-of-plan";
import { checkForm } from "../../src/taskpane/logic/plan-form";
import { PLAN_SCHEMA } from "../../src/templates/plan-schema";
import { PlanFileError, readPlan } from "../../src/templates/read-plan";

const ROOT = join(__dirname, "..", "..");
const exampleText = readFileSync(join(ROOT, "examples", "rar-sormland-2025.json"), "utf8");
const example = readPlan(exampleText);
const t = texts("sv");

const fileAccepts = (plan: PlanInput): boolean => {
  try {
    readPlan(JSON.stringify(plan));
    return true;
  } catch (error) {
    if (error instanceof PlanFileError) return false;
    throw error;
  }
};
const wizardAccepts = (plan: PlanInput): boolean => checkForm(formOf(plan), t).plan !== undefined;

const { firstYear, lastYear, maxPlanYears, maxAmount, maxPopulation, maxTextLength } = PLAN_LIMITS;
const around = (limit: number) => [limit - 1, limit, limit + 1];
const edgesOr = (edges: number[], min: number, max: number) =>
  fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...edges) }, { weight: 30, arbitrary: fc.integer({ min, max }) });

/*
 * Plans as the wizard's text fields can hold them: names without the field's
 * separators (tab, semicolon, line break) and without surrounding spaces, which
 * the fields trim. Every limit is met, missed by one, and passed by one.
 */
const name = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom("Flen", "flen", "FLEN", " ", "", "x".repeat(maxTextLength)) },
  { weight: 1, arbitrary: fc.constant("y".repeat(maxTextLength + 1)) },
  { weight: 40, arbitrary: fc.stringMatching(/^[A-Za-zÅÄÖåäö][A-Za-zÅÄÖåäö ]{0,10}[A-Za-zÅÄÖåäö]$/) },
);
const amount = edgesOr([0, -1, ...around(maxAmount), 10 ** 16], 0, 60_000_000);
const amounts = (years: number) =>
  fc.oneof(
    { weight: 30, arbitrary: fc.array(amount, { minLength: years, maxLength: years }) },
    { weight: 1, arbitrary: fc.array(amount, { minLength: years + 1, maxLength: years + 1 }) },
  );
const generatedPlan: fc.Arbitrary<PlanInput> = fc.integer({ min: -1, max: maxPlanYears + 2 }).chain((planYears) => {
  const years = Math.max(planYears + 1, 0);
  return fc.record({
    association: name,
    region: name,
    budgetYear: edgesOr([1990, 2000, 2200, ...around(firstYear), ...around(lastYear)], firstYear, lastYear),
    planYears: fc.constant(planYears),
    memberContributions: amounts(years),
    stateOffer: amount,
    equityGuideline: fc.constant(example.equityGuideline),
    supportCostPerPerson: fc.constant(example.supportCostPerPerson),
    openingEquity: edgesOr([...around(maxAmount), ...around(-maxAmount)], -maxAmount, maxAmount),
    members: fc.array(fc.record({ name, population: edgesOr([0, -1, ...around(maxPopulation)], 0, 700_000) }), {
      maxLength: 4,
    }),
    otherRevenues: fc.array(fc.record({ label: name, amounts: amounts(years) }), { maxLength: 2 }),
    costs: fc.array(fc.record({ label: name, amounts: amounts(years) }), { maxLength: 3 }),
    interventions: fc.array(fc.record({ label: name, owner: name, amounts: amounts(years) }), { maxLength: 3 }),
    followUp: fc.constant(example.followUp),
  });
});

describe("one set of plan rules (docs/domain.md rule 12)", () => {
  it("writes plan.schema.json from the model's limits (npm run schema after a change)", () => {
    const file = JSON.parse(readFileSync(join(ROOT, "src", "templates", "plan.schema.json"), "utf8"));
    expect(file).toEqual(PLAN_SCHEMA);
  });

  it("finds no problem in the built-in example", () => {
    expect(planProblems(example)).toEqual([]);
  });

  it.each<[string, Partial<PlanInput>]>([
    ["ten plan years (eleven years in all)", { planYears: maxPlanYears + 1 }],
    ["a budget year before the Finsam law", { budgetYear: firstYear - 1 }],
    ["a budget year after the last", { budgetYear: lastYear + 1 }],
    ["a member name of spaces only", { members: [{ name: " ", population: 5 }] }],
    [
      "a name differing from another only in case",
      {
        members: [
          { name: "Flen", population: 1 },
          { name: "flen", population: 2 },
        ],
      },
    ],
  ])("refuses %s in a plan file and in the wizard alike", (_, change) => {
    const plan = { ...example, ...change };
    expect([fileAccepts(plan), wizardAccepts(plan)]).toEqual([false, false]);
  });

  it("lets the wizard refuse exactly the plans a plan file refuses", () => {
    let accepted = 0;
    fc.assert(
      fc.property(generatedPlan, (plan) => {
        const file = fileAccepts(plan);
        expect({ plan, wizard: wizardAccepts(plan) }).toEqual({ plan, wizard: file });
        accepted += Number(file);
      }),
      { numRuns: 400 },
    );
    // Both outcomes occur, so the agreement is not everything refused.
    expect(accepted).toBeGreaterThan(10);
    expect(accepted).toBeLessThan(390);
  });

  it("compares member names as Excel's lookups do, ignoring case and surrounding spaces", () => {
    expect(memberKey("  Åre ")).toBe(memberKey("ÅRE"));
    expect(memberKey("Flen")).not.toBe(memberKey("Flens"));
  });
});
