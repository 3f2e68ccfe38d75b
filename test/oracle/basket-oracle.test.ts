/**
 * The baskets and promotion thresholds (issue 14) against DuckDB SQL, on line-item data: one row
 * per line with refunded lines (退款成功) in orders that count and orders closed on every line
 * (交易关闭), and an August 满200减30 promotion with add-on lines. The review reads the sheet through
 * the real reader (readOrderTable → buildReview); the SQL groups the lines itself. Then EC.BASKET
 * and EC.THRESHOLD over the same rows must give the review's figures.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { readOrderTable } from "../../src/review/order-table";
import { buildReview, type ReviewModel } from "../../src/review/build-review";
import { parseMonthRange } from "../../src/review/review-period";
import type { BasketSummary } from "../../src/review/basket-review";
import { basketFunction, thresholdFunction } from "../../src/functions/functions";
import { NO_ADDRESSES } from "../support/custom-functions-runtime";
import { BASKET_LEDGER_HEADERS, BASKET_PROMOTION, basketLedgerGrid, basketShopLines, type BasketShopLine } from "../support/basket-shop.fixture";

const lines = basketShopLines();
const grid = basketLedgerGrid(lines);
const col = (header: (typeof BASKET_LEDGER_HEADERS)[number]) => BASKET_LEDGER_HEADERS.indexOf(header);

let connection: DuckDBConnection;
let review: ReviewModel;
let basket: BasketSummary;

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
}

beforeAll(async () => {
  const instance = await DuckDBInstance.create(":memory:");
  connection = await instance.connect();
  await connection.run("CREATE TABLE lines (row_idx INTEGER, order_id VARCHAR, paid_at TIMESTAMP, amount DECIMAL(18, 2), qty INTEGER, cost DECIMAL(18, 2), status VARCHAR)");
  const appender = await connection.createAppender("lines");
  for (const [index, line] of (lines as BasketShopLine[]).entries()) {
    appender.appendInteger(index);
    appender.appendVarchar(line.orderId);
    appender.appendVarchar(line.paidAt);
    appender.appendDouble(line.amount);
    appender.appendInteger(line.quantity);
    appender.appendDouble(line.cost);
    appender.appendVarchar(line.status);
    appender.endRow();
  }
  appender.closeSync();
  // Counted lines are those not closed or refunded; an order counts while one of its lines does.
  await connection.run(`CREATE VIEW orders AS
    SELECT order_id, min(paid_at) AS t,
      sum(amount) FILTER (WHERE status NOT IN ('交易关闭', '退款成功')) AS goods,
      sum(qty) FILTER (WHERE status NOT IN ('交易关闭', '退款成功')) AS items,
      count(*) FILTER (WHERE status NOT IN ('交易关闭', '退款成功')) AS n_lines,
      sum(cost) FILTER (WHERE status NOT IN ('交易关闭', '退款成功')) AS cost
    FROM lines GROUP BY order_id HAVING bool_or(status NOT IN ('交易关闭', '退款成功'))`);
  // Add-on lines: in August, of an order of two lines or more, taking its goods across 200; the cheapest of them (the later on a tie).
  await connection.run(`CREATE VIEW add_ons AS
    SELECT order_id, amount AS add_on_amount, 1 AS add_on_lines FROM (
      SELECT l.order_id, l.amount, row_number() OVER (PARTITION BY l.order_id ORDER BY l.amount, l.row_idx DESC) AS k
      FROM lines l JOIN orders o USING (order_id)
      WHERE l.status NOT IN ('交易关闭', '退款成功') AND o.n_lines >= 2 AND o.t >= DATE '2025-08-01' AND o.t < DATE '2025-09-01'
        AND o.goods >= 200 AND o.goods - l.amount < 200)
    WHERE k = 1`);

  const table = readOrderTable(grid, {
    orderId: col("订单编号"), buyer: col("买家会员名"), time: col("订单付款时间"), itemTitle: col("宝贝标题"), quantity: col("购买数量"),
    amount: col("商品金额"), cost: col("成本"), status: col("订单状态"),
  }, { sheet: "明细", headerRow: 0 });
  expect(table.skipped).toEqual([]);
  expect(table.table.amountShape).toBe("lines");
  review = buildReview({
    orders: table.table, skipped: [], period: parseMonthRange("2025-07..2025-10")!, compare: "previous",
    targets: { promotions: [BASKET_PROMOTION] }, locale: "en-US", sources: ["明细"], generatedAt: new Date("2025-11-03T09:00:00Z"),
  });
  basket = review.summary.basket!;
});

afterAll(() => connection?.closeSync());

/** The SQL's basket figures of orders paid in [from, to). */
async function sqlBasket(from: string, to: string) {
  const [r] = await rows(`SELECT count(*) AS orders, sum(items)::DOUBLE AS items, sum(n_lines)::DOUBLE AS lines, sum(goods)::DOUBLE AS gmv,
      coalesce(sum(add_on_amount), 0)::DOUBLE AS add_on_amount, coalesce(sum(add_on_lines), 0)::DOUBLE AS add_on_lines
    FROM orders LEFT JOIN add_ons USING (order_id) WHERE t >= DATE '${from}' AND t < DATE '${to}'`);
  const orders = Number(r.orders);
  const items = r.items as number;
  const gmv = r.gmv as number;
  return { orders, items, lines: r.lines as number, gmv, itemsPerOrder: items / orders, amountPerItem: gmv / items, aov: gmv / orders, addOnPerOrder: (r.add_on_amount as number) / orders, addOnLines: r.add_on_lines as number };
}

describe("the review's baskets against DuckDB, on line items with refunded lines and closed orders", () => {
  it("has refunded lines and closed orders to leave out, and add-on lines in August", () => {
    expect(lines.some((l) => l.status === "退款成功")).toBe(true);
    expect(lines.some((l) => l.status === "交易关闭")).toBe(true);
    expect(basket.addOnRule).toBe("threshold");
    expect(basket.monthly.find((m) => m.month === "2025-08")!.addOnLines).toBeGreaterThan(20);
  });

  it("gives the period's, the comparison period's and each month's items, lines, amount per item and add-on amount per order", async () => {
    const cases: [string, string, string, (typeof basket)["period"]][] = [
      ["period", "2025-07-01", "2025-11-01", basket.period],
      ["comparison", "2025-03-01", "2025-07-01", basket.comparison],
      ...basket.monthly.map((m): [string, string, string, typeof m] => {
        const [year, month] = m.month.split("-").map(Number);
        return [m.month, `${m.month}-01`, month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, "0")}-01`, m];
      }),
    ];
    for (const [name, from, to, figures] of cases) {
      const sql = await sqlBasket(from, to);
      expect(figures.leftOut, name).toBe(0);
      expect(figures.orders, name).toBe(sql.orders);
      expect(figures.items, name).toBe(sql.items);
      expect(figures.lines, name).toBe(sql.lines);
      expect(figures.gmv, name).toBeCloseTo(sql.gmv, 6);
      expect(figures.itemsPerOrder!, name).toBeCloseTo(sql.itemsPerOrder, 10);
      expect(figures.amountPerItem!, name).toBeCloseTo(sql.amountPerItem, 8);
      expect(figures.addOnLines, name).toBe(sql.addOnLines);
      expect(figures.addOnPerOrder!, name).toBeCloseTo(sql.addOnPerOrder, 8);
    }
  });

  it("splits the AOV change exactly, and the add-on share is the change in add-on amount per order ÷ the change in AOV", async () => {
    const before = await sqlBasket("2025-03-01", "2025-07-01");
    const after = await sqlBasket("2025-07-01", "2025-11-01");
    const d = basket.decomposition!;
    expect(d.change).toBeCloseTo(after.aov - before.aov, 8);
    expect(d.fromItemsPerOrder).toBeCloseTo((after.itemsPerOrder - before.itemsPerOrder) * (before.amountPerItem + after.amountPerItem) / 2, 8);
    expect(d.fromAmountPerItem).toBeCloseTo((after.amountPerItem - before.amountPerItem) * (before.itemsPerOrder + after.itemsPerOrder) / 2, 8);
    expect(d.fromItemsPerOrder + d.fromAmountPerItem).toBeCloseTo(d.change, 9);
    expect(d.addOnShare!).toBeCloseTo((after.addOnPerOrder - before.addOnPerOrder) / (after.aov - before.aov), 8);
    const august = await sqlBasket("2025-08-01", "2025-09-01");
    const augustSplit = basket.monthly.find((m) => m.month === "2025-08")!.decomposition!;
    expect(augustSplit.addOnShare!).toBeCloseTo((august.addOnPerOrder - before.addOnPerOrder) / (august.aov - before.aov), 8);
  });

  it("counts the orders just under and just over 200 in August and outside it, the bins, the promotion's cost and gross profit", async () => {
    const [t] = basket.thresholds;
    const sides = await rows(`SELECT (t >= DATE '2025-08-01' AND t < DATE '2025-09-01') AS inside, count(*) AS orders,
        count(*) FILTER (WHERE goods >= 180 AND goods < 200) AS under, count(*) FILTER (WHERE goods >= 200 AND goods < 220) AS over,
        count(*) FILTER (WHERE goods >= 200) AS at_or_over, sum(goods - cost) FILTER (WHERE goods >= 200)::DOUBLE AS profit
      FROM orders WHERE t >= DATE '2025-03-01' AND t < DATE '2025-11-01' GROUP BY inside`);
    const inside = sides.find((s) => s.inside === true)!;
    const outside = sides.find((s) => s.inside === false)!;
    expect(t.inPromotion).toMatchObject({ orders: Number(inside.orders), justUnder: Number(inside.under), justOver: Number(inside.over), atOrOver: Number(inside.at_or_over) });
    expect(t.outside).toMatchObject({ orders: Number(outside.orders), justUnder: Number(outside.under), justOver: Number(outside.over) });
    expect(t.promotionCost).toBe(30 * Number(inside.at_or_over));
    expect(t.grossProfit!).toBeCloseTo(inside.profit as number, 6);
    // The promotion left its hump: more orders just over 200 than outside it.
    expect(t.inPromotion.overShare!).toBeGreaterThan(t.outside.overShare!);
    const bins = await rows(`SELECT floor((goods - 100) / 10)::INTEGER AS bin, count(*) FILTER (WHERE t >= DATE '2025-08-01' AND t < DATE '2025-09-01') AS inside
      FROM orders WHERE goods >= 100 AND goods < 300 GROUP BY bin ORDER BY bin`);
    for (const bin of bins) expect(t.bins[bin.bin as number].inPromotion, `bin ${String(bin.bin)}`).toBe(Number(bin.inside));
  });

  it("writes its conclusions naming their figures", () => {
    const keys = review.findings.map((f) => f.key);
    // The split is written only when AOV moved by 1% or more.
    const d = basket.decomposition!;
    expect(keys.includes("finding.aovSplit")).toBe(Math.abs(d.change) >= 0.01 * d.aovBefore);
    expect(keys).toContain("finding.thresholdBunching");
    expect(keys).toContain("finding.promotionCost");
    const share = review.findings.find((f) => f.key === "finding.addOnShareMonth")!;
    expect(share.figures.month).toBe("2025-08");
    expect(share.text).toContain(`${(Math.round((share.figures.addOnShare as number) * 1000) / 10).toFixed(1)}%`);
  });
});

describe("EC.BASKET and EC.THRESHOLD give the review's figures on the same rows", () => {
  const data = grid.slice(1);
  const range = (header: (typeof BASKET_LEDGER_HEADERS)[number]) => data.map((row) => [row[col(header)]]);

  it("EC.BASKET: the period against the comparison period, and August against it", () => {
    const call = (from: string, to: string) => basketFunction(range("商品金额"), range("购买数量"), range("订单付款时间"), from, to, "2025-03-01", "2025-06-30",
      range("订单状态"), null as never, 200, "2025-08-01", "2025-08-31", range("订单编号"), NO_ADDRESSES) as unknown[][];
    for (const [table, figures, split] of [
      [call("2025-07-01", "2025-10-31"), basket.period, basket.decomposition!],
      [call("2025-08-01", "2025-08-31"), basket.monthly.find((m) => m.month === "2025-08")!, basket.monthly.find((m) => m.month === "2025-08")!.decomposition!],
    ] as const) {
      const byLabel = new Map(table.slice(1).map((row) => [row[0] as string, row]));
      expect(byLabel.get("Orders")![2]).toBe(figures.orders);
      expect(byLabel.get("Orders")![1]).toBe(basket.comparison.orders);
      expect(byLabel.get("Items per order")![2]).toBe(figures.itemsPerOrder);
      expect(byLabel.get("Lines per order")![2]).toBe(figures.linesPerOrder);
      expect(byLabel.get("Amount per item")![2]).toBe(figures.amountPerItem);
      expect(byLabel.get("AOV")![3]).toBe(split.change);
      expect(byLabel.get("AOV change from items per order")![3]).toBe(split.fromItemsPerOrder);
      expect(byLabel.get("AOV change from amount per item")![3]).toBe(split.fromAmountPerItem);
      expect(byLabel.get("Add-on amount per order")![2]).toBe(figures.addOnPerOrder);
      expect(byLabel.get("Add-on share of the AOV change")![3]).toBe(split.addOnShare);
    }
  });

  it("EC.THRESHOLD: just under and just over, the promotion's cost and gross profit", () => {
    const table = thresholdFunction(range("商品金额"), range("订单付款时间"), 200, 30, "2025-08-01", "2025-08-31", range("成本"), range("订单状态"), range("订单编号"), NO_ADDRESSES) as unknown[][];
    const [t] = basket.thresholds;
    expect(table[0]).toEqual(["Orders", "Orders", "Just under", "Just over", "Share just under", "Share just over", "Over ÷ under", "At or over", "Promotion cost", "Gross profit of those orders"]);
    expect(table[1].slice(1)).toEqual([t.inPromotion.orders, t.inPromotion.justUnder, t.inPromotion.justOver, t.inPromotion.underShare, t.inPromotion.overShare, t.inPromotion.overToUnder, t.inPromotion.atOrOver, t.promotionCost, t.grossProfit]);
    expect(table[2].slice(1, 8)).toEqual([t.outside.orders, t.outside.justUnder, t.outside.justOver, t.outside.underShare, t.outside.overShare, t.outside.overToUnder, t.outside.atOrOver]);
  });
});
