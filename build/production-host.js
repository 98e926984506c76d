/* global module, process, URL */

/*
 * Where the add-in is deployed. manifest.xml names https://localhost:3000/ (the dev server); a build
 * for production rewrites that to the production address, which only the person deploying knows:
 * it is a setting, never a placeholder in the repository.
 */

const devUrl = "https://localhost:3000/";
const variable = "FINSAM_PRODUCTION_URL";

// Names that cannot be anyone's server: the reserved example and test domains (RFC 2606, RFC 6761) and this machine.
const reservedTopLevel = new Set(["example", "test", "invalid", "localhost", "local"]);
const isPlaceholderHost = (hostname) => {
  const labels = hostname.toLowerCase().split(".");
  return (
    labels.includes("example") ||
    reservedTopLevel.has(labels[labels.length - 1]) ||
    /^(127\.|0\.0\.0\.0$|\[::1?\]$)/.test(hostname)
  );
};

/**
 * The production address, checked and ending in "/": from webpack's `--env productionUrl=…` or the
 * environment variable FINSAM_PRODUCTION_URL; undefined when neither is set. A value that Excel could
 * not load the add-in from is refused with the reason.
 */
function productionUrl(env = {}, environment = process.env) {
  const text = (env.productionUrl ?? environment[variable] ?? "").trim();
  if (text === "") return undefined;
  const refuse = (why) => {
    throw new Error(`${variable} (--env productionUrl) "${text}" ${why}`);
  };
  let url;
  try {
    url = new URL(text);
  } catch {
    refuse("is not an address: write it in full, as https://planner.yourdomain.se/");
  }
  if (url.protocol !== "https:") refuse("must start with https:// (Office loads add-ins over HTTPS only)");
  if (isPlaceholderHost(url.hostname)) refuse("is a placeholder or this machine, not a server Excel can reach");
  if (url.search !== "" || url.hash !== "") refuse("must not have a query (?…) or a fragment (#…)");
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** The manifest as deployed: every dev-server address (replaceAll: a plain replace() leaves all but the first). */
function deployedManifest(source, url) {
  return source.replaceAll(devUrl, url);
}

const howToSet = `set ${variable}=https://your.server/ (or --env productionUrl=https://your.server/)`;
const messages = {
  noManifest: `no manifest.xml in dist/: this build is for tests and local use; ${howToSet} for one to deploy`,
  deployNeedsUrl: `a build to deploy needs the address it will be served from: ${howToSet}`,
};

module.exports = { devUrl, productionUrl, deployedManifest, messages };
