/**
 * Repurchase by first product against DuckDB: a line-item export (千牛-style, one row per item, its
 * line amount under 商品金额 and a status per line) goes through the real path (readOrderTable,
 * summarizeReview), and the same figures are computed in SQL from the generated records: the order
 * counts unless every line of it is 交易关闭 / 退款成功; a buyer's first order is their earliest
 * counted one (the first listed on a tie); its item is its largest counted line by amount (the first
 * listed on a tie), named by its SKU, else its title; the buyer came back when they have two
 * counted orders in the period; the interval is Wilson's at 95%, spelled out in SQL.
 *
 * The same rows then go through EC.FIRSTPRODUCT (its items the SKU-else-title column the review
 * names items by): the function and the review give the same table.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { readOrderTable } from "../../src/review/order-table";
import { summarizeReview, type ReviewSummary } from "../../src/review/review-summary";
import { parseMonthRange } from "../../src/review/review-period";
import { firstProductFunction } from "../../src/functions/functions";
import { asTable, column } from "../functions/excel-call";
import { invocation } from "../support/custom-functions-runtime";

const PERIOD = { text: "2025-06..2025-10", from: "2025-06-01", to: "2025-11-01" };
const HEADERS = ["订单编号", "买家会员名", "订单付款时间", "商家编码", "宝贝标题", "商品金额", "订单状态"];
const Z = 1.959963984540054;

interface Line { order: string; buyer: string; paidAt: string; sku: string; title: string; amount: number; status: string }

/** A seeded generator (mulberry32), so that the shop is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ITEMS = [
  { sku: "SKU-001", title: "防晒乳 SPF50+", price: 89 }, { sku: "SKU-002", title: "洁面乳", price: 49 }, { sku: "SKU-003", title: "精华液", price: 199 },
  { sku: "SKU-004", title: "面膜", price: 79 }, { sku: "", title: "赠品小样", price: 9.9 }, { sku: "SKU-006", title: "唇膏", price: 39 },
];
const pad = (n: number) => String(n).padStart(2, "0");

/** About 2,400 buyers over 2025, one to four orders each, one to three lines an order, ties and refunds on purpose. */
function generateLines(): Line[] {
  const next = random(20251214);
  const lines: Line[] = [];
  let orderNumber = 500000;
  for (let b = 0; b < 2400; b++) {
    const buyer = `u${b}`;
    const orders = 1 + Math.floor(next() * next() * 4);
    let day = Math.floor(next() * 330);
    for (let k = 0; k < orders; k++) {
      const date = new Date(Date.UTC(2025, 0, 1 + day, Math.floor(next() * 24), Math.floor(next() * 60), Math.floor(next() * 60)));
      const paidAt = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
      const order = String(orderNumber++);
      const closed = next() < 0.06;
      const count = 1 + Math.floor(next() * 3);
      for (let j = 0; j < count; j++) {
        const item = ITEMS[Math.floor(next() * ITEMS.length)];
        // One order in eight has two lines of the same amount: the first listed is its item.
        const amount = j === 1 && next() < 0.125 ? lines[lines.length - 1].amount : Math.round(item.price * (1 + Math.floor(next() * 2)) * 100) / 100;
        const status = closed ? (next() < 0.5 ? "交易关闭" : "退款成功") : j > 0 && next() < 0.12 ? "退款成功" : "交易成功";
        lines.push({ order, buyer, paidAt, sku: item.sku, title: item.title, amount, status });
      }
      day = Math.min(360, day + 1 + Math.floor(next() * 90));
    }
  }
  return lines;
}

let lines: Line[];
let summary: ReviewSummary;
let instance: DuckDBInstance;
let db: DuckDBConnection;

async function query(sql: string): Promise<Record<string, unknown>[]> {
  return (await db.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
}

beforeAll(async () => {
  lines = generateLines();
  const grid = [HEADERS, ...lines.map((l) => [l.order, l.buyer, l.paidAt, l.sku, l.title, l.amount, l.status])];
  const read = readOrderTable(grid, { orderId: 0, buyer: 1, time: 2, sku: 3, itemTitle: 4, amount: 5, status: 6 }, { sheet: "订单", headerRow: 0 });
  expect(read.skipped).toEqual([]);
  summary = summarizeReview({
    orders: read.table, skipped: [], period: parseMonthRange(PERIOD.text)!, compare: "previous", targets: {}, locale: "en-US", sources: [], generatedAt: new Date(0),
    firstProductMinBuyers: 100,
  });
  instance = await DuckDBInstance.create(":memory:");
  db = await instance.connect();
  await db.run("CREATE TABLE lines (row_idx INTEGER, order_id VARCHAR, buyer VARCHAR, paid_at TIMESTAMP, sku VARCHAR, title VARCHAR, amount DECIMAL(18, 2), status VARCHAR)");
  const appender = await db.createAppender("lines");
  lines.forEach((l, i) => {
    appender.appendInteger(i);
    appender.appendVarchar(l.order);
    appender.appendVarchar(l.buyer);
    appender.appendVarchar(l.paidAt);
    if (l.sku === "") appender.appendNull();
    else appender.appendVarchar(l.sku);
    appender.appendVarchar(l.title);
    appender.appendDouble(l.amount);
    appender.appendVarchar(l.status);
    appender.endRow();
  });
  appender.closeSync();
  await db.run(`CREATE TABLE first_product AS
    WITH line_ok AS (SELECT *, status NOT IN ('交易关闭', '退款成功') AS counts FROM lines),
    orders AS (SELECT order_id, min(row_idx) AS first_row, any_value(buyer) AS buyer, min(paid_at) AS paid_at FROM line_ok GROUP BY order_id HAVING bool_or(counts)),
    main_item AS (
      SELECT order_id, item FROM (
        SELECT order_id, coalesce(sku, title) AS item, row_number() OVER (PARTITION BY order_id ORDER BY amount DESC, row_idx) AS rn FROM line_ok WHERE counts
      ) WHERE rn = 1),
    first_order AS (SELECT buyer, order_id, paid_at FROM (SELECT *, row_number() OVER (PARTITION BY buyer ORDER BY paid_at, first_row) AS rn FROM orders) WHERE rn = 1),
    in_window AS (SELECT buyer, count(*) AS n FROM orders WHERE paid_at >= TIMESTAMP '${PERIOD.from}' AND paid_at < TIMESTAMP '${PERIOD.to}' GROUP BY buyer)
    SELECT m.item, count(*) AS first_buyers, count(*) FILTER (WHERE w.n >= 2) AS repeat_buyers
    FROM first_order f JOIN main_item m USING (order_id) JOIN in_window w USING (buyer)
    WHERE f.paid_at >= TIMESTAMP '${PERIOD.from}' AND f.paid_at < TIMESTAMP '${PERIOD.to}'
    GROUP BY m.item`);
}, 120_000);

afterAll(() => {
  db?.closeSync();
  instance?.closeSync();
});

describe("repurchase by first product, against DuckDB", () => {
  it("has line items with refunded lines, closed orders and ties in the data", () => {
    expect(lines.filter((l) => l.status === "退款成功").length).toBeGreaterThan(100);
    expect(lines.filter((l) => l.status === "交易关闭").length).toBeGreaterThan(50);
  });

  it("counts the same first-time buyers and repeat buyers per first item", async () => {
    const rows = await query(`SELECT item, first_buyers::INTEGER AS first_buyers, repeat_buyers::INTEGER AS repeat_buyers,
      repeat_buyers / first_buyers AS rate,
      (repeat_buyers / first_buyers + ${Z * Z} / (2 * first_buyers)) / (1 + ${Z * Z} / first_buyers)
        - ${Z} / (1 + ${Z * Z} / first_buyers) * sqrt((repeat_buyers / first_buyers) * (1 - repeat_buyers / first_buyers) / first_buyers + ${Z * Z} / (4 * first_buyers * first_buyers)) AS ci_low,
      (repeat_buyers / first_buyers + ${Z * Z} / (2 * first_buyers)) / (1 + ${Z * Z} / first_buyers)
        + ${Z} / (1 + ${Z * Z} / first_buyers) * sqrt((repeat_buyers / first_buyers) * (1 - repeat_buyers / first_buyers) / first_buyers + ${Z * Z} / (4 * first_buyers * first_buyers)) AS ci_high
      FROM first_product ORDER BY first_buyers DESC, repeat_buyers DESC, item`);
    const figures = summary.firstProduct;
    if (figures.reason !== null) throw new Error(figures.reason);
    expect(figures.items.map((i) => [i.item, i.firstBuyers, i.repeatBuyers])).toEqual(rows.map((r) => [r.item, r.first_buyers, r.repeat_buyers]));
    figures.items.forEach((item, k) => {
      expect(item.rate).toBeCloseTo(rows[k].rate as number, 12);
      expect(item.ciLow).toBeCloseTo(Math.max(0, rows[k].ci_low as number), 12);
      expect(item.ciHigh).toBeCloseTo(Math.min(1, rows[k].ci_high as number), 12);
    });
    const [total] = await query("SELECT sum(first_buyers)::INTEGER AS first_buyers, sum(repeat_buyers)::INTEGER AS repeat_buyers FROM first_product");
    expect([figures.firstBuyers, figures.repeatBuyers, figures.withoutItem]).toEqual([total.first_buyers, total.repeat_buyers, 0]);
    // The title names the item without a SKU.
    expect(figures.items.some((i) => i.item === "赠品小样" && i.title === null)).toBe(true);
  });

  it("ranks only items with the minimum of first-time buyers, and names the best and worst as SQL does", async () => {
    const figures = summary.firstProduct;
    if (figures.reason !== null) throw new Error(figures.reason);
    const eligible = await query("SELECT item, repeat_buyers / first_buyers AS rate FROM first_product WHERE first_buyers >= 100 ORDER BY rate DESC");
    const [small] = await query("SELECT count(*)::INTEGER AS n FROM first_product WHERE first_buyers < 100");
    expect(figures.eligible).toBe(eligible.length);
    expect(figures.tooSmall).toBe(small.n);
    expect(figures.best?.item).toBe(eligible[0].item);
    expect(figures.worst?.item).toBe(eligible.at(-1)!.item);
  });

  it("gives the same table through EC.FIRSTPRODUCT on the same rows", () => {
    const table = asTable(firstProductFunction(
      column(...lines.map((l) => l.buyer)), column(...lines.map((l) => l.paidAt)), column(...lines.map((l) => l.sku === "" ? l.title : l.sku)),
      column(...lines.map((l) => l.amount)), column(...lines.map((l) => l.status)), "2025-06-01", "2025-10-31", column(...lines.map((l) => l.order)), invocation(),
    ));
    const figures = summary.firstProduct;
    if (figures.reason !== null) throw new Error(figures.reason);
    expect(table.slice(1)).toEqual(figures.items.map((i) => [i.item, i.firstBuyers, i.repeatBuyers, i.rate, i.ciLow, i.ciHigh]));
  });
});
