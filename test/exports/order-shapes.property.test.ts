/**
 * Property: a shop written one row per order, and the same shop written as line items in each of
 * the three shapes real exports use (PRODUCT.md "Orders, lines and what each export means"), give
 * the same review summary. Only what describes the file differs: how many lines the orders were
 * read from, and the amount shape recognised.
 *
 * - lines: a line amount on every row (a ledger, 千牛 宝贝报表), the order's amount their sum;
 * - total repeated: the order's total on every row (抖店 订单应付金额 per 子订单);
 * - total on the first row: total, buyer, time, status and channel on the order's first row only,
 *   blank below (Shopify's orders export).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readOrderTable, type OrderColumnMapping } from "../../src/review/order-table";
import { summarizeReview, type ReviewSummary } from "../../src/review/review-summary";
import { parseMonthRange } from "../../src/review/review-period";

const HEADER = ["订单编号", "买家会员名", "订单付款时间", "实付金额", "订单状态", "流量来源", "宝贝标题"];
const MAPPING: OrderColumnMapping = { orderId: 0, buyer: 1, time: 2, timeKind: "paid", amount: 3, status: 4, channel: 5, itemTitle: 6 };
const STATUSES = ["交易成功", "卖家已发货，等待买家确认", "交易关闭", "等待买家付款"] as const;
const CHANNELS = ["手淘搜索", "直通车", "抖音", "小红书"];

interface Order {
  readonly buyer: number;
  readonly day: number;
  readonly cents: number;
  readonly status: (typeof STATUSES)[number];
  readonly channel: number;
  readonly lines: number;
}

const orderArbitrary = fc.record({
  buyer: fc.integer({ min: 0, max: 30 }),
  day: fc.integer({ min: 0, max: 360 }),
  cents: fc.integer({ min: 100, max: 300_000 }),
  status: fc.constantFrom(...STATUSES),
  channel: fc.integer({ min: 0, max: CHANNELS.length - 1 }),
  lines: fc.integer({ min: 1, max: 4 }),
});

const two = (n: number) => String(n).padStart(2, "0");
function paidText(order: Order): string {
  if (order.status === "交易关闭") return "";
  if (order.status === "等待买家付款") return "0000-00-00 00:00:00";
  const date = new Date(Date.UTC(2025, 0, 1 + order.day, 9, order.day % 60, 7));
  return `${date.getUTCFullYear()}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:07`;
}
const money = (cents: number) => (cents / 100).toFixed(2);
/** The order's amount split into `lines` line amounts that add up to it, cent for cent. */
function lineCents(order: Order): number[] {
  const base = Math.floor(order.cents / order.lines);
  return Array.from({ length: order.lines }, (_, i) => (i === 0 ? order.cents - base * (order.lines - 1) : base));
}

type Shape = "orderLevel" | "lines" | "orderTotalRepeated" | "orderTotalFirstRow";

function grid(orders: readonly Order[], shape: Shape): unknown[][] {
  // A file of line amounts says so in its header (千牛 宝贝报表, a ledger): 商品金额 rather than 实付金额.
  const rows: unknown[][] = [shape === "lines" ? HEADER.map((h) => (h === "实付金额" ? "商品金额" : h)) : HEADER];
  orders.forEach((order, index) => {
    const id = `'30123456789${String(index).padStart(6, "0")}`;
    const whole = [id, `tb_${order.buyer}`, paidText(order), money(order.cents), order.status, CHANNELS[order.channel]];
    if (shape === "orderLevel") {
      rows.push([...whole, "item 0"]);
      return;
    }
    lineCents(order).forEach((cents, line) => {
      const title = `item ${line}`;
      if (shape === "lines") rows.push([id, whole[1], whole[2], money(cents), whole[4], whole[5], title]);
      else if (shape === "orderTotalRepeated") rows.push([...whole, title]);
      else rows.push(line === 0 ? [...whole, title] : [id, "", "", "", "", "", title]);
    });
  });
  return rows;
}

function summary(rows: unknown[][]): ReviewSummary {
  const { table, skipped } = readOrderTable(rows, MAPPING, { sheet: "订单", headerRow: 0 });
  return summarizeReview({
    orders: table, skipped, period: parseMonthRange("2025-06..2025-10")!, compare: "previous", targets: {}, locale: "zh-CN",
    sources: ["订单"], generatedAt: new Date("2025-11-03T09:00:00Z"),
  });
}

/** The summary as JSON, numbers rounded to 9 significant digits (sums of line amounts differ in the last bits), without what describes the file. */
/** Basket figures of the lines: an order of one row has one line and one item, written as lines it has its own. */
const BASKET_LINE_FIGURES = new Set(["items", "lines", "itemsPerOrder", "linesPerOrder", "amountPerItem", "decomposition"]);

function comparable(s: ReviewSummary): unknown {
  const describesFile = new Set(["orderLines", "amountShape"]);
  const plain = JSON.parse(JSON.stringify(s, (key, value: unknown) => (describesFile.has(key) ? undefined : typeof value === "number" ? Number(value.toPrecision(9)) : value)));
  // The baskets' orders, GMV and AOV are the same whatever the shape; their lines are not.
  const dropLineFigures = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(dropLineFigures);
    if (value === null || typeof value !== "object") return value;
    return Object.fromEntries(Object.entries(value).filter(([key]) => !BASKET_LINE_FIGURES.has(key)).map(([key, inner]) => [key, dropLineFigures(inner)]));
  };
  if (plain.basket !== undefined) plain.basket = dropLineFigures(plain.basket);
  return plain;
}

describe("one shop, four shapes of export, one review", () => {
  it("gives the same summary whether the orders are written as one row each or as lines in any of the three shapes", () => {
    fc.assert(
      fc.property(fc.array(orderArbitrary, { minLength: 1, maxLength: 60 }), (drawn) => {
        // One counted order in the period at least, so that the review has figures to compare.
        const orders: Order[] = [{ buyer: 0, day: 160, cents: 12_345, status: "交易成功", channel: 0, lines: 2 }, ...drawn];
        const expected = comparable(summary(grid(orders, "orderLevel")));
        for (const shape of ["lines", "orderTotalRepeated", "orderTotalFirstRow"] as const) {
          const read = summary(grid(orders, shape));
          expect(comparable(read), shape).toEqual(expected);
          expect(read.orderLines, shape).toBe(orders.filter((o) => o.status === "交易成功" || o.status === "卖家已发货，等待买家确认").reduce((n, o) => n + o.lines, 0));
        }
      }),
      { numRuns: 60 },
    );
  });

  it("recognises each shape, and counts the unpaid and closed orders as the order-level file does", () => {
    const orders: Order[] = [
      { buyer: 1, day: 160, cents: 15_000, status: "交易成功", channel: 0, lines: 2 },
      { buyer: 1, day: 170, cents: 3_000, status: "交易成功", channel: 1, lines: 3 },
      { buyer: 2, day: 171, cents: 8_000, status: "等待买家付款", channel: 1, lines: 2 },
      { buyer: 3, day: 172, cents: 9_900, status: "交易关闭", channel: 2, lines: 2 },
    ];
    const orderLevel = summary(grid(orders, "orderLevel"));
    expect(orderLevel.amountShape).toBeNull();
    expect(orderLevel.orders).toBe(2);
    expect(orderLevel.gmv).toBe(180);
    expect(orderLevel.unpaidOrders).toBe(1);
    // The closed order has no payment time: in no period, counted as undated.
    expect([orderLevel.excludedByStatus, orderLevel.excludedByStatusUndated]).toEqual([0, 1]);
    expect(orderLevel.repurchaseRate).toBe(1);
    for (const shape of ["lines", "orderTotalRepeated", "orderTotalFirstRow"] as const) {
      const read = summary(grid(orders, shape));
      expect(read.amountShape, shape).toBe(shape);
      expect(read.orderLines, shape).toBe(5);
      expect(comparable(read), shape).toEqual(comparable(orderLevel));
    }
  });
});
