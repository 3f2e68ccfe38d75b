/**
 * The review's aggregations as SQL, for the reference of case 1: the sample shop's clean records
 * are loaded into DuckDB once (timed apart), then every figure of summary.json that is computed
 * from the orders — period totals against the comparison period, the monthly table, price bands
 * with their margin and monthly mix, the channel table with spend, new buyers, their repurchase,
 * visitors and conversion, conversion per channel and month, cohorts, repurchase and the RFM
 * segments — is computed in SQL, as DuckDB would be used for it.
 *
 * DuckDB gets clean typed columns (DOUBLE amounts, TIMESTAMP times), so it does none of the
 * reading of messy cells that the engine's side of the comparison includes.
 */
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import type { SampleShopRecords } from "../src/sample-shop/generate-sample-shop";
import { monthLabel } from "../src/engine/calendar";
import { createShopTables } from "../test/oracle/duckdb-shop-tables";
import type { MonthRange } from "../src/review/review-period";

/** Statuses that take an order out of every figure in this export (see src/engine/order-status.ts). */
const EXCLUDED_STATUSES = ["交易关闭", "退款成功"];

export interface DuckDbShop {
  readonly instance: DuckDBInstance;
  readonly db: DuckDBConnection;
  /** DuckDB's version and the threads it runs queries on, for the report. */
  readonly version: string;
  readonly threads: number;
  close(): void;
}

/** An in-memory database holding the shop's orders, ad spend and traffic as typed tables. */
export async function loadShopIntoDuckDb(records: SampleShopRecords): Promise<DuckDbShop> {
  const instance = await DuckDBInstance.create(":memory:");
  const db = await instance.connect();
  await createShopTables(db, records, { money: "DOUBLE", visitors: "DOUBLE" });
  const [settings] = (await db.runAndReadAll(`SELECT version() AS version, current_setting('threads') AS threads`)).getRowObjectsJS();
  return {
    instance,
    db,
    version: String(settings.version),
    threads: Number(settings.threads),
    close() {
      db.closeSync();
      instance.closeSync();
    },
  };
}

type Row = Record<string, unknown>;

/** What the SQL computes, kept for the cross-check against the engine. */
export interface SqlReview {
  readonly periods: Row[];
  readonly monthly: Row[];
  readonly bands: Row[];
  readonly bandMix: Row[];
  readonly channels: Row[];
  readonly conversion: Row[];
  readonly cohorts: Row[];
  readonly rfmSegments: Row[];
}

/** `DATE '2025-06-01'` for the first day of a month index. */
function monthStart(month: number): string {
  return `DATE '${monthLabel(month)}-01'`;
}

/**
 * Every aggregation of the review in SQL, over the loaded tables. `period` and `comparison` as in
 * the review; `retentionMonths` as the review's cohort horizon (months after the cohort month).
 */
export async function reviewInSql(shop: DuckDbShop, period: MonthRange, comparison: MonthRange, retentionMonths: number): Promise<SqlReview> {
  const { db } = shop;
  const read = async (sql: string) => (await db.runAndReadAll(sql)).getRowObjectsJS() as Row[];
  const p0 = monthStart(period.from);
  const p1 = monthStart(period.to);
  const pEnd = monthStart(period.to + 1);
  const c0 = monthStart(comparison.from);
  const c1 = monthStart(comparison.to);
  const inPeriod = `month BETWEEN ${p0} AND ${p1}`;
  const inComparison = `month BETWEEN ${c0} AND ${c1}`;
  const rangeOf = `CASE WHEN ${inPeriod} THEN 'period' WHEN ${inComparison} THEN 'comparison' END`;
  const band = `CASE WHEN amount < 50 THEN 0 WHEN amount < 100 THEN 1 WHEN amount < 200 THEN 2 WHEN amount < 500 THEN 3 ELSE 4 END`;

  // Counted orders with their month, and each buyer's first counted order (ties: the earlier row).
  await db.run(`
    CREATE OR REPLACE TEMP TABLE counted AS
    SELECT row_idx, buyer, paid_at, date_trunc('month', paid_at)::DATE AS month, amount, cost,
           lower(trim(channel)) AS channel_key, trim(channel) AS channel
    FROM orders
    WHERE status NOT IN (${EXCLUDED_STATUSES.map((s) => `'${s}'`).join(", ")}) AND paid_at IS NOT NULL AND amount IS NOT NULL AND buyer IS NOT NULL`);
  await db.run(`
    CREATE OR REPLACE TEMP TABLE buyer_first AS
    SELECT buyer, min(paid_at) AS first_at, min(month) AS first_month, arg_min(channel_key, (paid_at, row_idx)) AS channel_key
    FROM counted GROUP BY buyer`);

  const periods = await read(`
    WITH ranged AS (SELECT ${rangeOf} AS r, buyer, amount, cost FROM counted WHERE ${inPeriod} OR ${inComparison}),
    totals AS (
      SELECT r, sum(amount) AS gmv, count(*) AS orders, sum(amount) FILTER (WHERE cost IS NOT NULL) AS revenue, sum(cost) AS cost
      FROM ranged GROUP BY r),
    per_buyer AS (SELECT r, buyer, count(*) AS n FROM ranged GROUP BY r, buyer),
    buyers AS (SELECT r, count(*) AS buyers, count(*) FILTER (WHERE n >= 2) AS repeat_buyers FROM per_buyer GROUP BY r),
    news AS (SELECT CASE WHEN first_month BETWEEN ${p0} AND ${p1} THEN 'period' WHEN first_month BETWEEN ${c0} AND ${c1} THEN 'comparison' END AS r,
                    count(*) AS new_buyers FROM buyer_first GROUP BY r)
    SELECT r, gmv, orders::INTEGER AS orders, buyers::INTEGER AS buyers, gmv / orders AS aov, gmv / buyers AS aov_per_buyer,
           (revenue - cost) / revenue AS gross_margin, repeat_buyers / buyers AS repurchase_rate, new_buyers::INTEGER AS new_buyers
    FROM totals JOIN buyers USING (r) LEFT JOIN news USING (r) ORDER BY r`);

  const monthly = await read(`
    WITH m AS (
      SELECT month, sum(amount) AS gmv, count(*) AS orders, count(DISTINCT buyer) AS buyers,
             sum(amount) FILTER (WHERE cost IS NOT NULL) AS revenue, sum(cost) AS cost
      FROM counted WHERE ${inPeriod} GROUP BY month),
    n AS (SELECT first_month AS month, count(*) AS new_buyers FROM buyer_first WHERE first_month BETWEEN ${p0} AND ${p1} GROUP BY month)
    SELECT strftime(month, '%Y-%m') AS month, gmv, orders::INTEGER AS orders, buyers::INTEGER AS buyers, gmv / orders AS aov,
           gmv / buyers AS aov_per_buyer, COALESCE(new_buyers, 0)::INTEGER AS new_buyers, (buyers - COALESCE(new_buyers, 0))::INTEGER AS returning_buyers,
           (revenue - cost) / revenue AS gross_margin
    FROM m LEFT JOIN n USING (month) ORDER BY month`);

  const bands = await read(`
    WITH b AS (SELECT ${rangeOf} AS r, ${band} AS band, amount, cost FROM counted WHERE ${inPeriod} OR ${inComparison}),
    per_band AS (
      SELECT r, band, count(*) AS orders, sum(amount) AS gmv, sum(amount) FILTER (WHERE cost IS NOT NULL) AS revenue, sum(cost) AS cost
      FROM b GROUP BY r, band)
    SELECT r, band, orders::INTEGER AS orders, orders / sum(orders) OVER (PARTITION BY r) AS order_share,
           gmv, gmv / sum(gmv) OVER (PARTITION BY r) AS gmv_share, (revenue - cost) / revenue AS gross_margin
    FROM per_band ORDER BY r, band`);

  const bandMix = await read(`
    WITH per_band AS (SELECT month, ${band} AS band, count(*) AS orders FROM counted WHERE ${inPeriod} GROUP BY ALL)
    SELECT strftime(month, '%Y-%m') AS month, band, orders / sum(orders) OVER (PARTITION BY month) AS order_share
    FROM per_band ORDER BY month, band`);

  const channels = await read(`
    WITH o AS (
      SELECT channel_key, any_value(channel) AS name,
             COALESCE(sum(amount) FILTER (WHERE ${inPeriod}), 0) AS gmv, count(*) FILTER (WHERE ${inPeriod}) AS orders
      FROM counted GROUP BY channel_key),
    -- The review's numerator: each month's distinct paying buyers, summed over the period's months.
    pb AS (
      SELECT channel_key, sum(n) AS paying_buyers
      FROM (SELECT channel_key, month, count(DISTINCT buyer) AS n FROM counted WHERE ${inPeriod} GROUP BY ALL) GROUP BY channel_key),
    sp AS (
      SELECT lower(trim(channel)) AS channel_key, any_value(trim(channel)) AS name, sum(amount) AS spend
      FROM spend WHERE day >= ${p0} AND day < ${pEnd} GROUP BY ALL),
    tr AS (SELECT lower(trim(channel)) AS channel_key, sum(visitors) AS visitors FROM traffic WHERE day >= ${p0} AND day < ${pEnd} GROUP BY ALL),
    per_buyer AS (SELECT buyer, count(*) AS n FROM counted WHERE ${inPeriod} GROUP BY buyer),
    nb AS (
      SELECT f.channel_key, count(*) AS new_buyers, count(*) FILTER (WHERE per_buyer.n >= 2) AS repeat_buyers
      FROM buyer_first f LEFT JOIN per_buyer USING (buyer)
      WHERE f.first_at >= ${p0} AND f.first_at < ${pEnd} GROUP BY f.channel_key)
    SELECT COALESCE(o.name, sp.name) AS channel, COALESCE(o.gmv, 0) AS gmv, COALESCE(o.orders, 0)::INTEGER AS orders,
           COALESCE(sp.spend, 0) AS spend, CASE WHEN sp.spend > 0 THEN COALESCE(o.gmv, 0) / sp.spend END AS roi,
           COALESCE(nb.new_buyers, 0)::INTEGER AS new_buyers,
           CASE WHEN sp.spend > 0 AND nb.new_buyers > 0 THEN sp.spend / nb.new_buyers END AS cost_per_new_buyer,
           nb.repeat_buyers / nb.new_buyers AS repurchase_rate, COALESCE(tr.visitors, 0) AS visitors,
           COALESCE(tr.visitors, 0) / sum(tr.visitors) OVER () AS traffic_share,
           CASE WHEN tr.visitors > 0 THEN COALESCE(pb.paying_buyers, 0) / tr.visitors END AS conversion_rate
    FROM o FULL JOIN sp USING (channel_key) LEFT JOIN nb USING (channel_key) LEFT JOIN tr USING (channel_key) LEFT JOIN pb USING (channel_key)
    ORDER BY gmv DESC, spend DESC`);

  const conversion = await read(`
    WITH t AS (
      SELECT lower(trim(channel)) AS channel_key, date_trunc('month', day)::DATE AS month, sum(visitors) AS visitors
      FROM traffic WHERE day >= ${p0} AND day < ${pEnd} GROUP BY ALL),
    b AS (SELECT channel_key, month, count(DISTINCT buyer) AS buyers FROM counted WHERE ${inPeriod} GROUP BY ALL)
    SELECT channel_key, strftime(month, '%Y-%m') AS month, COALESCE(b.buyers, 0)::INTEGER AS buyers, visitors,
           CASE WHEN visitors > 0 THEN COALESCE(b.buyers, 0) / visitors END AS rate
    FROM t LEFT JOIN b USING (channel_key, month) ORDER BY channel_key, month`);

  const cohorts = await read(`
    WITH cohort AS (SELECT buyer, first_month AS cohort FROM buyer_first WHERE first_month BETWEEN ${p0} AND ${p1}),
    sizes AS (SELECT cohort, count(*) AS size FROM cohort GROUP BY cohort),
    buyer_months AS (SELECT DISTINCT buyer, month FROM counted WHERE month BETWEEN ${p0} AND ${p1}),
    active AS (
      SELECT cohort, date_diff('month', cohort, month) AS k, count(*) AS buyers
      FROM cohort JOIN buyer_months USING (buyer) WHERE date_diff('month', cohort, month) BETWEEN 0 AND ${retentionMonths} GROUP BY ALL)
    SELECT strftime(cohort, '%Y-%m') AS cohort, size::INTEGER AS size, k::INTEGER AS k, buyers / size AS retention
    FROM sizes JOIN active USING (cohort) ORDER BY cohort, k`);

  const asOf = `(${pEnd} - INTERVAL 1 DAY)::DATE`;
  const rfmSegments = await read(`
    WITH b AS (
      SELECT buyer, date_diff('day', max(paid_at)::DATE, ${asOf}) AS recency, count(*) AS frequency, sum(amount) AS monetary
      FROM counted WHERE ${inPeriod} GROUP BY buyer),
    scored AS (
      SELECT monetary,
             1 + least(4, floor(5 * (rank() OVER (ORDER BY recency DESC) - 1) / count(*) OVER ())) AS r,
             1 + least(4, floor(5 * (rank() OVER (ORDER BY frequency) - 1) / count(*) OVER ())) AS f,
             1 + least(4, floor(5 * (rank() OVER (ORDER BY monetary) - 1) / count(*) OVER ())) AS m
      FROM b),
    named AS (
      SELECT monetary, m, CASE
        WHEN r >= 4 AND f >= 4 THEN 'champions' WHEN r >= 3 AND f >= 3 THEN 'loyal' WHEN r = 5 AND f = 1 THEN 'newCustomers'
        WHEN r >= 4 AND f >= 2 THEN 'potentialLoyalists' WHEN r = 4 THEN 'promising' WHEN r = 3 AND f = 2 THEN 'needAttention'
        WHEN r = 3 OR (r = 2 AND f <= 2) THEN 'aboutToSleep' WHEN r = 1 AND f >= 4 THEN 'cannotLose' WHEN f >= 3 THEN 'atRisk'
        WHEN f = 2 THEN 'hibernating' ELSE 'lost' END AS segment
      FROM scored)
    SELECT segment, count(*)::INTEGER AS buyers, count(*) / sum(count(*)) OVER () AS buyer_share,
           sum(monetary) AS gmv, sum(monetary) / sum(sum(monetary)) OVER () AS gmv_share, avg(m) AS mean_m
    FROM named GROUP BY segment ORDER BY segment`);

  return { periods, monthly, bands, bandMix, channels, conversion, cohorts, rfmSegments };
}
