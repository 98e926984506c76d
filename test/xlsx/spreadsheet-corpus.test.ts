import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { computePlan } from "../../src/model/plan";
import { convertWithLibreOffice } from "../../src/xlsx/libreoffice";
import { ZipArchive, writeZip } from "../../src/xlsx/zip-archive";
import { examplePlan } from "../fixtures/example-plan";
import { CliRun, ROOT, npmRun } from "../fixtures/run-cli";
import { asExcelJs, handBuiltPlan, locate, withCell } from "../fixtures/hand-built-plan";

const CORPUS = join(__dirname, "..", "fixtures", "spreadsheets");
const dir = mkdtempSync(join(tmpdir(), "finsam-corpus-"));
/** Longer than any file here takes (LibreOffice's start included): a file that takes longer hangs. */
const PER_FILE_MS = 90_000;

/** `npm run check -- path args`, stopped if it takes longer than a file may. */
const check = (path: string, ...args: string[]) => npmRun("check", [path, ...args], PER_FILE_MS);

/** What each file of the corpus must give (its README says where each comes from and what it is). */
const REFUSED: Record<string, RegExp> = {
  "date.xls": /en gammal Excel-arbetsbok \(\.xls, Excel 97–2003\); .* spara den som \.xlsx/,
  "capitalized_wbook_stream.xls": /en gammal Excel-arbetsbok \(\.xls/,
  "too_small.xls": /inte ett kalkylblad/,
  "date.xlsb": /en binär Excel-arbetsbok \(\.xlsb\); spara den som \.xlsx/,
  "pass_protected.xlsx": /lösenordsskyddad/,
  "pass_protected.xlsb": /lösenordsskyddad/,
  "pass_protected.ods": /lösenordsskyddad/,
  "issue127.xlsx": /inget kalkylblad med celler/,
  "empty_sheet.xlsx": /inget kalkylblad med celler/,
};
const files = readdirSync(CORPUS).filter((name) => name !== "README.md");

/** Runs `task` over the items, a few at a time: the machine is shared. */
async function inTurn<T, R>(items: readonly T[], task: (item: T) => Promise<R>, atOnce = 3): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]);
    }
  };
  await Promise.all(Array.from({ length: atOnce }, worker));
  return results;
}

describe("npm run check on spreadsheets written by other programs", () => {
  let runs: Map<string, CliRun>;

  beforeAll(async () => {
    const results = await inTurn(files, (name) => check(join(CORPUS, name), "--json"));
    runs = new Map(files.map((name, i) => [name, results[i]]));
  }, 20 * PER_FILE_MS);

  it("has every file listed in the corpus's README", () => {
    const readme = readFileSync(join(CORPUS, "README.md"), "utf8");
    expect(files.filter((name) => !readme.includes(`\`${name}\``))).toEqual([]);
  });

  it.each(files)(
    "%s: reviewed (exit 0 or 1) or refused with its reason (exit 2), in time, without a stack trace",
    (name) => {
      const { code, stdout, stderr } = runs.get(name)!;
      expect(stderr).not.toMatch(/\n\s+at |Error:/);
      if (REFUSED[name]) {
        expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
        expect(stderr.trim().split("\n")).toHaveLength(1);
        expect(stderr).toMatch(REFUSED[name]);
      } else {
        expect([0, 1]).toContain(code);
        expect(JSON.parse(stdout)).toMatchObject({ file: join(CORPUS, name) });
      }
    },
  );
});

describe("a budget with a slip, saved in every format a user has", () => {
  const plan = examplePlan();
  const sheets = handBuiltPlan(plan);
  const fees = sheets[1];
  const gnesta = plan.members.findIndex((member) => member.name === "Gnesta");
  const slipAt = locate(fees, "Gnesta", `kr/år ${plan.budgetYear}`);
  const right = computePlan(plan).fees[gnesta].toNumber();
  const slipped = withCell(sheets, fees.name, slipAt, right + 1);
  const paths: Record<"xlsx" | "ods" | "xls" | "numbers", string> = {
    xlsx: join(dir, "budget.xlsx"),
    ods: join(dir, "budget.ods"),
    xls: join(dir, "budget.xls"),
    numbers: join(dir, "budget-numbers.xlsx"),
  };

  beforeAll(async () => {
    await asExcelJs(slipped).xlsx.writeFile(paths.xlsx);
    const convertDir = mkdtempSync(join(dir, "converted-"));
    const [ods] = await convertWithLibreOffice([paths.xlsx], "ods", convertDir);
    const [xls] = await convertWithLibreOffice([paths.xlsx], "xls", convertDir);
    writeFileSync(paths.ods, readFileSync(ods));
    writeFileSync(paths.xls, readFileSync(xls));
    writeFileSync(paths.numbers, withNumbersPartNames(readFileSync(paths.xlsx)));
  }, 5 * PER_FILE_MS);

  /** The fee-key slip at Gnesta's fee, with the right figure, is what the review finds. */
  const expectTheSlip = ({ code, stdout }: CliRun) => {
    expect(code).toBe(1);
    const findings = JSON.parse(stdout).findings.map((f: Record<string, unknown>) => [
      f.sheet,
      f.address,
      f.rule,
      f.expected,
    ]);
    expect(findings).toContainEqual([fees.name, slipAt.address, "fee-key", right]);
  };

  it.each(["xlsx", "ods", "numbers"] as const)(
    "finds the slip in the .%s file (exit 1)",
    async (format) => {
      expectTheSlip(await check(paths[format], "--json"));
    },
    PER_FILE_MS,
  );

  it(
    "refuses the .xls file (exit 2), saying to save it as .xlsx, in English with --lang en",
    async () => {
      const { code, stdout, stderr } = await check(paths.xls, "--lang", "en");
      expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
      expect(stderr.trim()).toBe(
        `finsam check: ${paths.xls}: cannot be read: an old Excel workbook (.xls, Excel 97–2003); open it in Excel or LibreOffice and save it as .xlsx`,
      );
    },
    PER_FILE_MS,
  );

  it(
    "ends quietly with its exit code when the reader closes the pipe (| head)",
    async () => {
      const child = spawn(process.execPath, ["--import", "tsx", "src/cli/check.ts", paths.xlsx], { cwd: ROOT });
      child.stdout.destroy();
      let stderr = "";
      child.stderr.on("data", (chunk) => (stderr += chunk));
      const code = await new Promise((resolve) => child.on("close", resolve));
      expect({ code, stderr }).toEqual({ code: 1, stderr: "" });
    },
    PER_FILE_MS,
  );
});

/**
 * The workbook with its sheet parts named as Apple Numbers names them
 * (`sheet.xml`, then `sheet1.xml`, ...: the second sheet in a part named like
 * Excel's first), every relationship and content type following.
 */
function withNumbersPartNames(xlsx: Buffer): Buffer {
  const zip = new ZipArchive(xlsx);
  const renamed = (text: string) =>
    text.replace(
      /worksheets\/sheet(\d+)\.xml/g,
      (_, n: string) => `worksheets/sheet${n === "1" ? "" : Number(n) - 1}.xml`,
    );
  return writeZip(
    zip.names().map((name) => ({
      name: renamed(name),
      data: /\.(xml|rels)$/.test(name) ? Buffer.from(renamed(zip.text(name)!)) : zip.read(name)!,
    })),
  );
}
