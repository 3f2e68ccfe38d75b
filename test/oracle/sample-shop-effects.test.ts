/**
 * The demo shop's data, checked in SQL: the sample shop's ground truth (orders, item lines, unit
 * costs, A/B test rows) goes into DuckDB, and each effect the demo review is meant to show is
 * computed there, apart from the generator and the engine — the two 千牛 reports agreeing order by
 * order, August's 满200减30 bunching, the add-on share of the AOV change, September's late
 * shipping and after-sales, the repurchase of buyers whose first order shipped late, and the
 * coupon test. The figures are those of `npm run demo` (60,000 orders, seed 1, the default mess).
 *
 * Definitions as PRODUCT.md gives them: a threshold is checked on the lines' total before the
 * discount; bunching is the orders within 10% above the threshold over those within 10% below;
 * an add-on line (凑单) is a low-price line added to a main item that takes its order across the
 * threshold, and its share of the AOV change is the change in add-on amount per order ÷ the change
 * in AOV; late is more than 48 hours from payment to shipping; the A/B test is a two-proportion
 * z-test with pooled variance.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { sampleShopRecords } from "../../src/sample-shop/generate-sample-shop";
import { DEMO_PROMOTIONS } from "../../src/sample-shop/shop-profile";

/** The demo's shop (src/cli: DEMO_SEED, DEMO_DEFAULT_ORDERS). */
const SHOP = { orders: 60_000, seed: 1 } as const;
const [PROMOTION] = DEMO_PROMOTIONS;

let instance: DuckDBInstance;
let db: DuckDBConnection;

async function query(sql: string): Promise<Record<string, unknown>[]> {
  const reader = await db.runAndReadAll(sql);
  return reader.getRowObjectsJS() as Record<string, unknown>[];
}

async function one(sql: string): Promise<Record<string, number>> {
  const [row] = await query(sql);
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, Number(value)]));
}

beforeAll(async () => {
  const truth = sampleShopRecords(SHOP);
  instance = await DuckDBInstance.create(":memory:");
  db = await instance.connect();
  await db.run(`CREATE TABLE orders (order_id VARCHAR, buyer VARCHAR, paid_at TIMESTAMP, shipped_at TIMESTAMP, amount DECIMAL(18, 2),
    cost DECIMAL(18, 2), refund DECIMAL(18, 2), discount DECIMAL(18, 2), status VARCHAR)`);
  await db.run(`CREATE TABLE items (order_id VARCHAR, price DECIMAL(18, 2), quantity INTEGER, status VARCHAR, sku VARCHAR, add_on BOOLEAN)`);
  await db.run(`CREATE TABLE costs (sku VARCHAR, unit_cost DECIMAL(18, 2))`);
  await db.run(`CREATE TABLE experiments (experiment VARCHAR, arm VARCHAR, visitors INTEGER, conversions INTEGER)`);
  const orders = await db.createAppender("orders");
  for (const o of truth.orders) {
    orders.appendVarchar(o.orderId);
    orders.appendVarchar(o.buyer);
    for (const time of [o.paidAt, o.shippedAt]) {
      if (time === null) orders.appendNull();
      else orders.appendVarchar(time);
    }
    for (const money of [o.amount, o.cost, o.refund, o.discount]) orders.appendDouble(money);
    orders.appendVarchar(o.status);
    orders.endRow();
  }
  orders.closeSync();
  const items = await db.createAppender("items");
  for (const line of truth.items) {
    items.appendVarchar(line.orderId);
    items.appendDouble(line.price);
    items.appendInteger(line.quantity);
    items.appendVarchar(line.status);
    items.appendVarchar(line.sku);
    items.appendBoolean(line.addOn);
    items.endRow();
  }
  items.closeSync();
  const costs = await db.createAppender("costs");
  for (const c of truth.costs) {
    costs.appendVarchar(c.sku);
    costs.appendDouble(c.unitCost);
    costs.endRow();
  }
  costs.closeSync();
  const experiments = await db.createAppender("experiments");
  for (const e of truth.experiments) {
    experiments.appendVarchar(e.experiment);
    experiments.appendVarchar(e.arm);
    experiments.appendInteger(e.visitors);
    experiments.appendInteger(e.conversions);
    experiments.endRow();
  }
  experiments.closeSync();
  // Counted orders (every status but 交易关闭 and 退款成功, paid) with their month and their lines' total.
  await db.run(`CREATE VIEW counted AS
    SELECT o.*, strftime(o.paid_at, '%Y-%m') AS month, l.lines_total
    FROM orders o JOIN (SELECT order_id, SUM(price * quantity) AS lines_total FROM items GROUP BY order_id) l USING (order_id)
    WHERE o.paid_at IS NOT NULL AND o.status NOT IN ('交易关闭', '退款成功')`);
  await db.run(`CREATE VIEW shipped AS
    SELECT *, strftime(paid_at, '%Y-%m') AS month, date_diff('second', paid_at, shipped_at) / 3600.0 AS hours FROM orders WHERE shipped_at IS NOT NULL`);
}, 120_000);

afterAll(() => {
  db?.closeSync();
  instance?.closeSync();
});

describe("the demo shop's two 千牛 reports, in SQL", () => {
  it("agree order by order: lines' total − discount = 实付金额, lines' costs = 成本, every line with its order's status", async () => {
    const check = await one(`
      WITH lines AS (SELECT i.order_id, SUM(i.price * i.quantity) AS total, SUM(c.unit_cost * i.quantity) AS cost,
                            BOOL_AND(i.status = o.status) AS same_status
                     FROM items i JOIN costs c USING (sku) JOIN orders o USING (order_id) GROUP BY i.order_id)
      SELECT COUNT(*) AS orders, COUNT(l.order_id) AS with_lines,
             COUNT(*) FILTER (WHERE l.total - o.discount <> o.amount) AS amount_differs,
             COUNT(*) FILTER (WHERE l.cost <> o.cost) AS cost_differs,
             COUNT(*) FILTER (WHERE NOT l.same_status) AS status_differs
      FROM orders o LEFT JOIN lines l USING (order_id)`);
    expect(check).toEqual({ orders: SHOP.orders, with_lines: SHOP.orders, amount_differs: 0, cost_differs: 0, status_differs: 0 });
  });
});

describe("the demo review's issue-14 figures, in SQL", () => {
  it("August's 满200减30: orders bunch just over ¥200 on their lines' total, not in the other months nor on 实付金额", async () => {
    const rows = await query(`
      SELECT paid_at::DATE BETWEEN DATE '${PROMOTION.from}' AND DATE '${PROMOTION.to}' AS promotion,
             COUNT(*) FILTER (WHERE lines_total >= ${PROMOTION.threshold} AND lines_total <= ${PROMOTION.threshold * 1.1})
               / COUNT(*) FILTER (WHERE lines_total >= ${PROMOTION.threshold * 0.9} AND lines_total < ${PROMOTION.threshold}) AS bunching,
             COUNT(*) FILTER (WHERE amount >= ${PROMOTION.threshold} AND amount <= ${PROMOTION.threshold * 1.1})
               / COUNT(*) FILTER (WHERE amount >= ${PROMOTION.threshold * 0.9} AND amount < ${PROMOTION.threshold}) AS paid_bunching
      FROM counted GROUP BY 1`);
    const of = (promotion: boolean) => rows.find((row) => row.promotion === promotion)!;
    expect(Number(of(true).bunching)).toBeGreaterThan(10);
    expect(Number(of(false).bunching)).toBeGreaterThan(0.7);
    expect(Number(of(false).bunching)).toBeLessThan(1.6);
    expect(Number(of(true).paid_bunching)).toBeLessThan(1);
  });

  it("add-on lines give about 40% of the AOV change between 2025-01..05 and 2025-06..10", async () => {
    const figures = await one(`
      WITH add_ons AS (
        SELECT c.order_id, SUM(i.price * i.quantity) AS amount FROM counted c JOIN items i USING (order_id)
        WHERE c.paid_at::DATE BETWEEN DATE '${PROMOTION.from}' AND DATE '${PROMOTION.to}' AND c.lines_total >= ${PROMOTION.threshold}
          AND i.add_on AND c.lines_total - i.price * i.quantity < ${PROMOTION.threshold}
        GROUP BY c.order_id),
      periods AS (
        SELECT month BETWEEN '2025-06' AND '2025-10' AS current, AVG(c.amount) AS aov, SUM(COALESCE(a.amount, 0)) / COUNT(*) AS add_on
        FROM counted c LEFT JOIN add_ons a USING (order_id) WHERE month BETWEEN '2025-01' AND '2025-10' GROUP BY 1)
      SELECT MAX(aov) FILTER (WHERE current) - MAX(aov) FILTER (WHERE NOT current) AS aov_change,
             MAX(aov) FILTER (WHERE current) / MAX(aov) FILTER (WHERE NOT current) - 1 AS aov_growth,
             MAX(add_on) FILTER (WHERE current) - MAX(add_on) FILTER (WHERE NOT current) AS add_on_change
      FROM periods`);
    expect(figures.aov_growth).toBeGreaterThan(0.03);
    expect(figures.aov_growth).toBeLessThan(0.06);
    expect(figures.add_on_change / figures.aov_change).toBeGreaterThan(0.3);
    expect(figures.add_on_change / figures.aov_change).toBeLessThan(0.5);
  });

  it("September ships late: median, p90 and the share over 48 hours", async () => {
    const rows = await query(`
      SELECT month = '2025-09' AS september, MEDIAN(hours) AS median, QUANTILE_CONT(hours, 0.9) AS p90,
             COUNT(*) FILTER (WHERE hours > 48) / COUNT(*) AS late
      FROM shipped WHERE month BETWEEN '2025-01' AND '2025-10' GROUP BY 1`);
    const of = (september: boolean) => rows.find((row) => row.september === september)!;
    expect(Number(of(true).late)).toBeGreaterThan(0.3);
    expect(Number(of(false).late)).toBeLessThan(0.07);
    expect(Number(of(false).median)).toBeGreaterThan(12);
    expect(Number(of(false).median)).toBeLessThan(20);
    expect(Number(of(false).p90)).toBeLessThan(45);
    expect(Number(of(true).p90)).toBeGreaterThan(72);
  });

  it("after-sales (shipped orders with a refund) rise by about a third in September", async () => {
    const { september, before } = await one(`
      SELECT COUNT(*) FILTER (WHERE month = '2025-09' AND refund > 0) / COUNT(*) FILTER (WHERE month = '2025-09') AS september,
             COUNT(*) FILTER (WHERE month BETWEEN '2025-01' AND '2025-08' AND refund > 0) / COUNT(*) FILTER (WHERE month BETWEEN '2025-01' AND '2025-08') AS before
      FROM shipped`);
    expect(september / before - 1).toBeGreaterThan(0.25);
    expect(september / before - 1).toBeLessThan(0.5);
  });

  it("buyers whose first counted order shipped late repurchase less, in September and over the year", async () => {
    const rows = await query(`
      WITH buyers AS (
        SELECT buyer, COUNT(*) AS orders, ARG_MIN(date_diff('second', paid_at, shipped_at) > 48 * 3600, paid_at) AS late,
               strftime(MIN(paid_at), '%Y-%m') AS first_month
        FROM counted GROUP BY buyer)
      SELECT late, first_month = '2025-09' AS september, COUNT(*) FILTER (WHERE orders >= 2) / COUNT(*) AS repurchase
      FROM buyers GROUP BY ALL`);
    const rate = (late: boolean, september: boolean) => Number(rows.find((row) => row.late === late && row.september === september)!.repurchase);
    expect(rate(true, false)).toBeLessThan(rate(false, false) * 0.7);
    expect(rate(true, true)).toBeLessThan(rate(false, true) * 0.75);
  });

  it("the coupon pop-up test: +9.2% conversion, significant; the first-image test is not", async () => {
    const rows = await query(`
      WITH arms AS (
        SELECT experiment,
               MAX(visitors) FILTER (WHERE arm = '对照组') AS n1, MAX(conversions) FILTER (WHERE arm = '对照组') AS x1,
               MAX(visitors) FILTER (WHERE arm = '实验组') AS n2, MAX(conversions) FILTER (WHERE arm = '实验组') AS x2
        FROM experiments GROUP BY experiment)
      SELECT experiment, (x2 / n2) / (x1 / n1) - 1 AS lift,
             (x2 / n2 - x1 / n1) / SQRT(((x1 + x2) / (n1 + n2)) * (1 - (x1 + x2) / (n1 + n2)) * (1 / n1 + 1 / n2)) AS z
      FROM arms`);
    const of = (experiment: string) => rows.find((row) => row.experiment === experiment)!;
    expect(Number(of("优惠券弹窗").lift)).toBeCloseTo(0.092, 2);
    // |z| > 1.96: p < 0.05, two-sided.
    expect(Number(of("优惠券弹窗").z)).toBeGreaterThan(1.96);
    expect(Math.abs(Number(of("详情页首图").z))).toBeLessThan(1.96);
  });
});
