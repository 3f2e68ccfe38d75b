/**
 * Case 8: channel attribution at scale (issue 15): 1,000,000 touchpoints over 200,000 orders
 * turned into conversion paths and attributed under every model, in a fresh process (see
 * attribution-child.ts) whose peak RSS is reported beside the time. Goal: under 5 s for paths and
 * models together. The reference is a plain Array.prototype.sort of the same touchpoints by person
 * and time, in the same process and runs. `--quick` runs a tenth of the size.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { statsOf, type BenchContext, type ResultRow } from "./harness";
import type { AttributionReport } from "./attribution-child";

const CASE = "8 attribution under every model";
const GOAL_MS = 5000;

export async function attributionCase(context: BenchContext): Promise<ResultRow[]> {
  const quick = context.largeSize < 1_000_000;
  const touchpoints = quick ? 100_000 : 1_000_000;
  const orders = touchpoints / 5;
  context.log(`  ${touchpoints.toLocaleString("en-US")} touchpoints over ${orders.toLocaleString("en-US")} orders, in a fresh process`);
  const loader = fileURLToPath(new URL("./ts-loader.mjs", import.meta.url));
  const child = fileURLToPath(new URL("./attribution-child.ts", import.meta.url));
  const result = spawnSync(process.execPath, ["--expose-gc", "--import", loader, child, String(touchpoints), String(orders)], { encoding: "utf8", maxBuffer: 2 ** 24 });
  if (result.status !== 0) throw new Error(`attribution-child failed (${result.status}): ${result.stderr.slice(-2000)}`);
  const report = JSON.parse(result.stdout.trim().split("\n").pop()!) as AttributionReport;
  const total = report.pathsMs.map((ms, i) => ms + report.modelsMs[i]);
  const whole = statsOf(total);
  const reference = statsOf(report.referenceMs);
  const adds = Object.entries(report.totals).every(([, value]) => Math.abs(value - report.totals.conversions) < 1e-6);
  return [
    {
      case: CASE, name: "paths from touchpoints + all seven models", n: touchpoints, unit: "ms", stats: whole, ratio: whole.median / reference.median,
      reference: "plain sort of the touchpoints", goal: `< ${GOAL_MS.toLocaleString("en-US")} ms`, pass: whole.median < GOAL_MS,
      note: `${report.paths.toLocaleString("en-US")} paths (${orders.toLocaleString("en-US")} converting); every model adds up to the conversions: ${adds ? "yes" : `NO ${JSON.stringify(report.totals)}`}`,
    },
    { case: CASE, name: "of which: paths (lookback join)", n: touchpoints, unit: "ms", stats: statsOf(report.pathsMs), ratio: statsOf(report.pathsMs).median / reference.median, goal: "", pass: null },
    { case: CASE, name: "of which: the models (Markov, Shapley …)", n: touchpoints, unit: "ms", stats: statsOf(report.modelsMs), ratio: statsOf(report.modelsMs).median / reference.median, goal: "", pass: null },
    { case: CASE, name: "plain sort of the touchpoints (reference)", n: touchpoints, unit: "ms", stats: reference, ratio: 1, goal: "", pass: null },
    {
      case: CASE, name: "peak RSS of the process", n: touchpoints, unit: "MB", stats: statsOf([report.peakRssMB]), ratio: null, goal: "", pass: null,
      note: `of which ${report.inputsPeakRssMB.toFixed(0)} MB once the inputs (typed columns) were made`,
    },
  ];
}
