/**
 * The benchmark's measuring and reporting: timing a body several times after a warm-up, the rows
 * of the one results table, and how a case is declared. A case is one async function that returns
 * its rows; `run.ts` lists the cases in order.
 */
import { cpus, loadavg, platform, release, totalmem } from "node:os";

/** Median, fastest and slowest of the timed runs, in milliseconds (or in MB for memory rows). */
export interface Stats {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
  /** Every timed run, in order. */
  readonly samples: readonly number[];
}

/** One line of the results table. */
export interface ResultRow {
  /** The case it belongs to, e.g. "1 review vs DuckDB". */
  readonly case: string;
  /** What was measured, e.g. "engine: read + summarize". */
  readonly name: string;
  /** Rows (orders) measured over; null when the row is not measured yet. */
  readonly n: number | null;
  readonly unit: "ms" | "MB";
  readonly stats: Stats | null;
  /** median ÷ the reference's median; null without a reference. */
  readonly ratio: number | null;
  /** What the ratio is taken against, for results.json. */
  readonly reference?: string;
  /** The goal as text (e.g. "< 400 ms", "ratio ≤ 1.0"); "" without one. */
  readonly goal: string;
  /** true / false against the goal; null without a goal or without a measurement. */
  readonly pass: boolean | null;
  /** Anything the reader needs: why a row is not measured yet, what a figure includes. */
  readonly note?: string;
}

/** What every case gets: the options of the run and a place to log progress. */
export interface BenchContext {
  /** Untimed runs before the timed ones. */
  readonly warmups: number;
  /** Timed runs per measurement (of the million-row cases: `largeRuns`). */
  readonly runs: number;
  readonly largeRuns: number;
  /** Order counts of the review cases (100,000 and 1,000,000 by default). */
  readonly sizes: readonly number[];
  /** Rows of the custom-function and memory cases (1,000,000 by default). */
  readonly largeSize: number;
  readonly log: (message: string) => void;
}

/** A case: a title for the progress log and one function producing its rows. */
export interface BenchCase {
  readonly title: string;
  readonly run: (context: BenchContext) => Promise<ResultRow[]>;
}

/** Runs the garbage collector when Node was started with --expose-gc, so that one run's garbage is not collected in the next. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc !== undefined) {
    gc();
    gc();
  }
}

/**
 * Collects garbage and then waits a moment: after a full collection of a heap holding a million
 * rows, V8 sweeps its pages on background threads for tens of milliseconds, and a run started at
 * once would pay for (or compete with) that sweeping — on 2 cores it doubled short measurements.
 */
async function settledHeap(): Promise<void> {
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, 100));
}

export function statsOf(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: samples.length, samples: [...samples] };
}

/** The warm-up and run counts for a measurement over `n` rows: fewer runs at a million rows, to keep the whole run to minutes. */
export function runsFor(context: BenchContext, n: number): { warmups: number; runs: number } {
  return { warmups: context.warmups, runs: n >= 1_000_000 ? context.largeRuns : context.runs };
}

/**
 * Times `body` `runs` times after `warmups` untimed calls, collecting garbage before each call
 * and letting the collector finish (not timed) so that every run starts from the same heap. Returns the stats and the last result,
 * so that a caller can check what was computed.
 */
export async function measure<T>(body: () => T | Promise<T>, options: { warmups: number; runs: number }): Promise<{ stats: Stats; result: T }> {
  let result: T | undefined;
  for (let i = 0; i < options.warmups; i++) {
    collectGarbage();
    result = await body();
  }
  const samples: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    await settledHeap();
    const start = performance.now();
    result = await body();
    samples.push(performance.now() - start);
  }
  return { stats: statsOf(samples), result: result as T };
}

/**
 * `measure` for a body made of stages: the body calls `lap(stage)` at the end of each, and each
 * stage's time (since the previous lap) is collected beside the total, from the same runs.
 */
export async function measureStages<T>(
  body: (lap: (stage: string) => void) => T | Promise<T>, options: { warmups: number; runs: number },
): Promise<{ stats: Stats; stages: Map<string, Stats>; result: T }> {
  const laps = new Map<string, number[]>();
  let timing = false;
  let last = 0;
  const lap = (stage: string) => {
    const now = performance.now();
    if (timing) {
      let samples = laps.get(stage);
      if (samples === undefined) laps.set(stage, (samples = []));
      samples.push(now - last);
    }
    last = now;
  };
  let result: T | undefined;
  for (let i = 0; i < options.warmups; i++) {
    collectGarbage();
    result = await body(lap);
  }
  const samples: number[] = [];
  timing = true;
  for (let i = 0; i < options.runs; i++) {
    await settledHeap();
    const start = performance.now();
    last = start;
    result = await body(lap);
    samples.push(performance.now() - start);
  }
  const stages = new Map([...laps].map(([stage, times]) => [stage, statsOf(times)]));
  return { stats: statsOf(samples), stages, result: result as T };
}

/** A row for something not measured yet, with the reason. */
export function notMeasuredYet(caseName: string, name: string, goal: string, reason: string): ResultRow {
  return { case: caseName, name, n: null, unit: "ms", stats: null, ratio: null, goal, pass: null, note: reason };
}

export interface MachineInfo {
  readonly os: string;
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGB: number;
  readonly node: string;
  readonly v8: string;
  readonly date: string;
  /** The 1-minute load average when the run ended: above the core count, other processes were competing for the CPU. */
  readonly loadAverage: number;
}

export function machineInfo(): MachineInfo {
  const processors = cpus();
  return {
    os: `${platform()} ${release()}`,
    cpu: processors[0]?.model.trim() ?? "unknown",
    cores: processors.length,
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    v8: process.versions.v8,
    date: new Date().toISOString(),
    loadAverage: Math.round(loadavg()[0] * 100) / 100,
  };
}

function formatValue(value: number, unit: string): string {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${unit}`;
}

function formatRatio(ratio: number): string {
  return ratio >= 100 ? `${ratio.toFixed(0)}×` : ratio >= 10 ? `${ratio.toFixed(1)}×` : `${ratio.toFixed(2)}×`;
}

/** The results as one table (plain text, or markdown for the README). */
export function formatTable(rows: readonly ResultRow[], style: "text" | "markdown"): string {
  const header = ["case", "measure", "n", "median", "min", "max", "ratio", "goal", "result"];
  const lines = rows.map((row) => [
    row.case,
    style === "markdown" ? row.name.trim() : row.name,
    row.n === null ? "" : row.n.toLocaleString("en-US"),
    row.stats === null ? "" : formatValue(row.stats.median, row.unit),
    row.stats === null ? "" : formatValue(row.stats.min, row.unit),
    row.stats === null ? "" : formatValue(row.stats.max, row.unit),
    row.ratio === null ? "" : formatRatio(row.ratio),
    row.goal,
    row.stats === null ? "not measured yet" : row.pass === null ? "" : row.pass ? "pass" : "FAIL",
  ]);
  if (style === "markdown") {
    const escape = (cell: string) => cell.replace(/\|/g, "\\|");
    return [
      `| ${header.join(" | ")} |`,
      `| ${header.map((_, i) => (i >= 2 && i <= 6 ? "---:" : "---")).join(" | ")} |`,
      ...lines.map((cells) => `| ${cells.map(escape).join(" | ")} |`),
    ].join("\n");
  }
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((cells) => cells[i].length)));
  const numeric = (i: number) => i >= 2 && i <= 6;
  const render = (cells: string[]) => cells.map((cell, i) => (numeric(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join("  ").trimEnd();
  return [render(header), widths.map((w) => "-".repeat(w)).join("  "), ...lines.map(render)].join("\n");
}
