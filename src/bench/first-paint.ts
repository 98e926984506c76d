import type { Page, Request } from "@playwright/test";
import { gzipSync } from "node:zlib";

/*
 * The pane's first paint as a user's browser fetches it: every script the page
 * loads from the pane's origin until the first view takes typing, whatever the
 * files are called and however webpack splits them. The test server sends files
 * uncompressed, so each is gzipped here (level 9, as a build would precompress
 * them). office.js is not counted: it is Microsoft's, from its CDN, shared by
 * every add-in, and the template's figure leaves it out too.
 */

/** The most JavaScript (KB gzip) the pane may fetch before its first view can be used; the browser test holds it. */
export const FIRST_PAINT_BUDGET_KB = 120;

/**
 * The official React task-pane template's first load, built the same way on these machines:
 * 169 KB gzip, of which 80 KB is an Internet Explorer polyfill.
 */
export const TEMPLATE_FIRST_LOAD_KB = 169;

export interface FetchedScript {
  /** The path under the pane's origin: `taskpane.js`, `view-new-plan.js`, … */
  readonly file: string;
  readonly rawKb: number;
  readonly gzipKb: number;
}

export interface FirstPaint {
  readonly scripts: readonly FetchedScript[];
  readonly rawKb: number;
  readonly gzipKb: number;
}

export const gzipKb = (bytes: Uint8Array): number => gzipSync(bytes, { level: 9 }).length / 1024;

/** Opens the pane at `paneUrl` (its origin's root, `http://host:port/`) in `page` and counts what it fetches. */
export async function measureFirstPaint(page: Page, paneUrl: string): Promise<FirstPaint> {
  const requested: Request[] = [];
  const ours = (request: Request) =>
    request.url().startsWith(paneUrl) && new URL(request.url()).pathname.endsWith(".js");
  const onRequest = (request: Request) => {
    if (ours(request)) requested.push(request);
  };
  page.on("request", onRequest);
  await page.goto(`${paneUrl}taskpane.html?lang=sv-SE`);
  await firstViewInteractive(page);
  page.off("request", onRequest);

  const scripts = await Promise.all(
    requested.map(async (request) => {
      const response = await request.response();
      if (!response) throw new Error(`${request.url()} got no response`);
      const body = await response.body();
      return { file: new URL(request.url()).pathname.slice(1), rawKb: body.length / 1024, gzipKb: gzipKb(body) };
    }),
  );
  return {
    scripts,
    rawKb: scripts.reduce((sum, script) => sum + script.rawKb, 0),
    gzipKb: scripts.reduce((sum, script) => sum + script.gzipKb, 0),
  };
}

/** The views' navigation is shown and Ny plan's first field takes what is typed. */
async function firstViewInteractive(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "Vyer" }).waitFor();
  const field = page.getByRole("textbox", { name: /Förbundets namn/ });
  await field.fill("Finsam");
  const value = await field.inputValue();
  if (value !== "Finsam") throw new Error(`Ny plan's first field holds "${value}" after typing "Finsam"`);
}
