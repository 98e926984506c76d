/* global require, module */

const { tokens } = require("@fluentui/react-components");

/**
 * Webpack loader for Fluent's modules and ours: writes each `tokens.name` as its value (a CSS variable,
 * `"var(--colorNeutralForeground1)"`), so that no bundle needs Fluent's tokens object (~30 KB minified, ~3 KB
 * gzip). Griffel's build-time transform already does this inside makeStyles; what it leaves are expressions
 * outside (Fluent's Button keeps one), which kept the whole object in the first paint. A name that is not a
 * token, or `tokens` that is not Fluent's, is left as it is.
 */

// `tokens` imported by name from a Fluent package, as Fluent's modules and ours do.
const importsTokens = /import\s*{[^}]*\btokens\b[^}]*}\s*from\s*["']@fluentui\/react-(theme|components)["']/;
const tokenUse = /(?<![\w$.])tokens\.([A-Za-z][A-Za-z0-9]*)\b/g;

module.exports = function inlineFluentTokens(source) {
  if (!importsTokens.test(source)) return source;
  return source.replace(tokenUse, (use, name) => (Object.hasOwn(tokens, name) ? JSON.stringify(tokens[name]) : use));
};
