/**
 * An independent check of the custom functions: a sample shop's ground truth goes into DuckDB,
 * each metric of PRODUCT.md is computed there in SQL, and the `EC.` functions, given the messy
 * cells exactly as Excel passes them (one column sliced out of the order table, header excluded,
 * blank rows at the end included), must agree to 1e-9 relative, counts exactly.
 *
 * The SQL knows nothing of the engine: amounts are exact DECIMALs, times are TIMESTAMPs with
 * DuckDB's own calendar, and "counted" is spelled out as PRODUCT.md says it for this export
 * (every status but 交易关闭 and 退款成功 counts; 部分退款 counts).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import {
  AD_SPEND_HEADERS, ORDER_HEADERS, generateSampleShop, sampleShopRecords, type SampleShopRecords, type SampleShopTables,
} from "../../src/sample-shop/generate-sample-shop";
import { channelsFunction, priceBandsFunction, retentionFunction } from "../../src/functions/functions";
import { aovFunction, gmvFunction, repurchaseFunction } from "../functions/single-cell-results";

const SHOP = { orders: 120_000, seed: 20250601, dirtyRate: 0.15 } as const;
/** Statuses that take an order out of GMV, orders and buyers in a Taobao export. */
const EXCLUDED_STATUSES = ["交易关闭", "退款成功"];

let tables: SampleShopTables;
let truth: SampleShopRecords;
let instance: DuckDBInstance;
let db: DuckDBConnection;

/** One column of a table as Excel passes a range of it: rows below the header, one cell per row. */
function orderColumn(header: (typeof ORDER_HEADERS)[number]): unknown[][] {
  const index = ORDER_HEADERS.indexOf(header);
  return tables.orders.slice(1).map((row) => [row[index]]);
}

function adSpendColumn(header: (typeof AD_SPEND_HEADERS)[number]): unknown[][] {
  const index = AD_SPEND_HEADERS.indexOf(header);
  return tables.adSpend.slice(1).map((row) => [row[index]]);
}

async function query(sql: string): Promise<Record<string, unknown>[]> {
  const reader = await db.runAndReadAll(sql);
  return reader.getRowObjectsJS() as Record<string, unknown>[];
}

/** Agreement to 1e-9 relative (absolute near 0). */
function expectClose(actual: unknown, expected: number, what: string): void {
  expect(typeof actual, `${what}: ${String(actual)}`).toBe("number");
  const tolerance = 1e-9 * Math.max(1, Math.abs(expected));
  expect(Math.abs((actual as number) - expected), `${what}: ${actual} vs DuckDB ${expected}`).toBeLessThanOrEqual(tolerance);
}

/** A spilled table's data rows (the header row dropped), failing clearly when the function returned an error. */
function spilledRows(result: unknown): unknown[][] {
  expect(Array.isArray(result), `expected a table, got ${JSON.stringify(result)}`).toBe(true);
  return (result as unknown[][]).slice(1);
}

beforeAll(async () => {
  tables = generateSampleShop(SHOP);
  truth = sampleShopRecords(SHOP);

  instance = await DuckDBInstance.create(":memory:");
  db = await instance.connect();
  await db.run(`CREATE TABLE orders (row_idx INTEGER, buyer VARCHAR, paid_at TIMESTAMP, amount DECIMAL(18, 2), status VARCHAR, channel VARCHAR)`);
  await db.run(`CREATE TABLE spend (channel VARCHAR, amount DECIMAL(18, 2))`);
  const orders = await db.createAppender("orders");
  for (const order of truth.orders) {
    orders.appendInteger(order.row);
    orders.appendVarchar(order.buyer);
    if (order.paidAt === null) orders.appendNull();
    else orders.appendVarchar(order.paidAt);
    orders.appendDouble(order.amount);
    orders.appendVarchar(order.status);
    orders.appendVarchar(order.channel);
    orders.endRow();
  }
  orders.closeSync();
  const spend = await db.createAppender("spend");
  for (const row of truth.adSpend) {
    spend.appendVarchar(row.channel);
    spend.appendDouble(row.spend);
    spend.endRow();
  }
  spend.closeSync();
  await db.run(`CREATE VIEW counted AS SELECT * FROM orders WHERE status NOT IN (${EXCLUDED_STATUSES.map((s) => `'${s}'`).join(", ")})`);
});

afterAll(() => {
  db?.closeSync();
  instance?.closeSync();
});

describe("the sample shop is messy enough to test reading", () => {
  it("holds amounts, dates, buyers and statuses in messy-but-readable forms", () => {
    const amounts = orderColumn("实付金额").map(([cell]) => cell);
    const dates = orderColumn("订单付款时间").map(([cell]) => cell);
    const textAmounts = amounts.filter((cell): cell is string => typeof cell === "string" && cell !== "");
    expect(textAmounts.length).toBeGreaterThan(SHOP.orders * 0.1);
    expect(textAmounts.some((cell) => cell.startsWith("¥") && cell.includes(","))).toBe(true);
    expect(textAmounts.some((cell) => cell.startsWith("￥"))).toBe(true);
    expect(dates.filter((cell) => typeof cell === "string" && cell.includes("年")).length).toBeGreaterThan(1000);
    expect(dates.filter((cell) => typeof cell === "string" && cell.includes("/")).length).toBeGreaterThan(1000);
    expect(dates.filter((cell) => typeof cell === "number").length).toBeGreaterThan(SHOP.orders * 0.7);
    expect(dates.filter((cell) => cell === null || cell === "").length).toBeGreaterThan(1000);
    const buyers = orderColumn("买家会员名").map(([cell]) => cell);
    expect(buyers.filter((cell) => typeof cell === "number").length).toBeGreaterThan(1000);
    expect(buyers.filter((cell) => typeof cell === "string" && cell !== cell.trim()).length).toBeGreaterThan(1000);
    expect(orderColumn("订单状态").filter(([cell]) => typeof cell === "string" && cell.endsWith(" ")).length).toBeGreaterThan(1000);
    const spend = adSpendColumn("花费").map(([cell]) => cell);
    expect(spend.some((cell) => typeof cell === "string" && cell.endsWith("万"))).toBe(true);
    expect(tables.orders.at(-1)!.every((cell) => cell === "" || cell === null)).toBe(true);
  });
});

describe("EC. functions agree with DuckDB", () => {
  it("GMV over counted orders", async () => {
    const [sql] = await query(`SELECT SUM(amount)::DOUBLE AS gmv, COUNT(*)::INTEGER AS orders FROM counted`);
    expect(sql.orders).toBeGreaterThan(100_000);
    expectClose(gmvFunction(orderColumn("实付金额"), orderColumn("订单状态")), sql.gmv as number, "GMV");
  });

  it("AOV per order and per distinct buyer", async () => {
    const [sql] = await query(`
      SELECT SUM(amount)::DOUBLE / COUNT(*) AS per_order, SUM(amount)::DOUBLE / COUNT(DISTINCT buyer) AS per_buyer FROM counted`);
    expectClose(aovFunction(orderColumn("实付金额"), undefined, orderColumn("订单状态")), sql.per_order as number, "AOV per order");
    expectClose(aovFunction(orderColumn("实付金额"), orderColumn("买家会员名"), orderColumn("订单状态")), sql.per_buyer as number, "AOV per buyer");
  });

  it("price bands at 50 / 100 / 200 / 500: orders, shares, GMV, GMV shares", async () => {
    const sql = await query(`
      WITH banded AS (
        SELECT CASE WHEN amount < 50 THEN 0 WHEN amount < 100 THEN 1 WHEN amount < 200 THEN 2 WHEN amount < 500 THEN 3 ELSE 4 END AS band, amount
        FROM counted),
      per_band AS (
        SELECT b.band, COUNT(amount) AS orders, COALESCE(SUM(amount), 0) AS gmv
        FROM generate_series(0, 4) AS b(band) LEFT JOIN banded USING (band) GROUP BY b.band)
      SELECT band, orders::INTEGER AS orders, orders / SUM(orders) OVER () AS order_share,
             gmv::DOUBLE AS gmv, gmv::DOUBLE / SUM(gmv) OVER ()::DOUBLE AS gmv_share
      FROM per_band ORDER BY band`);
    const rows = spilledRows(priceBandsFunction(orderColumn("实付金额"), undefined, orderColumn("订单状态")));
    expect(rows).toHaveLength(5);
    sql.forEach((band, k) => {
      const [, orders, orderShare, gmv, gmvShare] = rows[k];
      expect(orders, `band ${k} orders`).toBe(band.orders);
      expectClose(orderShare, band.order_share as number, `band ${k} order share`);
      expectClose(gmv, band.gmv as number, `band ${k} GMV`);
      expectClose(gmvShare, band.gmv_share as number, `band ${k} GMV share`);
    });
  });

  it("repurchase rate: buyers with two or more counted orders ÷ buyers with one or more", async () => {
    const [sql] = await query(`
      WITH per_buyer AS (SELECT buyer, COUNT(*) AS orders FROM counted GROUP BY buyer)
      SELECT COUNT(*) FILTER (WHERE orders >= 2)::INTEGER AS repeat_buyers, COUNT(*)::INTEGER AS buyers FROM per_buyer`);
    const rate = (sql.repeat_buyers as number) / (sql.buyers as number);
    expect(rate).toBeGreaterThan(0.2);
    expect(rate).toBeLessThan(0.35);
    expectClose(repurchaseFunction(orderColumn("买家会员名"), orderColumn("实付金额"), orderColumn("订单状态")), rate, "repurchase rate");
  });

  /** Cohort retention in SQL, for k = 0 … horizon, only for months the data covers. */
  async function retentionInSql(horizon: number) {
    return query(`
      WITH buyer_months AS (SELECT DISTINCT buyer, date_trunc('month', paid_at) AS month FROM counted),
      cohorts AS (SELECT buyer, MIN(month) AS cohort FROM buyer_months GROUP BY buyer),
      sizes AS (SELECT cohort, COUNT(*) AS size FROM cohorts GROUP BY cohort),
      active AS (
        SELECT c.cohort, date_diff('month', c.cohort, m.month) AS k, COUNT(*) AS buyers
        FROM cohorts c JOIN buyer_months m USING (buyer) GROUP BY ALL),
      grid AS (
        SELECT s.cohort, s.size, g.k FROM sizes s, generate_series(0, ${horizon}) AS g(k)
        WHERE g.k <= date_diff('month', s.cohort, (SELECT MAX(month) FROM buyer_months)))
      SELECT strftime(grid.cohort, '%Y-%m') AS cohort, grid.size::INTEGER AS size, grid.k::INTEGER AS k,
             COALESCE(active.buyers, 0)::DOUBLE / grid.size AS share
      FROM grid LEFT JOIN active USING (cohort, k) ORDER BY cohort, k`);
  }

  function compareRetention(result: unknown, sql: Record<string, unknown>[], horizon: number) {
    const rows = spilledRows(result);
    const byCohort = new Map(rows.map((row) => [row[0] as string, row]));
    const cohorts = new Set(sql.map((r) => r.cohort as string));
    expect([...byCohort.keys()]).toEqual([...cohorts]);
    for (const cell of sql) {
      const row = byCohort.get(cell.cohort as string)!;
      expect(row[1], `cohort ${cell.cohort} size`).toBe(cell.size);
      expectClose(row[2 + (cell.k as number)], cell.share as number, `cohort ${cell.cohort} month ${cell.k}`);
    }
    // Months the data does not cover are blank, never 0.
    for (const row of rows) {
      const covered = sql.filter((r) => r.cohort === row[0]).length;
      for (let k = covered; k <= horizon && 2 + k < row.length; k++) expect(row[2 + k], `${row[0]} month ${k}`).toBe("");
    }
  }

  it("monthly cohort retention, k = 0 … 11 (the 12 months the data covers; the default horizon is 12)", async () => {
    const sql = await retentionInSql(12);
    expect(new Set(sql.map((r) => r.cohort)).size).toBe(12);
    expect(Math.max(...sql.map((r) => r.k as number))).toBe(11);
    compareRetention(retentionFunction(orderColumn("买家会员名"), orderColumn("订单付款时间"), orderColumn("订单状态")), sql, 12);
  });

  it("monthly cohort retention with a horizon of 3 months", async () => {
    const sql = await retentionInSql(3);
    const result = retentionFunction(orderColumn("买家会员名"), orderColumn("订单付款时间"), orderColumn("订单状态"), 3);
    expect(spilledRows(result)[0]).toHaveLength(2 + 4);
    compareRetention(result, sql, 3);
  });

  it("channel table: GMV, orders, spend, ROI, new buyers, cost per new buyer", async () => {
    const sql = await query(`
      WITH order_totals AS (SELECT channel, SUM(amount) AS gmv, COUNT(*) AS orders FROM counted GROUP BY channel),
      spend_totals AS (SELECT channel, SUM(amount) AS spend FROM spend GROUP BY channel),
      first_orders AS (
        SELECT buyer, channel, ROW_NUMBER() OVER (PARTITION BY buyer ORDER BY paid_at, row_idx) AS nth FROM counted),
      new_buyers AS (SELECT channel, COUNT(*) AS buyers FROM first_orders WHERE nth = 1 GROUP BY channel)
      SELECT channel,
             COALESCE(gmv, 0)::DOUBLE AS gmv, COALESCE(orders, 0)::INTEGER AS orders, COALESCE(spend, 0)::DOUBLE AS spend,
             CASE WHEN spend > 0 THEN COALESCE(gmv, 0)::DOUBLE / spend::DOUBLE END AS roi,
             COALESCE(new_buyers.buyers, 0)::INTEGER AS new_buyers,
             CASE WHEN spend > 0 AND new_buyers.buyers > 0 THEN spend::DOUBLE / new_buyers.buyers END AS cost_per_new_buyer
      FROM order_totals FULL OUTER JOIN spend_totals USING (channel) LEFT JOIN new_buyers USING (channel)
      ORDER BY gmv DESC, spend DESC`);
    expect(sql.map((r) => r.channel)).toContain("万相台");
    const result = channelsFunction(
      orderColumn("流量来源"), orderColumn("实付金额"), orderColumn("买家会员名"), orderColumn("订单付款时间"),
      adSpendColumn("渠道"), adSpendColumn("花费"), orderColumn("订单状态"),
    );
    const rows = spilledRows(result);
    expect(rows.map((row) => row[0])).toEqual(sql.map((r) => r.channel));
    sql.forEach((channel, i) => {
      const [, gmv, orders, spend, roi, newBuyers, costPerNewBuyer] = rows[i];
      const name = channel.channel as string;
      expectClose(gmv, channel.gmv as number, `${name} GMV`);
      expect(orders, `${name} orders`).toBe(channel.orders);
      expectClose(spend, channel.spend as number, `${name} spend`);
      if (channel.roi === null) expect(roi, `${name} ROI`).toBe("");
      else expectClose(roi, channel.roi as number, `${name} ROI`);
      expect(newBuyers, `${name} new buyers`).toBe(channel.new_buyers);
      if (channel.cost_per_new_buyer === null) expect(costPerNewBuyer, `${name} cost per new buyer`).toBe("");
      else expectClose(costPerNewBuyer, channel.cost_per_new_buyer as number, `${name} cost per new buyer`);
    });
  });
});
