/**
 * Case 8's measurement, in a fresh Node process (see attribution.ts) so that its peak memory is
 * its own: 1,000,000 touchpoints over 200,000 orders (300,000 people, 10 channels, touches over
 * four months, orders over the last three), turned into conversion paths (`pathsFromTouchpoints`)
 * and attributed under every model (`attributePaths`: Markov of order 1 and Shapley included),
 * 1 warm-up and 3 timed runs; the reference, in the same process, sorts the same touchpoints by
 * person and time with Array.prototype.sort.
 *
 *   node --expose-gc --import ./bench/ts-loader.mjs bench/attribution-child.ts [touchpoints] [orders]
 *
 * Prints one JSON line (`AttributionReport`).
 */
import { readFileSync } from "node:fs";
import { attributePaths } from "../src/engine/metrics/attribution";
import { pathsFromTouchpoints } from "../src/engine/metrics/touchpoint-paths";

export interface AttributionReport {
  readonly touchpoints: number;
  readonly orders: number;
  readonly paths: number;
  /** Milliseconds of each timed run: paths from touchpoints, then every model. */
  readonly pathsMs: number[];
  readonly modelsMs: number[];
  readonly referenceMs: number[];
  /** VmHWM (peak RSS) after the inputs were made, and at the end. */
  readonly inputsPeakRssMB: number;
  readonly peakRssMB: number;
  /** Markov's removal effects and the models' credit totals, for the cross-check line. */
  readonly totals: Record<string, number>;
}

function highWaterMarkMB(): number {
  const match = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync("/proc/self/status", "utf8"));
  return match === null ? process.resourceUsage().maxRSS / 1024 : Number(match[1]) / 1024;
}

function main(): void {
  const T = Number(process.argv[2] ?? 1_000_000);
  const O = Number(process.argv[3] ?? 200_000);
  const people = Math.round(O * 1.5);
  const channels = 10;
  let seed = 20251203;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const person = Int32Array.from({ length: T }, () => Math.floor(random() * people));
  const time = Float64Array.from({ length: T }, () => 45800 + random() * 120);
  const channel = Int32Array.from({ length: T }, () => Math.floor(random() * channels));
  const buyer = Int32Array.from({ length: O }, () => Math.floor(random() * people));
  const orderTime = Float64Array.from({ length: O }, () => 45830 + random() * 90);
  const value = Float64Array.from({ length: O }, () => 50 + random() * 300);
  const orderChannel = Int32Array.from({ length: O }, () => Math.floor(random() * channels));
  const inputsPeakRssMB = highWaterMarkMB();

  const pathsMs: number[] = [];
  const modelsMs: number[] = [];
  const referenceMs: number[] = [];
  let totals: Record<string, number> = {};
  let paths = 0;
  for (let run = 0; run < 4; run++) {
    (globalThis as { gc?: () => void }).gc?.();
    const start = performance.now();
    const built = pathsFromTouchpoints({ person, time, channel }, { buyer, time: orderTime, value, channel: orderChannel }, {
      channelCount: channels + 1, unknownChannel: channels, window: { from: 45830, to: 45920 },
    });
    const middle = performance.now();
    const result = attributePaths(built.paths);
    const end = performance.now();
    if ("kind" in result) throw new Error(result.key);
    (globalThis as { gc?: () => void }).gc?.();
    const referenceStart = performance.now();
    const order = Array.from({ length: T }, (_, i) => i).sort((a, b) => person[a] - person[b] || time[a] - time[b]);
    const referenceEnd = performance.now();
    if (order.length !== T) throw new Error("reference sort lost rows");
    if (run === 0) continue;
    pathsMs.push(middle - start);
    modelsMs.push(end - middle);
    referenceMs.push(referenceEnd - referenceStart);
    paths = built.paths.start.length - 1;
    const sum = (values: Float64Array) => values.reduce((a, b) => a + b, 0);
    totals = {
      conversions: result.totalConversions, lastTouch: sum(result.lastTouch.conversions), linear: sum(result.linear.conversions),
      timeDecay: sum(result.timeDecay!.conversions), markov: sum(result.markov!.conversions), shapley: sum(result.shapley.conversions),
    };
  }
  const report: AttributionReport = { touchpoints: T, orders: O, paths, pathsMs, modelsMs, referenceMs, inputsPeakRssMB, peakRssMB: highWaterMarkMB(), totals };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main();
