/**
 * The command line on files shaped as the platforms write them (test/support/export-writers.ts:
 * Shopify, 抖店, 千牛, 拼多多, WooCommerce, a sales ledger), with line items, unpaid, closed and
 * refunded orders and dirty cells, held against figures computed without the engine: the plain
 * computation over the orders (expected-figures.ts) and DuckDB SQL over the written file
 * (duckdb-line-figures.ts).
 *
 * The shop has no partial refunds here, so what the order-total columns hold (what was charged)
 * and the net amount agree; how a platform reports a partial refund is a question of its own.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCaptured, scratchFolder } from "../support/cli-test-harness";
import { generateShopOrders, type ShopOrder } from "../support/shop-orders";
import { expectedFigures, type ExpectedFigures } from "../support/expected-figures";
import {
  writeDouyinOrders, writeOrderLevelFile, writePinduoduoOrders, writeQianniuReports, writeSalesLedger, writeShopifyOrders, writeWooCommerceOrders,
} from "../support/export-writers";
import { exportFileFigures, type ExportShape } from "../support/duckdb-line-figures";

const PERIOD = { from: "2025-02", to: "2025-05" } as const;
const folder = scratchFolder("ec-review-exports-");
let orders: ShopOrder[];
let expected: ExpectedFigures;

interface Summary {
  gmv: number; orders: number; buyers: number | null; aov: number; aovPerBuyer: number | null; repurchaseRate: number | null; newBuyers: number;
  ordersRead: number; orderLines: number; amountShape: string | null; unpaidOrders: number; excludedByStatus: number;
  monthly: { month: string; gmv: number; orders: number }[];
  priceBands: { band: string; orders: number; gmv: number }[];
  skipped: unknown[];
}

async function build(name: string, content: string | Buffer, extra: string[] = []): Promise<{ summary: Summary; stderr: string }> {
  const file = folder.file(name);
  writeFileSync(file, content);
  const json = folder.file(`${name}.json`);
  const run = await runCaptured(["build", "--orders", file, "--out", folder.file(`${name}.xlsx`), "--json", json, "--period", `${PERIOD.from}..${PERIOD.to}`, ...extra], folder.dir);
  expect(run.code, run.stderr).toBe(0);
  return { summary: JSON.parse(readFileSync(json, "utf8")) as Summary, stderr: run.stderr };
}

function expectClose(actual: number | null, wanted: number | null, what: string): void {
  if (wanted === null) {
    expect(actual, what).toBeNull();
    return;
  }
  expect(actual, what).not.toBeNull();
  expect(Math.abs(actual! - wanted), `${what}: ${actual} vs ${wanted}`).toBeLessThan(1e-6 * Math.max(1, Math.abs(wanted)));
}

/** The figures every export with a buyer column must give, as the independent computation has them. */
function expectOrderFigures(summary: Summary, what: string): void {
  expect(summary.orders, `${what} orders`).toBe(expected.orders);
  expectClose(summary.gmv, expected.gmv, `${what} gmv`);
  expectClose(summary.aov, expected.aov, `${what} aov`);
  expect(summary.skipped, `${what} skipped`).toEqual([]);
  expect(summary.monthly.map((m) => [m.month, m.orders]), `${what} monthly orders`).toEqual(expected.monthly.map((m) => [m.month, m.orders]));
  summary.monthly.forEach((m, i) => expectClose(m.gmv, expected.monthly[i].gmv, `${what} ${m.month} gmv`));
  expect(summary.priceBands.map((b) => [b.band, b.orders]), `${what} price bands`).toEqual(expected.priceBands.map((b) => [b.band, b.orders]));
}

function expectBuyerFigures(summary: Summary, what: string): void {
  expect(summary.buyers, `${what} buyers`).toBe(expected.buyers);
  expectClose(summary.repurchaseRate, expected.repurchaseRate, `${what} repurchase`);
  expectClose(summary.aovPerBuyer, expected.aovPerBuyer, `${what} aov per buyer`);
  expect(summary.newBuyers, `${what} new buyers`).toBe(expected.newBuyers);
}

async function expectDuckDbAgrees(shape: ExportShape, content: string | Buffer, summary: Summary): Promise<void> {
  const sql = await exportFileFigures(shape, content, PERIOD);
  expect(summary.orders, `${shape}: orders vs DuckDB`).toBe(sql.orders);
  expectClose(summary.gmv, sql.chargedGmv ?? sql.gmv, `${shape}: gmv vs DuckDB`);
  if (sql.buyers !== null) expect(summary.buyers, `${shape}: buyers vs DuckDB`).toBe(sql.buyers);
}

beforeAll(() => {
  orders = generateShopOrders({ seed: 20250601, orders: 400, from: "2025-01", to: "2025-06", partialRefundShare: 0 });
  expected = expectedFigures(orders, PERIOD);
});

afterAll(() => folder.remove());

describe("exports as the platforms write them, read right", () => {
  it("the shop has what makes them hard: orders of several lines, unpaid, closed and refunded orders, repeat buyers", () => {
    expect(orders.filter((o) => o.lines.length > 1).length).toBeGreaterThan(80);
    expect(orders.filter((o) => o.status === "unpaid").length).toBeGreaterThan(10);
    expect(orders.filter((o) => o.status === "closed" || o.status === "refunded").length).toBeGreaterThan(10);
    expect(expected.repurchaseRate).toBeGreaterThan(0);
    expect(expected.orders).toBeGreaterThan(150);
  });

  it("a one-row-per-order file gives the independent figures", async () => {
    const { summary } = await build("orders.csv", writeOrderLevelFile(orders));
    expectOrderFigures(summary, "order level");
    expectBuyerFigures(summary, "order level");
    expect(summary.amountShape).toBeNull();
  });

  it("Shopify: one row per line item, Total and Financial Status on the order's first row only", async () => {
    const content = writeShopifyOrders(orders);
    const { summary, stderr } = await build("orders_export.csv", content);
    expect(summary.amountShape).toBe("orderTotalFirstRow");
    expectOrderFigures(summary, "Shopify");
    expectBuyerFigures(summary, "Shopify");
    expect(summary.unpaidOrders).toBeGreaterThan(0);
    expect(stderr).toMatch(/\d+ orders in \d+ lines/);
    await expectDuckDbAgrees("shopify", content, summary);
  });

  it("WooCommerce: one row per line item, Order Total repeated on each", async () => {
    const content = writeWooCommerceOrders(orders);
    const { summary } = await build("woocommerce.csv", content);
    expect(summary.amountShape).toBe("orderTotalRepeated");
    expectOrderFigures(summary, "WooCommerce");
    expectBuyerFigures(summary, "WooCommerce");
    await expectDuckDbAgrees("woocommerce", content, summary);
  });

  it("a sales ledger: line amounts summed per order, dated by Order Date and never by Ship Date", async () => {
    const content = writeSalesLedger(orders);
    const { summary } = await build("ledger.csv", content);
    expect(summary.amountShape).toBe("lines");
    expectOrderFigures(summary, "ledger");
    expectBuyerFigures(summary, "ledger");
    await expectDuckDbAgrees("ledger", content, summary);
  });

  it("抖店: one row per 子订单, 订单应付金额 repeated on each, ids with a leading tab, no buyer column", async () => {
    const content = writeDouyinOrders(orders);
    const { summary, stderr } = await build("抖店订单.csv", content);
    expect(summary.amountShape).toBe("orderTotalRepeated");
    expectOrderFigures(summary, "抖店");
    // A masked phone number is not a buyer: the figures of buyers are left out, not guessed.
    expect(summary.buyers).toBeNull();
    expect(summary.repurchaseRate).toBeNull();
    expect(summary.unpaidOrders).toBe(orders.filter((o) => o.status === "unpaid").length);
    expect(stderr).toContain("no buyer column");
    await expectDuckDbAgrees("douyin", content, summary);
  });

  it("拼多多: one row per order, 用户实付金额(元), no buyer column", async () => {
    const content = writePinduoduoOrders(orders);
    const { summary } = await build("拼多多订单.csv", content);
    expect(summary.amountShape).toBeNull();
    expectOrderFigures(summary, "拼多多");
    expect(summary.buyers).toBeNull();
    await expectDuckDbAgrees("pinduoduo", content, summary);
  });

  it("千牛 订单报表 (GBK, ids as '… and =\"…\", unpaid orders at 0000-00-00 00:00:00): unpaid orders counted apart, not skipped", async () => {
    const files = writeQianniuReports(orders);
    const { summary } = await build("订单报表.csv", files.orders);
    expect(summary.amountShape).toBeNull();
    expectOrderFigures(summary, "千牛");
    expectBuyerFigures(summary, "千牛");
    expect(summary.unpaidOrders).toBe(orders.filter((o) => o.status === "unpaid").length);
    await expectDuckDbAgrees("qianniuOrders", files.orders, summary);
  });
});
