/**
 * Case 5: the memory the task pane needs to review a million orders. The shop's sheets are cut
 * into the chunks the pane reads them in (its own `ChunkSizer`, under 4 MB of JSON each) and
 * written to files; a child process (memory-child.ts) then receives them chunk by chunk as the pane
 * does, keeps the rows and runs the review, so that only what the pane would hold is counted —
 * not the generator's garbage, not the benchmark's other data. Run `runs` times.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { statsOf, type BenchContext, type ResultRow } from "./harness";
import type { MemoryReport } from "./memory-child";
import { shopTables } from "./shop-fixtures";
import { ChunkSizer } from "../src/taskpane/workbook/read-chunks";

/** The chunk files of each sheet, in order (manifest.json in the chunk directory). */
export interface ChunkManifest {
  readonly sheets: Readonly<Record<string, readonly string[]>>;
}

/** Writes the shop's sheets as the chunks the pane reads, one JSON file each; returns the directory. */
export function writeSheetChunks(orders: number): string {
  const directory = mkdtempSync(path.join(tmpdir(), "ec-bench-chunks-"));
  const shop = shopTables(orders);
  const sheets: Record<string, string[]> = {};
  for (const [name, grid] of Object.entries(shop) as [string, unknown[][]][]) {
    const sizer = new ChunkSizer(grid[0]?.length ?? 1);
    const files: string[] = [];
    for (let start = 0; start < grid.length;) {
      const rows = grid.slice(start, start + sizer.nextRows(grid.length - start));
      sizer.measure(rows);
      const file = `${name}-${String(files.length).padStart(4, "0")}.json`;
      writeFileSync(path.join(directory, file), JSON.stringify(rows));
      files.push(file);
      start += rows.length;
    }
    sheets[name] = files;
  }
  writeFileSync(path.join(directory, "manifest.json"), JSON.stringify({ sheets } satisfies ChunkManifest));
  return directory;
}

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

function runChild(directory: string): ChildResult {
  const loader = fileURLToPath(new URL("./ts-loader.mjs", import.meta.url));
  const child = fileURLToPath(new URL("./memory-child.ts", import.meta.url));
  const result = spawnSync(process.execPath, ["--expose-gc", "--trace-gc", "--import", loader, child, directory], {
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

/** The peak RSS of an empty process run like the child (Node and the type-stripping loader), in MB. */
function baselineRssMB(): number {
  const loader = fileURLToPath(new URL("./ts-loader.mjs", import.meta.url));
  const script = fileURLToPath(new URL("./memory-baseline.ts", import.meta.url));
  const result = spawnSync(process.execPath, ["--expose-gc", "--import", loader, script], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`memory-baseline failed (${result.status}): ${result.stderr}`);
  return (JSON.parse(result.stdout.trim()) as { peakRssMB: number }).peakRssMB;
}

export async function memoryCase(context: BenchContext): Promise<ResultRow[]> {
  const orders = context.largeSize;
  const runs = Math.max(1, Math.min(3, context.runs));
  context.log(`  writing the sheets of ${orders.toLocaleString("en-US")} orders in the pane's read chunks`);
  const directory = writeSheetChunks(orders);
  const results: ChildResult[] = [];
  const baselines: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      context.log(`  memory run ${i + 1}/${runs}`);
      results.push(runChild(directory));
      baselines.push(baselineRssMB());
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  const peakHeap = results.map(({ report, peakBeforeGcMB }) => Math.max(report.peakHeapMB, peakBeforeGcMB ?? 0));
  const grid = results.map(({ report }) => report.gridHeapMB);
  const peakRss = results.map(({ report }) => report.peakRssMB);
  const baseline = statsOf(baselines).median;
  const netPeakRss = peakRss.map((rss) => rss - baseline);
  const working = results.map(({ report, peakBeforeGcMB }) => Math.max(report.peakHeapMB, peakBeforeGcMB ?? 0) - report.gridHeapMB);
  const gridRss = results.map(({ report }) => report.gridRssMB);
  const workingRss = results.map(({ report }) => report.peakRssMB - report.gridRssMB);
  const chunks = results[0].report.chunks;
  const row = (name: string, values: number[], goal: boolean, note: string): ResultRow => {
    const stats = statsOf(values);
    return {
      case: CASE, name, n: orders, unit: "MB", stats, ratio: null,
      goal: goal ? `< ${GOAL_MB} MB` : "", pass: goal ? stats.max < GOAL_MB : null, note,
    };
  };
  return [
    row("heapUsed: sheets' 2-D arrays alone", grid, false, `the rows of the ${chunks} chunks the sheets arrived in, read twice (scan, then build: unchanged rows shared), after gc()`),
    row("peak heapUsed: reading + review", peakHeap, true,
      "the largest of heapUsed sampled after each sheet and stage and of the heap V8 reported before each collection (--trace-gc)"),
    row("review's own peak (peak − sheets)", working, false, "what reading into columns and summarizing add on top of the sheets"),
    row("RSS after reading the sheets", gridRss, false, "the whole measuring process: Node, the benchmark's TypeScript loader, the sheets' rows"),
    row("review's own RSS (peak − after reading)", workingRss, false, "what the review adds to the resident set"),
    row("peak RSS of the measuring process", peakRss, false, "Linux VmHWM from the process's start: all of the above and the chunks as they arrive"),
    row("RSS of an empty process run alike", baselines, false, "Node with --expose-gc and the benchmark's loader, which keeps the TypeScript compiler in a thread: not the add-in's"),
    row("peak RSS: reading + review", netPeakRss, true, "the measuring process's peak less the empty process's: what the sheets and the review take"),
  ];
}
