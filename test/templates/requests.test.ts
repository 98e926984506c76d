import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { sizedPlan } from "../../src/bench/sized-plan";
import { computePlan, PlanInput } from "../../src/model/plan";
import { LABELS } from "../../src/templates/labels";
import { EXAMPLE_PATH, examplePlan } from "../fixtures/example-plan";
import { readWorkbook, recalculateInLibreOffice, SheetReader } from "../fixtures/libreoffice";

const run = promisify(execFile);
const ROOT = join(__dirname, "..", "..");
const words = LABELS.sv;

/** Pages of a PDF, counted from its page objects (LibreOffice writes them uncompressed). */
const pageCount = (pdf: string) =>
  readFileSync(pdf)
    .toString("latin1")
    .match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;

/** The CLI, as a user runs it: the workbook and the members' requests as PDF. */
async function writeRequests(input: string, dir: string): Promise<{ xlsx: string; pdf: string }> {
  const xlsx = join(dir, "plan.xlsx");
  const pdf = join(dir, "hemstallan.pdf");
  await run("npx", ["tsx", "src/cli/workbook.ts", "--input", input, "--out", xlsx, "--requests-pdf", pdf], {
    cwd: ROOT,
  });
  return { xlsx, pdf };
}

describe("Hemställan: one printed page per member", () => {
  const plan = examplePlan();
  let files: { xlsx: string; pdf: string };
  let sheet: SheetReader;

  beforeAll(async () => {
    files = await writeRequests(EXAMPLE_PATH, mkdtempSync(join(tmpdir(), "finsam-requests-")));
    sheet = (await readWorkbook(await recalculateInLibreOffice(files.xlsx)))(words.sheets.requests);
  }, 240_000);

  it("prints the example's nine members on nine pages", () => {
    expect(pageCount(files.pdf)).toBe(plan.members.length);
  });

  it("gives each member its fee, share and quarters from the model, and the plan's equity", () => {
    const figures = computePlan(plan);
    let page = 0;
    plan.members.forEach((member, i) => {
      page = sheet.rowOf(words.requests.to, page);
      const value = (label: string) => sheet.value(sheet.rowOf(label, page), 2);
      expect(sheet.value(page, 2)).toBe(member.name);
      expect(value(words.requests.fee)).toBe(figures.fees[i].toNumber());
      expect(value(words.requests.share)).toBeCloseTo(figures.shares[i].toNumber(), 14);
      expect([1, 2, 3, 4].map((q) => value(words.requests.quarter(q)))).toEqual(
        figures.instalments[i].map((x) => x.toNumber()),
      );
      expect(value(words.requests.equity(2025))).toBe(5632300);
      expect(value(words.requests.equity(2027))).toBe(2473100);
    });
  });

  it("prints a larger association's 40 members on 40 pages", async () => {
    const dir = mkdtempSync(join(tmpdir(), "finsam-requests-40-"));
    const large: PlanInput = sizedPlan({ members: 40, interventions: 3, years: 4 });
    writeFileSync(join(dir, "plan.json"), JSON.stringify(large));
    const { pdf } = await writeRequests(join(dir, "plan.json"), dir);
    expect(pageCount(pdf)).toBe(40);
  }, 240_000);
});
