import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/*
 * The import rules of docs/architecture.md, read from the source: which part
 * of src/ may import which, where Node's built-ins may be used, and no import
 * cycle between files.
 */

const SRC = join(__dirname, "..", "src");

/** Each part and the parts it may import (besides itself), as docs/architecture.md states them. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  model: [],
  functions: ["model"],
  templates: ["model"],
  sie: ["model"],
  review: ["model", "templates"],
  outcome: ["model", "sie", "templates"],
  excel: ["model", "templates", "review", "outcome"],
  xlsx: ["model", "templates", "review", "outcome"],
  bench: ["model", "functions", "templates", "review", "sie", "outcome", "xlsx"],
  cli: ["model", "templates", "review", "sie", "outcome", "xlsx", "bench"],
  taskpane: ["model", "functions", "templates", "review", "sie", "outcome", "excel"],
};

/** Where Node's built-ins may be used: the command line, the benchmark, the .xlsx files and the example's path. */
const NODE_ALLOWED = ["cli/", "bench/", "xlsx/", "templates/example-plan-file.ts"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every module a file names: static imports, re-exports and lazy `import()`. */
function specifiers(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const statements = /^\s*(?:import|export)\b[^;]*?\bfrom\s+"([^"]+)"|^\s*import\s+"([^"]+)"/gm;
  const lazy = /\bimport\(\s*(?:\/\*[^*]*\*\/\s*)?"([^"]+)"\s*\)/g;
  return [...text.matchAll(statements), ...text.matchAll(lazy)].map((match) => match[1] ?? match[2]);
}

function resolveLocal(from: string, specifier: string, files: ReadonlySet<string>): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")].find((candidate) => files.has(candidate));
}

const files = sourceFiles(SRC);
const fileSet = new Set(files);
const partOf = (file: string) => relative(SRC, file).split("/")[0];
const localImports = new Map(
  files.map((file) => [
    file,
    specifiers(file)
      .filter((s) => s.startsWith("."))
      .map((s) => resolveLocal(file, s, fileSet) ?? resolve(dirname(file), s)),
  ]),
);

describe("the parts of src/ and what they may import (docs/architecture.md)", () => {
  it("reads the imports, lazy ones included", () => {
    const of = (file: string) => (localImports.get(join(SRC, file)) ?? []).map((target) => relative(SRC, target));
    expect(of("model/plan.ts")).toContain("model/fees.ts");
    expect(of("taskpane/App.tsx")).toContain("taskpane/views/ReviewView.tsx");
  });

  it("knows every part", () => {
    const parts = new Set(files.map(partOf).filter((part) => !part.includes(".")));
    expect([...parts].sort()).toEqual(Object.keys(MAY_IMPORT).sort());
  });

  it("imports only from the parts each part may use", () => {
    const breaches = files.flatMap((file) =>
      (localImports.get(file) ?? [])
        .filter((target) => target.startsWith(SRC))
        .filter((target) => partOf(target) !== partOf(file) && !MAY_IMPORT[partOf(file)].includes(partOf(target)))
        .map((target) => `${relative(SRC, file)} → ${relative(SRC, target)}`),
    );
    expect(breaches).toEqual([]);
  });

  it("uses Node's built-ins only in the command line, the benchmark and the .xlsx files", () => {
    const breaches = files
      .filter((file) => !NODE_ALLOWED.some((allowed) => relative(SRC, file).startsWith(allowed)))
      .filter((file) => specifiers(file).some((s) => s.startsWith("node:")))
      .map((file) => relative(SRC, file));
    expect(breaches).toEqual([]);
  });

  it("calls Excel.run only in the Office.js adapters", () => {
    const callers = files.filter((file) => /\bExcel\.run\(/.test(readFileSync(file, "utf8"))).map(partOf);
    expect(new Set(callers)).toEqual(new Set(["excel"]));
  });

  it("keeps the model free of anything but decimal.js", () => {
    const outside = files
      .filter((file) => partOf(file) === "model")
      .flatMap((file) => specifiers(file).filter((s) => !s.startsWith("./") && s !== "decimal.js"));
    expect(outside).toEqual([]);
  });

  it("has no import cycle between files", () => {
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "open") {
        cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(SRC, f)).join(" → "));
        return;
      }
      state.set(file, "open");
      for (const target of localImports.get(file) ?? []) if (fileSet.has(target)) visit(target, [...path, file]);
      state.set(file, "done");
    };
    files.forEach((file) => visit(file, []));
    expect(cycles).toEqual([]);
  });
});
