/*
 * What `npm run build` writes to dist/: every file the manifest names, the pane's page and scripts,
 * icons of the declared sizes, and the function metadata in both languages.
 */
import { readFileSync } from "fs";
import { devUrl, productionUrl } from "../../build/production-host";
import { addresses, list, node, references, resources, source } from "../fixtures/manifest";
import { distPath, distScripts, inDist, readDist } from "./dist";

const devPaths = addresses(source).map((url) => url.slice(devUrl.length));

describe("the built add-in (dist/)", () => {
  it("serves every file the manifest names", () => {
    expect(devPaths.length).toBeGreaterThan(5);
    expect(devPaths.filter((path) => !inDist(path))).toEqual([]);
  });

  it("has no manifest (a build for tests), or one that names only a production host", () => {
    if (!inDist("manifest.xml")) return;
    const built = addresses(readDist("manifest.xml"));
    const host = built[0].slice(0, built[0].length - devPaths[0].length);
    // The same check as the build's: https, no placeholder, not this machine.
    expect(productionUrl({ productionUrl: host }, {})).toBe(host);
    expect(built).toEqual(devPaths.map((path) => host + path));
  });

  it("loads office.js and both bundles in taskpane.html", () => {
    const scripts = [...readDist("taskpane.html").matchAll(/<script[^>]* src="?([^"\s>]+)/g)].map((m) => m[1]);
    // functions.js before taskpane.js: the pane's chunks reuse what the functions' bundle holds (webpack's dependOn).
    expect(scripts).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      "functions.js",
      "taskpane.js",
    ]);
  });

  it("has no script that carries Fluent's tokens object: the build writes each token as its CSS variable", () => {
    // Two neighbouring entries of the object as the minifier writes it.
    const tokensObject =
      /colorNeutralForeground1:\s*"var\(--colorNeutralForeground1\)",\s*colorNeutralForeground1Hover:/;
    expect(distScripts().filter((file) => tokensObject.test(readDist(file)))).toEqual([]);
  });

  it("has ribbon icons of the sizes the manifest declares", () => {
    const imageUrls = list(node(resources["bt:Images"])["bt:Image"]).map(node);
    const icons = references
      .filter(([element]) => element === "bt:Image")
      .map(([, attributes]) => {
        const url = imageUrls.find((image) => image["@id"] === attributes["@resid"])!["@DefaultValue"];
        const path = String(url).replace(devUrl, "");
        // A PNG's width is the big-endian integer at byte 16 (in the IHDR chunk).
        return { path, size: Number(attributes["@size"]), width: readFileSync(distPath(path)).readUInt32BE(16) };
      });
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) expect(icon.width).toBe(icon.size);
  });
});

describe("custom function metadata (functions.json, functions-sv.json)", () => {
  type FunctionMetadata = {
    id: string;
    name: string;
    description?: string;
    parameters: { name: string; description?: string }[];
  };
  const metadata = (file: string): FunctionMetadata[] => JSON.parse(readDist(file)).functions;
  const withoutTexts = (fns: FunctionMetadata[]) =>
    fns.map(({ parameters, ...fn }) => ({
      ...fn,
      name: undefined,
      description: undefined,
      parameters: parameters.map((p) => ({ ...p, name: undefined, description: undefined })),
    }));

  it("lists the same functions in the same order, differing only in names (parameters' too) and descriptions", () => {
    const english = metadata("functions.json");
    const swedish = metadata("functions-sv.json");
    expect(english.length).toBeGreaterThan(0);
    expect(swedish.map((fn) => fn.id)).toEqual(english.map((fn) => fn.id));
    expect(withoutTexts(swedish)).toEqual(withoutTexts(english));
  });

  it("gives every function a Swedish name of its own, in ASCII capitals", () => {
    const english = metadata("functions.json");
    for (const [i, fn] of metadata("functions-sv.json").entries()) {
      expect(fn.name).toMatch(/^[A-Z][A-Z0-9.]*$/);
      expect(fn.name).not.toBe(english[i].name);
    }
  });
});
