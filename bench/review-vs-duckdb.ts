/**
 * Case 1: the review engine against DuckDB. The engine reads the sheets' 2-D arrays (messy cells
 * included) and computes every figure of summary.json; DuckDB computes the same aggregations in
 * SQL over tables already loaded with the clean values. Both in the same process, one after the
 * other, at each size. Loading DuckDB is timed apart (once).
 */
import { collectGarbage, measure, measureStages, runsFor, statsOf, type BenchContext, type ResultRow } from "./harness";
import { shopRecords, shopTables } from "./shop-fixtures";
import { COMPARE, readReviewInputs, REVIEW_PERIOD } from "./review-pipeline";
import { loadShopIntoDuckDb, reviewInSql, type DuckDbShop } from "./duckdb-review";
import { compareWithSql } from "./cross-check";
import { summarizeReview } from "../src/review/review-summary";
import { comparisonRange, monthCount } from "../src/review/review-period";

const CASE = "1 review vs DuckDB";

/** DuckDB loaded with the shop's records, and how long the loading took (generating the records not counted). */
async function loadDuckDb(orders: number): Promise<{ duck: DuckDbShop; loadMs: number }> {
  const records = shopRecords(orders);
  const start = performance.now();
  const duck = await loadShopIntoDuckDb(records);
  return { duck, loadMs: performance.now() - start };
}

export async function reviewVsDuckDbCase(context: BenchContext): Promise<ResultRow[]> {
  const rows: ResultRow[] = [];
  const comparison = comparisonRange(REVIEW_PERIOD, COMPARE);
  // The review's default cohort horizon (see computeReviewFigures).
  const retentionMonths = Math.max(1, monthCount(REVIEW_PERIOD) - 1);
  for (const orders of context.sizes) {
    context.log(`  generating ${orders.toLocaleString("en-US")} orders`);
    const sheets = shopTables(orders);

    context.log("  loading DuckDB");
    // The records are let go once loaded: kept, they would make every collection during the
    // engine's runs mark a million more objects than the review itself holds.
    const { duck, loadMs } = await loadDuckDb(orders);
    collectGarbage();
    try {
      const runs = runsFor(context, orders);
      context.log("  engine: read + summarize");
      const engine = await measureStages((lap) => {
        const inputs = readReviewInputs(sheets);
        lap("read");
        const summary = summarizeReview(inputs);
        lap("summarize");
        return summary;
      }, runs);
      const reading = { stats: engine.stages.get("read")! };
      const summarizing = { stats: engine.stages.get("summarize")! };
      context.log("  DuckDB: SQL");
      const sql = await measure(() => reviewInSql(duck, REVIEW_PERIOD, comparison, retentionMonths), runs);

      const check = compareWithSql(engine.result, sql.result);
      const agreement = check.differences.length === 0
        ? `same figures as DuckDB (${check.checked} compared)`
        : `DIFFERS from DuckDB in ${check.differences.length} of ${check.checked}: ${check.differences.slice(0, 3).join("; ")}`;
      const duckMedian = sql.stats.median;
      rows.push(
        {
          case: CASE, name: "engine: read sheets + summarize", n: orders, unit: "ms", stats: engine.stats,
          ratio: engine.stats.median / duckMedian, reference: "DuckDB: review SQL", goal: "ratio ≤ 1.0",
          pass: engine.stats.median / duckMedian <= 1, note: agreement,
        },
        {
          case: CASE, name: "  of which: read sheets", n: orders, unit: "ms", stats: reading.stats,
          ratio: reading.stats.median / duckMedian, reference: "DuckDB: review SQL", goal: "", pass: null,
          note: "readOrderTable + readChannelMonthTable × 2, from the 2-D arrays (same runs as the total)",
        },
        {
          case: CASE, name: "  of which: summarize", n: orders, unit: "ms", stats: summarizing.stats,
          ratio: summarizing.stats.median / duckMedian, reference: "DuckDB: review SQL", goal: "", pass: null,
          note: "summarizeReview over the typed columns (same runs as the total)",
        },
        {
          case: CASE, name: "DuckDB: review SQL (reference)", n: orders, unit: "ms", stats: sql.stats, ratio: 1, goal: "", pass: null,
          note: `DuckDB ${duck.version} on ${duck.threads} threads; clean typed tables already loaded; counted orders, first orders, 8 queries`,
        },
        {
          case: CASE, name: "DuckDB: load records (once)", n: orders, unit: "ms", stats: statsOf([loadMs]), ratio: null, goal: "", pass: null,
          note: "appender, row by row, from sampleShopRecords; not in the ratio",
        },
      );
      if (check.differences.length > 0) context.log(`  ${agreement}`);
    } finally {
      duck.close();
    }
  }
  return rows;
}
