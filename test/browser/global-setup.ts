import { buildSync } from "esbuild";
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

/*
 * Serves the built pane (dist/, made by `npm run build`) on a free local port,
 * and bundles the office.js fake for the tests to put in office.js's place.
 */

const dist = join(__dirname, "..", "..", "dist");
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
};

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

  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)).replace(
      /^([/\\])+/,
      "",
    );
    const file = join(dist, path);
    if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.PANE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}
