import { buildSync } from "esbuild";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { serveFolder } from "../../src/bench/serve-folder";

/*
 * Serves the built pane (dist/, made by `npm run build`) on a free local port,
 * and bundles the office.js fake for the tests to put in office.js's place.
 */

const dist = join(__dirname, "..", "..", "dist");

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync(join(dist, "taskpane.html")))
    throw new Error("dist/taskpane.html is missing: run `npm run build` first");
  const fake = buildSync({
    entryPoints: [join(__dirname, "office-fake.ts")],
    bundle: true,
    format: "iife",
    target: "es2022",
    write: false,
  });
  process.env.OFFICE_FAKE_JS = fake.outputFiles[0].text;

  const server = await serveFolder(dist);
  process.env.PANE_URL = server.url;
  return server.close;
}
