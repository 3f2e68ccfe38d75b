/**
 * Case 5's measurement, run in a fresh Node process (see memory.ts) so that nothing else the
 * benchmark holds is counted. The process does what the task pane does with a workbook: it
 * receives each sheet in the chunks the pane reads (`Range.values` of one chunk arrives as JSON
 * and is parsed; here each chunk is a file memory.ts wrote), keeps the rows, then runs the review.
 * The peak RSS is the whole process's: Node, the sheets as read, and the review.
 *
 *   node --expose-gc --import ./bench/ts-loader.mjs bench/memory-child.ts <chunk directory>
 *
 * Prints one JSON line (see `MemoryReport`), after the markers around the review.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { collectGarbage } from "./harness";
import { readReviewInputs } from "./review-pipeline";
import { summarizeReview } from "../src/review/review-summary";
import { RepeatedTexts } from "../src/engine/cells/repeated-texts";
import { appendRows } from "../src/taskpane/workbook/read-chunks";
import type { SampleShopTables } from "../src/sample-shop/generate-sample-shop";
import { REVIEW_END, REVIEW_START, type ChunkManifest } from "./memory";

export interface MemoryReport {
  readonly orders: number;
  /** Chunks the sheets arrived in. */
  readonly chunks: number;
  /** After the sheets are read (scanned, then read again for the build) and garbage collected: what the 2-D arrays hold. */
  readonly gridHeapMB: number;
  readonly gridRssMB: number;
  /** The largest heapUsed sampled while the sheets were read and the review ran (before collecting). */
  readonly peakHeapMB: number;
  /** The same with the typed arrays' buffers, which live outside the JS heap. */
  readonly peakHeapWithBuffersMB: number;
  /** The process's resident set high-water mark (Linux VmHWM, else maxRSS): reading and review. */
  readonly peakRssMB: number;
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

function main(): void {
  const directory = process.argv[2];
  const manifest = JSON.parse(readFileSync(path.join(directory, "manifest.json"), "utf8")) as ChunkManifest;
  const samples: Record<string, number> = {};
  let peakHeap = 0;
  let peakWithBuffers = 0;
  const sample = (stage: string) => {
    const usage = process.memoryUsage();
    samples[stage] = usage.heapUsed / MB;
    peakHeap = Math.max(peakHeap, usage.heapUsed);
    peakWithBuffers = Math.max(peakWithBuffers, usage.heapUsed + usage.arrayBuffers);
  };

  // With --trace-gc, V8 prints the heap used before every collection between these markers:
  // the heap only grows between collections, so those are its peaks (memory.ts reads them).
  process.stdout.write(`${REVIEW_START}\n`);
  // Reading: chunk after chunk, each parsed from its JSON, its repeated texts shared and its rows
  // kept, as readSource (src/taskpane/workbook/excel-workbook.ts) does — twice, as the pane does:
  // once when it opens (the scan the Data tab shows), once more when the review is built (the
  // workbook may have changed), the second reading sharing its unchanged rows with the first.
  const read = (previous?: Record<string, unknown[][]>) => {
    const sheets: Record<string, unknown[][]> = {};
    for (const [sheet, files] of Object.entries(manifest.sheets)) {
      const grid: unknown[][] = [];
      const repeatedTexts = new RepeatedTexts();
      for (const file of files) {
        const rows = JSON.parse(readFileSync(path.join(directory, file), "utf8")) as unknown[][];
        repeatedTexts.share(rows);
        appendRows(grid, rows, grid.length, previous?.[sheet]);
      }
      sheets[sheet] = grid;
      sample(`${sheet} ${previous === undefined ? "scanned" : "read again"}`);
    }
    return sheets;
  };
  const scanned = read();
  const sheets = read(scanned);
  const shop = sheets as unknown as SampleShopTables;
  collectGarbage();
  const grid = process.memoryUsage();
  samples.grid = grid.heapUsed / MB;

  const start = performance.now();
  const inputs = readReviewInputs(shop);
  sample("tables read");
  const summary = summarizeReview(inputs);
  sample("summarized");
  const reviewMs = performance.now() - start;
  // The scan stays alive through the build, as in the pane.
  if (Object.keys(scanned).length === 0) throw new Error("nothing was scanned");
  process.stdout.write(`${REVIEW_END}\n`);

  const peakRssKB = highWaterMarkKB();
  const report: MemoryReport = {
    orders: shop.orders.length - 1,
    chunks: Object.values(manifest.sheets).reduce((sum, files) => sum + files.length, 0),
    gridHeapMB: grid.heapUsed / MB,
    gridRssMB: grid.rss / MB,
    peakHeapMB: peakHeap / MB,
    peakHeapWithBuffersMB: peakWithBuffers / MB,
    peakRssMB: peakRssKB !== null ? peakRssKB / 1024 : process.resourceUsage().maxRSS / 1024,
    samples,
    reviewMs,
  };
  // Keep the review's result alive until it is measured.
  if (summary.orders <= 0) throw new Error("the review counted no orders");
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main();
