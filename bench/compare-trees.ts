/**
 * Before and after, in one process: the review and case 2's function calls of this tree against
 * the same of another checkout (an earlier commit), run in turns on the same million-order sheets,
 * garbage collected and settled before each run. The results of both must be equal (the review's
 * summary, as JSON; each call's cells); the medians are printed side by side. Interleaving makes
 * the comparison fair on a shared, noisy machine where two separate runs are not.
 *
 *   git worktree add /tmp/base <commit> && ln -s "$PWD/node_modules" /tmp/base/node_modules
 *   node --expose-gc --import ./bench/ts-loader.mjs bench/compare-trees.ts /tmp/base [orders]
 *
 * The other tree needs the same module layout for what is compared (src/review/order-table.ts,
 * channel-month-table.ts, review-summary.ts, src/functions/functions.ts).
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { callFunction, excelFunctionCalls } from "./custom-functions";
import { collectGarbage } from "./harness";
import { COMPARE, REVIEW_PERIOD } from "./review-pipeline";
import { AD_SPEND_MAPPING, ORDER_MAPPING, shopTables, TRAFFIC_MAPPING } from "./shop-fixtures";

type Module = Record<string, (...args: unknown[]) => unknown>;
interface Tree {
  readonly name: string;
  readonly orders: Module;
  readonly channelMonth: Module;
  readonly summary: Module;
  readonly functions: Module;
}

async function loadTree(name: string, root: string): Promise<Tree> {
  const load = async (file: string) => (await import(pathToFileURL(path.join(root, file)).href)) as Module;
  return {
    name,
    orders: await load("src/review/order-table.ts"),
    channelMonth: await load("src/review/channel-month-table.ts"),
    summary: await load("src/review/review-summary.ts"),
    functions: await load("src/functions/functions.ts"),
  };
}

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[samples.length >> 1];

/** Runs `body` of each tree in turns (the order alternating), `rounds` times after a warm-up. */
async function inTurns<T>(trees: readonly Tree[], rounds: number, body: (tree: Tree) => T): Promise<{ medians: number[]; results: T[] }> {
  const samples = trees.map(() => [] as number[]);
  const results: T[] = [];
  for (let round = 0; round <= rounds; round++) {
    const order = round % 2 === 0 ? trees.map((_, i) => i) : trees.map((_, i) => trees.length - 1 - i);
    for (const i of order) {
      collectGarbage();
      await new Promise((resolve) => setTimeout(resolve, 150));
      const start = performance.now();
      results[i] = body(trees[i]);
      if (round > 0) samples[i].push(performance.now() - start);
    }
  }
  return { medians: samples.map(median), results };
}

async function main(): Promise<void> {
  const [otherRoot, ordersText = "1000000"] = process.argv.slice(2);
  if (otherRoot === undefined) throw new Error("usage: compare-trees.ts <other checkout> [orders]");
  const orders = Number(ordersText);
  const trees = [await loadTree("other", path.resolve(otherRoot)), await loadTree("this", path.resolve(import.meta.dirname, ".."))];
  const shop = shopTables(orders);
  const report = (what: string, medians: number[], equal: boolean) =>
    console.log(`${what.padEnd(44)} other ${medians[0].toFixed(0).padStart(6)} ms   this ${medians[1].toFixed(0).padStart(6)} ms   ${(medians[1] / medians[0]).toFixed(2)}×   ${equal ? "same result" : "RESULTS DIFFER"}`);

  const review = await inTurns(trees, 6, (tree) => {
    const read = tree.orders.readOrderTable(shop.orders, ORDER_MAPPING, { sheet: "订单", headerRow: 0 }) as { table: unknown; skipped: unknown[] };
    const spend = tree.channelMonth.readChannelMonthTable(shop.adSpend, AD_SPEND_MAPPING, { sheet: "推广花费", headerRow: 0 }) as { table: unknown; skipped: unknown[] };
    const traffic = tree.channelMonth.readChannelMonthTable(shop.traffic, TRAFFIC_MAPPING, { sheet: "流量", headerRow: 0 }) as { table: unknown; skipped: unknown[] };
    return JSON.stringify(tree.summary.summarizeReview({
      orders: read.table, skipped: [...read.skipped, ...spend.skipped, ...traffic.skipped], spend: spend.table, traffic: traffic.table,
      period: REVIEW_PERIOD, compare: COMPARE, targets: { gmv: 25_000_000, aov: 180 }, locale: "zh-CN", sources: ["订单"], generatedAt: new Date(0),
    }));
  });
  report(`review: read + summarize (${orders.toLocaleString("en-US")} orders)`, review.medians, review.results[0] === review.results[1]);

  for (const call of excelFunctionCalls(orders).calls) {
    const args = call.args();
    const measured = await inTurns(trees, 6, (tree) => callFunction(tree.functions, call.functionName, args));
    report(call.name, measured.medians, isDeepStrictEqual(measured.results[0], measured.results[1]));
  }
}

await main();
