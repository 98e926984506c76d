/*
 * The licences of everything the add-in ships or the CLI runs (the production
 * dependency tree, walked by license-checker-rseidelsohn): permissive only. A
 * package under a copyleft licence may be a dev-dependency (a build or test
 * tool), never a runtime one. An SPDX "OR" needs one permissive choice, an
 * "AND" needs all; a licence the checker guessed from a file ends in "*".
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";

const PERMISSIVE = new Set([
  "MIT",
  "ISC",
  "Apache-2.0",
  "BSD-2-Clause",
  "BSD-3-Clause",
  "0BSD",
  "Zlib",
  "Unlicense",
  "BlueOak-1.0.0",
  "CC0-1.0",
]);

/** Packages whose package.json names no SPDX licence, with what their licence is and where that is stated. */
const KNOWN: Record<string, string> = {
  // Microsoft's licence terms (LICENSE.md in the package) for office.js, which every add-in loads.
  "@microsoft/office-js": "Microsoft Software License Terms for office.js",
  // No licence field; its repository's LICENSE (substack/node-buffers) is MIT. Reached through exceljs (the CLI).
  buffers: "MIT (upstream LICENSE file)",
};

function permissive(expression: string): boolean {
  const text = expression.replace(/\*$/, "").replace(/^\((.*)\)$/, "$1");
  if (text.includes(" OR ")) return text.split(" OR ").some(permissive);
  if (text.includes(" AND ")) return text.split(" AND ").every(permissive);
  return PERMISSIVE.has(text.trim());
}

describe("the licences of the production dependencies", () => {
  let packages: Record<string, { licenses?: string | string[] }>;

  beforeAll(async () => {
    const { stdout } = await promisify(execFile)(
      join(__dirname, "..", "node_modules", ".bin", "license-checker-rseidelsohn"),
      ["--production", "--excludePrivatePackages", "--json"],
      { cwd: join(__dirname, ".."), maxBuffer: 64 * 1024 * 1024 },
    );
    packages = JSON.parse(stdout);
  }, 120_000);

  it("walks the whole tree (React, Fluent, decimal.js, exceljs and what they bring)", () => {
    const names = Object.keys(packages).map((id) => id.replace(/@[^@]+$/, ""));
    expect(names).toEqual(expect.arrayContaining(["react", "@fluentui/react-components", "decimal.js", "exceljs"]));
    expect(names.length).toBeGreaterThan(100);
  });

  it("are all permissive, or known and stated", () => {
    const refused = Object.entries(packages)
      .filter(([id]) => !(id.replace(/@[^@]+$/, "") in KNOWN))
      .filter(([, { licenses }]) => ![licenses ?? "UNKNOWN"].flat().every(permissive))
      .map(([id, { licenses }]) => `${id}: ${String(licenses)}`);
    expect(refused).toEqual([]);
  });

  it("accepts what it should and refuses copyleft", () => {
    expect(["MIT", "(MIT OR GPL-3.0-or-later)", "(MIT AND Zlib)", "MIT*"].map(permissive)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(["GPL-3.0", "(GPL-2.0 AND MIT)", "AGPL-3.0-only", "UNKNOWN"].map(permissive)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
