/**
 * Case 7: the analyses behind "what drove AOV and repurchase" (issue 14) — baskets with the
 * August 满200减30 threshold, fulfilment, repurchase by first product — at each size, each timed
 * in the same runs as the review's single pass (`summarizeReview`, which includes them) and
 * against DuckDB doing the same computation in SQL on the same shop (DuckDB's load timed apart).
 * The inputs are what `build --items` reads: the order report with 发货时间 and 退款金额 and the
 * item report joined by order id (`readReviewInputsWithItems`). A cross-check per analysis.
 */
import { collectGarbage, measure, measureStages, runsFor, statsOf, type BenchContext, type ResultRow, type Stats } from "./harness";
import { shopItemsSheet, shopRecords, shopTables } from "./shop-fixtures";
import { AUGUST_PROMOTION, COMPARE, readReviewInputsWithItems, REVIEW_PERIOD } from "./review-pipeline";
import { basketsInSql, firstProductInSql, fulfilmentInSql, loadDriversIntoDuckDb, type DuckDbDrivers } from "./duckdb-drivers";
import { compareBaskets, compareFirstProduct, compareFulfilment, type Check } from "./drivers-cross-check";
import { summarizeReview } from "../src/review/review-summary";
import { summarizeBaskets } from "../src/review/basket-review";
import { summarizeFulfilment } from "../src/review/fulfilment-summary";
import { firstProductFigures } from "../src/review/first-product";
import { DEFAULT_SHIPPING_LIMIT_HOURS } from "../src/engine/metrics/fulfilment";
import { comparisonRange } from "../src/review/review-period";

const CASE = "7 what drove AOV and repurchase vs DuckDB";

async function loadDuckDb(orders: number): Promise<{ duck: DuckDbDrivers; loadMs: number }> {
  const records = shopRecords(orders);
  const start = performance.now();
  const duck = await loadDriversIntoDuckDb(records);
  return { duck, loadMs: performance.now() - start };
}

const pct = (part: Stats, whole: Stats) => `${((part.median / whole.median) * 100).toFixed(0)}%`;

export async function driversVsDuckDbCase(context: BenchContext): Promise<ResultRow[]> {
  const rows: ResultRow[] = [];
  const comparison = comparisonRange(REVIEW_PERIOD, COMPARE);
  const sizes = context.sizes.slice(-1);
  for (const orders of sizes) {
    context.log(`  generating ${orders.toLocaleString("en-US")} orders and their item report`);
    const sheets = shopTables(orders);
    const items = shopItemsSheet(orders);
    context.log("  loading DuckDB (orders with shipping and refunds, item lines)");
    const { duck, loadMs } = await loadDuckDb(orders);
    collectGarbage();
    try {
      const runs = runsFor(context, orders);
      context.log("  engine: read + join items, summarize, then each analysis alone");
      const engine = await measureStages((lap) => {
        const inputs = readReviewInputsWithItems(sheets, items, lap);
        const summary = summarizeReview(inputs);
        lap("summarize");
        const table = inputs.orders;
        const baskets = summarizeBaskets(table, REVIEW_PERIOD, comparison, inputs.targets);
        lap("baskets");
        const fulfilment = summarizeFulfilment(table, REVIEW_PERIOD, DEFAULT_SHIPPING_LIMIT_HOURS);
        lap("fulfilment");
        const firstProduct = firstProductFigures(table, REVIEW_PERIOD);
        lap("firstProduct");
        return { summary, baskets, fulfilment, firstProduct, join: inputs.itemJoin };
      }, runs);
      const stage = (name: string) => engine.stages.get(name)!;
      const summarize = stage("summarize");

      context.log("  DuckDB: baskets, fulfilment, first product");
      const sqlBaskets = await measure(() => basketsInSql(duck, REVIEW_PERIOD, comparison, AUGUST_PROMOTION), runs);
      const sqlFulfilment = await measure(() => fulfilmentInSql(duck, REVIEW_PERIOD, DEFAULT_SHIPPING_LIMIT_HOURS), runs);
      const sqlFirstProduct = await measure(() => firstProductInSql(duck, REVIEW_PERIOD), runs);

      const { baskets, fulfilment, firstProduct, join } = engine.result;
      const checks: [string, Check, Stats, Stats][] = [
        ["baskets + 满200减30 threshold", compareBaskets(baskets, sqlBaskets.result), stage("baskets"), sqlBaskets.stats],
        ["fulfilment by month + first shipping", compareFulfilment(fulfilment, sqlFulfilment.result), stage("fulfilment"), sqlFulfilment.stats],
        ["repurchase by first product", compareFirstProduct(firstProduct, sqlFirstProduct.result), stage("firstProduct"), sqlFirstProduct.stats],
      ];
      const what: Record<string, string> = {
        "baskets + 满200减30 threshold": "summarizeBaskets: basketFigures over 7 windows, aovDecomposition, thresholdBunching",
        "fulfilment by month + first shipping": "summarizeFulfilment: fulfilmentByMonth (median, P90, late, refunds) + firstShippingGroups",
        "repurchase by first product": "firstProductFigures: mainItemOfOrders + firstProductRepurchase + ranking",
      };
      rows.push({
        case: CASE, name: "engine: read the order report", n: orders, unit: "ms", stats: stage("read orders"), ratio: null, goal: "", pass: null,
        note: "readOrderTable with 发货时间 and 退款金额 mapped (shipped, refundAmount), from the 2-D array",
      }, {
        case: CASE, name: "engine: join the item report", n: orders, unit: "ms", stats: stage("join items"), ratio: null, goal: "", pass: null,
        note: `joinItemTable as build --items: ${join.lines.toLocaleString("en-US")} item rows joined to ${join.orders.toLocaleString("en-US")} orders, ` +
          `${join.unmatched} unmatched, ${join.notCounted.toLocaleString("en-US")} of orders not counted (columns detected once, outside the timing)`,
      });
      rows.push({
        case: CASE, name: "engine: summarizeReview (single pass)", n: orders, unit: "ms", stats: summarize, ratio: null, goal: "", pass: null,
        note: "every figure of summary.json, the three analyses below included, over the joined order table with the promotion",
      });
      for (const [name, check, mine, theirs] of checks) {
        const ratio = mine.median / theirs.median;
        rows.push({
          case: CASE, name: `engine: ${name}`, n: orders, unit: "ms", stats: mine, ratio, reference: `DuckDB: ${name}`, goal: "", pass: null,
          note: `${what[name]}; ${pct(mine, summarize)} of summarizeReview's ${summarize.median.toFixed(0)} ms in the same runs; ` +
            (check.differences.length === 0 ? `same figures as DuckDB (${check.checked} compared)`
              : `DIFFERS from DuckDB in ${check.differences.length} of ${check.checked}: ${check.differences.slice(0, 3).join("; ")}`),
        });
        rows.push({ case: CASE, name: `DuckDB: ${name} (reference)`, n: orders, unit: "ms", stats: theirs, ratio: 1, goal: "", pass: null });
        if (check.differences.length > 0) context.log(`  ${name}: ${check.differences.length} differences: ${check.differences.slice(0, 5).join("; ")}`);
      }
      rows.push({
        case: CASE, name: "DuckDB: load records (once)", n: orders, unit: "ms", stats: statsOf([loadMs]), ratio: null, goal: "", pass: null,
        note: `DuckDB ${duck.version} on ${duck.threads} threads; orders and item lines by appender from sampleShopRecords; not in the ratios`,
      });
    } finally {
      duck.close();
    }
  }
  return rows;
}
