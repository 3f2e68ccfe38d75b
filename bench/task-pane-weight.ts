/**
 * Case 4: what the task pane costs to open. A fresh production build of the add-in (the web
 * configuration of webpack.config.js, through test/e2e/production-build.ts, into a temporary
 * directory: dist/ is left alone), then:
 *
 * - weight: the JavaScript taskpane.html loads initially (its own <script> tags, office.js from
 *   Microsoft's CDN left out, plus any other script the page fetched before it became
 *   interactive), raw and gzipped (zlib level 9). Goal: under 300 KB (300 × 1024 bytes) gzipped.
 * - time: headless Chromium opens `taskpane.html?standin=1` served over http
 *   (test/e2e/static-server.ts), on the browser test's stand-in workbook (test/e2e/standin-workbook.js
 *   with the small workbook of test/e2e/operator-workbook.ts: 3,000 orders), the office.js request
 *   blocked. "Interactive" is the first combobox of the Data tab visible and enabled: the pane has
 *   scanned the workbook and shows the order table's mapping. Measured in the page as
 *   `performance.now()` (milliseconds since navigation start) when a MutationObserver first sees
 *   it, and first contentful paint beside it; 1 warm-up and `context.runs` timed page loads, each in
 *   a fresh browser context.
 *
 * Without /usr/bin/chromium the times are "not measured yet"; the weight is measured anyway.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { notMeasuredYet, statsOf, type BenchContext, type ResultRow } from "./harness";
import { operatorWorkbook } from "../test/e2e/operator-workbook";
import { buildAddin } from "../test/e2e/production-build";
import { serveDirectory, type StaticServer } from "../test/e2e/static-server";

const CASE = "4 task pane weight";
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-quic",
  "--no-first-run", "--disable-sync",
];
const STANDIN_SCRIPT = path.join(ROOT, "test/e2e/standin-workbook.js");
/** Rows per chunk of the stand-in's reads, as the browser test uses it. */
const CHUNK_ROWS = 500;
const VIEWPORT = { width: 350, height: 800 };
export const GZIP_GOAL_BYTES = 300 * 1024;
/** The longest a page load may take to become interactive before the run gives up. */
const LOAD_TIMEOUT_MS = 30_000;

/** One script the page loads initially, with its sizes. */
export interface ScriptWeight {
  readonly file: string;
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

/** The local scripts of an HTML page's <script src> tags, in order (anything with a scheme or from another host left out). */
export function localScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b[^>]*\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    const src = match[1] ?? match[2] ?? match[3];
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) continue;
    scripts.push(src.replace(/[?#].*$/, "").replace(/^\.?\//, ""));
  }
  return scripts;
}

function weigh(directory: string, file: string): ScriptWeight {
  const bytes = readFileSync(path.join(directory, file));
  return { file, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

/** What one page load measured, in milliseconds since navigation start. */
interface PageLoad {
  readonly firstContentfulPaint: number | null;
  readonly interactive: number;
  /** Wall clock of the driver around page.goto and the wait. */
  readonly wallClock: number;
  /** Same-origin scripts the page fetched before it was interactive (paths without the leading "/"). */
  readonly scripts: string[];
  readonly blocked: string[];
  readonly errors: string[];
}

/**
 * Runs in the page before anything else: notes `performance.now()` the first time the Data tab's
 * first combobox is visible and enabled.
 */
const INTERACTIVE_PROBE = `(() => {
  const ready = () => {
    const box = document.querySelector('[role="tabpanel"] [role="combobox"]');
    if (box === null || box.disabled || box.getAttribute("aria-disabled") === "true") return false;
    const rect = box.getBoundingClientRect();
    const style = getComputedStyle(box);
    return rect.width > 0 && rect.height > 0 && style.visibility !== "hidden" && style.display !== "none";
  };
  const observer = new MutationObserver(() => {
    if (window.__ecBenchInteractive === undefined && ready()) {
      window.__ecBenchInteractive = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
})();`;

async function loadPage(browser: Browser, origin: string, data: string): Promise<PageLoad> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: "en-US" });
  try {
    const blocked: string[] = [];
    const errors: string[] = [];
    const page = await context.newPage();
    // office.js (and anything else from another origin) is refused: the pane must not wait for it.
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`)) return route.continue();
      blocked.push(url);
      return route.abort("blockedbyclient");
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.addInitScript({ content: INTERACTIVE_PROBE });
    await page.addInitScript({ content: `window.__ecReviewStandinData = ${data};` });
    await page.addInitScript({ path: STANDIN_SCRIPT });
    const started = performance.now();
    await page.goto(`${origin}/taskpane.html?standin=1`, { waitUntil: "commit" });
    await page.waitForFunction(() => (window as { __ecBenchInteractive?: number }).__ecBenchInteractive !== undefined, undefined, { timeout: LOAD_TIMEOUT_MS, polling: 50 });
    const wallClock = performance.now() - started;
    const measured = await page.evaluate((prefix) => {
      const paint = performance.getEntriesByType("paint").find((entry) => entry.name === "first-contentful-paint");
      const interactive = (window as { __ecBenchInteractive?: number }).__ecBenchInteractive!;
      const scripts = performance.getEntriesByType("resource")
        .filter((entry) => entry.name.startsWith(prefix) && entry.startTime <= interactive && new URL(entry.name).pathname.endsWith(".js"))
        .map((entry) => new URL(entry.name).pathname.replace(/^\//, ""));
      return { firstContentfulPaint: paint === undefined ? null : paint.startTime, interactive, scripts };
    }, `${origin}/`);
    return { ...measured, wallClock, blocked, errors };
  } finally {
    await context.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => bytes / 2 ** 20;

export async function taskPaneWeightCase(context: BenchContext): Promise<ResultRow[]> {
  const dist = mkdtempSync(path.join(tmpdir(), "ec-review-bench-pane-"));
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  try {
    context.log("  building the add-in in production (webpack, into a temporary directory)");
    const buildStarted = performance.now();
    try {
      await buildAddin(ROOT, dist);
    } catch (error) {
      const reason = `the production build failed: ${error instanceof Error ? error.message.split("\n").slice(0, 3).join(" ") : String(error)}`;
      return [notMeasuredYet(CASE, "initial JavaScript, gzipped", "< 300 KB", reason), notMeasuredYet(CASE, "page load → interactive pane", "", reason)];
    }
    const buildSeconds = (performance.now() - buildStarted) / 1000;
    const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
    const declared = localScripts(html);

    let loads: PageLoad[] = [];
    let workbookNote = "";
    let timingReason: string | null = null;
    if (!existsSync(CHROMIUM)) {
      timingReason = `${CHROMIUM} is missing (scripts/install-system-deps.sh installs it)`;
    } else {
      const { chromium } = await import("playwright-core");
      server = await serveDirectory(dist);
      try {
        browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      } catch (error) {
        timingReason = `${CHROMIUM} did not start: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
      }
    }
    if (browser !== undefined && server !== undefined) {
      const workbook = operatorWorkbook();
      const rowsOf = (name: string) => (workbook.sheets[name]?.length ?? 1) - 1;
      workbookNote = Object.keys(workbook.sheets).map((name) => `${name} ${rowsOf(name).toLocaleString("en-US")} rows`).join(", ");
      const data = JSON.stringify({ sheets: workbook.sheets, chunkRows: CHUNK_ROWS });
      context.log(`  opening the pane in headless Chromium: ${context.warmups} warm-up + ${context.runs} runs`);
      try {
        for (let i = 0; i < context.warmups; i++) await loadPage(browser, server.origin, data);
        for (let i = 0; i < context.runs; i++) loads.push(await loadPage(browser, server.origin, data));
        const failed = loads.find((load) => load.errors.length > 0);
        if (failed !== undefined) timingReason = `the page threw: ${failed.errors[0]}`;
      } catch (error) {
        // A pane that never becomes interactive (waitForFunction's timeout) is reported, not thrown.
        timingReason = `the pane did not become interactive: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
      }
      if (timingReason !== null) loads = [];
    }

    // Initial: what the page declares, and anything else it fetched before it was interactive.
    const fetched = [...new Set(loads.flatMap((load) => load.scripts))];
    const initial = [...declared, ...fetched.filter((file) => !declared.includes(file))];
    const weights = initial.map((file) => weigh(dist, file));
    const raw = weights.reduce((sum, weight) => sum + weight.rawBytes, 0);
    const gzip = weights.reduce((sum, weight) => sum + weight.gzipBytes, 0);
    const list = (key: "rawBytes" | "gzipBytes") => weights.map((weight) => `${weight.file} ${kb(weight[key])}`).join(" + ");
    const extra = fetched.filter((file) => !declared.includes(file));
    const origin = `the production build (${buildSeconds.toFixed(0)} s), taskpane.html's scripts without office.js` +
      (extra.length > 0 ? `, plus ${extra.join(", ")} fetched before the pane was interactive` : loads.length > 0 ? "; the page fetched no other script before it was interactive" : "");

    const rows: ResultRow[] = [
      {
        case: CASE, name: `initial JavaScript, raw: ${kb(raw)}`, n: null, unit: "MB", stats: statsOf([mb(raw)]), ratio: null, goal: "", pass: null,
        note: `${list("rawBytes")}; ${origin}`,
      },
      {
        case: CASE, name: `initial JavaScript, gzip -9: ${kb(gzip)}`, n: null, unit: "MB", stats: statsOf([mb(gzip)]), ratio: null,
        goal: "< 300 KB", pass: gzip < GZIP_GOAL_BYTES,
        note: `${list("gzipBytes")} (zlib level 9, each file alone; 1 KB = 1,024 bytes)`,
      },
    ];
    if (timingReason !== null) {
      rows.push(notMeasuredYet(CASE, "page load → interactive pane", "", timingReason));
      return rows;
    }
    const blocked = [...new Set(loads.flatMap((load) => load.blocked))];
    const paints = loads.map((load) => load.firstContentfulPaint).filter((time): time is number => time !== null);
    if (paints.length === loads.length) {
      rows.push({
        case: CASE, name: "page load → first contentful paint", n: null, unit: "ms", stats: statsOf(paints), ratio: null, goal: "", pass: null,
        note: "headless Chromium, from navigation start: the pane's loading notice",
      });
    }
    rows.push({
      case: CASE, name: "page load → interactive pane", n: null, unit: "ms", stats: statsOf(loads.map((load) => load.interactive)), ratio: null, goal: "", pass: null,
      note: `headless Chromium, from navigation start to the Data tab's first combobox visible and enabled (the stand-in workbook ` +
        `scanned: ${workbookNote}); served from 127.0.0.1 without compression or cache; blocked: ${blocked.length === 0 ? "nothing" : blocked.join(", ")}; ` +
        `wall clock of page.goto + the wait, median ${statsOf(loads.map((load) => load.wallClock)).median.toFixed(0)} ms`,
    });
    return rows;
  } finally {
    await browser?.close();
    await server?.close();
    rmSync(dist, { recursive: true, force: true });
  }
}

