import { describe, expect, it } from "vitest";
import type { CellGrid } from "../../engine/cells/cell-value";
import { mulberry32 } from "../../sample-shop/prng";
import { applyOverride } from "./apply-override";
import { SUGGESTION_THRESHOLD } from "./column-suggestions";
import { detectTable } from "./detect-table";
import { orderTimeField } from "./order-time";
import {
  AD_SPEND_CN, COST_SHEET_CN, COST_SHEET_EN, DOUYIN_ORDERS, GOOGLE_ADS_REPORT, HAND_MADE_ORDER_FIELDS, PINDUODUO_ORDERS, SHOPIFY_ORDERS,
  SHOPIFY_TRAFFIC, SYCM_TRAFFIC, TAOBAO_ITEMS, TAOBAO_ORDERS, WOOCOMMERCE_ORDERS, ZHITONGCHE_REPORT, handMadeOrders,
} from "../../../test/support/real-exports.fixture";
import type { TableDetection } from "./table-detection";
import type { TableField } from "./table-fields";

/** Field → header of the column it was mapped to, for the fields that were mapped. */
function headersOf(detection: TableDetection | null): Record<string, string | null> {
  expect(detection).not.toBeNull();
  const out: Record<string, string | null> = {};
  for (const [field, mapping] of Object.entries(detection!.columns)) out[field] = mapping!.header;
  return out;
}

function columnOf(detection: TableDetection | null, field: TableField): number | undefined {
  return (detection?.columns as Partial<Record<TableField, { column: number }>> | undefined)?.[field]?.column;
}

function mapping(detection: TableDetection | null, field: TableField) {
  return (detection?.columns as Partial<Record<TableField, { column: number; confidence: number; source: string; header: string | null }>>)[field];
}

/** The grid with its columns rearranged: column i of the result is column `order[i]` of the grid. */
function permuteColumns(grid: readonly (readonly unknown[])[], order: readonly number[]): unknown[][] {
  return grid.map((row) => order.map((c) => row[c]));
}

function shuffledOrder(width: number, seed: number): number[] {
  const random = mulberry32(seed);
  const order = Array.from({ length: width }, (_, i) => i);
  for (let i = width - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

describe("detectTable on the exports operators download", () => {
  it("maps the Taobao/Tmall 千牛 order export, taking the paid amount over 总金额 and 买家应付货款", () => {
    const detection = detectTable(TAOBAO_ORDERS);
    expect(detection?.kind).toBe("orders");
    expect(detection?.confidence).toBeGreaterThan(0.9);
    expect(detection?.headerRow).toBe(0);
    expect(detection?.firstDataRow).toBe(1);
    expect(detection?.columnCount).toBe(TAOBAO_ORDERS[0].length);
    expect(headersOf(detection)).toEqual({
      orderId: "订单编号", buyer: "买家会员名", createdTime: "订单创建时间", paidTime: "订单付款时间", amount: "买家实际支付金额",
      itemTitle: "宝贝标题", sku: "商家编码", quantity: "宝贝总数量", status: "订单状态", channel: "流量来源", refundAmount: "退款金额",
    });
    expect(Object.values(detection!.columns).every((m) => m!.source === "header")).toBe(true);
    expect(detection?.missingRequired).toEqual([]);
    expect(detection?.missingDesired).toEqual([]);
    expect(detection?.sampledRows).toBe(4);
  });

  it("maps the 抖店 export: 主订单编号 is the order, 商品数量 the quantity, and 达人昵称 is not the buyer", () => {
    const detection = detectTable(DOUYIN_ORDERS);
    expect(detection?.kind).toBe("orders");
    expect(headersOf(detection)).toEqual({
      orderId: "主订单编号", createdTime: "订单提交时间", paidTime: "支付完成时间", amount: "订单应付金额", itemTitle: "商品名称",
      sku: "商家编码", quantity: "商品数量", status: "订单状态", channel: "流量来源", afterSales: "售后状态",
    });
    expect(detection?.missingRequired).toEqual([]);
    expect(detection?.missingDesired).toEqual(["buyer"]);
  });

  it("leaves 达人昵称 unmapped even where, over many rows, it looks like a buyer column", () => {
    const influencer = DOUYIN_ORDERS[0].indexOf("达人昵称");
    const names = ["小美护肤日记", "成分党阿月", "护肤老张", "阿紫爱分享", "油皮救星", "干皮小白", "敏感肌日常", "美妆测评君"];
    const grid = [DOUYIN_ORDERS[0], ...Array.from({ length: 40 }, (_, i) => {
      const row = DOUYIN_ORDERS[1 + (i % 4)].slice();
      row[influencer] = names[(i * 3) % names.length] + (i % 5);
      return row;
    })];
    const detection = detectTable(grid);
    expect(detection?.kind).toBe("orders");
    expect(mapping(detection, "buyer")).toBeUndefined();
    expect(Object.values(detection!.columns).some((m) => m!.column === influencer)).toBe(false);
  });

  it("maps the Pinduoduo export with its (元) and (件) units: 用户实付金额 over 商家实收金额, 支付时间 over 成团时间", () => {
    const detection = detectTable(PINDUODUO_ORDERS);
    expect(detection?.kind).toBe("orders");
    expect(headersOf(detection)).toEqual({
      orderId: "订单号", paidTime: "支付时间", amount: "用户实付金额(元)", itemTitle: "商品", sku: "商家编码-SKU维度",
      quantity: "商品数量(件)", status: "订单状态", shippedTime: "发货时间", afterSales: "售后状态",
    });
    expect(detection?.missingDesired).toEqual(["buyer"]);
  });

  it("maps the Shopify orders export: Total over Subtotal, Email as the buyer, Cancelled at left alone", () => {
    const detection = detectTable(SHOPIFY_ORDERS);
    expect(detection?.kind).toBe("orders");
    expect(headersOf(detection)).toEqual({
      orderId: "Name", buyer: "Email", createdTime: "Created at", paidTime: "Paid at", amount: "Total", itemTitle: "Lineitem name",
      sku: "Lineitem sku", quantity: "Lineitem quantity", status: "Financial Status", channel: "Source", shippedTime: "Fulfilled at",
      refundAmount: "Refunded Amount",
    });
    // The second line item of #1002 leaves Total blank: the column is still the amount, a little less surely.
    expect(mapping(detection, "amount")!.confidence).toBeLessThan(mapping(detection, "itemTitle")!.confidence);
  });

  it("maps the WooCommerce export: Customer Email over Billing Email, Order Date as the creation time", () => {
    const detection = detectTable(WOOCOMMERCE_ORDERS);
    expect(detection?.kind).toBe("orders");
    expect(headersOf(detection)).toEqual({
      orderId: "Order Number", buyer: "Customer Email", createdTime: "Order Date", amount: "Order Total", itemTitle: "Item Name",
      sku: "SKU", quantity: "Quantity", status: "Order Status",
    });
  });

  it("finds the 生意参谋 header below the report's title lines and reads it as traffic", () => {
    const detection = detectTable(SYCM_TRAFFIC);
    expect(detection?.kind).toBe("traffic");
    expect(detection?.headerRow).toBe(3);
    expect(detection?.firstDataRow).toBe(4);
    expect(headersOf(detection)).toEqual({ date: "统计日期", channel: "来源", visitors: "访客数" });
    expect(detection?.sampledRows).toBe(6);
  });

  it("maps a Chinese ad sheet, 成交金额 as the attributed GMV", () => {
    const detection = detectTable(AD_SPEND_CN);
    expect(detection?.kind).toBe("adSpend");
    expect(detection?.confidence).toBeGreaterThan(0.9);
    expect(headersOf(detection)).toEqual({ date: "日期", channel: "渠道", spend: "花费", impressions: "展现量", clicks: "点击量", attributedGmv: "成交金额" });
  });

  it("maps a 直通车 report without a channel column to its campaign names, and says it is unsure", () => {
    const detection = detectTable(ZHITONGCHE_REPORT);
    expect(detection?.kind).toBe("adSpend");
    expect(mapping(detection, "channel")).toMatchObject({ header: "计划名称", source: "header" });
    expect(mapping(detection, "channel")!.confidence).toBeLessThan(0.5);
    expect(mapping(detection, "attributedGmv")!.header).toBe("总成交金额");
  });

  it("maps a Google Ads report in English", () => {
    const detection = detectTable(GOOGLE_ADS_REPORT);
    expect(detection?.kind).toBe("adSpend");
    expect(headersOf(detection)).toEqual({
      date: "Day", channel: "Network", spend: "Cost", impressions: "Impr.", clicks: "Clicks", attributedGmv: "Conv. value",
    });
  });

  it("maps Shopify sessions by referrer as traffic", () => {
    const detection = detectTable(SHOPIFY_TRAFFIC);
    expect(detection?.kind).toBe("traffic");
    expect(headersOf(detection)).toEqual({ date: "Day", channel: "Referrer source", visitors: "Sessions" });
  });

  it("maps cost sheets in Chinese and English", () => {
    const chinese = detectTable(COST_SHEET_CN);
    expect(chinese?.kind).toBe("costs");
    expect(headersOf(chinese)).toEqual({ sku: "商家编码", itemTitle: "宝贝标题", unitCost: "成本价" });
    const english = detectTable(COST_SHEET_EN);
    expect(english?.kind).toBe("costs");
    expect(headersOf(english)).toEqual({ sku: "SKU", itemTitle: "Product Name", unitCost: "Unit cost" });
  });
});

describe("detectTable telling an item table from an order table", () => {
  it("maps the 千牛 宝贝报表 as items: 价格 the unit price, 商家编码 over 外部系统编号 the SKU", () => {
    const detection = detectTable(TAOBAO_ITEMS);
    expect(detection?.kind).toBe("items");
    expect(detection?.confidence).toBeGreaterThan(0.7);
    expect(headersOf(detection)).toEqual({
      orderId: "订单编号", itemTitle: "标题", sku: "商家编码", quantity: "购买数量", unitPrice: "价格", status: "订单状态",
    });
    expect(detection?.missingRequired).toEqual([]);
    expect(detection?.missingDesired).toEqual([]);
  });

  it("does not take the 宝贝报表 for orders: read as orders, it lacks the amount and the order time", () => {
    const asOrders = detectTable(TAOBAO_ITEMS, { kind: "orders" });
    expect(asOrders.missingRequired).toEqual(["amount", "paidTime", "createdTime"]);
    expect(asOrders.confidence).toBeLessThan(0.3);
  });

  it("keeps the 千牛 订单报表 an order table: its 宝贝标题 and 宝贝总数量 do not make it items", () => {
    const detection = detectTable(TAOBAO_ORDERS);
    expect(detection?.kind).toBe("orders");
    expect(detection?.confidence).toBeGreaterThan(0.9);
    const asItems = detectTable(TAOBAO_ORDERS, { kind: "items" });
    expect(asItems.confidence).toBeLessThan(0.4);
    // 宝贝总数量 is the order's count of items, not an item's quantity.
    expect(asItems.columns.quantity).toBeUndefined();
  });

  it("keeps the exports of one row per item with an order amount and time order tables, as surely as before", () => {
    for (const [name, grid] of Object.entries({ DOUYIN_ORDERS, PINDUODUO_ORDERS, SHOPIFY_ORDERS, WOOCOMMERCE_ORDERS })) {
      const detection = detectTable(grid);
      expect(detection?.kind, name).toBe("orders");
      expect(detection?.confidence, name).toBeGreaterThan(0.9);
    }
  });
});

describe("detectTable with the columns in another order", () => {
  it("maps the shuffled Taobao export to the same headers, at their new positions", () => {
    const plain = detectTable(TAOBAO_ORDERS);
    const order = shuffledOrder(TAOBAO_ORDERS[0].length, 2025);
    expect(order.slice(0, 5)).not.toEqual([0, 1, 2, 3, 4]);
    const shuffled = detectTable(permuteColumns(TAOBAO_ORDERS, order));
    expect(headersOf(shuffled)).toEqual(headersOf(plain));
    for (const [field, m] of Object.entries(shuffled!.columns)) {
      expect(order[m!.column]).toBe(columnOf(plain, field as TableField));
    }
  });

  it("maps the shuffled Shopify export to the same headers", () => {
    const order = shuffledOrder(SHOPIFY_ORDERS[0].length, 7);
    expect(headersOf(detectTable(permuteColumns(SHOPIFY_ORDERS, order)))).toEqual(headersOf(detectTable(SHOPIFY_ORDERS)));
  });
});

describe("detectTable from the contents when headers are unknown or missing", () => {
  const rows = handMadeOrders(60);
  const truth = Object.fromEntries(HAND_MADE_ORDER_FIELDS.map((field, column) => [field, column]));

  it("maps Excel's default 列1 … 列10 headers by content", () => {
    const grid = [HAND_MADE_ORDER_FIELDS.map((_, i) => `列${i + 1}`), ...rows];
    const detection = detectTable(grid);
    expect(detection?.kind).toBe("orders");
    expect(detection?.headerRow).toBe(0);
    const columns = Object.fromEntries(Object.entries(detection!.columns).map(([field, m]) => [field, m!.column]));
    expect(columns).toEqual(truth);
    for (const m of Object.values(detection!.columns)) {
      expect(m!.source).toBe("content");
      expect(m!.confidence).toBeLessThanOrEqual(0.7);
      expect(m!.header).toMatch(/^列\d+$/);
    }
  });

  it("maps a sheet without a header row, starting the data at row 0", () => {
    const detection = detectTable(rows);
    expect(detection?.kind).toBe("orders");
    expect(detection?.headerRow).toBeNull();
    expect(detection?.firstDataRow).toBe(0);
    expect(detection?.headers.every((h) => h === null)).toBe(true);
    expect(Object.fromEntries(Object.entries(detection!.columns).map(([field, m]) => [field, m!.column]))).toEqual(truth);
    expect(detection?.missingRequired).toEqual([]);
  });

  it("tells the creation time from the payment time, and the cost from the amount, by their order in each row", () => {
    // cost, paid, created, amount, buyer, order id: both pairs stand the wrong way round.
    const reversed = rows.map((r) => [r[5], r[3], r[2], r[4], r[1], r[0]]);
    const detection = detectTable(reversed);
    expect(detection?.kind).toBe("orders");
    expect(columnOf(detection, "cost")).toBe(0);
    expect(columnOf(detection, "paidTime")).toBe(1);
    expect(columnOf(detection, "createdTime")).toBe(2);
    expect(columnOf(detection, "amount")).toBe(3);
    expect(columnOf(detection, "buyer")).toBe(4);
    expect(columnOf(detection, "orderId")).toBe(5);
  });

  it("treats a blank first row as no header", () => {
    const detection = detectTable([[], ["", null, ""], ...rows]);
    expect(detection?.headerRow).toBeNull();
    expect(detection?.firstDataRow).toBe(2);
    expect(columnOf(detection, "amount")).toBe(truth.amount);
  });

  it("maps known headers by header and the blank or unknown ones beside them by content", () => {
    const grid = [
      ["订单编号", "", "付款时间", "实付金额", "处理结果"],
      ...rows.map((r) => [r[0], r[1], r[3], r[4], r[6]]),
    ];
    const detection = detectTable(grid);
    expect(mapping(detection, "orderId")).toMatchObject({ column: 0, source: "header", confidence: 1 });
    expect(mapping(detection, "buyer")).toMatchObject({ column: 1, source: "content", header: null });
    expect(mapping(detection, "status")).toMatchObject({ column: 4, source: "content", header: "处理结果" });
    expect(mapping(detection, "paidTime")).toMatchObject({ column: 2, source: "header" });
  });

  it("does not believe a header its column contradicts: a 金额 column of titles is no amount", () => {
    const grid = [["订单编号", "买家会员名", "付款时间", "金额", "实付"], ...rows.map((r) => [r[0], r[1], r[3], r[9], r[4]])];
    const detection = detectTable(grid);
    expect(mapping(detection, "amount")).toMatchObject({ column: 4, header: "实付" });
    expect(Object.values(detection!.columns).some((m) => m!.column === 3 && m!.source === "header")).toBe(false);
  });

  it("reads an ad sheet without its header as ad spend, not orders", () => {
    const detection = detectTable(AD_SPEND_CN.slice(1));
    expect(detection?.kind).toBe("adSpend");
    expect(detection?.headerRow).toBeNull();
    expect(columnOf(detection, "spend")).toBe(3);
    expect(columnOf(detection, "channel")).toBe(2);
    expect(columnOf(detection, "impressions")).toBe(4);
    expect(columnOf(detection, "clicks")).toBe(5);
  });
});

describe("detectTable on partly blank columns", () => {
  const rows = handMadeOrders(40);
  const header = ["订单编号", "买家会员名", "订单付款时间", "实付金额"];

  it("still maps a column half blank, less surely than a full one", () => {
    const full = detectTable([header, ...rows.map((r) => [r[0], r[1], r[3], r[4]])]);
    const halfBlank = detectTable([header, ...rows.map((r, i) => [r[0], i % 2 === 0 ? "" : r[1], i % 4 === 0 ? null : r[3], r[4]])]);
    expect(mapping(halfBlank, "buyer")!.column).toBe(1);
    expect(mapping(halfBlank, "paidTime")!.column).toBe(2);
    expect(mapping(halfBlank, "buyer")!.confidence).toBeLessThan(mapping(full, "buyer")!.confidence);
    expect(mapping(halfBlank, "paidTime")!.confidence).toBeLessThan(mapping(full, "paidTime")!.confidence);
  });

  it("maps a wholly blank column by its header, at reduced confidence", () => {
    const detection = detectTable([header, ...rows.map((r) => [r[0], "", r[3], r[4]])]);
    expect(mapping(detection, "buyer")).toMatchObject({ column: 1, source: "header" });
    expect(mapping(detection, "buyer")!.confidence).toBeLessThanOrEqual(0.6);
  });

  it("lowers the amount's confidence when some cells cannot be read", () => {
    const clean = detectTable([header, ...rows.map((r) => [r[0], r[1], r[3], r[4]])]);
    const dirty = detectTable([header, ...rows.map((r, i) => [r[0], r[1], r[3], i % 5 === 0 ? "待定" : r[4]])]);
    expect(mapping(dirty, "amount")!.column).toBe(3);
    expect(mapping(dirty, "amount")!.confidence).toBeLessThan(mapping(clean, "amount")!.confidence);
  });
});

describe("detectTable with duplicate and ambiguous headers", () => {
  const rows = handMadeOrders(30);

  it("picks the fuller of two 金额 columns and lowers its confidence", () => {
    const grid = [["订单号", "客户", "下单时间", "金额", "金额"], ...rows.map((r, i) => [r[0], r[1], r[2], i % 3 === 0 ? "" : r[4], r[4]])];
    const detection = detectTable(grid);
    expect(mapping(detection, "amount")).toMatchObject({ column: 4, header: "金额", source: "header" });
    const single = detectTable([["订单号", "客户", "下单时间", "金额"], ...rows.map((r) => [r[0], r[1], r[2], r[4]])]);
    expect(mapping(detection, "amount")!.confidence).toBeLessThan(mapping(single, "amount")!.confidence);
  });

  it("picks the leftmost of two equally good 金额 columns, every time", () => {
    const grid = [["订单号", "客户", "下单时间", "金额", "金额"], ...rows.map((r) => [r[0], r[1], r[2], r[5], r[4]])];
    const first = detectTable(grid);
    expect(columnOf(first, "amount")).toBe(3);
    expect(columnOf(detectTable(grid), "amount")).toBe(3);
    expect(mapping(first, "amount")!.confidence).toBeLessThan(0.5);
  });

  it("prefers the paid amount to 总金额 whichever comes first", () => {
    for (const header of [["订单号", "总金额", "实付金额", "付款时间"], ["订单号", "实付金额", "总金额", "付款时间"]]) {
      const paidColumn = header.indexOf("实付金额");
      const grid = [header, ...rows.map((r) => {
        const row = [r[0], 0, 0, r[3]];
        row[paidColumn] = r[4];
        row[3 - paidColumn] = Math.round((r[4] as number) * 110) / 100;
        return row;
      })];
      const detection = detectTable(grid);
      expect(mapping(detection, "amount")).toMatchObject({ column: paidColumn, header: "实付金额" });
      expect(mapping(detection, "amount")!.confidence).toBeGreaterThan(0.9);
    }
  });

  it("takes 商品数量 as the quantity, never the amount", () => {
    const grid = [["订单号", "商品数量", "金额", "下单时间"], ...rows.map((r) => [r[0], r[7], r[4], r[2]])];
    const detection = detectTable(grid);
    expect(headersOf(detection)).toMatchObject({ quantity: "商品数量", amount: "金额" });
  });
});

describe("detectTable choosing the kind", () => {
  it("does not take an ad sheet with 成交金额 for orders", () => {
    const detection = detectTable(AD_SPEND_CN);
    expect(detection?.kind).toBe("adSpend");
    const asOrders = detectTable(AD_SPEND_CN, { kind: "orders" });
    expect(asOrders.kind).toBe("orders");
    expect(asOrders.confidence).toBeLessThan(0.2);
    expect(asOrders.confidence).toBeLessThan(detection!.confidence);
  });

  it("does not take an order export for ad spend or traffic, even when asked", () => {
    const asTraffic = detectTable(TAOBAO_ORDERS, { kind: "traffic" });
    expect(asTraffic.kind).toBe("traffic");
    expect(asTraffic.missingRequired).toEqual(["visitors"]);
    expect(asTraffic.confidence).toBeLessThan(0.3);
  });

  it("lets the sheet's name settle a sheet of 日期, 渠道, 金额", () => {
    const grid = [["日期", "渠道", "金额"], ["2025-06-01", "直通车", "1,250.40"], ["2025-06-01", "万相台", "2,080.00"], ["2025-06-02", "直通车", "1,180.20"]];
    const unnamed = detectTable(grid);
    const asAds = detectTable(grid, { sheetName: "6月推广花费" });
    const asOrders = detectTable(grid, { sheetName: "6月订单" });
    expect(asAds?.kind).toBe("adSpend");
    expect(asAds!.confidence).toBeGreaterThan(unnamed!.confidence);
    expect(asOrders?.kind).toBe("orders");
    expect(headersOf(asOrders)).toEqual({ createdTime: "日期", amount: "金额", channel: "渠道" });
  });

  it("reads a header row without data rows by its headers", () => {
    const detection = detectTable([TAOBAO_ORDERS[0]]);
    expect(detection?.kind).toBe("orders");
    expect(detection?.sampledRows).toBe(0);
    expect(mapping(detection, "amount")).toMatchObject({ header: "买家实际支付金额", source: "header" });
    expect(mapping(detection, "amount")!.confidence).toBeLessThan(1);
  });

  it("finds no table in a sheet of notes", () => {
    expect(detectTable([["备忘"], ["6月要冲业绩"], ["记得对账"]])).toBeNull();
  });
});

describe("detectTable on an empty sheet", () => {
  it("finds nothing in an empty grid, an empty row or blank cells", () => {
    expect(detectTable([])).toBeNull();
    expect(detectTable([[]])).toBeNull();
    expect(detectTable([["", null, "  "], [null, undefined, ""]])).toBeNull();
  });

  it("gives a detection with nothing mapped, confidence 0, when the kind is imposed", () => {
    const detection = detectTable([], { kind: "orders" });
    expect(detection).toMatchObject({ kind: "orders", confidence: 0, headerRow: null, columnCount: 0, columns: {}, sampledRows: 0 });
    expect(detection.missingRequired).toEqual(["amount", "paidTime", "createdTime"]);
    expect(detection.missingDesired).toEqual(["buyer"]);
  });
});

describe("detectTable on a full-size sheet", () => {
  it("reads only the top of a 1,048,576-row sheet", () => {
    const rows = handMadeOrders(100);
    const header = ["订单编号", "买家会员名", "订单创建时间", "订单付款时间", "实付金额", "成本", "订单状态", "购买数量", "流量来源", "宝贝标题"];
    const touched = new Set<number>();
    const grid = new Proxy([] as unknown[][], {
      get(target, key, receiver) {
        if (key === "length") return 1_048_576;
        if (typeof key === "string" && /^\d+$/.test(key)) {
          const r = Number(key);
          touched.add(r);
          return r === 0 ? header : rows[(r - 1) % rows.length];
        }
        return Reflect.get(target, key, receiver);
      },
    }) as CellGrid;
    // Counted, not timed: the rows it touches.
    const detection = detectTable(grid);
    expect(detection?.kind).toBe("orders");
    expect(detection?.sampledRows).toBe(200);
    expect(Math.max(...touched)).toBeLessThanOrEqual(201);
  });

  it("stops sampling in a long run of blank rows", () => {
    const touched = new Set<number>();
    const grid = new Proxy([] as unknown[][], {
      get(target, key, receiver) {
        if (key === "length") return 1_048_576;
        if (typeof key === "string" && /^\d+$/.test(key)) {
          touched.add(Number(key));
          return Number(key) === 0 ? ["订单编号", "实付金额", "付款时间"] : ["", "", ""];
        }
        return Reflect.get(target, key, receiver);
      },
    }) as CellGrid;
    const detection = detectTable(grid, { sampleRows: 50 });
    expect(detection?.kind).toBe("orders");
    expect(detection?.sampledRows).toBe(0);
    expect(touched.size).toBeLessThan(300);
  });
});

/**
 * A "Superstore"-style sales ledger: one row per line, dates as text, shipped 2 to 5 days after
 * the order, a ship mode and a customer segment of a few repeated words, a profit beside the sales.
 */
function superstoreLedger(count: number): unknown[][] {
  const day = (serialDay: number) => new Date(Date.UTC(2025, 5, 3) + serialDay * 86_400_000).toISOString().slice(0, 10);
  const modes = ["Standard Class", "Second Class", "First Class", "Same Day"];
  const segments = ["Consumer", "Corporate", "Home Office"];
  const regions = ["West", "East", "Central", "South"];
  const products = [
    "Bush Somerset Collection Bookcase", "Hon Deluxe Fabric Upholstered Stacking Chairs", "Self-Adhesive Address Labels for Typewriters",
    "Mitel 5320 IP Phone VoIP phone", "Staples in misc. colors", "Eldon Fold 'N Roll Cart System",
  ];
  const grid: unknown[][] = [["Order ID", "Order Date", "Ship Date", "Ship Mode", "Customer ID", "Segment", "Region", "Product Name", "Sales", "Quantity", "Discount", "Profit"]];
  for (let i = 0; i < count; i++) {
    const ordered = Math.floor(i / 2);
    grid.push([
      `CA-2025-${String(100_000 + Math.floor(i / 2) * 37).padStart(6, "0")}`, day(ordered), day(ordered + 2 + (i % 4)), modes[i % 4],
      `CG-${12_520 + (i % 23)}`, segments[i % 3], regions[i % 4], products[i % products.length],
      Math.round((20 + ((i * 37.13) % 800)) * 100) / 100, 1 + (i % 7), [0, 0.2, 0.45][i % 3], Math.round((-50 + ((i * 13.7) % 200)) * 100) / 100,
    ]);
  }
  return grid;
}

describe("detectTable on a sales ledger with shipping dates and customer attributes", () => {
  const grid = superstoreLedger(80);
  const detection = detectTable(grid, { kind: "orders" });

  it("dates the orders by Order Date, never by Ship Date", () => {
    expect(mapping(detection, "createdTime")).toMatchObject({ header: "Order Date", source: "header" });
    expect(mapping(detection, "paidTime")).toBeUndefined();
    expect(orderTimeField(detection)).toBe("createdTime");
    expect(Object.values(detection.suggestions).map((m) => m!.header)).not.toContain("Ship Date");
  });

  it("takes no ship mode or segment for the channel, no profit for the cost, and the product name for the item", () => {
    expect(mapping(detection, "channel")).toBeUndefined();
    expect(mapping(detection, "cost")).toBeUndefined();
    expect(mapping(detection, "itemTitle")).toMatchObject({ header: "Product Name", source: "header" });
    expect(headersOf(detection)).toMatchObject({ orderId: "Order ID", buyer: "Customer ID", amount: "Sales", quantity: "Quantity" });
    expect(detection.missingRequired).toEqual([]);
  });

  it("dates the orders by Order Date when Ship Date is written in a way the dictionary does not know", () => {
    const renamed = [grid[0].map((header) => (header === "Ship Date" ? "Ship Date 2 (UTC+8)" : header)), ...grid.slice(1)];
    const again = detectTable(renamed, { kind: "orders" });
    expect(mapping(again, "paidTime")).toBeUndefined();
    expect(orderTimeField(again)).toBe("createdTime");
  });

  it("only suggests the channel a content guess finds in an unknown column of a few repeated words", () => {
    // The ship mode under a header the dictionary does not know: short repeated words, like channels.
    const unknown = [grid[0].map((header) => (header === "Ship Mode" ? "Mode" : header)), ...grid.slice(1)];
    const again = detectTable(unknown, { kind: "orders" });
    const modeColumn = grid[0].indexOf("Ship Mode");
    expect(columnOf(again, "channel")).toBeUndefined();
    expect(again.suggestions.channel).toMatchObject({ column: modeColumn, header: "Mode", source: "content" });
    expect(again.suggestions.channel!.confidence).toBeLessThan(SUGGESTION_THRESHOLD);
  });
});

describe("detectTable on a customer-type column", () => {
  const segments = ["Consumer", "Corporate", "Home Office"];
  function orders(typeHeader: string): unknown[][] {
    const grid: unknown[][] = [["订单编号", "下单时间", typeHeader, "买家会员名", "实付金额"]];
    for (let i = 0; i < 60; i++) {
      grid.push([
        `30${1_000_000_000 + i * 97}`, `2025-06-${String(1 + (i % 28)).padStart(2, "0")} 10:${String(i % 60).padStart(2, "0")}:00`,
        segments[i % 3], `tb${1000 + (i % 17)}`, Math.round((50 + ((i * 7.3) % 300)) * 100) / 100,
      ]);
    }
    return grid;
  }

  it("never takes 客户类型 for the item title: \"Corporate\" is no product", () => {
    const detection = detectTable(orders("客户类型"), { kind: "orders" });
    expect(columnOf(detection, "itemTitle")).toBeUndefined();
    expect(columnOf(detection, "channel")).toBeUndefined();
    expect(headersOf(detection)).toEqual({ orderId: "订单编号", buyer: "买家会员名", createdTime: "下单时间", amount: "实付金额" });
  });

  it("only suggests an unknown header's customer types as the item title, until the operator confirms", () => {
    const detection = detectTable(orders("客户分层"), { kind: "orders" });
    expect(columnOf(detection, "itemTitle")).toBeUndefined();
    expect(detection.suggestions.itemTitle).toMatchObject({ column: 2, header: "客户分层", source: "content" });
    const confirmed = applyOverride(detection, "itemTitle", 2);
    expect(confirmed.columns.itemTitle).toMatchObject({ column: 2, source: "override" });
    expect(confirmed.suggestions.itemTitle).toBeUndefined();
  });
});

describe("detectTable on a 千牛 order report that starts with unpaid orders", () => {
  it("maps 订单付款时间 as the payment time although most sampled rows hold 0000-00-00 00:00:00", () => {
    const header = ["订单编号", "买家会员名", "买家实际支付金额", "订单状态", "订单创建时间", "订单付款时间"];
    const unpaid = Array.from({ length: 8 }, (_, i) => [`'3012${i}`, `tb${i}`, "0.00", "等待买家付款", `2025-06-0${i + 1} 10:00:00`, "0000-00-00 00:00:00"]);
    const paid = Array.from({ length: 4 }, (_, i) => [`'3013${i}`, `tb${i}`, "88.00", "交易成功", `2025-06-0${i + 1} 11:00:00`, `2025-06-0${i + 1} 11:01:00`]);
    const detection = detectTable([header, ...unpaid, ...paid], { kind: "orders" });
    expect(detection.columns.paidTime?.column).toBe(5);
    expect(detection.columns.createdTime?.column).toBe(4);
  });
});

describe("numbers in the range of Excel's dates under a header that names numbers", () => {
  it("maps 访客数 of 48,000 visitors an arm and a day, and a ¥45,000 order amount, which alone read as dates", () => {
    // 48,453 is also the Excel date 2032-08-28: a column of such numbers alone reads as dates.
    const experiments: CellGrid = [
      ["实验名称", "组别", "访客数", "转化数", "成交金额"],
      ["优惠券弹窗", "对照组", 48453, 1550, 274137.14],
      ["优惠券弹窗", "实验组", 47948, 1675, 281005.81],
    ];
    expect(headersOf(detectTable(experiments, { kind: "experiments" }))).toMatchObject({ visitors: "访客数", conversions: "转化数" });
    const traffic: CellGrid = [["日期", "流量来源", "访客数"], ...Array.from({ length: 20 }, (_, i) => [`2025-06-${String(i + 1).padStart(2, "0")}`, "手淘搜索", 45_000 + 37 * i])];
    expect(headersOf(detectTable(traffic, { kind: "traffic" }))).toMatchObject({ date: "日期", visitors: "访客数" });
    const wholesale: CellGrid = [["订单编号", "订单付款时间", "实付金额"], ...Array.from({ length: 10 }, (_, i) => [`B${1000 + i}`, `2025-06-${String(i + 1).padStart(2, "0")} 10:00:00`, 45_000 + 500 * i])];
    expect(headersOf(detectTable(wholesale, { kind: "orders" }))).toMatchObject({ paidTime: "订单付款时间", amount: "实付金额" });
  });
});
