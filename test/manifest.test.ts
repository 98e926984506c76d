/*
 * Office's manifest validator is an online service, so these checks stand in for it offline:
 * resource references, the shared-runtime wiring, and the production address that a build to
 * deploy puts in place of the dev server's. What the build writes is checked in test/dist.
 */
import CopyWebpackPlugin from "copy-webpack-plugin";
import type { Configuration } from "webpack";
import { deployedManifest, devUrl, productionUrl } from "../build/production-host";
import {
  addresses,
  app,
  elements,
  host,
  list,
  node,
  overrides,
  references,
  resources,
  source,
  type XmlNode,
} from "./fixtures/manifest";

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

const actionOf = (control: XmlNode) => node(control.Action);
const taskpaneButton = [...elements(host.DesktopFormFactor)].find(
  ([name, element]) => name === "Control" && actionOf(element)?.["@xsi:type"] === "ShowTaskpane",
)?.[1];
const customFunctions = node(node(host.AllFormFactors).ExtensionPoint);
const metadataUrl = list(node(resources["bt:Urls"])["bt:Url"])
  .map(node)
  .find((url) => url["@id"] === node(node(customFunctions.Metadata).SourceLocation)["@resid"]);

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

  it("gives the task pane button no TaskpaneId (the pane lives in the shared runtime's page)", () => {
    const actions = [...elements(overrides.Hosts)].filter(([name]) => name === "Action");
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.filter(([, action]) => "TaskpaneId" in action)).toEqual([]);
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

describe("the production address", () => {
  const unset = { FINSAM_PRODUCTION_URL: undefined };

  it("names only the dev server in manifest.xml, so that no made-up host can be deployed", () => {
    expect(addresses(source).length).toBeGreaterThan(10);
    expect(addresses(source).filter((url) => !url.startsWith(devUrl))).toEqual([]);
  });

  it("is read from FINSAM_PRODUCTION_URL or --env productionUrl (which wins), ending in a slash", () => {
    expect(productionUrl({}, unset)).toBeUndefined();
    expect(productionUrl({}, { FINSAM_PRODUCTION_URL: "  " })).toBeUndefined();
    expect(productionUrl({}, { FINSAM_PRODUCTION_URL: "https://planner.rar.se" })).toBe("https://planner.rar.se/");
    expect(
      productionUrl({ productionUrl: "https://addins.region.se/finsam" }, { FINSAM_PRODUCTION_URL: "https://a.se/" }),
    ).toBe("https://addins.region.se/finsam/");
  });

  it.each([
    ["planner.rar.se", /not an address/],
    ["http://planner.rar.se/", /https:\/\//],
    ["https://finsam-planner.example.se/", /placeholder/],
    ["https://example.com/", /placeholder/],
    ["https://planner.test/", /placeholder/],
    ["https://localhost:3000/", /placeholder or this machine/],
    ["https://127.0.0.1/", /this machine/],
    ["https://[::1]/", /this machine/],
    ["https://planner.rar.se/?v=1", /query/],
  ])("refuses %s, saying why", (url, why) => {
    expect(() => productionUrl({ productionUrl: url }, unset)).toThrow(why);
    expect(() => productionUrl({}, { FINSAM_PRODUCTION_URL: url })).toThrow(/FINSAM_PRODUCTION_URL/);
  });

  it("replaces every dev-server address and nothing else", () => {
    const url = "https://addins.region.se/finsam/";
    const deployed = deployedManifest(source, url);
    expect(deployed).not.toMatch(/localhost/);
    expect(addresses(deployed).filter((address) => !address.startsWith(url))).toEqual([]);
    expect(addresses(deployed).map((address) => address.slice(url.length))).toEqual(
      addresses(source).map((address) => address.slice(devUrl.length)),
    );
    expect(deployed.replaceAll(url, devUrl)).toBe(source);
  });
});

describe("webpack.config.js and the production address", () => {
  type ConfigFactory = (env: Record<string, unknown>, options: { mode: string }) => Promise<Configuration>;
  const webpackConfig = jest.requireActual<ConfigFactory>("../webpack.config.js");
  const saved = process.env.FINSAM_PRODUCTION_URL;
  beforeEach(() => delete process.env.FINSAM_PRODUCTION_URL);
  afterAll(() => {
    if (saved !== undefined) process.env.FINSAM_PRODUCTION_URL = saved;
  });

  /** The manifest as the build would write it to dist/, or undefined when it writes none. */
  async function builtManifest(env: Record<string, unknown>, mode = "production") {
    const config = await webpackConfig(env, { mode });
    const copy = config.plugins?.find((plugin) => plugin instanceof CopyWebpackPlugin) as unknown as {
      patterns: { from: string; transform?: (content: Buffer) => Buffer | string }[];
    };
    const pattern = copy.patterns.find((p) => p.from === "manifest*.xml");
    return pattern && String(pattern.transform!(Buffer.from(source)));
  }

  it("writes the manifest with the production address when it is set", async () => {
    const url = "https://addins.region.se/finsam/";
    expect(await builtManifest({ productionUrl: url })).toBe(deployedManifest(source, url));
    process.env.FINSAM_PRODUCTION_URL = url;
    expect(await builtManifest({ deploy: true })).toBe(deployedManifest(source, url));
  });

  it("writes no manifest in a production build without it (for tests and local use), and warns", async () => {
    expect(await builtManifest({})).toBeUndefined();
    expect(await builtManifest({ officeJs: "local" })).toBeUndefined();
    const config = await webpackConfig({}, { mode: "production" });
    expect(config.plugins?.map((plugin) => plugin?.constructor.name)).toContain("WarningPlugin");
  });

  it("refuses to build for deployment without it, or with a placeholder", async () => {
    await expect(webpackConfig({ deploy: true }, { mode: "production" })).rejects.toThrow(/FINSAM_PRODUCTION_URL/);
    process.env.FINSAM_PRODUCTION_URL = "https://finsam-planner.example.se/";
    await expect(webpackConfig({}, { mode: "production" })).rejects.toThrow(/placeholder/);
  });

  it("keeps the dev server's manifest in a development build", async () => {
    expect(await builtManifest({}, "development")).toBe(source);
  });
});
