/*
 * The build's loader that writes Fluent's design tokens as the CSS variables they stand for, so that no bundle
 * needs Fluent's tokens object. Its output must mean what its input meant, token by token.
 */
import { tokens } from "@fluentui/react-components";

const inlineFluentTokens: (source: string) => string = require("../build/fluent-tokens-loader");

const fluentImport = 'import { makeStyles, tokens } from "@fluentui/react-components";\n';

describe("the Fluent tokens loader", () => {
  it("writes every token a module uses as the token's own value", () => {
    const names = Object.keys(tokens) as (keyof typeof tokens)[];
    const source = `${fluentImport}export const used = [${names.map((name) => `tokens.${name}`).join(", ")}];`;
    const inlined = inlineFluentTokens(source);
    expect(inlined).not.toMatch(/tokens\.\w/);
    expect(JSON.parse(inlined.slice(inlined.indexOf("["), inlined.lastIndexOf("]") + 1))).toEqual(
      names.map((name) => tokens[name]),
    );
  });

  it("does so in Fluent's own modules, which import the tokens from react-theme", () => {
    const source =
      "import { tokens } from '@fluentui/react-theme';\nconst thin = `calc(${tokens.strokeWidthThin} + 0.25px)`;";
    expect(inlineFluentTokens(source)).toContain('const thin = `calc(${"var(--strokeWidthThin)"} + 0.25px)`;');
  });

  it("leaves alone what is not a Fluent token", () => {
    const source = `${fluentImport}const a = tokens.noSuchToken, b = theme.tokens.colorBrandBackground, c = mytokens.spacingVerticalM;`;
    expect(inlineFluentTokens(source)).toBe(source);
  });

  it("leaves alone a module whose tokens are not Fluent's", () => {
    const source = 'import { tokens } from "./lexer";\nconst first = tokens.colorBrandBackground;';
    expect(inlineFluentTokens(source)).toBe(source);
  });
});
