/**
 * Each export shape, written by ./export-writers.ts, read by DuckDB SQL that groups its rows by
 * order id (./duckdb-line-figures.ts), must give the figures ./expected-figures.ts computes from
 * the order model — and every line-level shape the same as the one-row-per-order file.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { EXPORT_SHAPES, exportFileFigures, lineFileFigures, type ExportShape, type FileFigures } from "./duckdb-line-figures";
import { expectedFigures, type ExpectedFigures } from "./expected-figures";
import {
  writeDouyinOrders, writeOrderLevelFile, writePinduoduoOrders, writeQianniuReports, writeSalesLedger, writeShopifyOrders, writeWooCommerceOrders,
  type WriterOptions,
} from "./export-writers";
import { generateShopOrders, type GenerateShopOrdersOptions, type ShopOrder } from "./shop-orders";

const SHOP: GenerateShopOrdersOptions = { seed: 2025, orders: 300, from: "2025-01", to: "2025-06" };
const PERIOD = { from: "2025-02", to: "2025-05" };
const WRITER: WriterOptions = { seed: 9, dirtyShare: 0.15 };

function writeShape(shape: ExportShape, orders: readonly ShopOrder[], options: WriterOptions): string | Buffer {
  switch (shape) {
    case "shopify": return writeShopifyOrders(orders, options);
    case "douyin": return writeDouyinOrders(orders, options);
    case "qianniuOrders": return writeQianniuReports(orders, options).orders;
    case "pinduoduo": return writePinduoduoOrders(orders, options);
    case "woocommerce": return writeWooCommerceOrders(orders, options);
    case "ledger": return writeSalesLedger(orders, options);
    case "orderLevel": return writeOrderLevelFile(orders, options);
  }
}

/** What each shape can say, from the expected figures (null where the file cannot say it). */
function expectedFor(shape: ExportShape, e: ExpectedFigures): FileFigures {
  const all: FileFigures = {
    orders: e.orders, gmv: e.gmv, chargedGmv: e.chargedGmv, buyers: e.buyers, repurchaseRate: e.repurchaseRate,
    unpaidOrders: e.unpaidOrders, closedOrders: e.closedOrders, grossMargin: e.grossMargin,
  };
  switch (shape) {
    case "shopify": case "qianniuOrders": return { ...all, grossMargin: null };
    case "douyin": return { ...all, buyers: null, repurchaseRate: null, grossMargin: null };
    case "pinduoduo": return { ...all, gmv: null, buyers: null, repurchaseRate: null, unpaidOrders: null, closedOrders: null, grossMargin: null };
    case "woocommerce": return { ...all, gmv: null, grossMargin: null };
    case "ledger": case "orderLevel": return { ...all, chargedGmv: null, unpaidOrders: null, closedOrders: null };
  }
}

function expectFigures(actual: FileFigures, expected: FileFigures, what: string): void {
  for (const key of Object.keys(expected) as (keyof FileFigures)[]) {
    const want = expected[key];
    const got = actual[key];
    if (want === null) expect(got, `${what} ${key}`).toBeNull();
    else expect(Math.abs((got as number) - want), `${what} ${key}: ${got} vs expected ${want}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
  }
}

const orders = generateShopOrders(SHOP);
const expected = expectedFigures(orders, PERIOD);
const figures = new Map<ExportShape, FileFigures>();

let dir: string;
let instance: DuckDBInstance;
let db: DuckDBConnection;

/** A written file as a UTF-8 CSV in the temp directory (GBK decoded first). */
function csvPath(name: string, file: string | Buffer): string {
  const path = join(dir, `${name}.csv`);
  writeFileSync(path, typeof file === "string" ? file : iconv.decode(file, "gbk"), "utf8");
  return path;
}

async function query(sql: string): Promise<Record<string, unknown>[]> {
  return (await db.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
}

beforeAll(async () => {
  for (const shape of EXPORT_SHAPES) figures.set(shape, await exportFileFigures(shape, writeShape(shape, orders, WRITER), PERIOD));
  dir = mkdtempSync(join(tmpdir(), "ec-review-line-figures-"));
  instance = await DuckDBInstance.create(":memory:");
  db = await instance.connect();
});

afterAll(() => {
  db?.closeSync();
  instance?.closeSync();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the test shop exercises every rule", () => {
  it("has unpaid, closed and partially refunded orders and repeat buyers in the period", () => {
    expect(expected.orders).toBeGreaterThan(100);
    expect(expected.unpaidOrders).toBeGreaterThan(0);
    expect(expected.closedOrders).toBeGreaterThan(0);
    expect(expected.partialRefunds.orders).toBeGreaterThan(0);
    expect(expected.chargedGmv).toBeGreaterThan(expected.gmv);
    expect(expected.repurchaseRate).toBeGreaterThan(0);
    expect(expected.newBuyers).toBeLessThan(expected.buyers);
  });
});

describe("DuckDB over each written file gives the expected figures", () => {
  it.each(EXPORT_SHAPES)("%s", (shape) => {
    expectFigures(figures.get(shape)!, expectedFor(shape, expected), shape);
  });

  it.each(EXPORT_SHAPES.filter((shape) => shape !== "orderLevel"))("%s agrees with the one-row-per-order file", (shape) => {
    const reference = figures.get("orderLevel")!;
    const own = figures.get(shape)!;
    expect(own.orders).toBe(reference.orders);
    if (own.gmv !== null) expect(own.gmv).toBeCloseTo(reference.gmv!, 6);
    if (own.buyers !== null) expect(own.buyers).toBe(reference.buyers);
    if (own.repurchaseRate !== null) expect(own.repurchaseRate).toBeCloseTo(reference.repurchaseRate!, 12);
  });

  it("places orders in the month of their payment, whatever way the date is written", async () => {
    const douyin = csvPath("douyin-months", writeDouyinOrders(orders, WRITER));
    const qianniu = csvPath("qianniu-months", writeQianniuReports(orders, WRITER).orders);
    const ledger = csvPath("ledger-months", writeSalesLedger(orders, WRITER));
    for (const month of expected.monthly) {
      const period = { from: month.month, to: month.month };
      for (const [shape, path] of [["douyin", douyin], ["qianniuOrders", qianniu], ["ledger", ledger]] as const) {
        const got = await lineFileFigures(db, shape, path, period);
        expect(got.orders, `${shape} ${month.month}`).toBe(month.orders);
        expect(got.gmv, `${shape} ${month.month}`).toBeCloseTo(month.gmv, 6);
        if (got.buyers !== null) expect(got.buyers, `${shape} ${month.month}`).toBe(month.buyers);
      }
    }
  });

  it("without partial refunds, the order-total shapes give the GMV too", async () => {
    const noRefunds = generateShopOrders({ ...SHOP, partialRefundShare: 0 });
    const e = expectedFigures(noRefunds, PERIOD);
    expect(e.chargedGmv).toBe(e.gmv);
    for (const shape of ["pinduoduo", "woocommerce"] as const) {
      const got = await lineFileFigures(db, shape, csvPath(`${shape}-no-refunds`, writeShape(shape, noRefunds, WRITER)), PERIOD);
      expect(got.orders).toBe(e.orders);
      expect(got.chargedGmv).toBeCloseTo(e.gmv, 6);
    }
  });
});

describe("reading rows as orders would be wrong on these files", () => {
  it("counts more rows than orders, and more money when a repeated total is summed on every row", async () => {
    const douyin = csvPath("douyin-naive", writeDouyinOrders(orders, { ...WRITER, dirtyShare: 0 }));
    const woo = csvPath("woo-naive", writeWooCommerceOrders(orders, { ...WRITER, dirtyShare: 0 }));
    const [d] = await query(`SELECT count(*)::INTEGER AS rows, sum(CAST("订单应付金额" AS DECIMAL(18, 2)))::DOUBLE AS summed FROM read_csv('${douyin}', all_varchar = true)`);
    const [w] = await query(`SELECT count(*)::INTEGER AS rows, sum(CAST("Order Total" AS DECIMAL(18, 2)))::DOUBLE AS summed FROM read_csv('${woo}', all_varchar = true)`);
    const allCharged = orders.reduce((cents, order) => cents + Math.round(order.lines.reduce((s, l) => s + l.lineAmount, 0) * 100), 0) / 100;
    for (const naive of [d, w]) {
      expect(naive.rows as number).toBeGreaterThan(orders.length);
      expect(naive.summed as number).toBeGreaterThan(allCharged + 1000);
    }
  });
});

describe("千牛 item report", () => {
  it("joins to the order report by 订单编号, one row per line", async () => {
    const files = writeQianniuReports(orders, WRITER);
    const orderPath = csvPath("qianniu-orders", files.orders);
    const itemPath = csvPath("qianniu-items", files.items);
    const id = (column: string) => `regexp_replace("${column}", '[\\s''="]', '', 'g')`;
    const [row] = await query(`
      WITH o AS (SELECT ${id("订单编号")} AS id FROM read_csv('${orderPath}', all_varchar = true)),
           i AS (SELECT ${id("订单编号")} AS id FROM read_csv('${itemPath}', all_varchar = true))
      SELECT (SELECT count(*) FROM i)::INTEGER AS item_rows,
             (SELECT count(DISTINCT id) FROM i)::INTEGER AS item_orders,
             (SELECT count(*) FROM o)::INTEGER AS order_rows,
             (SELECT count(*) FROM i WHERE id NOT IN (SELECT id FROM o))::INTEGER AS orphans`);
    expect(row).toEqual({ item_rows: orders.reduce((n, o) => n + o.lines.length, 0), item_orders: orders.length, order_rows: orders.length, orphans: 0 });
  });
});
