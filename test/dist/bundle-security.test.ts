/*
 * What the production build may not contain: code built from strings at run time,
 * which a strict Content-Security-Policy forbids and which no part of the add-in needs.
 */
import { distScripts, readDist } from "./dist";

const scripts = distScripts();

describe("the production bundle", () => {
  it("has the pane's and the functions' scripts", () => {
    expect(scripts).toEqual(expect.arrayContaining(["taskpane.js", "functions.js"]));
  });

  it("has a Content-Security-Policy that lets only the pane's origin and office.js run code", () => {
    const html = readDist("taskpane.html");
    const policy = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
    const directives = new Map(
      policy.split(";").map((directive) => {
        const [name, ...sources] = directive.trim().split(/\s+/);
        return [name, sources] as const;
      }),
    );
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(directives.get("connect-src")).toEqual(["'self'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
  });

  it.each(scripts)("%s neither evaluates strings nor builds functions from them", (file) => {
    const code = readDist(file);
    expect(code.match(/(?<![\w$.])eval\s*\(/g) ?? []).toEqual([]);
    expect(code.match(/new\s+Function\s*\(/g) ?? []).toEqual([]);
    expect(code.match(/set(Timeout|Interval)\s*\(\s*["'`]/g) ?? []).toEqual([]);
  });
});
