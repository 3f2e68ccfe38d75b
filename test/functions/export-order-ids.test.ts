/**
 * The `EC.` functions with their order-id argument on files shaped as the platforms write them
 * (test/support/export-writers.ts: a sales ledger, 抖店 and Shopify, line items, unpaid, closed
 * and refunded orders, dirty cells), held against the figures computed without the engine
 * (test/support/expected-figures.ts). The functions take no period: the period covers every order.
 * The shop has no partial refunds, so the order-total columns hold what the figures count.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { priceBandsFunction } from "../../src/functions/functions";
import { generateShopOrders, type ShopOrder } from "../support/shop-orders";
import { expectedFigures, type ExpectedFigures } from "../support/expected-figures";
import { writeDouyinOrders, writeSalesLedger, writeShopifyOrders } from "../support/export-writers";
import { csvRecords } from "../support/csv-rows";
import { aovFunction, gmvFunction, repurchaseFunction } from "./single-cell-results";
import { asTable, column } from "./excel-call";

const PERIOD = { from: "2025-01", to: "2025-12" } as const;
let orders: ShopOrder[];
let expected: ExpectedFigures;

beforeAll(() => {
  orders = generateShopOrders({ seed: 20251202, orders: 300, from: "2025-01", to: "2025-06", partialRefundShare: 0 });
  expected = expectedFigures(orders, PERIOD);
});

/** A column of the file as Excel passes a range of it. */
function columnOf(text: string, header: string): unknown[][] {
  const { headers, records } = csvRecords(text);
  expect(headers).toContain(header);
  return column(...records.map((record) => record[header]));
}

function expectClose(actual: unknown, wanted: number | null, what: string): void {
  expect(typeof actual, `${what}: ${String(actual)}`).toBe("number");
  expect(wanted, what).not.toBeNull();
  expect(Math.abs((actual as number) - wanted!), `${what}: ${String(actual)} vs ${wanted}`).toBeLessThan(1e-6 * Math.max(1, Math.abs(wanted!)));
}

/** Orders per band of EC.PRICEBANDS' spilled table. */
function bandOrders(table: unknown): unknown[] {
  return asTable(table).slice(1).map((band) => band[1]);
}

describe("order ids on platform exports", () => {
  it("the shop has orders of several lines, so rows and orders differ", () => {
    expect(expected.lines).toBeGreaterThan(expected.orders);
  });

  it("a sales ledger (a line amount on every row): GMV, AOV, 客单价, repurchase and price bands per order", () => {
    const file = writeSalesLedger(orders);
    const amounts = columnOf(file, "Sales");
    const ids = columnOf(file, "Order ID");
    const buyers = columnOf(file, "Customer ID");
    expectClose(gmvFunction(amounts, undefined, ids), expected.gmv, "GMV");
    expectClose(aovFunction(amounts, undefined, undefined, ids), expected.aov, "AOV");
    expectClose(aovFunction(amounts, buyers, undefined, ids), expected.aovPerBuyer, "AOV per buyer");
    expectClose(repurchaseFunction(buyers, amounts, undefined, ids), expected.repurchaseRate, "repurchase");
    expect(bandOrders(priceBandsFunction(amounts, undefined, undefined, ids))).toEqual(expected.priceBands.map((band) => band.orders));
    // Without the ids every line is an order.
    expect(aovFunction(amounts)).not.toBeCloseTo(expected.aov!, 2);
  });

  it("抖店 (the order total repeated on each sub-order row): GMV, AOV and price bands per main order", () => {
    const file = writeDouyinOrders(orders);
    const amounts = columnOf(file, "订单应付金额");
    const ids = columnOf(file, "主订单编号");
    const statuses = columnOf(file, "订单状态");
    expectClose(gmvFunction(amounts, statuses, ids), expected.gmv, "GMV");
    expectClose(aovFunction(amounts, undefined, statuses, ids), expected.aov, "AOV");
    expect(bandOrders(priceBandsFunction(amounts, undefined, statuses, ids))).toEqual(expected.priceBands.map((band) => band.orders));
    // Summed per row, each total counts once per sub-order.
    expect(gmvFunction(amounts, statuses)).toBeGreaterThan(expected.gmv + 1);
  });

  it("Shopify (the total, e-mail and status on the first row only): GMV, AOV, 客单价, repurchase and price bands per order", () => {
    const file = writeShopifyOrders(orders);
    const amounts = columnOf(file, "Total");
    const ids = columnOf(file, "Name");
    const buyers = columnOf(file, "Email");
    const statuses = columnOf(file, "Financial Status");
    expectClose(gmvFunction(amounts, statuses, ids), expected.gmv, "GMV");
    expectClose(aovFunction(amounts, undefined, statuses, ids), expected.aov, "AOV");
    expectClose(aovFunction(amounts, buyers, statuses, ids), expected.aovPerBuyer, "AOV per buyer");
    expectClose(repurchaseFunction(buyers, amounts, statuses, ids), expected.repurchaseRate, "repurchase");
    expect(bandOrders(priceBandsFunction(amounts, undefined, statuses, ids))).toEqual(expected.priceBands.map((band) => band.orders));
  });
});
