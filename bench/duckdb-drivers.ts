/**
 * Case 7's SQL side: "what drove AOV and repurchase" in DuckDB. The sample shop's clean records —
 * the orders with their shipping time and refund, and the item report's lines — are loaded once
 * (timed apart), then each analysis of the review is one SQL computation, adapted from the oracle
 * tests' SQL (test/oracle/basket-oracle.test.ts, fulfilment-oracle.test.ts,
 * first-product-oracle.test.ts) to these tables:
 *
 * - baskets: per window (the period, the comparison period, each month of the period) counted
 *   orders, items, counted lines, GMV, add-on lines and their amount under the August 满200减30;
 *   the threshold's bunching (just under / just over / at or over, in and outside the promotion)
 *   and the gross profit of the orders at or over it;
 * - fulfilment: per month of payment the paid orders, shipped, median and P90 hours
 *   (quantile_cont), late (> 48 h), refunded; new buyers by how their first order shipped;
 * - first product: per item of the acquired buyers' first order, first-time and repeat buyers.
 *
 * As in case 1, DuckDB gets clean typed columns and does none of the reading of messy cells.
 */
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import type { SampleShopRecords } from "../src/sample-shop/generate-sample-shop";
import { monthLabel } from "../src/engine/calendar";
import type { MonthRange } from "../src/review/review-period";
import type { PromotionThreshold } from "../src/review/review-inputs";

const EXCLUDED = `('交易关闭', '退款成功')`;

export interface DuckDbDrivers {
  readonly db: DuckDBConnection;
  readonly version: string;
  readonly threads: number;
  close(): void;
}

type Row = Record<string, unknown>;

/** `orders (row_idx, order_id, buyer, paid_at, shipped_at, amount, cost, refund, status)` and `items (row_idx, order_id, title, price, qty, status, sku)`. */
export async function loadDriversIntoDuckDb(records: SampleShopRecords): Promise<DuckDbDrivers> {
  const instance = await DuckDBInstance.create(":memory:");
  const db = await instance.connect();
  await db.run(`CREATE TABLE orders (row_idx INTEGER, order_id VARCHAR, buyer VARCHAR, paid_at TIMESTAMP, shipped_at TIMESTAMP,
    amount DOUBLE, cost DOUBLE, refund DOUBLE, status VARCHAR)`);
  await db.run("CREATE TABLE items (row_idx INTEGER, order_id VARCHAR, title VARCHAR, price DOUBLE, qty DOUBLE, status VARCHAR, sku VARCHAR)");
  const orders = await db.createAppender("orders");
  for (const o of records.orders) {
    orders.appendInteger(o.row);
    orders.appendVarchar(o.orderId);
    orders.appendVarchar(o.buyer);
    if (o.paidAt === null) orders.appendNull();
    else orders.appendVarchar(o.paidAt);
    if (o.shippedAt === null) orders.appendNull();
    else orders.appendVarchar(o.shippedAt);
    orders.appendDouble(o.amount);
    orders.appendDouble(o.cost);
    orders.appendDouble(o.refund);
    orders.appendVarchar(o.status);
    orders.endRow();
  }
  orders.closeSync();
  const items = await db.createAppender("items");
  for (const i of records.items) {
    items.appendInteger(i.row);
    items.appendVarchar(i.orderId);
    items.appendVarchar(i.title);
    items.appendDouble(i.price);
    items.appendDouble(i.quantity);
    items.appendVarchar(i.status);
    if (i.sku === "") items.appendNull();
    else items.appendVarchar(i.sku);
    items.endRow();
  }
  items.closeSync();
  const [settings] = (await db.runAndReadAll(`SELECT version() AS version, current_setting('threads') AS threads`)).getRowObjectsJS();
  return {
    db, version: String(settings.version), threads: Number(settings.threads),
    close() {
      db.closeSync();
      instance.closeSync();
    },
  };
}

const monthStart = (month: number) => `TIMESTAMP '${monthLabel(month)}-01'`;
/** A promotion's last day "2025-08-31" → the timestamp of the day after. */
const dayAfter = (date: string) => `(DATE '${date}' + INTERVAL 1 DAY)::TIMESTAMP`;

/** Counted orders with their counted lines from the item report (line amount = price × quantity). */
const COUNTED = `
  counted AS (SELECT row_idx, order_id, buyer, paid_at AS t, amount, cost FROM orders WHERE paid_at IS NOT NULL AND status NOT IN ${EXCLUDED}),
  l AS (SELECT i.row_idx, i.order_id, i.price * i.qty AS amount, i.qty, coalesce(i.sku, i.title) AS item
        FROM items i JOIN counted c USING (order_id) WHERE i.status NOT IN ${EXCLUDED})`;

export interface SqlBaskets {
  /** One per window: name ("period", "comparison", "2025-06"…), orders, left_out, items, lines, gmv, add_on_lines, add_on_amount. */
  readonly windows: Row[];
  /** inside (boolean), orders, under, over, at_or_over, profit. */
  readonly threshold: Row[];
}

export async function basketsInSql(shop: DuckDbDrivers, period: MonthRange, comparison: MonthRange, promotion: PromotionThreshold): Promise<SqlBaskets> {
  const p0 = `TIMESTAMP '${promotion.from}'`;
  const p1 = dayAfter(promotion.to);
  const T = promotion.threshold;
  const windows = [
    `('period', ${monthStart(period.from)}, ${monthStart(period.to + 1)})`,
    `('comparison', ${monthStart(comparison.from)}, ${monthStart(comparison.to + 1)})`,
  ];
  for (let m = period.from; m <= period.to; m++) windows.push(`('${monthLabel(m)}', ${monthStart(m)}, ${monthStart(m + 1)})`);
  const { db } = shop;
  const read = async (sql: string) => (await db.runAndReadAll(sql)).getRowObjectsJS() as Row[];
  await db.run(`CREATE OR REPLACE TEMP TABLE basket_orders AS WITH ${COUNTED},
    per_order AS (SELECT order_id, sum(amount) AS goods, sum(qty) AS items, count(*) AS n_lines FROM l GROUP BY order_id)
    SELECT c.order_id, c.t, c.amount, c.cost, coalesce(p.goods, c.amount) AS goods, p.items, p.n_lines FROM counted c LEFT JOIN per_order p USING (order_id)`);
  const rows = await read(`WITH ${COUNTED},
    add_ons AS (
      SELECT order_id, amount AS add_on_amount FROM (
        SELECT l.order_id, l.amount, row_number() OVER (PARTITION BY l.order_id ORDER BY l.amount, l.row_idx DESC) AS k
        FROM l JOIN basket_orders o USING (order_id)
        WHERE o.n_lines >= 2 AND o.t >= ${p0} AND o.t < ${p1} AND o.goods >= ${T} AND o.goods - l.amount < ${T})
      WHERE k = 1),
    w (name, w0, w1) AS (VALUES ${windows.join(", ")})
    SELECT w.name, count(*) FILTER (WHERE o.n_lines IS NOT NULL)::INTEGER AS orders, count(*) FILTER (WHERE o.n_lines IS NULL)::INTEGER AS left_out,
      sum(o.items)::DOUBLE AS items, sum(o.n_lines)::DOUBLE AS lines, sum(o.amount) FILTER (WHERE o.n_lines IS NOT NULL) AS gmv,
      count(a.add_on_amount)::INTEGER AS add_on_lines, coalesce(sum(a.add_on_amount), 0) AS add_on_amount
    FROM w JOIN basket_orders o ON o.t >= w.w0 AND o.t < w.w1 LEFT JOIN add_ons a USING (order_id)
    GROUP BY w.name`);
  const threshold = await read(`
    SELECT (t >= ${p0} AND t < ${p1}) AS inside, count(*)::INTEGER AS orders,
      count(*) FILTER (WHERE goods >= ${T * 0.9} AND goods < ${T})::INTEGER AS under,
      count(*) FILTER (WHERE goods >= ${T} AND goods < ${T * 1.1})::INTEGER AS over,
      count(*) FILTER (WHERE goods >= ${T})::INTEGER AS at_or_over,
      sum(amount - cost) FILTER (WHERE goods >= ${T}) AS profit
    FROM basket_orders
    WHERE (t >= ${monthStart(period.from)} AND t < ${monthStart(period.to + 1)}) OR (t >= ${monthStart(comparison.from)} AND t < ${monthStart(comparison.to + 1)})
    GROUP BY inside`);
  return { windows: rows, threshold };
}

export interface SqlFulfilment {
  /** month ("2025-06"), orders, shipped, median, p90, late, refunded. */
  readonly months: Row[];
  /** late (boolean; null = unshipped), buyers, back. */
  readonly firstShipping: Row[];
}

export async function fulfilmentInSql(shop: DuckDbDrivers, period: MonthRange, limitHours: number): Promise<SqlFulfilment> {
  const { db } = shop;
  const read = async (sql: string) => (await db.runAndReadAll(sql)).getRowObjectsJS() as Row[];
  const w0 = monthStart(period.from);
  const w1 = monthStart(period.to + 1);
  const months = await read(`
    SELECT strftime(paid_at, '%Y-%m') AS month, count(*)::INTEGER AS orders, count(shipped_at)::INTEGER AS shipped,
      quantile_cont(epoch(shipped_at - paid_at) / 3600, 0.5) AS median, quantile_cont(epoch(shipped_at - paid_at) / 3600, 0.9) AS p90,
      count(*) FILTER (WHERE epoch(shipped_at - paid_at) / 3600 > ${limitHours})::INTEGER AS late,
      count(*) FILTER (WHERE refund > 0)::INTEGER AS refunded
    FROM orders WHERE paid_at >= ${w0} AND paid_at < ${w1}
    GROUP BY 1 ORDER BY 1`);
  const firstShipping = await read(`
    WITH counted AS (SELECT row_idx, buyer, paid_at, shipped_at FROM orders WHERE paid_at IS NOT NULL AND status NOT IN ${EXCLUDED}),
    firsts AS (SELECT buyer, paid_at, shipped_at FROM counted QUALIFY row_number() OVER (PARTITION BY buyer ORDER BY paid_at, row_idx) = 1),
    inwindow AS (SELECT buyer, count(*) AS n FROM counted WHERE paid_at >= ${w0} AND paid_at < ${w1} GROUP BY buyer)
    SELECT epoch(f.shipped_at - f.paid_at) / 3600 > ${limitHours} AS late, count(*)::INTEGER AS buyers, count(*) FILTER (WHERE w.n >= 2)::INTEGER AS back
    FROM firsts f JOIN inwindow w USING (buyer)
    WHERE f.paid_at >= ${w0} AND f.paid_at < ${w1} GROUP BY 1`);
  return { months, firstShipping };
}

/** item (SKU, else title), first_buyers, repeat_buyers; one row per item. */
export async function firstProductInSql(shop: DuckDbDrivers, period: MonthRange): Promise<Row[]> {
  const w0 = monthStart(period.from);
  const w1 = monthStart(period.to + 1);
  return (await shop.db.runAndReadAll(`WITH ${COUNTED},
    main_item AS (SELECT order_id, item FROM l QUALIFY row_number() OVER (PARTITION BY order_id ORDER BY amount DESC, row_idx) = 1),
    first_order AS (SELECT buyer, order_id, t FROM counted QUALIFY row_number() OVER (PARTITION BY buyer ORDER BY t, row_idx) = 1),
    in_window AS (SELECT buyer, count(*) AS n FROM counted WHERE t >= ${w0} AND t < ${w1} GROUP BY buyer)
    SELECT m.item, count(*)::INTEGER AS first_buyers, count(*) FILTER (WHERE w.n >= 2)::INTEGER AS repeat_buyers
    FROM first_order f JOIN in_window w USING (buyer) LEFT JOIN main_item m USING (order_id)
    WHERE f.t >= ${w0} AND f.t < ${w1}
    GROUP BY m.item`)).getRowObjectsJS() as Row[];
}
