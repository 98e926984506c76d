import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { sizedPlan } from "../../src/bench/sized-plan";
import { feeInstalments } from "../../src/model/instalments";
import { Money } from "../../src/model/money";
import { computePlan, PlanInput } from "../../src/model/plan";
import { LABELS } from "../../src/templates/labels";
import { EXAMPLE_PATH, examplePlan } from "../fixtures/example-plan";
import { readWorkbook, recalculateInLibreOffice, SheetReader } from "../fixtures/libreoffice";
import { plain, spaced } from "../fixtures/sv-numbers";

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

  it("prints 11 pages for the example: nine municipalities, the region and the state, one A4 page each", async () => {
    expect(pageCount(files.pdf)).toBe(plan.members.length + 2);
    const { stdout } = await run("pdfinfo", [files.pdf]);
    expect(stdout).toMatch(/Pages:\s+11\n/);
    // A4 portrait: 595 × 842 points.
    expect(stdout).toMatch(/Page size:\s+595\.\d* x 841\.\d*|Page size:\s+595(\.\d*)? x 842/);
  });

  it("prints the figures the Swedish way whatever the machine's locale: the first municipality's fee grouped by spaces", async () => {
    const fee = computePlan(plan).fees[0].toFixed(0);
    const { stdout } = await run("pdftotext", ["-layout", files.pdf, "-"]);
    expect(plain(stdout)).toContain(spaced(fee));
    expect(stdout).not.toContain(fee.replace(/\B(?=(\d{3})+(?!\d))/g, ","));
  });

  it("addresses each municipality by the plan's addressee and gives it its fee, share and quarters from the model", () => {
    const figures = computePlan(plan);
    let page = 0;
    plan.members.forEach((member, i) => {
      page = sheet.rowOf(words.requests.to, page);
      const value = (label: string) => sheet.value(sheet.rowOf(label, page), 2);
      expect(sheet.value(page, 2)).toBe(member.addressee);
      expect(value(words.requests.fee)).toBe(figures.fees[i].toNumber());
      expect(value(words.requests.share)).toBeCloseTo(figures.shares[i].toNumber(), 14);
      expect([1, 2, 3, 4].map((q) => value(words.requests.quarter(q)))).toEqual(
        figures.instalments[i].map((x) => x.toNumber()),
      );
    });
    expect(sheet.value(sheet.rowOf(words.requests.to), 2)).toBe("Vingåkers kommun");
  });

  it("asks the region for its quarter and the state, through Försäkringskassan, for its half, in four quarters that add up", () => {
    const split = computePlan(plan).split;
    const pageOf = (addressee: string) => {
      for (let row = sheet.rowOf(words.requests.to); ; row = sheet.rowOf(words.requests.to, row)) {
        if (sheet.value(row, 2) === addressee) return row;
      }
    };
    const parties: [string, string, Money][] = [
      ["Region Sörmland", words.requests.regionPart, split.region],
      ["Försäkringskassan", words.requests.statePart, split.state],
    ];
    parties.forEach(([addressee, label, amount]) => {
      const page = pageOf(addressee);
      const value = (text: string) => sheet.value(sheet.rowOf(text, page), 2);
      expect(value(label)).toBe(amount.toNumber());
      expect([1, 2, 3, 4].map((q) => value(words.requests.quarter(q)))).toEqual(
        feeInstalments(amount).map((x) => x.toNumber()),
      );
    });
    expect(split.region.toNumber()).toBe(4_000_000);
    expect(split.state.toNumber()).toBe(8_000_000);
  });

  it("gives every page the plan's equity at the end of each plan year", () => {
    const closings = computePlan(plan).years.map((year) => year.closing.toNumber());
    expect(closings).toEqual([5632300, 4481600, 2473100]);
    let page = 0;
    for (let k = 0; k < plan.members.length + 2; k++) {
      page = sheet.rowOf(words.requests.to, page);
      const value = (label: string) => sheet.value(sheet.rowOf(label, page), 2);
      expect([2025, 2026, 2027].map((year) => value(words.requests.equity(year)))).toEqual(closings);
    }
  });

  it("quarters an amount not divisible by four with its odd kronor in the first quarters, adding up", async () => {
    const dir = mkdtempSync(join(tmpdir(), "finsam-requests-odd-"));
    const odd: PlanInput = { ...plan, memberContributions: [16_000_006, 16_000_000, 16_000_000] };
    writeFileSync(join(dir, "plan.json"), JSON.stringify(odd));
    const { xlsx } = await writeRequests(join(dir, "plan.json"), dir);
    const requests = (await readWorkbook(await recalculateInLibreOffice(xlsx)))(words.sheets.requests);
    const split = computePlan(odd).split;
    const page = requests.find(words.requests.statePart).row;
    const quarters = [1, 2, 3, 4].map((q) => requests.value(requests.rowOf(words.requests.quarter(q), page), 2));
    expect(quarters).toEqual(feeInstalments(split.state).map((x) => x.toNumber()));
    expect((quarters as number[]).reduce((a, b) => a + b, 0)).toBe(split.state.toNumber());
  }, 240_000);

  it("prints a larger association's 40 members, the region and the state on 42 pages", async () => {
    const dir = mkdtempSync(join(tmpdir(), "finsam-requests-40-"));
    const large: PlanInput = sizedPlan({ members: 40, interventions: 3, years: 4 });
    writeFileSync(join(dir, "plan.json"), JSON.stringify(large));
    const { pdf } = await writeRequests(join(dir, "plan.json"), dir);
    expect(pageCount(pdf)).toBe(42);
  }, 240_000);
});
