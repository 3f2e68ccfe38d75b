/**
 * The fulfilment figures against DuckDB: the same rows of three export shapes (a 千牛 订单报表 with
 * 发货时间 and 退款金额, a 抖店 sub-order export with 售后状态, a Shopify export with Fulfilled at
 * and Refunded Amount on first rows only), read by the review's reader on one side and by SQL on
 * the other — quantile_cont for the median and P90 (Excel's PERCENTILE.INC), shares and rates per
 * month of payment, and the new buyers' repurchase by first-order shipping with Newcombe's
 * interval written out in SQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { readOrderTable } from "../../src/review/order-table";
import { summarizeFulfilment, type FulfilmentSummary } from "../../src/review/fulfilment-summary";
import { detectTable } from "../../src/review/tables/detect-table";
import { orderMappingOf } from "../../src/review/tables/review-request";
import type { TableDetectionOf } from "../../src/review/tables/table-detection";
import { fulfilmentExport, fulfilmentOrders, type ExportShape } from "../support/fulfilment-exports";

const PERIOD = { from: 2025 * 12 + 5, to: 2025 * 12 + 8 };
const SHAPES: readonly ExportShape[] = ["qianniu", "douyin", "shopify"];
/** Each export's columns by what they hold, and how SQL reads its times. */
const COLUMNS: Readonly<Record<ExportShape, { id: string; buyer: string | null; status: string; paid: string; shipped: string; refund: string | null; afterSales: string | null; format: string }>> = {
  qianniu: { id: "订单编号", buyer: "买家会员名", status: "订单状态", paid: "订单付款时间", shipped: "发货时间", refund: "退款金额", afterSales: null, format: "%Y-%m-%d %H:%M:%S" },
  douyin: { id: "主订单编号", buyer: null, status: "订单状态", paid: "支付完成时间", shipped: "发货时间", refund: null, afterSales: "售后状态", format: "%Y/%m/%d %H:%M:%S" },
  shopify: { id: "Name", buyer: "Email", status: "Financial Status", paid: "Paid at", shipped: "Fulfilled at", refund: "Refunded Amount", afterSales: null, format: "%Y-%m-%d %H:%M:%S" },
};

let instance: DuckDBInstance;
let db: DuckDBConnection;
const grids = new Map<ExportShape, unknown[][]>();

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  return (await db.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
}

/** The review's side: detect, map, read, summarize. */
function reviewSide(shape: ExportShape): FulfilmentSummary {
  const grid = grids.get(shape)!;
  const detection = detectTable(grid, { kind: "orders" }) as TableDetectionOf<"orders">;
  const mapped = orderMappingOf(detection);
  if (!("mapping" in mapped)) throw new Error(mapped.missing.join());
  const { table, skipped } = readOrderTable(grid, mapped.mapping, { sheet: shape, headerRow: 0 });
  expect(skipped, shape).toEqual([]);
  return summarizeFulfilment(table, PERIOD)!;
}

beforeAll(async () => {
  instance = await DuckDBInstance.create(":memory:");
  db = await instance.connect();
  const orders = fulfilmentOrders();
  await db.run(`CREATE TABLE lines (shape VARCHAR, line INTEGER, order_id VARCHAR, buyer VARCHAR, status VARCHAR, paid VARCHAR, shipped VARCHAR, refund VARCHAR, after_sales VARCHAR)`);
  const appender = await db.createAppender("lines");
  for (const shape of SHAPES) {
    const grid = fulfilmentExport(orders, shape);
    grids.set(shape, grid);
    const c = COLUMNS[shape];
    const at = (name: string | null) => (name === null ? -1 : (grid[0] as string[]).indexOf(name));
    const columns = [at(c.id), at(c.buyer), at(c.status), at(c.paid), at(c.shipped), at(c.refund), at(c.afterSales)];
    grid.slice(1).forEach((row, line) => {
      appender.appendVarchar(shape);
      appender.appendInteger(line);
      for (const k of columns) {
        if (k < 0) appender.appendNull();
        else appender.appendVarchar(String(row[k] ?? ""));
      }
      appender.endRow();
    });
  }
  appender.closeSync();
  // One row per order: its first payment time, its last shipping time, whether any line counts, any refund or case.
  await db.run(`CREATE TABLE orders AS
    WITH parsed AS (
      SELECT shape, line, trim(order_id, chr(9) || ' ') AS order_id, nullif(buyer, '') AS buyer, status,
        CASE shape WHEN 'douyin' THEN try_strptime(nullif(paid, ''), '%Y/%m/%d %H:%M:%S') ELSE try_strptime(left(nullif(paid, ''), 19), '%Y-%m-%d %H:%M:%S') END AS paid,
        CASE shape WHEN 'douyin' THEN try_strptime(nullif(shipped, ''), '%Y/%m/%d %H:%M:%S') ELSE try_strptime(left(nullif(shipped, ''), 19), '%Y-%m-%d %H:%M:%S') END AS shipped,
        coalesce(try_cast(nullif(refund, '') AS DOUBLE), 0) AS refund, coalesce(after_sales, '') AS after_sales
      FROM lines)
    SELECT shape, order_id, first(buyer ORDER BY line) FILTER (WHERE buyer IS NOT NULL) AS buyer,
      min(paid) AS paid, max(shipped) AS shipped,
      bool_or(status NOT IN ('', '交易关闭', '已关闭', 'refunded', 'voided', '等待买家付款', '待支付', 'pending')) AS counted,
      bool_or(refund > 0 OR after_sales IN ('退款成功', '售后完成-退款成功')) AS refunded,
      bool_or(after_sales NOT IN ('', '-', '无售后')) AS has_case
    FROM parsed GROUP BY shape, order_id`);
});

afterAll(() => {
  db?.closeSync();
  instance?.closeSync();
});

describe.each(SHAPES)("fulfilment of the %s export against DuckDB", (shape) => {
  it("per month of payment: paid orders, shipped, median and P90 hours (quantile_cont), share late, after-sales and refund rates", async () => {
    const expected = await rows(`
      SELECT strftime(paid, '%Y-%m') AS month, count(*)::INTEGER AS orders, count(shipped)::INTEGER AS shipped,
        quantile_cont(epoch(shipped - paid) / 3600, 0.5) AS median, quantile_cont(epoch(shipped - paid) / 3600, 0.9) AS p90,
        count(*) FILTER (WHERE epoch(shipped - paid) / 3600 > 48)::INTEGER AS late,
        avg(has_case::INTEGER) AS case_rate, avg(refunded::INTEGER) AS refund_rate
      FROM orders WHERE shape = '${shape}' AND paid IS NOT NULL AND paid >= '2025-06-01' AND paid < '2025-10-01'
      GROUP BY 1 ORDER BY 1`);
    const review = reviewSide(shape);
    expect(review.months.map((m) => m.month)).toEqual(expected.map((e) => e.month));
    for (const [k, month] of review.months.entries()) {
      const e = expected[k];
      expect([month.orders, month.shipped, month.late], month.month).toEqual([e.orders, e.shipped, e.late]);
      expect(month.medianHours!, month.month).toBeCloseTo(e.median as number, 6);
      expect(month.p90Hours!, month.month).toBeCloseTo(e.p90 as number, 6);
      expect(month.lateShare!).toBeCloseTo((e.late as number) / (e.shipped as number), 12);
      if (shape === "douyin") expect(month.afterSalesRate!).toBeCloseTo(e.case_rate as number, 12);
      else expect(month.afterSalesRate).toBeNull();
      expect(month.refundRate!).toBeCloseTo(e.refund_rate as number, 12);
    }
    // The data's September is late: the check has something to find.
    expect(review.months[3].lateShare!).toBeGreaterThan(3 * review.months[0].lateShare!);
    expect(review.closedPaidOrders).toBeGreaterThan(0);
  });

  it("new buyers' repurchase by how their first order shipped, and Newcombe's interval of the difference", async () => {
    const review = reviewSide(shape);
    if (shape === "douyin") {
      expect(review.firstShipping).toBeNull();
      return;
    }
    const [expected] = await rows(`
      WITH counted AS (SELECT * FROM orders WHERE shape = '${shape}' AND counted AND paid IS NOT NULL),
      firsts AS (SELECT buyer, paid, shipped FROM counted QUALIFY row_number() OVER (PARTITION BY buyer ORDER BY paid, order_id) = 1),
      inwindow AS (SELECT buyer, count(*) AS n FROM counted WHERE paid >= '2025-06-01' AND paid < '2025-10-01' GROUP BY buyer),
      groups AS (
        SELECT epoch(f.shipped - f.paid) / 3600 > 48 AS late, count(*) AS buyers, count(*) FILTER (WHERE w.n >= 2) AS back
        FROM firsts f JOIN inwindow w USING (buyer)
        WHERE f.paid >= '2025-06-01' AND f.paid < '2025-10-01' AND f.shipped IS NOT NULL GROUP BY 1),
      rates AS (
        SELECT late, buyers, back, back / buyers AS p,
          (back / buyers + 1.959963984540054 ^ 2 / (2 * buyers) - 1.959963984540054 * sqrt((back / buyers * (1 - back / buyers) + 1.959963984540054 ^ 2 / (4 * buyers)) / buyers)) / (1 + 1.959963984540054 ^ 2 / buyers) AS lo,
          (back / buyers + 1.959963984540054 ^ 2 / (2 * buyers) + 1.959963984540054 * sqrt((back / buyers * (1 - back / buyers) + 1.959963984540054 ^ 2 / (4 * buyers)) / buyers)) / (1 + 1.959963984540054 ^ 2 / buyers) AS hi
        FROM groups)
      SELECT l.buyers::INTEGER AS late_buyers, l.back::INTEGER AS late_back, o.buyers::INTEGER AS on_time_buyers, o.back::INTEGER AS on_time_back,
        l.p - o.p AS difference,
        l.p - o.p - sqrt((l.p - l.lo) ^ 2 + (o.hi - o.p) ^ 2) AS ci_low,
        l.p - o.p + sqrt((l.hi - l.p) ^ 2 + (o.p - o.lo) ^ 2) AS ci_high
      FROM rates l, rates o WHERE l.late AND NOT o.late`);
    const g = review.firstShipping!;
    expect([g.late.buyers, g.late.repurchased, g.onTime.buyers, g.onTime.repurchased]).toEqual([expected.late_buyers, expected.late_back, expected.on_time_buyers, expected.on_time_back]);
    expect(g.difference!).toBeCloseTo(expected.difference as number, 12);
    expect(g.ciLow!).toBeCloseTo(expected.ci_low as number, 12);
    expect(g.ciHigh!).toBeCloseTo(expected.ci_high as number, 12);
    // Late first orders came back less often in this data.
    expect(g.difference!).toBeLessThan(0);
  });
});
