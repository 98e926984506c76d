/* global require, module, process, __dirname */

const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");
const { Compilation, WebpackError, sources } = require("webpack");
const { devServerHttps } = require("./build/dev-certificates");
const { deployedManifest, messages, productionUrl } = require("./build/production-host");

const officeJsCdn = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
// office.js loads its host and locale files relative to itself, so the offline build copies the whole folder.
const officeJsDist = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

// ASCII capitals (FORBRUKNINGSKVOT, not FÖRBRUKNINGSKVOT): non-ASCII letters are fragile in function names.
const functionName = /^[A-Z][A-Z0-9.]*$/;
// Parameter names are shown in the formula tooltip, never typed: lowercase Swedish words (å, ä, ö allowed,
// as Microsoft's naming rules allow any letter in a name), digits and underscores, no spaces or separators.
const parameterName = /^[a-zåäö][a-zåäö0-9_]*$/;

/**
 * Makes the Swedish metadata from the generated English one and the translation table
 * `{ ID: { name, description, parameters: { paramName: { name, description } } } }`. Excel's metadata
 * has no result description, so there is nothing else to translate.
 * Throws a list of every missing or stale translation so that one build shows them all.
 */
function localizeMetadata(metadata, table) {
  const problems = [];
  const swedish = (text, what) => {
    if (!text) problems.push(`${what} has no Swedish text`);
    return text;
  };
  const functions = metadata.functions.map((fn) => {
    const sv = table[fn.id];
    if (!sv) {
      problems.push(`${fn.id} has no entry`);
      return fn;
    }
    if (!functionName.test(sv.name ?? "")) {
      problems.push(`${fn.id}: name "${sv.name}" must be ASCII capitals, digits and periods`);
    }
    return {
      ...fn,
      name: sv.name,
      description: swedish(sv.description, `${fn.id} description`),
      parameters: localizeParameters(fn, sv.parameters ?? {}, problems),
    };
  });
  const ids = new Set(metadata.functions.map((fn) => fn.id));
  Object.keys(table)
    .filter((id) => !ids.has(id))
    .forEach((id) => problems.push(`${id} is not a function in the generated metadata`));
  const names = functions.map((fn) => fn.name);
  names
    .filter((name, i) => names.indexOf(name) !== i)
    .forEach((name) => problems.push(`Swedish name ${name} is used twice`));
  if (problems.length > 0) throw new Error(problems.join("\n  "));
  return { ...metadata, functions };
}

/** The Swedish name and help of every parameter of `fn`; a parameter missing, misnamed or left over is a problem. */
function localizeParameters(fn, table, problems) {
  const parameters = fn.parameters.map((p) => {
    const sv = table[p.name];
    const what = `${fn.id} parameter "${p.name}"`;
    if (!sv?.description) problems.push(`${what} has no Swedish text`);
    if (!parameterName.test(sv?.name ?? "")) {
      problems.push(`${what}: name "${sv?.name}" must be lowercase letters, digits and underscores`);
    }
    return { ...p, name: sv?.name, description: sv?.description };
  });
  const names = parameters.map((p) => p.name);
  names
    .filter((name, i) => names.indexOf(name) !== i)
    .forEach((name) => problems.push(`${fn.id}: Swedish parameter name ${name} is used twice`));
  Object.keys(table)
    .filter((name) => !fn.parameters.some((p) => p.name === name))
    .forEach((name) => problems.push(`${fn.id} parameter "${name}" is not in the generated metadata`));
  return parameters;
}

/** Emits the sv-SE metadata next to the generated functions.json (the manifest points sv-SE Excel at it). */
class LocalizedMetadataPlugin {
  constructor({ source, table, output }) {
    this.source = source;
    this.table = path.resolve(__dirname, table);
    this.output = output;
  }

  apply(compiler) {
    const name = "LocalizedMetadataPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.fileDependencies.add(this.table);
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const english = compilation.getAsset(this.source);
        // Without it, CustomFunctionsMetadataPlugin has already reported why.
        if (!english) return;
        try {
          const table = JSON.parse(fs.readFileSync(this.table, "utf8"));
          const swedish = localizeMetadata(JSON.parse(english.source.source().toString()), table);
          compilation.emitAsset(this.output, new sources.RawSource(JSON.stringify(swedish, null, 4)));
        } catch (error) {
          const message = `${this.output}: ${path.relative(__dirname, this.table)} does not match ${this.source}:\n  ${error.message}`;
          compilation.errors.push(new WebpackError(message));
        }
      });
    });
  }
}

/** Warns once per build (a webpack warning shows in every build's summary). */
class WarningPlugin {
  constructor(message) {
    this.message = message;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("WarningPlugin", (compilation) => {
      compilation.warnings.push(new WebpackError(this.message));
    });
  }
}

/**
 * Emits Fluent's light theme as a stylesheet of CSS variables on :root (Fluent's createCSSRuleFromTheme, made for
 * applying a theme statically): the first paint loads the theme as CSS instead of as a JavaScript object that
 * FluentProvider would turn into the same variables (index.tsx gives it a theme only under high contrast).
 */
class ThemeStylesheetPlugin {
  constructor({ output }) {
    this.output = output;
  }

  apply(compiler) {
    const name = "ThemeStylesheetPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const { createCSSRuleFromTheme, webLightTheme } = require("@fluentui/react-components");
        compilation.emitAsset(this.output, new sources.RawSource(createCSSRuleFromTheme(":root", webLightTheme)));
      });
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const localOfficeJs = env.officeJs === "local";
  // A production build writes dist/manifest.xml only for a real production address; `--env deploy` insists on one.
  const deployUrl = dev ? undefined : productionUrl(env);
  if (env.deploy && !deployUrl) throw new Error(messages.deployNeedsUrl);
  const writesManifest = dev || deployUrl !== undefined;
  const config = {
    devtool: "source-map",
    // Office's WebViews are modern (Edge WebView2, Safari); no IE 11 polyfills.
    target: ["web", "es2022"],
    entry: {
      functions: "./src/functions/functions.ts",
      // Shared runtime: the page loads functions.js first, so the pane's chunks reuse what it holds (decimal.js and
      // the model) instead of fetching their own copies.
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
    },
    output: {
      clean: true,
    },
    // React and Fluent UI alone make ~290 KiB; warn when the bundles outgrow that budget, not on every build.
    performance: {
      assetFilter: (file) => /^(taskpane|functions)\.js$/.test(file),
      maxAssetSize: 512 * 1024,
      maxEntrypointSize: 512 * 1024,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      // Loaders run from the last rule to the first: TypeScript, then Griffel's build-time styles, then extraction.
      rules: [
        {
          // Fluent's components and ours: their styles become a stylesheet, not JavaScript that inserts CSS at run time.
          test: /\.(js|ts|tsx)$/,
          include: [/node_modules[\\/]@fluentui[\\/]/, path.resolve(__dirname, "src")],
          use: { loader: GriffelCSSExtractionPlugin.loader },
        },
        {
          // makeStyles() compiled at build time, so that the pane does not ship Griffel's style compiler.
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "@griffel/webpack-loader" },
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
        {
          // Fluent's design tokens as the CSS variables they stand for, before anything else reads the modules.
          test: /\.(js|ts|tsx)$/,
          include: [/node_modules[\\/]@fluentui[\\/]/, path.resolve(__dirname, "src")],
          use: { loader: path.resolve(__dirname, "build/fluent-tokens-loader.js") },
        },
        {
          test: /names\.sv\.json$/,
          use: { loader: path.resolve(__dirname, "build/parameter-names-loader.js") },
        },
        {
          test: /\.css$/,
          use: [MiniCssExtractPlugin.loader, "css-loader"],
        },
      ],
    },
    plugins: [
      // Griffel orders its own rules, so the extraction's module order does not matter; all of it is one stylesheet,
      // linked by taskpane.html, so no chunk loads CSS of its own.
      new MiniCssExtractPlugin({ ignoreOrder: true, runtime: false }),
      new GriffelCSSExtractionPlugin(),
      new ThemeStylesheetPlugin({ output: "theme.css" }),
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new LocalizedMetadataPlugin({
        source: "functions.json",
        table: "src/functions/names.sv.json",
        output: "functions-sv.json",
      }),
      // Shared runtime: the task pane and the custom functions live in this one page.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
        templateParameters: {
          officeJs: localOfficeJs ? "office-js/office.js" : officeJsCdn,
          // For the Content-Security-Policy: the one origin besides the pane's own that may run code.
          officeJsOrigin: localOfficeJs ? "" : new URL(officeJsCdn).origin,
        },
      }),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: "assets/*",
            to: "assets/[name][ext][query]",
          },
          ...(writesManifest
            ? [
                {
                  from: "manifest*.xml",
                  to: "[name][ext]",
                  transform: (content) => (dev ? content : deployedManifest(content.toString(), deployUrl)),
                },
              ]
            : []),
          ...(localOfficeJs
            ? [
                {
                  from: "**/*",
                  context: officeJsDist,
                  to: "office-js/",
                  // office.js loads only minified files; they are copied as they are, not minified again.
                  globOptions: { ignore: ["**/*.debug.js", "**/*vsdoc.js", "**/*.d.ts"] },
                  info: { minimized: true },
                },
              ]
            : []),
        ],
      }),
      ...(writesManifest ? [] : [new WarningPlugin(messages.noManifest)]),
    ],
  };

  if (env.WEBPACK_SERVE) {
    config.devServer = {
      headers: {
        "Access-Control-Allow-Origin": "*",
      },
      server: {
        type: "https",
        options: await devServerHttps(env),
      },
      port: process.env.npm_package_config_dev_server_port || 3000,
    };
  }

  return config;
};

// For the tests: the Swedish metadata is checked without a build.
module.exports.localizeMetadata = localizeMetadata;
