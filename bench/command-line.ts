/**
 * Case 6: `ec-review build` end to end, as an operator runs it, on a million-order export: the
 * sample shop's order, ad spend and traffic sheets written as UTF-8 CSV files (dates as the date
 * text an export holds, Excel serials converted; fields with a comma, quote or line break quoted),
 * then the built command line run in a child process:
 *
 *   node dist/cli/ec-review.cjs build --orders orders.csv --adspend adspend.csv --traffic traffic.csv \
 *     --period 2025-06..2025-10 --out review.xlsx --json summary.json
 *
 * The command line bundle is dist/cli/ec-review.cjs when it is newer than every source file it is
 * built from; otherwise the "cli" configuration of webpack.config.js is built into a temporary
 * directory (dist/ is left alone) and run from there, its packages found through NODE_PATH.
 *
 * Timed: the child's wall clock, from spawn to exit, 1 warm-up and 3 runs (`largeRuns`). Peak RSS:
 * GNU time's "Maximum resident set size" when /usr/bin/time is there. No goal: the time and the
 * orders per second are reported.
 */
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Configuration, Stats as WebpackStats } from "webpack";
import { collectGarbage, runsFor, statsOf, type BenchContext, type ResultRow } from "./harness";
import { shopTables } from "./shop-fixtures";
import { ORDER_HEADERS } from "../src/sample-shop/generate-sample-shop";

const CASE = "6 command line";
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIST_BUNDLE = path.join(ROOT, "dist/cli/ec-review.cjs");
const GNU_TIME = "/usr/bin/time";
const PERIOD = "2025-06..2025-10";
/** Order columns holding dates (订单付款时间, 发货时间), ad spend's and traffic's (日期). */
const ORDER_DATE_COLUMNS = [ORDER_HEADERS.indexOf("订单付款时间"), ORDER_HEADERS.indexOf("发货时间")];
const DAILY_DATE_COLUMNS = [0];
const require = createRequire(import.meta.url);

// ---- CSV ---------------------------------------------------------------------------------------

const pad = (value: number) => (value < 10 ? `0${value}` : String(value));
/** Milliseconds from 1970-01-01 to Excel's day 0 (1899-12-30). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** An Excel date serial as an export writes it: "2025-06-01" for a whole day, "2025-06-01 10:22:33" otherwise. */
export function serialDateText(serial: number): string {
  const date = new Date(EXCEL_EPOCH_MS + Math.round(serial * 86_400) * 1000);
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  if (Number.isInteger(serial)) return day;
  return `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

/** One CSV field: quoted only when it holds the delimiter, a quote or a line break. */
export function csvField(value: unknown, isDate: boolean): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return isDate ? serialDateText(value) : String(value);
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes a grid as a UTF-8 CSV file (CRLF line ends, as Excel writes them); returns its size in bytes. */
export function writeCsv(file: string, grid: readonly (readonly unknown[])[], dateColumns: readonly number[]): number {
  const dates = new Set(dateColumns);
  const fd = openSync(file, "w");
  let bytes = 0;
  try {
    const BATCH = 20_000;
    for (let start = 0; start < grid.length; start += BATCH) {
      const lines: string[] = [];
      const end = Math.min(grid.length, start + BATCH);
      for (let r = start; r < end; r++) {
        const row = grid[r];
        let line = "";
        for (let c = 0; c < row.length; c++) line += (c === 0 ? "" : ",") + csvField(row[c], r > 0 && dates.has(c));
        lines.push(line);
      }
      bytes += writeSync(fd, `${lines.join("\r\n")}\r\n`);
    }
  } finally {
    closeSync(fd);
  }
  return bytes;
}

// ---- the command line bundle ---------------------------------------------------------------------

/** The newest modification time of the files the bundle is built from (tests left out). */
function newestSourceTime(): number {
  let newest = 0;
  const visit = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (!/\.test\.tsx?$/.test(entry.name)) newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  visit(path.join(ROOT, "src"));
  for (const file of ["package.json", "webpack.config.js", "tsconfig.json"]) newest = Math.max(newest, statSync(path.join(ROOT, file)).mtimeMs);
  return newest;
}

type ConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => Promise<Configuration | Configuration[]>;

/** Builds webpack.config.js's "cli" configuration in production mode into `outputPath`; returns the bundle's path. */
async function buildCli(outputPath: string): Promise<string> {
  const webpack = require("webpack") as typeof import("webpack");
  const factory = require(path.join(ROOT, "webpack.config.js")) as ConfigFactory;
  const configs = await factory({}, { mode: "production" });
  const cli = (Array.isArray(configs) ? configs : [configs]).find((config) => config.name === "cli");
  if (cli === undefined) throw new Error("webpack.config.js has no \"cli\" configuration");
  const config: Configuration = { ...cli, devtool: false, mode: "production", context: ROOT, output: { ...cli.output, path: outputPath } };
  const compiler = webpack(config);
  const stats = await new Promise<WebpackStats>((resolve, reject) => {
    compiler.run((error, result) => {
      compiler.close(() => (error || result === undefined ? reject(error ?? new Error("webpack gave no stats")) : resolve(result)));
    });
  });
  if (stats.hasErrors()) throw new Error(`The command line build failed:\n${stats.toString({ all: false, errors: true })}`);
  return path.join(outputPath, "ec-review.cjs");
}

/** The bundle to run: dist's when it is up to date, else a fresh one in `scratch`. */
async function cliBundle(scratch: string, log: (message: string) => void): Promise<{ bundle: string; origin: string }> {
  if (existsSync(DIST_BUNDLE) && statSync(DIST_BUNDLE).mtimeMs >= newestSourceTime()) {
    return { bundle: DIST_BUNDLE, origin: "dist/cli/ec-review.cjs (up to date)" };
  }
  log(`  ${existsSync(DIST_BUNDLE) ? "dist/cli/ec-review.cjs is older than the sources" : "dist/cli/ec-review.cjs is missing"}: building the command line into a temporary directory`);
  const started = performance.now();
  const bundle = await buildCli(path.join(scratch, "cli"));
  const seconds = (performance.now() - started) / 1000;
  return { bundle, origin: `a fresh production build of webpack.config.js's "cli" configuration (${seconds.toFixed(0)} s; dist/ was older than the sources)` };
}

// ---- running it ----------------------------------------------------------------------------------

interface CliRun {
  readonly ms: number;
  /** The child's maximum resident set size, in MB. */
  readonly peakRssMB: number | null;
}

const RSS_MARKER = "@@ec-bench-max-rss-kb ";
/** Without GNU time: a preload that reports the child's own maxRSS (process.resourceUsage, in KB) on stderr as it exits. */
const RSS_PRELOAD = `process.on("exit", () => { process.stderr.write("\\n${RSS_MARKER}" + process.resourceUsage().maxRSS + "\\n"); });\n`;

function runCli(bundle: string, args: readonly string[], cwd: string): CliRun {
  const useTime = existsSync(GNU_TIME);
  let argv: string[];
  if (useTime) argv = [GNU_TIME, "-v", process.execPath, bundle, ...args];
  else {
    const preload = path.join(cwd, "max-rss-preload.cjs");
    if (!existsSync(preload)) writeFileSync(preload, RSS_PRELOAD);
    argv = [process.execPath, "--require", preload, bundle, ...args];
  }
  const nodePath = [path.join(ROOT, "node_modules"), process.env.NODE_PATH].filter((entry) => entry !== undefined && entry !== "").join(path.delimiter);
  const started = performance.now();
  const result = spawnSync(argv[0], argv.slice(1), { cwd, encoding: "utf8", maxBuffer: 64 * 2 ** 20, env: { ...process.env, NODE_PATH: nodePath } });
  const ms = performance.now() - started;
  if (result.error !== undefined) throw result.error;
  if (result.status !== 0) throw new Error(`ec-review build exited with ${result.status}: ${result.stderr.slice(-2000)}`);
  const rss = useTime
    ? /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(result.stderr)
    : new RegExp(`${RSS_MARKER}(\\d+)`).exec(result.stderr);
  return { ms, peakRssMB: rss === null ? null : Number(rss[1]) / 1024 };
}

const count = (value: number) => Math.round(value).toLocaleString("en-US");
const mbText = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

export async function commandLineCase(context: BenchContext): Promise<ResultRow[]> {
  const orders = context.largeSize;
  const scratch = mkdtempSync(path.join(tmpdir(), "ec-review-bench-cli-"));
  try {
    const { bundle, origin } = await cliBundle(scratch, context.log);
    context.log(`  writing the sample shop (${count(orders)} orders) as CSV files`);
    const shop = shopTables(orders);
    const csvStarted = performance.now();
    const sizes = {
      orders: writeCsv(path.join(scratch, "orders.csv"), shop.orders, ORDER_DATE_COLUMNS),
      adSpend: writeCsv(path.join(scratch, "adspend.csv"), shop.adSpend, DAILY_DATE_COLUMNS),
      traffic: writeCsv(path.join(scratch, "traffic.csv"), shop.traffic, DAILY_DATE_COLUMNS),
    };
    const csvSeconds = (performance.now() - csvStarted) / 1000;
    collectGarbage();

    const args = [
      "build", "--orders", "orders.csv", "--adspend", "adspend.csv", "--traffic", "traffic.csv", "--period", PERIOD,
      "--out", "review.xlsx", "--json", "summary.json",
    ];
    const { warmups, runs } = runsFor(context, orders);
    context.log(`  running ec-review build: ${warmups} warm-up + ${runs} runs`);
    for (let i = 0; i < warmups; i++) runCli(bundle, args, scratch);
    const timed: CliRun[] = [];
    for (let i = 0; i < runs; i++) timed.push(runCli(bundle, args, scratch));

    const summary = JSON.parse(readFileSync(path.join(scratch, "summary.json"), "utf8")) as {
      orders: number; gmv: number; excludedByStatus: number; skipped: readonly unknown[]; period: { from: string; to: string };
    };
    const xlsxBytes = statSync(path.join(scratch, "review.xlsx")).size;
    const stats = statsOf(timed.map((run) => run.ms));
    const perSecond = orders / (stats.median / 1000);
    const rows: ResultRow[] = [
      {
        case: CASE, name: `ec-review build, CSV → .xlsx + --json: ${count(perSecond)} orders/s`, n: orders, unit: "ms", stats, ratio: null, goal: "", pass: null,
        note: `wall clock of the child process (node ${path.relative(ROOT, bundle).startsWith("..") ? "<temporary>/ec-review.cjs" : path.relative(ROOT, bundle)} ` +
          `${args.join(" ")}), bundle from ${origin}; inputs orders.csv ${mbText(sizes.orders)}, adspend.csv ${mbText(sizes.adSpend)}, ` +
          `traffic.csv ${mbText(sizes.traffic)} (UTF-8, written in ${csvSeconds.toFixed(1)} s, not timed); outputs review.xlsx ${count(xlsxBytes)} bytes ` +
          `and summary.json: ${summary.period.from}..${summary.period.to}, ${count(summary.orders)} orders counted, GMV ${count(summary.gmv)}, ` +
          `${count(summary.excludedByStatus)} excluded by status, ${count(summary.skipped.length)} rows skipped`,
      },
    ];
    const rss = timed.map((run) => run.peakRssMB);
    if (rss.every((value): value is number => value !== null)) {
      rows.push({
        case: CASE, name: "peak RSS of the ec-review process", n: orders, unit: "MB", stats: statsOf(rss), ratio: null, goal: "", pass: null,
        note: `${existsSync(GNU_TIME) ? "GNU time -v: maximum resident set size" : "process.resourceUsage().maxRSS reported by the child as it exits"} ` +
          "(Node's default heap limit, no flags)",
      });
    }
    return rows;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
