import { chromium } from "@playwright/test";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  FIRST_PAINT_BUDGET_KB,
  type FirstPaint,
  gzipKb,
  measureFirstPaint,
  TEMPLATE_FIRST_LOAD_KB,
} from "./first-paint";
import { printTable } from "./measure";
import { serveFolder } from "./serve-folder";

/** Debian's Chromium, as the browser tests use it (no browser is ever downloaded). */
const CHROMIUM = "/usr/bin/chromium";

/**
 * What the first view asks of Office: when it is ready and its display language; functions.js registers its
 * functions. Enough to open the pane outside Excel (the browser tests put their whole fake workbook here).
 */
const OFFICE_STUB = `
  window.CustomFunctions = { associate: () => undefined };
  window.Office = {
    context: { displayLanguage: "sv-SE" },
    onReady: (callback) => new Promise((ready) => setTimeout(() => ready(callback && callback({ host: "Excel" })))),
  };`;

export interface BundleBenchResult {
  readonly firstPaintGzipKb: number;
  readonly budgetKb: number;
  readonly templateGzipKb: number;
}

const kb = (value: number) => `${value.toFixed(1)} KB`;

/**
 * The built pane (run `npm run build` first): the JavaScript Chromium fetches until the first view takes typing
 * (the browser test's measurement, test/browser/first-paint.spec.ts), and the size of every script in dist/.
 */
export async function benchBundles(dist = "dist"): Promise<BundleBenchResult | undefined> {
  const folder = resolve(dist);
  if (!existsSync(join(folder, "taskpane.html"))) {
    console.log(`\nBundle sizes: ${join(dist, "taskpane.html")} is missing; run \`npm run build\` first.`);
    return undefined;
  }
  printFiles(folder);
  if (!existsSync(CHROMIUM)) {
    console.log(`\nFirst paint: ${CHROMIUM} is missing (apt-get install chromium); not measured.`);
    return undefined;
  }
  const paint = await firstPaintOf(folder);
  printTable("First paint (JavaScript fetched until Ny plan's first field takes typing)", [
    ["script", "raw", "gzip"],
    ...paint.scripts.map((script) => [script.file, kb(script.rawKb), kb(script.gzipKb)]),
    ["in all", kb(paint.rawKb), kb(paint.gzipKb)],
    ["budget", "", `${FIRST_PAINT_BUDGET_KB} KB`],
    ["official React template, first load", "", `${TEMPLATE_FIRST_LOAD_KB} KB`],
  ]);
  return { firstPaintGzipKb: paint.gzipKb, budgetKb: FIRST_PAINT_BUDGET_KB, templateGzipKb: TEMPLATE_FIRST_LOAD_KB };
}

async function firstPaintOf(folder: string): Promise<FirstPaint> {
  const server = await serveFolder(folder);
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    const page = await browser.newPage();
    await page.route("**/office.js", (route) => route.fulfill({ contentType: "text/javascript", body: OFFICE_STUB }));
    return await measureFirstPaint(page, server.url);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Every script in dist/, largest first: what the views and the writers load when they are needed. */
function printFiles(folder: string): void {
  const sizes = readdirSync(folder)
    .filter((file) => file.endsWith(".js"))
    .map((file) => {
      const bytes = readFileSync(join(folder, file));
      return { file, raw: bytes.length / 1024, gzip: gzipKb(bytes) };
    })
    .sort((a, b) => b.raw - a.raw);
  printTable("Bundle sizes (dist/)", [
    ["file", "raw", "gzip"],
    ...sizes.map((row) => [row.file, kb(row.raw), kb(row.gzip)]),
  ]);
}
