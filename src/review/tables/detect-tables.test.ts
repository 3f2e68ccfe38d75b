import { describe, expect, it } from "vitest";
import { generateSampleShop } from "../../sample-shop/generate-sample-shop";
import { detectTables } from "./detect-tables";
import { AD_SPEND_CN, COST_SHEET_CN, DOUYIN_ORDERS, SYCM_TRAFFIC, TAOBAO_ITEMS, TAOBAO_ORDERS } from "../../../test/support/real-exports.fixture";

describe("detectTables", () => {
  it("finds the sample shop's orders, ad spend and traffic, whatever the sheets are called", () => {
    const shop = generateSampleShop({ orders: 3000, seed: 11 });
    const tables = detectTables([
      { name: "Sheet1", grid: shop.traffic },
      { name: "Sheet2", grid: shop.orders },
      { name: "Sheet3", grid: shop.adSpend },
    ]);
    expect(tables.orders?.sheet).toBe("Sheet2");
    expect(tables.adSpend?.sheet).toBe("Sheet3");
    expect(tables.traffic?.sheet).toBe("Sheet1");
    expect(tables.costs).toBeNull();
    const orders = tables.orders!.detection;
    expect(Object.fromEntries(Object.entries(orders.columns).map(([field, m]) => [field, m!.header]))).toEqual({
      orderId: "订单编号", buyer: "买家会员名", paidTime: "订单付款时间", amount: "实付金额", status: "订单状态", itemTitle: "宝贝标题",
      quantity: "购买数量", channel: "流量来源", cost: "成本", shippedTime: "发货时间", refundAmount: "退款金额",
    });
    expect(orders.sampledRows).toBe(200);
  });

  it("takes the payment time (订单付款时间) as the orders' time, never the shipping time (发货时间), and no refund (退款金额) as an amount", () => {
    const shop = generateSampleShop({ orders: 3000, seed: 11 });
    const tables = detectTables([
      { name: "订单报表", grid: shop.orders }, { name: "宝贝报表", grid: shop.items }, { name: "成本", grid: shop.costs },
    ]);
    const orders = tables.orders!.detection;
    expect(orders.columns.paidTime?.header).toBe("订单付款时间");
    expect(orders.columns.createdTime).toBeUndefined();
    expect(orders.columns.amount?.header).toBe("实付金额");
    // 发货时间 and 退款金额 are the order's shipping time and refund, never its time or amount.
    expect(orders.columns.shippedTime?.header).toBe("发货时间");
    expect(orders.columns.refundAmount?.header).toBe("退款金额");
    // The 千牛 item report beside it, and the operator's cost table.
    expect(tables.items?.sheet).toBe("宝贝报表");
    expect(Object.fromEntries(Object.entries(tables.items!.detection.columns).map(([field, m]) => [field, m!.header]))).toEqual({
      orderId: "订单编号", itemTitle: "标题", unitPrice: "价格", quantity: "购买数量", status: "订单状态", sku: "商家编码",
    });
    expect(tables.costs?.sheet).toBe("成本");
  });

  it("finds the sample shop's orders without their header row", () => {
    const shop = generateSampleShop({ orders: 1000, seed: 5 });
    const tables = detectTables([{ name: "数据", grid: shop.orders.slice(1) }]);
    const orders = tables.orders!.detection;
    expect(orders.headerRow).toBeNull();
    expect(orders.columns.orderId?.column).toBe(0);
    expect(orders.columns.buyer?.column).toBe(1);
    expect(orders.columns.amount?.column).toBe(3);
    expect(orders.columns.status?.column).toBe(4);
    expect(orders.columns.quantity?.column).toBe(6);
    expect(orders.columns.channel?.column).toBe(7);
    expect([orders.columns.paidTime?.column, orders.columns.createdTime?.column]).toContain(2);
  });

  it("takes a sheet's known detection as it is, and chooses the best sheets among known and new ones alike", () => {
    const shop = generateSampleShop({ orders: 1000, seed: 5 });
    const first = detectTables([{ name: "订单", grid: shop.orders }, { name: "推广", grid: shop.adSpend }]);
    const orders = first.sheets[0].detection;
    const again = detectTables([{ name: "订单", grid: shop.orders }, { name: "推广", grid: shop.adSpend }], { known: new Map([["订单", orders]]) });
    expect(again.sheets[0].detection).toBe(orders);
    expect(again.orders?.detection).toBe(orders);
    expect(again.sheets[1].detection).not.toBe(first.sheets[1].detection);
    expect(again.adSpend?.detection).toEqual(first.adSpend?.detection);
    // Known as nothing, the sheet is not looked at again.
    expect(detectTables([{ name: "订单", grid: shop.orders }], { known: new Map([["订单", null]]) }).orders).toBeNull();
  });

  it("lists what each sheet was taken for, empty and note sheets as nothing", () => {
    const tables = detectTables([
      { name: "说明", grid: [["本表由运营部维护"], ["每月5日前更新"]] },
      { name: "空白", grid: [] },
      { name: "成本", grid: COST_SHEET_CN },
      { name: "流量", grid: SYCM_TRAFFIC },
    ]);
    expect(tables.sheets.map((sheet) => [sheet.name, sheet.detection?.kind ?? null])).toEqual([
      ["说明", null], ["空白", null], ["成本", "costs"], ["流量", "traffic"],
    ]);
    expect(tables.costs?.sheet).toBe("成本");
    expect(tables.traffic?.sheet).toBe("流量");
    expect(tables.orders).toBeNull();
    expect(tables.adSpend).toBeNull();
  });

  it("takes the 千牛 订单报表 for the orders and its 宝贝报表 for the items, in either order and whatever their names", () => {
    for (const sheets of [
      [{ name: "订单报表", grid: TAOBAO_ORDERS }, { name: "宝贝报表", grid: TAOBAO_ITEMS }],
      [{ name: "Sheet1", grid: TAOBAO_ITEMS }, { name: "Sheet2", grid: TAOBAO_ORDERS }],
    ]) {
      const tables = detectTables(sheets);
      const orderSheet = sheets.find((sheet) => sheet.grid === TAOBAO_ORDERS)!.name;
      const itemSheet = sheets.find((sheet) => sheet.grid === TAOBAO_ITEMS)!.name;
      expect(tables.orders?.sheet).toBe(orderSheet);
      expect(tables.items?.sheet).toBe(itemSheet);
      expect(tables.items?.detection.columns.orderId?.header).toBe("订单编号");
      expect(tables.costs).toBeNull();
    }
  });

  it("prefers, of two order sheets, the one with its required fields, then the more confident", () => {
    const amountless = TAOBAO_ORDERS.map((row) => row.filter((_, c) => !["买家实际支付金额", "总金额", "买家应付货款", "打款商家金额"].includes(TAOBAO_ORDERS[0][c] as string)));
    const tables = detectTables([{ name: "订单-缺金额", grid: amountless }, { name: "抖店订单", grid: DOUYIN_ORDERS }]);
    expect(tables.sheets[0].detection?.kind).toBe("orders");
    expect(tables.sheets[0].detection?.missingRequired).toEqual(["amount"]);
    expect(tables.orders?.sheet).toBe("抖店订单");

    const weak = [["日期", "渠道", "金额"], ["2025-06-01", "直通车", "1,250.40"], ["2025-06-02", "万相台", "2,080.00"]];
    const both = detectTables([{ name: "手工订单", grid: weak }, { name: "抖店订单", grid: DOUYIN_ORDERS }], { minConfidence: 0.1 });
    expect(both.sheets[0].detection?.kind).toBe("orders");
    expect(both.sheets[0].detection?.missingRequired).toEqual([]);
    expect(both.orders?.sheet).toBe("抖店订单");
    expect(both.orders!.detection.confidence).toBeGreaterThan(both.sheets[0].detection!.confidence);
  });

  it("keeps the first of two equally good sheets", () => {
    const tables = detectTables([{ name: "A", grid: AD_SPEND_CN }, { name: "B", grid: AD_SPEND_CN }]);
    expect(tables.adSpend?.sheet).toBe("A");
  });

  it("chooses no sheet below the minimum confidence", () => {
    const grid = [["日期", "渠道", "金额"], ["2025-06-01", "直通车", "1,250.40"], ["2025-06-02", "万相台", "2,080.00"]];
    const loose = detectTables([{ name: "Sheet1", grid }], { minConfidence: 0.2 });
    expect(loose.adSpend?.sheet).toBe("Sheet1");
    const strict = detectTables([{ name: "Sheet1", grid }], { minConfidence: 0.9 });
    expect(strict.adSpend).toBeNull();
    expect(strict.sheets[0].detection?.kind).toBe("adSpend");
  });
});
