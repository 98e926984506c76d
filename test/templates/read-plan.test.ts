import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { MAX_PLAN_BYTES, PlanFileError, readPlan } from "../../src/templates/read-plan";

const ROOT = join(__dirname, "..", "..");
const exampleText = readFileSync(join(ROOT, "examples", "rar-sormland-2025.json"), "utf8");
const edited = (change: (plan: Record<string, unknown>) => void) => {
  const plan = JSON.parse(exampleText);
  change(plan);
  return JSON.stringify(plan);
};
const problemsOf = (text: string): readonly string[] => {
  try {
    readPlan(text);
  } catch (error) {
    if (error instanceof PlanFileError) return error.problems;
    throw error;
  }
  throw new Error("the plan was accepted");
};

describe("reading a plan file", () => {
  it("accepts the built-in example", () => {
    expect(readPlan(exampleText).members).toHaveLength(9);
  });

  it.each([
    ["text that is not JSON", exampleText.slice(0, 100), /not JSON/],
    [
      "a negative population",
      edited((p) => ((p.members as { population: number }[])[2].population = -5)),
      /\/members\/2\/population: must be >= 0/,
    ],
    ["text where a number belongs", edited((p) => (p.stateOffer = "tio miljoner")), /\/stateOffer: must be integer/],
    ["a field the schema does not know", edited((p) => (p.colour = "blue")), /must NOT have additional properties/],
    ["a missing field", edited((p) => delete p.members), /must have required property 'members'/],
    [
      "amounts for too few years",
      edited((p) => ((p.costs as { amounts: number[] }[])[1].amounts = [1, 2])),
      /\/costs\/1\/amounts: has 2 amounts, but the plan has 3 years/,
    ],
    [
      "a member listed twice",
      edited((p) => ((p.members as { name: string }[])[1].name = "vingåker")),
      /\/members\/1\/name: "vingåker" is also member 0/,
    ],
    [
      "a date that does not exist",
      edited((p) => ((p.followUp as { asOf: string }).asOf = "2021-02-30")),
      /\/followUp\/asOf: 2021-02-30 is not a date/,
    ],
  ])("refuses %s, naming the field", (_, text, message) => {
    expect(problemsOf(text).join("\n")).toMatch(message);
  });

  it("refuses a file over 10 MB before parsing it", () => {
    expect(problemsOf(" ".repeat(MAX_PLAN_BYTES + 1))).toEqual(["the file is 10.0 MB; a plan file is at most 10.0 MB"]);
  });

  it("lists the first 20 of many problems and counts the rest", () => {
    const members = Array.from({ length: 500 }, (_, i) => ({ name: `K${i}`, population: -1 }));
    const error = (() => {
      try {
        readPlan(edited((p) => (p.members = members)));
      } catch (caught) {
        return caught as PlanFileError;
      }
      throw new Error("the plan was accepted");
    })();
    expect(error.problems).toHaveLength(500);
    expect(error.message.split("\n")).toHaveLength(1 + 20 + 1);
    expect(error.message).toMatch(/… and 480 more$/);
    expect(error.messageIn("sv")).toMatch(/^planen är inte giltig:\n- \/members\/0\/population: /);
    expect(error.messageIn("sv")).toMatch(/… och 480 till$/);
  });

  it("words every problem in Swedish too: the schema's through ajv-i18n, the plan rules' from their codes", () => {
    const refusal = (text: string) => {
      try {
        readPlan(text);
      } catch (caught) {
        return (caught as PlanFileError).messageIn("sv");
      }
      throw new Error("the plan was accepted");
    };
    expect(refusal(edited((p) => (p.planYears = 12)))).toMatch(/\/planYears: borde vara <= 9/);
    const twice = (p: Record<string, unknown>) => {
      const members = p.members as { name: string }[];
      members[1].name = members[0].name;
    };
    expect(refusal(edited(twice))).toMatch(/\/members\/1\/name: ".+" är också medlem 0/);
    expect(refusal("{")).toMatch(/^planen är inte giltig:\n- inte JSON: /);
  });
});

describe("npm run workbook with a bad plan", () => {
  it.each([
    [[], /planen är inte giltig:\n- \/planYears: borde vara <= 9/],
    [["--lang", "en"], /the plan is not valid:\n- \/planYears: must be <= 9/],
  ])(
    "exits 2 with the problem (%j) and writes no file",
    async (language, problem) => {
      const dir = mkdtempSync(join(tmpdir(), "finsam-bad-"));
      const input = join(dir, "plan.json");
      const out = join(dir, "plan.xlsx");
      writeFileSync(
        input,
        edited((p) => (p.planYears = 12)),
      );
      const result = await promisify(execFile)(
        "npx",
        ["tsx", "src/cli/workbook.ts", "--input", input, "--out", out, ...language],
        { cwd: ROOT },
      ).then(
        () => ({ code: 0, stderr: "" }),
        (error: { code: number; stderr: string }) => error,
      );
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(problem);
      expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
      expect(existsSync(out)).toBe(false);
    },
    60_000,
  );
});
