import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { SieCode } from "../../src/sie/messages";
import { readSie } from "../../src/sie/read-sie";
import { summarizeSie } from "../../src/sie/summary";

/*
 * SIE files exported by real programs (test/fixtures/sie-real/README.md says
 * where each comes from): each is accepted or refused as SIE 4B says, and
 * what the reader finds per account equals a sum taken straight from the
 * file's #TRANS lines, and the file's own #RES and #UB − #IB where it agrees
 * with itself; in a file of type 2 or 3 (balances, no verifications) the
 * year's whole-account #PSALDO lines take the place of the #TRANS lines.
 */

const DIR = join(__dirname, "..", "fixtures", "sie-real");

interface Expected {
  readonly program: string;
  readonly encoding: "PC8" | "UTF-8" | "Windows-1252";
  /** The problems' codes, each once in the order they first appear; none for a file that can be used. */
  readonly problems?: readonly SieCode[];
  readonly warnings: readonly SieCode[];
}

const FILES: Record<string, Expected> = {
  "bl-administration-4e.se": { program: "BL Administration", encoding: "PC8", warnings: ["undeclared-objects"] },
  "bl-administration-4i.si": {
    program: "BL Administration",
    encoding: "PC8",
    warnings: ["no-fiscal-year", "undeclared-accounts"],
  },
  "bl-administration-latin9-4e.se": {
    program: "BL Administration",
    encoding: "Windows-1252",
    warnings: ["encoding-windows-1252"],
  },
  "bl-administration-utf8-4e.se": { program: "BL Administration", encoding: "UTF-8", warnings: ["encoding-utf8"] },
  "edison-4e.se": { program: "Edison Ekonomi Byrå", encoding: "PC8", warnings: [] },
  "edison-1.se": { program: "Edison Ekonomi Byrå", encoding: "PC8", warnings: [] },
  "edison-2.se": { program: "Edison Ekonomi Byrå", encoding: "PC8", warnings: [] },
  "edison-3.se": { program: "Edison Ekonomi Byrå", encoding: "PC8", warnings: [] },
  "avendo-1.se": { program: "Avendo", encoding: "PC8", warnings: [] },
  "avendo-2.se": { program: "Avendo", encoding: "PC8", warnings: [] },
  "bl-administration-1.se": { program: "BL Administration", encoding: "PC8", warnings: [] },
  "bl-administration-2.se": { program: "BL Administration", encoding: "PC8", warnings: [] },
  "bl-administration-3.se": { program: "BL Administration", encoding: "PC8", warnings: [] },
  "mamut-enterprise-1.se": { program: "Mamut Enterprise", encoding: "PC8", warnings: [] },
  "mamut-enterprise-2.se": { program: "Mamut Enterprise", encoding: "PC8", warnings: [] },
  "mamut-enterprise-3.se": { program: "Mamut Enterprise", encoding: "PC8", warnings: [] },
  "forsystem-underdim-utf8-4e.si": {
    program: "Försystem3",
    encoding: "UTF-8",
    warnings: ["encoding-utf8", "undeclared-accounts", "balance-mismatch"],
  },
  "fortnox-4.si": { program: "Fortnox Bokföring", encoding: "PC8", warnings: ["balance-mismatch"] },
  "handmade-bom-path-eof.se": {
    program: "Handgjord",
    encoding: "UTF-8",
    warnings: ["encoding-utf8", "undeclared-objects"],
  },
  "kassasystem-latin9-4i.si": {
    program: "Kassasystem",
    encoding: "Windows-1252",
    warnings: ["encoding-windows-1252", "no-fiscal-year", "undeclared-accounts"],
  },
  "kassasystem-utf8-4i.si": {
    program: "Kassasystem",
    encoding: "UTF-8",
    warnings: ["encoding-utf8", "no-fiscal-year", "undeclared-accounts"],
  },
  "kassasystem-utf8-unbalanced-4i.si": {
    program: "Kassasystem",
    encoding: "UTF-8",
    problems: ["unbalanced"],
    warnings: ["encoding-utf8", "no-fiscal-year", "undeclared-accounts"],
  },
  "kontek-lon-4i.si": {
    program: "Kontek Lön",
    encoding: "PC8",
    warnings: ["no-fiscal-year", "undeclared-accounts", "undeclared-objects"],
  },
  "magenta-4e.se": { program: "Magenta Bokföring", encoding: "PC8", warnings: [] },
  "mamut-enterprise-4e.se": { program: "Mamut Enterprise", encoding: "PC8", warnings: ["undeclared-objects"] },
  "real09-4i.si": { program: "REAL09", encoding: "PC8", warnings: ["no-fiscal-year", "undeclared-accounts"] },
  // A line cut off inside its text: the quotes are not closed, and the verification it ends does not balance.
  "softone-business-truncated.se": {
    program: "SoftOne Business Redovisning",
    encoding: "PC8",
    problems: ["quote-not-closed", "unbalanced"],
    warnings: ["undeclared-accounts", "balance-mismatch"],
  },
  // `#KONTO 1288 "F"rskott till Lind" Park"`: a quote where a letter was (ö), in names and in verification texts.
  "softone-xe-stray-quote.se": {
    program: "SoftOne XE",
    encoding: "PC8",
    problems: ["text-after-quote", "character-in-field", "unbalanced"],
    warnings: ["undeclared-accounts"],
  },
  "specter-4e.se": { program: "Specter Business Management", encoding: "PC8", warnings: [] },
  "visma-administration-200-4i.si": {
    program: "Visma Administration 200",
    encoding: "PC8",
    warnings: ["no-fiscal-year"],
  },
  // Every Swedish letter became EF BF BD (U+FFFD) before the file was published: refused, #UNDERDIM read.
  "visma-administration-2000-underdim.se": {
    program: "Visma Administration 2000",
    encoding: "UTF-8",
    problems: ["replacement-characters"],
    warnings: ["encoding-utf8", "undeclared-objects"],
  },
  "visma-anlaggningsregister-4i.si": {
    program: "Visma Anläggningsregister",
    encoding: "PC8",
    warnings: ["undeclared-accounts", "undeclared-objects"],
  },
  "visma-eekonomi-4e.se": { program: "Visma Avendo eEkonomi", encoding: "PC8", warnings: [] },
  "visma-fakturering-4i.si": { program: "Visma Fakturering", encoding: "PC8", warnings: ["no-fiscal-year"] },
  "visma-lon-4i.si": { program: "Visma Lön 100", encoding: "PC8", warnings: ["no-fiscal-year"] },
};

/*
 * The independent reading: only ASCII matters for accounts and amounts, so the
 * bytes are taken one for one (latin1) whatever the file's encoding, and sums
 * are whole öre in BigInt.
 */
const ore = (amount: string): bigint => {
  const [whole, decimals = ""] = amount.replace("-", "").split(".");
  const value = BigInt(whole) * 100n + BigInt(decimals.padEnd(2, "0"));
  return amount.startsWith("-") ? -value : value;
};
const field = String.raw`"?([^\s"]*)"?`;
const AMOUNT = String.raw`"?(-?\d+(?:\.\d+)?)"?`;
const TRANS = new RegExp(String.raw`^\s*#TRANS\s+${field}\s+\{(?:[^}"]|"[^"]*")*\}\s+${AMOUNT}`);
const BALANCE = new RegExp(String.raw`^\s*#(RES|UB|IB)\s+0\s+${field}\s+${AMOUNT}`);
/** A whole-account period balance of the fiscal year: `#PSALDO 0 202506 1930 {} 100.00`. */
const PERIOD = new RegExp(String.raw`^\s*#PSALDO\s+0\s+\S+\s+${field}\s+\{\s*\}\s+${AMOUNT}`);

function sumsOf(bytes: Buffer) {
  const movements = new Map<string, bigint>();
  const periods = new Map<string, bigint>();
  const balances = { RES: new Map<string, bigint>(), UB: new Map<string, bigint>(), IB: new Map<string, bigint>() };
  const text = bytes.toString("latin1");
  const balancesOnly = /^#SIETYP\s+[123]\s*$/m.test(text);
  for (const line of text.split("\n")) {
    const trans = TRANS.exec(line);
    if (trans) movements.set(trans[1], (movements.get(trans[1]) ?? 0n) + ore(trans[2]));
    const period = PERIOD.exec(line);
    if (period) periods.set(period[1], (periods.get(period[1]) ?? 0n) + ore(period[2]));
    const balance = BALANCE.exec(line);
    if (balance) balances[balance[1] as "RES" | "UB" | "IB"].set(balance[2], ore(balance[3]));
  }
  // A type 1 file has nothing to compare its balances with; types 2 and 3 have their periods.
  const compared = balancesOnly ? periods : movements;
  const comparable = !balancesOnly || periods.size > 0;
  const moved = (account: string) => compared.get(account) ?? 0n;
  const disagreeing = new Set([
    ...[...(comparable ? balances.RES : [])]
      .filter(([account, result]) => result !== moved(account))
      .map(([account]) => account),
    ...[...(comparable ? balances.UB : [])]
      .filter(([account, closing]) => closing - (balances.IB.get(account) ?? 0n) !== moved(account))
      .map(([account]) => account),
  ]);
  return { movements, disagreeing };
}

const asOre = (movements: ReadonlyMap<string, { toFixed: (n: number) => string }>) =>
  new Map([...movements].map(([account, amount]) => [account, ore(amount.toFixed(2))]));

describe.each(Object.entries(FILES))("%s", (name, expected) => {
  const bytes = readFileSync(join(DIR, name));
  const reading = readSie(bytes);
  const summary = summarizeSie(reading);
  const independent = sumsOf(bytes);

  it(expected.problems ? "is refused, for what SIE 4B forbids" : "is accepted", () => {
    expect(summary.program).toContain(expected.program);
    expect(summary.encoding).toBe(expected.encoding);
    expect([...new Set(summary.problems.map((p) => p.code))]).toEqual(expected.problems ?? []);
    expect(summary.warnings.map((w) => w.code)).toEqual(expected.warnings);
  });

  if (expected.problems) return;

  it("gives each account the net movement its #TRANS lines add up to", () => {
    expect(asOre(summary.movements)).toEqual(new Map([...independent.movements].sort(([a], [b]) => (a < b ? -1 : 1))));
  });

  it("agrees with the file's own #RES and #UB − #IB, or names where the file disagrees with itself", () => {
    const mismatch = summary.warnings.find((w) => w.code === "balance-mismatch");
    if (independent.disagreeing.size === 0) expect(mismatch).toBeUndefined();
    else expect(mismatch?.args).toMatchObject({ count: independent.disagreeing.size });
  });
});

it("has every SIE file of the folder in the table above and in the folder's README", () => {
  const files = readdirSync(DIR).filter((name) => /\.s[ei]$/i.test(name));
  expect(files.sort()).toEqual(Object.keys(FILES).sort());
  const readme = readFileSync(join(DIR, "README.md"), "utf8");
  for (const name of files) expect(readme).toContain(`| \`${name}\` |`);
});
