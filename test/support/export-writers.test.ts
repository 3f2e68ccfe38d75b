/**
 * The writers' files read back with a plain CSV reader: the header sets of EXPORTS.md in their
 * order, one row per line or per order as the platform writes it, each platform's id, time and
 * money habits, and the dirty cells the engine must read.
 */
import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { csvRecords, parseCsvRows } from "./csv-rows";
import {
  DOUYIN_HEADERS, LEDGER_HEADERS, ORDER_LEVEL_HEADERS, PINDUODUO_HEADERS, QIANNIU_ITEM_HEADERS, QIANNIU_ORDER_HEADERS, SHOPIFY_HEADERS,
  WOOCOMMERCE_HEADERS, douyinOrderId, ledgerOrderId, pinduoduoOrderId, qianniuOrderId, shopifyOrderName, woocommerceOrderNumber,
  writeDouyinOrders, writeOrderLevelFile, writePinduoduoOrders, writeQianniuReports, writeSalesLedger, writeShopifyOrders,
  writeWooCommerceOrders,
} from "./export-writers";
import { generateShopOrders, isCountedOrder, orderAmount, orderChargedAmount, orderCost, toCents, type ShopOrder } from "./shop-orders";

const ORDERS = generateShopOrders({ seed: 11, orders: 250, from: "2025-03", to: "2025-06" });
const WRITER = { seed: 5, dirtyShare: 0.15 };
const LINES = ORDERS.reduce((sum, order) => sum + order.lines.length, 0);

/** An amount cell as a number: currency signs and thousands separators dropped. */
const amountOf = (cell: string) => Number(cell.replace(/[^0-9.-]/g, ""));
const groupBy = <T>(items: readonly T[], key: (item: T) => string) => {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
};
/** The model's order behind a platform id. */
const orderFor = (platformId: (o: ShopOrder) => string) => {
  const index = new Map(ORDERS.map((order) => [platformId(order), order]));
  return (id: string) => {
    const order = index.get(id);
    if (!order) throw new Error(`no order ${JSON.stringify(id)}`);
    return order;
  };
};
const TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
const DIRTY_TIME = /^(\d{4}\/\d{1,2}\/\d{1,2} \d{2}:\d{2}|\d{4}年\d{1,2}月\d{1,2}日)$/;

describe("Shopify orders export", () => {
  const text = writeShopifyOrders(ORDERS, WRITER);
  const { headers, records } = csvRecords(text);
  const find = orderFor(shopifyOrderName);

  it("is UTF-8 without BOM, one row per line item under the real headers", () => {
    expect(text.startsWith("\uFEFF")).toBe(false);
    expect(headers).toEqual([...SHOPIFY_HEADERS]);
    expect(records).toHaveLength(LINES);
    expect(records[0].Name).toBe("#1001");
  });

  it("fills order columns on the order's first row only, line columns on every row", () => {
    for (const [name, rows] of groupBy(records, (r) => r.Name)) {
      const order = find(name);
      expect(rows).toHaveLength(order.lines.length);
      expect(amountOf(rows[0].Total)).toBe(orderChargedAmount(order));
      expect(rows[0]["Created at"]).toBe(`${order.createdAt} +0800`);
      expect(rows[0]["Paid at"]).toBe(order.paidAt === null ? "" : `${order.paidAt} +0800`);
      for (const row of rows.slice(1)) {
        for (const column of ["Email", "Financial Status", "Paid at", "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Created at", "Cancelled at", "Refunded Amount", "Source"]) {
          expect(row[column], `${name} ${column}`).toBe("");
        }
      }
      rows.forEach((row, k) => {
        expect(row["Lineitem name"]).toBe(order.lines[k].title);
        expect(row["Lineitem sku"]).toBe(order.lines[k].sku);
        expect(Number(row["Lineitem quantity"])).toBe(order.lines[k].quantity);
      });
    }
  });

  it("says pending, voided, refunded and partially_refunded, and shows the refund", () => {
    const statuses = new Map(records.filter((r) => r["Financial Status"] !== "").map((r) => [r.Name, r["Financial Status"].trim()]));
    expect(new Set(statuses.values())).toEqual(new Set(["paid", "pending", "voided", "refunded", "partially_refunded"]));
    for (const [name, status] of statuses) {
      const order = find(name);
      const first = records.find((r) => r.Name === name)!;
      if (status === "partially_refunded") expect(amountOf(first.Total) - amountOf(first["Refunded Amount"])).toBeCloseTo(orderAmount(order), 9);
      if (status === "pending") expect(first["Paid at"]).toBe("");
      if (status === "voided") expect(first["Cancelled at"]).toMatch(/ \+0800$/);
    }
  });

  it("quotes the titles with commas and quotes, and has dollar amounts and trailing spaces among the cells", () => {
    expect(text).toContain('"保温杯 500ml, 不锈钢 ""经典款"""');
    expect(records.some((r) => /^\$\d{1,3}(,\d{3})*\.\d{2}$/.test(r.Total))).toBe(true);
    expect(records.some((r) => r.Email.endsWith(" "))).toBe(true);
    expect(records.filter((r) => r.Email !== "").every((r) => r.Email.trim().endsWith("@example.com"))).toBe(true);
  });
});

describe("抖店 export", () => {
  const text = writeDouyinOrders(ORDERS, WRITER);
  const { headers, records } = csvRecords(text);
  const find = orderFor(douyinOrderId);

  it("is UTF-8 with BOM, one row per sub-order, ids text with a leading tab", () => {
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(headers).toEqual([...DOUYIN_HEADERS]);
    expect(records).toHaveLength(LINES);
    for (const row of records) {
      expect(row["主订单编号"]).toMatch(/^\t\d{19}$/);
      expect(row["子订单编号"]).toMatch(/^\t\d{19}$/);
    }
    expect(new Set(records.map((r) => r["子订单编号"])).size).toBe(LINES);
  });

  it("repeats the main order's 订单应付金额 on each sub-order row beside the sub-order's 商品金额", () => {
    let multi = 0;
    for (const [id, rows] of groupBy(records, (r) => r["主订单编号"].trim())) {
      const order = find(id);
      for (const row of rows) expect(amountOf(row["订单应付金额"])).toBe(orderChargedAmount(order));
      expect(rows.reduce((cents, row) => cents + toCents(amountOf(row["商品金额"])), 0)).toBe(toCents(orderChargedAmount(order) - order.shipping));
      rows.forEach((row, k) => expect(row["售后状态"]).toBe(order.lines[k].refunded ? "退款成功" : ""));
      if (rows.length > 1) multi += 1;
    }
    expect(multi).toBeGreaterThan(20);
  });

  it("blanks 支付完成时间 of unpaid orders and writes the statuses 抖店 uses", () => {
    for (const row of records) {
      const status = row["订单状态"].trim();
      expect(["待支付", "已关闭", "已完成", "已发货", "待发货"]).toContain(status);
      if (status === "待支付") expect(row["支付完成时间"]).toBe("");
      else if (status !== "已关闭") expect(row["支付完成时间"]).not.toBe("");
    }
  });

  it("masks phones and has no buyer column; writes dirty amounts and dates", () => {
    expect(records.every((r) => /^1\d{2}\*{4}\d{4}$/.test(r["收件人手机号"]))).toBe(true);
    expect(headers.some((h) => h.includes("买家"))).toBe(false);
    expect(records.some((r) => /^¥\d/.test(r["商品金额"]))).toBe(true);
    expect(records.some((r) => DIRTY_TIME.test(r["订单提交时间"]) && r["订单提交时间"].includes("年"))).toBe(true);
    expect(records.some((r) => DIRTY_TIME.test(r["支付完成时间"]) && r["支付完成时间"].includes("/"))).toBe(true);
    expect(records.every((r) => r["订单提交时间"] === "" || TIME.test(r["订单提交时间"]) || DIRTY_TIME.test(r["订单提交时间"]))).toBe(true);
  });
});

describe("千牛 订单报表 and 宝贝报表", () => {
  const files = writeQianniuReports(ORDERS, WRITER);
  const orderText = iconv.decode(files.orders, "gbk");
  const itemText = iconv.decode(files.items, "gbk");
  const orders = csvRecords(orderText);
  const items = csvRecords(itemText);
  const plainId = (cell: string) => cell.replace(/^'|^="|"$/g, "");
  const find = orderFor(qianniuOrderId);

  it("are GBK bytes that decode without loss", () => {
    expect(Buffer.isBuffer(files.orders) && Buffer.isBuffer(files.items)).toBe(true);
    expect(files.orders.toString("utf8")).not.toContain("订单编号");
    expect(orderText).not.toContain("?");
    expect(itemText).not.toContain("?");
    expect(orderText).toContain("交易成功");
  });

  it("hold one row per order and one row per line, joined by 订单编号 written as text", () => {
    expect(orders.headers).toEqual([...QIANNIU_ORDER_HEADERS]);
    expect(items.headers).toEqual([...QIANNIU_ITEM_HEADERS]);
    expect(orders.records).toHaveLength(ORDERS.length);
    expect(items.records).toHaveLength(LINES);
    const ids = orders.records.map((r) => r["订单编号"]);
    expect(ids.some((id) => id.startsWith("'"))).toBe(true);
    expect(ids.some((id) => id.startsWith('="') && id.endsWith('"'))).toBe(true);
    expect(orderText).toMatch(/\r\n"=""\d{19}"""/);
    for (const id of ids) expect(plainId(id)).toMatch(/^\d{19}$/);
    for (const [id, rows] of groupBy(items.records, (r) => plainId(r["订单编号"]))) {
      const order = find(id);
      expect(rows.map((r) => r["商家编码"])).toEqual(order.lines.map((line) => line.sku));
    }
  });

  it("show unpaid orders with 0000-00-00 or blank payment time, closed ones 交易关闭, refunds in 退款金额", () => {
    const unpaid = orders.records.filter((r) => r["订单状态"].trim() === "等待买家付款");
    expect(unpaid.length).toBeGreaterThan(0);
    expect(new Set(unpaid.map((r) => r["订单付款时间"]))).toEqual(new Set(["0000-00-00 00:00:00", ""]));
    for (const row of orders.records) {
      const order = find(plainId(row["订单编号"]));
      const status = row["订单状态"].trim();
      if (order.status === "closed" || order.status === "refunded") expect(status).toBe("交易关闭");
      if (order.paidAt === null) expect(amountOf(row["买家实际支付金额"])).toBe(0);
      else expect(amountOf(row["买家实际支付金额"]) - amountOf(row["退款金额"])).toBeCloseTo(orderAmount(order), 9);
    }
    expect(orders.records.some((r) => r["买家实际支付金额"].startsWith("￥"))).toBe(true);
  });
});

describe("拼多多 export", () => {
  const text = writePinduoduoOrders(ORDERS, WRITER);
  const { headers, records } = csvRecords(text);
  const find = orderFor(pinduoduoOrderId);

  it("collapses each order to one row: first title, total quantity, the charged amount", () => {
    expect(headers).toEqual([...PINDUODUO_HEADERS]);
    expect(records).toHaveLength(ORDERS.length);
    for (const row of records) {
      expect(row["订单号"]).toMatch(/^\d{6}-\d{15}$/);
      const order = find(row["订单号"]);
      expect(row["商品"]).toBe(order.lines[0].title);
      expect(Number(row["商品数量(件)"])).toBe(order.lines.reduce((sum, line) => sum + line.quantity, 0));
      expect(amountOf(row["用户实付金额(元)"])).toBe(orderChargedAmount(order));
      expect(row["订单成交时间"] === "").toBe(order.paidAt === null);
      expect(["待付款", "已取消", "已收货", "待发货", "已发货"]).toContain(row["订单状态"].trim());
    }
  });
});

describe("WooCommerce export", () => {
  const text = writeWooCommerceOrders(ORDERS, WRITER);
  const { headers, records } = csvRecords(text);
  const find = orderFor(woocommerceOrderNumber);

  it("repeats Order Total on every line-item row", () => {
    expect(headers).toEqual([...WOOCOMMERCE_HEADERS]);
    expect(records).toHaveLength(LINES);
    for (const [number, rows] of groupBy(records, (r) => r["Order Number"])) {
      const order = find(number);
      expect(rows).toHaveLength(order.lines.length);
      for (const row of rows) expect(amountOf(row["Order Total"])).toBe(orderChargedAmount(order));
    }
    expect(new Set(records.map((r) => r["Order Status"].trim()))).toEqual(new Set(["completed", "processing", "pending", "cancelled", "refunded"]));
    expect(records.some((r) => r["Order Total"].startsWith("$"))).toBe(true);
  });
});

describe("sales ledger", () => {
  const text = writeSalesLedger(ORDERS, WRITER);
  const { headers, records } = csvRecords(text);
  const find = orderFor(ledgerOrderId);

  it("lists the kept lines of counted orders, their Sales adding up to the order's amount", () => {
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(headers).toEqual([...LEDGER_HEADERS]);
    const counted = ORDERS.filter(isCountedOrder);
    expect(records).toHaveLength(counted.reduce((sum, order) => sum + order.lines.filter((line) => !line.refunded).length, 0));
    const groups = groupBy(records, (r) => r["Order ID"]);
    expect(groups.size).toBe(counted.length);
    for (const [id, rows] of groups) {
      const order = find(id);
      expect(rows.reduce((cents, row) => cents + toCents(amountOf(row.Sales)), 0)).toBe(toCents(orderAmount(order)));
      expect(rows.reduce((cents, row) => cents + toCents(amountOf(row.Cost)), 0)).toBe(toCents(orderCost(order)));
      for (const row of rows) {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(row["Order Date"])) continue;
        const days = (Date.parse(row["Ship Date"]) - Date.parse(row["Order Date"])) / 86_400_000;
        expect(days).toBeGreaterThanOrEqual(2);
        expect(days).toBeLessThanOrEqual(5);
      }
    }
    expect(records.some((r) => /^\d{4}\/\d{1,2}\/\d{1,2}$/.test(r["Order Date"]))).toBe(true);
    expect(records.some((r) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(r["Order Date"]))).toBe(true);
  });

  it("refuses shipping it has no column for", () => {
    expect(() => writeSalesLedger([{ ...ORDERS.find(isCountedOrder)!, shipping: 8 }])).toThrow(/shipping/);
  });
});

describe("the order-level file", () => {
  const { headers, records } = csvRecords(writeOrderLevelFile(ORDERS, WRITER));

  it("has one row per order with the paid amount net of refunds", () => {
    expect(headers).toEqual([...ORDER_LEVEL_HEADERS]);
    expect(records).toHaveLength(ORDERS.length);
    const find = orderFor(qianniuOrderId);
    for (const row of records) {
      const order = find(row["订单编号"]);
      if (isCountedOrder(order)) expect(amountOf(row["买家实际支付金额"])).toBe(orderAmount(order));
      expect(row["订单付款时间"] === "").toBe(order.paidAt === null);
      if (order.status === "refunded") expect(row["订单状态"].trim()).toBe("退款成功");
    }
  });
});

describe("every writer", () => {
  const all = (options: { seed?: number; dirtyShare?: number }) => {
    const qianniu = writeQianniuReports(ORDERS, options);
    return [
      writeShopifyOrders(ORDERS, options), writeDouyinOrders(ORDERS, options), iconv.decode(qianniu.orders, "gbk"), iconv.decode(qianniu.items, "gbk"),
      writePinduoduoOrders(ORDERS, options), writeWooCommerceOrders(ORDERS, options), writeSalesLedger(ORDERS, options), writeOrderLevelFile(ORDERS, options),
    ];
  };

  it("writes the same file for the same seed", () => {
    expect(all(WRITER)).toEqual(all(WRITER));
  });

  it("writes clean cells when dirtyShare is 0", () => {
    for (const text of all({ dirtyShare: 0 })) {
      const rows = parseCsvRows(text);
      expect(rows.every((row) => row.length === rows[0].length)).toBe(true);
      expect(text).not.toMatch(/[¥￥$]\d/);
      expect(text).not.toMatch(/年\d+月/);
      for (const row of rows) for (const cell of row) expect(cell, JSON.stringify(row)).not.toMatch(/ $/);
    }
  });
});
