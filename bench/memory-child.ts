/**
 * Case 5's measurement, run in a fresh Node process (see memory.ts) so that nothing else the
 * benchmark holds is counted: generate the shop's sheets, collect garbage, then run the review
 * from the 2-D arrays and record the heap and the resident set size.
 *
 *   node --expose-gc --import ./bench/ts-loader.mjs bench/memory-child.ts 1000000
 *
 * Prints one JSON line (see `MemoryReport`), after the markers around the review.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { collectGarbage } from "./harness";
import { shopTables } from "./shop-fixtures";
import { readReviewInputs } from "./review-pipeline";
import { summarizeReview } from "../src/review/review-summary";
import { REVIEW_END, REVIEW_START } from "./memory";

export interface MemoryReport {
  readonly orders: number;
  /** After the sheets are generated and garbage collected: what the 2-D arrays themselves hold. */
  readonly gridHeapMB: number;
  readonly gridRssMB: number;
  /** The largest heapUsed sampled while the review ran (each stage's end, before collecting). */
  readonly peakHeapMB: number;
  /** The same with the typed arrays' buffers, which live outside the JS heap. */
  readonly peakHeapWithBuffersMB: number;
  /** The process's resident set high-water mark during the review (grid included). */
  readonly peakRssMB: number;
  /** How the peak RSS was measured: Linux's VmHWM reset before the review, or maxRSS since the process started. */
  readonly rssSource: "VmHWM" | "maxRSS";
  /** heapUsed at each sample, in MB. */
  readonly samples: Readonly<Record<string, number>>;
  readonly reviewMs: number;
}

const MB = 2 ** 20;

function highWaterMarkKB(): number | null {
  try {
    const match = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync("/proc/self/status", "utf8"));
    return match === null ? null : Number(match[1]);
  } catch {
    return null;
  }
}

/** Resets Linux's resident set high-water mark to the current RSS; false where that is not possible. */
function resetHighWaterMark(): boolean {
  try {
    writeFileSync("/proc/self/clear_refs", "5");
    return highWaterMarkKB() !== null;
  } catch {
    return false;
  }
}

function main(): void {
  const orders = Number(process.argv[2] ?? 1_000_000);
  const shop = shopTables(orders);
  collectGarbage();
  const grid = process.memoryUsage();
  const canReset = resetHighWaterMark();

  const samples: Record<string, number> = { grid: grid.heapUsed / MB };
  let peakHeap = grid.heapUsed;
  let peakWithBuffers = grid.heapUsed + grid.arrayBuffers;
  const sample = (stage: string) => {
    const usage = process.memoryUsage();
    samples[stage] = usage.heapUsed / MB;
    peakHeap = Math.max(peakHeap, usage.heapUsed);
    peakWithBuffers = Math.max(peakWithBuffers, usage.heapUsed + usage.arrayBuffers);
  };

  // With --trace-gc, V8 prints the heap used before every collection between these markers:
  // the heap only grows between collections, so those are its peaks (memory.ts reads them).
  process.stdout.write(`${REVIEW_START}\n`);
  const start = performance.now();
  const inputs = readReviewInputs(shop);
  sample("tables read");
  const summary = summarizeReview(inputs);
  sample("summarized");
  const reviewMs = performance.now() - start;
  process.stdout.write(`${REVIEW_END}\n`);

  const peakRssKB = canReset ? highWaterMarkKB() : null;
  const report: MemoryReport = {
    orders,
    gridHeapMB: grid.heapUsed / MB,
    gridRssMB: grid.rss / MB,
    peakHeapMB: peakHeap / MB,
    peakHeapWithBuffersMB: peakWithBuffers / MB,
    peakRssMB: peakRssKB !== null ? peakRssKB / 1024 : process.resourceUsage().maxRSS / 1024,
    rssSource: peakRssKB !== null ? "VmHWM" : "maxRSS",
    samples,
    reviewMs,
  };
  // Keep the review's result alive until it is measured.
  if (summary.orders <= 0) throw new Error("the review counted no orders");
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main();
