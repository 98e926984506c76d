import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { encodeCp437 } from "../../src/sie/cp437";
import { ROOT, npmRun, run } from "../fixtures/run-cli";
import { plain } from "../fixtures/sv-numbers";

const REAL = join(ROOT, "test", "fixtures", "sie-real");
const dir = mkdtempSync(join(tmpdir(), "finsam-sie-"));

const sie = (...args: string[]) => npmRun("sie", args);
const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at |Error:/);

describe("npm run sie", () => {
  it("says in Swedish what a usable file holds, its movements and warnings, and exits 0", async () => {
    const result = await sie(join(REAL, "handmade-bom-path-eof.se"));
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(plain(result.stdout)).toBe(
      [
        `${join(REAL, "handmade-bom-path-eof.se")}: kan användas`,
        "Program: Handgjord 1.0",
        "Företag: Samordningsförbundet Övningen",
        "Räkenskapsår: 2025-01-01–2025-12-31",
        "Teckenkodning: UTF-8",
        "Konton: 2, verifikationer: 1, transaktioner: 2",
        "",
        "Nettoförändring per konto under året (debet positivt):",
        "  1930           -1 250,50",
        "  4010            1 250,50",
        "",
        "Förbigått:",
        "- 1 × #GEN (från rad 4): vem som skrev filen och när",
        "- 1 × #FNR (från rad 6): företagets identitet",
        "",
        "Varningar:",
        "- filen är i UTF-8, inte i PC8 som SIE föreskriver; den läses som UTF-8",
        '- ett objekt saknar #OBJEKT (inte deklarerat; koden används som namn): 6 "P1"',
        "",
      ].join("\n"),
    );
  }, 30_000);

  it("prints JSON in the documented shape with --json, in English with --lang en", async () => {
    const file = join(REAL, "kassasystem-latin9-4i.si");
    const result = await sie(file, "--json", "--lang", "en");
    expect(result).toMatchObject({ code: 0, stderr: "" });
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual([
      "file",
      "program",
      "company",
      "fiscalYear",
      "encoding",
      "accounts",
      "verifications",
      "transactions",
      "movements",
      "skipped",
      "warnings",
      "problems",
    ]);
    expect(json).toMatchObject({
      file,
      program: "Kassasystem 1.0",
      fiscalYear: null,
      encoding: "Windows-1252",
      accounts: 6,
      verifications: 2,
      transactions: 6,
      problems: [],
    });
    expect(json.warnings.map((w: { code: string }) => w.code)).toEqual([
      "encoding-windows-1252",
      "no-fiscal-year",
      "undeclared-accounts",
    ]);
    expect(json.warnings[1].message).toMatch(/^the file names no fiscal year/);
    // Every account's movement is a decimal string, and a balanced file's movements add up to zero.
    const movements = Object.values(json.movements as Record<string, string>);
    expect(movements.every((amount) => /^-?\d+\.\d{2}$/.test(amount))).toBe(true);
    expect(movements.reduce((sum, amount) => sum + BigInt(amount.replace(".", "")), 0n)).toBe(0n);
  }, 30_000);

  it("exits 2 with every problem and its line when the file cannot be used", async () => {
    const result = await sie(join(REAL, "kassasystem-utf8-unbalanced-4i.si"));
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/: kan inte användas\n/);
    expect(result.stdout).toMatch(
      /Problem:\n- rad 8: #VER K \(2018-05-02\) balanserar inte: transaktionerna summerar till 0,55, inte 0\n- rad 14: /,
    );
    noStackTrace(result.stderr);
  }, 30_000);

  it.each([
    [["saknas.se"], /^finsam sie: saknas\.se: filen finns inte\n$/],
    [["saknas.se", "--lang", "en"], /^finsam sie: saknas\.se: no such file\n$/],
    [[], /ange en SIE-fil\nanvändning: npm run sie/],
    [["a.se", "--lang", "de"], /--lang ska vara sv eller en/],
    [["a.se", "--bogus"], /okänd flagga --bogus\nanvändning: npm run sie/],
  ])(
    "refuses %j with a message and exit 2",
    async (args, message) => {
      const result = await sie(...args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      noStackTrace(result.stderr);
    },
    30_000,
  );

  it("ends quietly when the reader of its output goes away (| head -1)", async () => {
    // 4 000 accounts: far more output than a pipe holds, so the writes after head has gone fail with EPIPE.
    const accounts = Array.from({ length: 4000 }, (_, i) => String(10000 + i));
    const lines = [
      "#FLAGGA 0",
      '#PROGRAM "Prov" 1',
      "#FORMAT PC8",
      "#SIETYP 4",
      '#FNAMN "Prov"',
      "#RAR 0 20250101 20251231",
      '#VER A 1 20250101 "Många konton"',
      "{",
      ...accounts.map((account) => `#TRANS ${account} {} 1.00`),
      `#TRANS 1930 {} -${accounts.length}.00`,
      "}",
    ];
    const file = join(dir, "many.se");
    writeFileSync(file, encodeCp437(lines.join("\r\n")));
    const script = `"${process.execPath}" --import tsx src/cli/sie.ts "${file}" | head -1`;
    const result = await run("sh", ["-c", script]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toBe(`${file}: kan användas\n`);
  }, 30_000);
});
