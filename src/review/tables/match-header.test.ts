import { describe, expect, it } from "vitest";
import { HEADER_DICTIONARY, HEADER_FRAGMENTS, IGNORED_HEADERS } from "./header-dictionary";
import { lookupHeader, namesLaterStep } from "./match-header";
import { normalizeHeader } from "./normalize-header";
import { TABLE_FIELDS, TABLE_KINDS } from "./table-fields";

function best(header: string, kind: string) {
  return lookupHeader(header).matches.find((match) => match.kind === kind);
}

describe("lookupHeader", () => {
  it("finds the field a known header names, however its unit is written", () => {
    expect(best("买家实际支付金额", "orders")).toEqual({ kind: "orders", field: "amount", confidence: 1, by: "exact" });
    expect(best("用户实付金额（元）", "orders")).toMatchObject({ field: "amount", confidence: 1 });
    expect(best("商品数量(件)", "orders")).toMatchObject({ field: "quantity" });
    expect(best("Lineitem quantity", "orders")).toMatchObject({ field: "quantity" });
    expect(best("Paid at", "orders")).toMatchObject({ field: "paidTime" });
    expect(best("访客数", "traffic")).toMatchObject({ field: "visitors" });
    expect(best("Amount Spent (CNY)", "adSpend")).toMatchObject({ field: "spend" });
  });

  it("ranks the paid amount above the amounts it could be confused with", () => {
    const paid = best("买家实际支付金额", "orders")!.confidence;
    for (const other of ["总金额", "买家应付货款", "金额", "商家实收金额", "Subtotal"]) {
      const match = best(other, "orders");
      expect(match?.field).toBe("amount");
      expect(match!.confidence).toBeLessThan(paid);
    }
    expect(best("用户实付金额", "orders")!.confidence).toBeGreaterThan(best("商家实收金额", "orders")!.confidence);
    expect(best("Total", "orders")!.confidence).toBeGreaterThan(best("Subtotal", "orders")!.confidence);
  });

  it("names the same header's field in every kind it belongs to", () => {
    const kinds = lookupHeader("渠道").matches.map((match) => `${match.kind}.${match.field}`).sort();
    expect(kinds).toEqual(["adSpend.channel", "orders.channel", "touchpoints.channel", "traffic.channel"]);
    expect(lookupHeader("支付金额").matches.map((match) => `${match.kind}.${match.field}`).sort()).toEqual(["adSpend.attributedGmv", "experiments.revenue", "orders.amount"]);
    // 支付买家数 names no field of a 生意参谋 report, but an experiment table's conversions.
    expect(lookupHeader("支付买家数").matches.map((match) => `${match.kind}.${match.field}`)).toEqual(["experiments.conversions"]);
  });

  it("knows headers of no field, so that their columns are not guessed", () => {
    for (const header of ["物流单号", "联系手机", "达人昵称", "点击率", "Cancelled at"]) {
      expect(lookupHeader(header)).toEqual({ known: true, matches: [] });
    }
  });

  it("knows the refund amount and the after-sales status as their own fields, never an amount or a status", () => {
    for (const header of ["退款金额", "Refunded Amount"]) {
      expect(lookupHeader(header).matches.map((match) => `${match.kind}.${match.field}`), header).toEqual(["orders.refundAmount"]);
    }
    expect(lookupHeader("售后状态").matches.map((match) => `${match.kind}.${match.field}`).sort()).toEqual(["items.status", "orders.afterSales"]);
  });

  it("knows the times of an order's later steps as headers of no field, so that they never date an order", () => {
    const laterSteps = [
      "确认收货时间", "完成时间", "订单完成时间", "退款时间", "签收时间", "预约发货时间",
      "Delivered at", "Delivery Date", "Cancelled at", "Closed at", "Refunded at", "Completed at",
    ];
    for (const header of laterSteps) expect(lookupHeader(header), header).toEqual({ known: true, matches: [] });
    // The shipping time is read, as a field of its own: never the order's time.
    for (const header of ["发货时间", "Ship Date", "Shipped at", "Fulfilled at", "Ship Date (UTC)"]) {
      expect(lookupHeader(header).matches.map((match) => `${match.kind}.${match.field}`), header).toEqual(["orders.shippedTime"]);
    }
  });

  it("passes over unknown headers that name a later step, by their words", () => {
    for (const header of ["Shipped On", "Delivery Time", "Fulfillment Date", "Refund Date", "Cancel Time", "发货日期2", "买家收货日期", "签收日期", "退款申请时间", "交易完成日期"]) {
      expect(lookupHeader(header), header).toEqual({ known: false, matches: [], laterStep: true });
    }
  });

  it("keeps a header that names the payment or creation beside a later-step word", () => {
    expect(namesLaterStep(normalizeHeader("完成付款日期"))).toBe(false);
    expect(namesLaterStep(normalizeHeader("Payment completed"))).toBe(false);
    expect(namesLaterStep(normalizeHeader("Ship Date (UTC)"))).toBe(true);
    expect(namesLaterStep(normalizeHeader("下单时间点"))).toBe(false);
    expect(lookupHeader("支付完成时间").matches[0]).toMatchObject({ kind: "orders", field: "paidTime" });
  });

  it("falls back to the words a header contains, less surely", () => {
    const lookup = lookupHeader("订单实付金额(含运费)");
    expect(lookup).toMatchObject({ known: true });
    const fragment = lookupHeader("本单实际支付");
    expect(fragment.known).toBe(false);
    expect(fragment.matches[0]).toMatchObject({ kind: "orders", field: "amount", by: "fragment" });
    expect(fragment.matches[0].confidence).toBeLessThan(0.8);
    expect(lookupHeader("客户编号").matches[0]).toMatchObject({ field: "buyer", by: "fragment" });
  });

  it("reads a header naming alternatives as each of them", () => {
    expect(lookupHeader("花费/消耗").matches[0]).toMatchObject({ kind: "adSpend", field: "spend", by: "exact", confidence: 0.9 });
    expect(lookupHeader("商家编码/SKU").matches.find((m) => m.kind === "costs")).toMatchObject({ field: "sku" });
  });

  it("knows nothing of a blank, missing or meaningless header", () => {
    expect(lookupHeader(null)).toEqual({ known: false, matches: [] });
    expect(lookupHeader("（元）")).toEqual({ known: false, matches: [] });
    expect(lookupHeader("列1")).toEqual({ known: false, matches: [] });
  });
});

describe("the header dictionary", () => {
  it("lists only fields of their kind, with confidences in (0, 1]", () => {
    for (const entries of [HEADER_DICTIONARY, HEADER_FRAGMENTS]) {
      for (const kind of TABLE_KINDS) {
        for (const [field, list] of Object.entries(entries[kind])) {
          expect(TABLE_FIELDS[kind] as readonly string[]).toContain(field);
          for (const [header, confidence] of list as readonly (readonly [string, number])[]) {
            expect(normalizeHeader(header).length, header).toBeGreaterThan(0);
            expect(confidence, header).toBeGreaterThan(0);
            expect(confidence, header).toBeLessThanOrEqual(1);
          }
        }
      }
    }
  });

  it("never lists a header both as a field and as a header of no field", () => {
    const known = new Set<string>();
    for (const kind of TABLE_KINDS) {
      for (const list of Object.values(HEADER_DICTIONARY[kind])) for (const [header] of list as readonly (readonly [string, number])[]) known.add(normalizeHeader(header));
    }
    expect(IGNORED_HEADERS.filter((header) => known.has(normalizeHeader(header)))).toEqual([]);
  });

  it("gives each field of each kind at least one header", () => {
    for (const kind of TABLE_KINDS) {
      for (const field of TABLE_FIELDS[kind]) {
        expect((HEADER_DICTIONARY[kind] as Record<string, unknown[] | undefined>)[field]?.length ?? 0, `${kind}.${field}`).toBeGreaterThan(0);
      }
    }
  });
});
