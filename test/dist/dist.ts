import { existsSync, readFileSync, readdirSync } from "fs";
import { join } from "path";

/*
 * The build these tests check: dist/, made by `npm run build` (which `npm test` runs before them;
 * `npm run test:dist` alone after a build).
 */
const dist = join(__dirname, "..", "..", "dist");

if (!existsSync(join(dist, "taskpane.html"))) {
  throw new Error("dist/ is missing: run `npm run build` before `npm run test:dist`");
}

export const distPath = (path: string) => join(dist, path);
export const inDist = (path: string) => existsSync(distPath(path));
export const readDist = (path: string) => readFileSync(distPath(path), "utf8");
export const distScripts = () => readdirSync(dist).filter((file) => file.endsWith(".js"));
