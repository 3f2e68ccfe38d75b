/**
 * A fresh production build of the add-in (taskpane.html and its bundles) into a directory of the
 * test's own, from webpack.config.js as `npm run build` uses it, so the browser test never runs
 * against a stale dist/. Only the add-in's configuration is built: the command line bundle that
 * `npm run build` also writes plays no part in the pane (test/build/build.test.ts covers the whole).
 */
import { createRequire } from "node:module";
import path from "node:path";
import type { Configuration, Stats } from "webpack";

const require = createRequire(import.meta.url);

type ConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => Promise<Configuration | Configuration[]>;

/** Builds the add-in as `webpack --mode production` does, into `outputPath`. */
export async function buildAddin(root: string, outputPath: string): Promise<void> {
  const webpack = require("webpack") as typeof import("webpack");
  const factory = require(path.join(root, "webpack.config.js")) as ConfigFactory;
  // The production URL only changes the copied manifest; the test serves the page itself.
  const productionUrl = process.env.EC_REVIEW_PRODUCTION_URL;
  delete process.env.EC_REVIEW_PRODUCTION_URL;
  let configs: Configuration | Configuration[];
  try {
    configs = await factory({}, { mode: "production" });
  } finally {
    if (productionUrl !== undefined) process.env.EC_REVIEW_PRODUCTION_URL = productionUrl;
  }
  const addin = (Array.isArray(configs) ? configs : [configs]).find((config) => {
    const entry = config.entry as Record<string, unknown> | undefined;
    return entry !== undefined && "taskpane" in entry;
  });
  if (addin === undefined) throw new Error("webpack.config.js has no configuration with the taskpane entry");
  // Without source maps: the bundles are the same, and the build takes a third less time.
  const config: Configuration = { ...addin, devtool: false, mode: "production", context: root, output: { ...addin.output, path: outputPath } };
  const compiler = webpack(config);
  const stats = await new Promise<Stats>((resolve, reject) => {
    compiler.run((error, result) => {
      compiler.close(() => (error || result === undefined ? reject(error ?? new Error("webpack gave no stats")) : resolve(result)));
    });
  });
  if (stats.hasErrors()) throw new Error(`The production build failed:\n${stats.toString({ all: false, errors: true })}`);
}
