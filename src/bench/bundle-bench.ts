import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { printTable } from "./measure";

/**
 * The official React task-pane template's first load, built the same way on these machines
 * (docs/office-platform.md): 169 KB gzip, of which 80 KB is an Internet Explorer polyfill.
 */
const TEMPLATE_INITIAL_GZIP_KB = 169;

export interface BundleBenchResult {
  readonly initialGzipKb: number;
  readonly templateGzipKb: number;
}

const kb = (bytes: number) => bytes / 1024;

/**
 * The sizes of the built bundles (run `npm run build` first): what taskpane.html loads at once
 * (the pane's shell and the functions), and the chunks loaded when a view or a plan needs them.
 */
export function benchBundles(dist = "dist"): BundleBenchResult | undefined {
  const html = join(dist, "taskpane.html");
  if (!existsSync(html)) {
    console.log(`\nBundle sizes: ${html} is missing; run \`npm run build\` first.`);
    return undefined;
  }
  const initial = [...readFileSync(html, "utf8").matchAll(/<script[^>]*\ssrc="?([\w.-]+\.js)"?/g)].map((m) => m[1]);
  const files = readdirSync(dist).filter((file) => file.endsWith(".js"));
  const sizes = files.map((file) => {
    const bytes = readFileSync(join(dist, file));
    return {
      file,
      raw: kb(bytes.length),
      gzip: kb(gzipSync(bytes, { level: 9 }).length),
      initial: initial.includes(file),
    };
  });
  sizes.sort((a, b) => Number(b.initial) - Number(a.initial) || b.raw - a.raw);
  const total = (rows: typeof sizes) =>
    rows.reduce((sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip }), { raw: 0, gzip: 0 });
  const first = total(sizes.filter((row) => row.initial));
  const lazy = total(sizes.filter((row) => !row.initial));
  const line = (label: string, raw: number, gzip: number) => [label, `${raw.toFixed(1)} KB`, `${gzip.toFixed(1)} KB`];
  printTable("Bundle sizes (dist/)", [
    ["file", "raw", "gzip"],
    ...sizes.map((row) => line(`${row.file}${row.initial ? " (initial)" : ""}`, row.raw, row.gzip)),
    line("initial, in all", first.raw, first.gzip),
    line("loaded on demand, in all", lazy.raw, lazy.gzip),
    ["official React template, initial", "", `${TEMPLATE_INITIAL_GZIP_KB} KB`],
  ]);
  return { initialGzipKb: first.gzip, templateGzipKb: TEMPLATE_INITIAL_GZIP_KB };
}
