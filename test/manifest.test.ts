/*
 * Office's manifest validator is an online service, so these checks stand in for it offline:
 * resource references, the shared-runtime wiring, and that every URL the manifest names is a
 * file the production build (dist/) really serves.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { XMLParser } from "fast-xml-parser";

type XmlNode = { [key: string]: XmlValue };
type XmlValue = string | XmlNode | XmlValue[];

const root = join(__dirname, "..");
const dist = join(root, "dist");
const devUrl = "https://localhost:3000/";

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });
const source = readFileSync(join(root, "manifest.xml"), "utf8");
const app = parser.parse(source).OfficeApp as XmlNode;
const overrides = app.VersionOverrides as XmlNode;
const host = (overrides.Hosts as XmlNode).Host as XmlNode;
const resources = overrides.Resources as XmlNode;

const list = (value: XmlValue | undefined): XmlValue[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
const node = (value: XmlValue | undefined): XmlNode => value as XmlNode;

/** Every element below `value` with its name, depth first, in document order. */
function* elements(value: XmlValue, name = ""): Generator<[string, XmlNode]> {
  for (const item of list(value)) {
    if (typeof item !== "object") continue;
    yield [name, node(item)];
    for (const [key, child] of Object.entries(item)) if (!key.startsWith("@")) yield* elements(child, key);
  }
}

/** Resource ids by kind: bt:Images, bt:Urls, bt:ShortStrings, bt:LongStrings. */
const defined = (kind: string, element: string) => list(node(resources[kind])[element]).map((r) => node(r)["@id"]);
const resourceIds = {
  image: defined("bt:Images", "bt:Image"),
  url: defined("bt:Urls", "bt:Url"),
  shortString: defined("bt:ShortStrings", "bt:String"),
  longString: defined("bt:LongStrings", "bt:String"),
};

/** Which kind of resource an element's resid must name, by the element's schema type. */
function residKind(element: string): keyof typeof resourceIds {
  if (element === "bt:Image") return "image";
  if (element === "Description") return "longString";
  if (["Label", "Title", "Namespace"].includes(element)) return "shortString";
  return "url";
}

const references = [...elements(overrides.Hosts)].filter(([, attributes]) => attributes["@resid"] !== undefined);

const actionOf = (control: XmlNode) => node(control.Action);
const taskpaneButton = [...elements(host.DesktopFormFactor)].find(
  ([name, element]) => name === "Control" && actionOf(element)?.["@xsi:type"] === "ShowTaskpane",
)?.[1];
const customFunctions = node(node(host.AllFormFactors).ExtensionPoint);
const metadataUrl = list(node(resources["bt:Urls"])["bt:Url"])
  .map(node)
  .find((url) => url["@id"] === node(node(customFunctions.Metadata).SourceLocation)["@resid"]);

function distFile(path: string): string {
  if (!existsSync(join(dist, "manifest.xml"))) {
    throw new Error("dist/ is missing: run `npm run build` (the production build) before these tests");
  }
  return join(dist, path);
}
const readDist = (path: string) => readFileSync(distFile(path), "utf8");
const devPaths = (xml: string) => [...xml.matchAll(/https:\/\/localhost:3000\/([^"]*)/g)].map((match) => match[1]);

describe("manifest.xml resources", () => {
  it("resolves every resid to a defined resource of the right kind", () => {
    expect(references.length).toBeGreaterThan(10);
    const unresolved = references
      .filter(([element, attributes]) => !resourceIds[residKind(element)].includes(attributes["@resid"]))
      .map(([element, attributes]) => `<${element} resid="${attributes["@resid"]}">`);
    expect(unresolved).toEqual([]);
  });

  it("uses every resource it defines", () => {
    const used = new Set(references.map(([, attributes]) => attributes["@resid"]));
    expect(
      Object.values(resourceIds)
        .flat()
        .filter((id) => !used.has(id)),
    ).toEqual([]);
  });

  it("keeps short strings within 125 characters and long strings within 250, in every locale", () => {
    const texts = (kind: string) =>
      list(node(resources[kind])["bt:String"]).flatMap((s) => [
        String(node(s)["@DefaultValue"]),
        ...list(node(s)["bt:Override"]).map((o) => String(node(o)["@Value"])),
      ]);
    expect(texts("bt:ShortStrings").filter((text) => text.length > 125)).toEqual([]);
    expect(texts("bt:LongStrings").filter((text) => text.length > 250)).toEqual([]);
  });

  it("puts the elements in the schema's order", () => {
    const order = (element: XmlNode) => Object.keys(element).filter((key) => !key.startsWith("@"));
    expect(order(app)).toEqual([
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ]);
    expect(order(host)).toEqual(["Runtimes", "AllFormFactors", "DesktopFormFactor"]);
    expect(order(customFunctions)).toEqual(["Script", "Page", "Metadata", "Namespace"]);
    expect(order(resources)).toEqual(["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"]);
  });
});

describe("manifest.xml shared runtime", () => {
  it("runs the custom functions, the function file and the task pane button in the one long-lived page", () => {
    const runtime = node(node(host.Runtimes).Runtime);
    expect(runtime["@lifetime"]).toBe("long");
    const page = runtime["@resid"];
    expect(node(node(customFunctions.Page).SourceLocation)["@resid"]).toBe(page);
    expect(node(node(host.DesktopFormFactor).FunctionFile)["@resid"]).toBe(page);
    expect(taskpaneButton).toBeDefined();
    expect(node(actionOf(taskpaneButton!).SourceLocation)["@resid"]).toBe(page);
  });

  it("requires the SharedRuntime 1.1 requirement set", () => {
    expect(list(node(node(app.Requirements).Sets).Set)).toContainEqual(
      expect.objectContaining({ "@Name": "SharedRuntime", "@MinVersion": "1.1" }),
    );
  });

  it("asks only for ReadWriteDocument", () => {
    expect(app.Permissions).toBe("ReadWriteDocument");
  });

  it("points Swedish Excel at the Swedish function metadata", () => {
    expect(list(metadataUrl!["bt:Override"])).toEqual([
      expect.objectContaining({ "@Locale": "sv-SE", "@Value": `${devUrl}functions-sv.json` }),
    ]);
    expect(node(customFunctions.Namespace)["@resid"]).toBe("Functions.Namespace");
  });
});

describe("production build (dist/)", () => {
  it("serves every file the manifest names", () => {
    const missing = devPaths(source).filter((path) => !existsSync(distFile(path)));
    expect(missing).toEqual([]);
  });

  it("rewrites every localhost URL to the production host, keeping the paths", () => {
    const built = readDist("manifest.xml");
    expect(built).not.toMatch(/localhost/);
    const iconUrl = String(node(parser.parse(built).OfficeApp.IconUrl)["@DefaultValue"]);
    const productionUrl = iconUrl.slice(0, iconUrl.length - devPaths(source)[0].length);
    expect(productionUrl).toMatch(/^https:\/\/[^/]+\/$/);
    expect(built).toBe(source.replaceAll(devUrl, productionUrl));
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

  it("has ribbon icons of the sizes the manifest declares", () => {
    const imageUrls = list(node(resources["bt:Images"])["bt:Image"]).map(node);
    const icons = references
      .filter(([element]) => element === "bt:Image")
      .map(([, attributes]) => {
        const url = imageUrls.find((image) => image["@id"] === attributes["@resid"])!["@DefaultValue"];
        const path = String(url).replace(devUrl, "");
        // A PNG's width is the big-endian integer at byte 16 (in the IHDR chunk).
        return { path, size: Number(attributes["@size"]), width: readFileSync(distFile(path)).readUInt32BE(16) };
      });
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) expect(icon.width).toBe(icon.size);
  });
});

describe("custom function metadata (dist/functions.json, dist/functions-sv.json)", () => {
  type FunctionMetadata = { id: string; name: string; description?: string; parameters: { description?: string }[] };
  const metadata = (file: string): FunctionMetadata[] => JSON.parse(readDist(file)).functions;
  const withoutTexts = (fns: FunctionMetadata[]) =>
    fns.map(({ parameters, ...fn }) => ({
      ...fn,
      name: undefined,
      description: undefined,
      parameters: parameters.map((p) => ({ ...p, description: undefined })),
    }));

  it("lists the same functions in the same order, differing only in names and descriptions", () => {
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
