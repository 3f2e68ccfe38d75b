/**
 * Builds the add-in into dist/, laid out as in Microsoft's Excel-Custom-Functions template with a
 * shared runtime: taskpane.html loads office.js, then the taskpane and functions bundles, and is
 * both the task pane and the custom functions runtime page. functions.json is generated from the
 * JSDoc of src/functions/functions.ts (itself generated from the function catalog,
 * src/functions/catalog); functions.zh-CN.json is derived from it with the catalog's Chinese texts.
 * The help page of each function (help/<language>/<id>.html) is written from the catalog's help
 * content, and each function's helpUrl in both metadata files points at it under the same base URL
 * as the manifest's other URLs (scripts/function-help.mjs).
 *
 *   npm run build        production build, no network, no certificates
 *   npm run dev-server   https://localhost:3000 with the Office dev certificates
 *
 * EC_REVIEW_PRODUCTION_URL (e.g. https://addin.example.com/) replaces https://localhost:3000/ in the
 * manifest copied by a production build, and is the base of the functions' helpUrls; without it
 * both keep localhost.
 *
 * A production build ships no source maps: the add-in's maps are written beside dist/, into
 * sourcemaps/ (`hidden-source-map`: the bundles carry no sourceMappingURL comment), so that dist/
 * can be uploaded as it is and a stack trace from a user can still be mapped back.
 *
 * A build also bundles the `ec-review` command line (src/cli/main.ts) for Node into
 * dist/cli/ec-review.cjs, which bin/ec-review.cjs runs; its dependencies stay in node_modules.
 */
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
/** Where a production build puts the add-in's source maps, relative to dist/ (outside it). */
const PRODUCTION_SOURCE_MAPS = "../sourcemaps/";
const DEV_SERVER_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/** The production origin from EC_REVIEW_PRODUCTION_URL, with a trailing slash; undefined when unset. */
function productionUrl() {
  const value = (process.env.EC_REVIEW_PRODUCTION_URL || "").trim();
  if (value === "") return undefined;
  if (!/^https:\/\/[^/]+/.test(value)) throw new Error(`EC_REVIEW_PRODUCTION_URL must be an https URL, got "${value}"`);
  return value.endsWith("/") ? value : `${value}/`;
}

/**
 * The Content-Security-Policy of the task pane, as its <meta> tag in taskpane.html states it: the
 * dev server sends the same policy as a header, so that both are one text.
 */
function contentSecurityPolicy() {
  const html = require("node:fs").readFileSync(path.resolve(__dirname, "src/taskpane/taskpane.html"), "utf8");
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (match === null) throw new Error("src/taskpane/taskpane.html has no Content-Security-Policy <meta> tag");
  return match[1];
}

/** Certificates for https://localhost, created and trusted by office-addin-dev-certs on first use. */
async function devServerHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  const prodUrl = dev ? undefined : productionUrl();
  // ESM so that it can be shared with the tests; loaded here through dynamic import.
  const { LocalizedFunctionsMetadataPlugin } = await import("./scripts/localize-functions-metadata.mjs");
  const { FunctionHelpPlugin } = await import("./scripts/function-help.mjs");

  const config = {
    devtool: dev ? "source-map" : "hidden-source-map",
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      functions: "./src/functions/functions.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      sourceMapFilename: dev ? "[file].map" : `${PRODUCTION_SOURCE_MAPS}[file].map`,
      clean: true,
      devtoolModuleFilenameTemplate: "webpack:///[resource-path]?[loaders]",
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        // Absolute, so the build does not depend on the working directory.
        input: path.resolve(__dirname, "src/functions/functions.ts"),
      }),
      new LocalizedFunctionsMetadataPlugin({
        source: "functions.json",
        output: "functions.zh-CN.json",
        translations: path.resolve(__dirname, "src/functions/function-texts.generated.ts"),
        exportName: "FUNCTION_TEXTS",
        strict: !dev,
      }),
      new FunctionHelpPlugin({
        help: path.resolve(__dirname, "src/functions/function-help.generated.ts"),
        baseUrl: prodUrl ?? DEV_URL,
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The support page the manifest's SupportUrl names.
          { from: "assets/*.html", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return prodUrl === undefined ? content : content.toString().split(DEV_URL).join(prodUrl);
            },
          },
        ],
      }),
    ],
  };

  if (serving) {
    config.devServer = {
      headers: { "Access-Control-Allow-Origin": "*", "Content-Security-Policy": contentSecurityPolicy() },
      server: { type: "https", options: await devServerHttpsOptions() },
      port: DEV_SERVER_PORT,
    };
    return config;
  }
  const configs = [config, cliConfig()];
  // One after the other: the add-in build cleans dist/ as it emits, which would delete a command
  // line bundle written into dist/cli/ before it. (MultiCompiler reads `parallelism` from the array.)
  configs.parallelism = 1;
  return configs;
};

/** Packages are loaded from node_modules when the command line runs, not bundled. */
function nodeModulesExternal({ request }, callback) {
  const bare = request !== undefined && !request.startsWith(".") && !path.isAbsolute(request) && !request.startsWith("node:");
  return bare ? callback(null, `commonjs ${request}`) : callback();
}

/** The `ec-review` command line as one CommonJS file for Node, beside the add-in in dist/cli/. */
function cliConfig() {
  return {
    name: "cli",
    target: "node20",
    devtool: "source-map",
    entry: { "ec-review": "./src/cli/main.ts" },
    output: {
      path: path.resolve(__dirname, "dist/cli"),
      filename: "[name].cjs",
      library: { type: "commonjs2" },
      devtoolModuleFilenameTemplate: "webpack:///[resource-path]?[loaders]",
    },
    externalsPresets: { node: true },
    externals: [nodeModulesExternal],
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    // Readable stack traces and error names matter more than size for a command line.
    optimization: { minimize: false },
    performance: { hints: false },
  };
}
module.exports.contentSecurityPolicy = contentSecurityPolicy;
