/**
 * Case 5: the memory the review needs at a million orders. Measured in a child process (see
 * memory-child.ts) so that the benchmark's own data does not count; run `runs` times.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { statsOf, type BenchContext, type ResultRow } from "./harness";
import type { MemoryReport } from "./memory-child";

export const REVIEW_START = "@@review-start";
export const REVIEW_END = "@@review-end";
const CASE = "5 memory";
const GOAL_MB = 500;

/** `[pid:0x…]   1234 ms: Mark-Compact 812.3 (850.1) -> 600.2 (640.0) MB, …`: the heap used before the collection, in MB. */
const TRACE_GC = /:\s+(?:Scavenge|Mark-Compact|Mark-sweep|Minor Mark-Compact|MinorMS)[^\d]*?([\d.]+) \([\d.]+\) ->/;

interface ChildResult {
  readonly report: MemoryReport;
  /** The largest heap V8 reported before a collection during the review; null without --trace-gc lines. */
  readonly peakBeforeGcMB: number | null;
}

function runChild(orders: number): ChildResult {
  const loader = fileURLToPath(new URL("./ts-loader.mjs", import.meta.url));
  const child = fileURLToPath(new URL("./memory-child.ts", import.meta.url));
  const result = spawnSync(process.execPath, ["--expose-gc", "--trace-gc", "--import", loader, child, String(orders)], {
    encoding: "utf8",
    maxBuffer: 64 * 2 ** 20,
  });
  if (result.status !== 0) throw new Error(`memory-child failed (${result.status}): ${result.stderr}`);
  const lines = result.stdout.split("\n");
  let during = false;
  let peakBeforeGcMB: number | null = null;
  let report: MemoryReport | undefined;
  for (const line of lines) {
    if (line === REVIEW_START) during = true;
    else if (line === REVIEW_END) during = false;
    else if (line.startsWith("{")) report = JSON.parse(line) as MemoryReport;
    else if (during) {
      const match = TRACE_GC.exec(line);
      if (match !== null) peakBeforeGcMB = Math.max(peakBeforeGcMB ?? 0, Number(match[1]));
    }
  }
  if (report === undefined) throw new Error(`memory-child printed no report: ${result.stdout.slice(-2000)}`);
  return { report, peakBeforeGcMB };
}

export async function memoryCase(context: BenchContext): Promise<ResultRow[]> {
  const orders = context.largeSize;
  const runs = Math.max(1, Math.min(3, context.runs));
  const results: ChildResult[] = [];
  for (let i = 0; i < runs; i++) {
    context.log(`  memory run ${i + 1}/${runs} at ${orders.toLocaleString("en-US")} orders`);
    results.push(runChild(orders));
  }
  const peakHeap = results.map(({ report, peakBeforeGcMB }) => Math.max(report.peakHeapMB, peakBeforeGcMB ?? 0));
  const grid = results.map(({ report }) => report.gridHeapMB);
  const peakRss = results.map(({ report }) => report.peakRssMB);
  const working = results.map(({ report, peakBeforeGcMB }) => Math.max(report.peakHeapMB, peakBeforeGcMB ?? 0) - report.gridHeapMB);
  const gridRss = results.map(({ report }) => report.gridRssMB);
  const workingRss = results.map(({ report }) => report.peakRssMB - report.gridRssMB);
  const rssSource = results[0].report.rssSource;
  const row = (name: string, values: number[], goal: boolean, note: string): ResultRow => {
    const stats = statsOf(values);
    return {
      case: CASE, name, n: orders, unit: "MB", stats, ratio: null,
      goal: goal ? `< ${GOAL_MB} MB` : "", pass: goal ? stats.max < GOAL_MB : null, note,
    };
  };
  return [
    row("heapUsed: sheets' 2-D arrays alone", grid, false, "after generation and gc(): the cells Range.values hands over"),
    row("peak heapUsed during the review", peakHeap, true,
      "sheets included; the largest of heapUsed sampled at each stage's end and of the heap V8 reported before each collection (--trace-gc)"),
    row("review's own peak (peak − sheets)", working, false, "what reading and summarizing add on top of the sheets"),
    row("RSS: sheets alone", gridRss, false, "after generation and gc(): Node itself, the sheets, and heap pages generation left committed"),
    row("peak RSS during the review", peakRss, true,
      rssSource === "VmHWM" ? "sheets included; Linux VmHWM, reset after generation" : "sheets included; maxRSS since the process started (generation included)"),
    row("review's own RSS (peak − sheets)", workingRss, false, "what reading and summarizing add to the resident set"),
  ];
}
