/**
 * Lets Node 20 run the benchmark's TypeScript directly: registers ts-hooks.mjs, which resolves the
 * extensionless relative imports the sources use (bundler resolution, as webpack and Vitest do)
 * and strips the types of each `.ts` file with the installed TypeScript compiler.
 *
 *   node --import ./bench/ts-loader.mjs bench/run.ts
 */
import { register } from "node:module";

register("./ts-hooks.mjs", import.meta.url);
