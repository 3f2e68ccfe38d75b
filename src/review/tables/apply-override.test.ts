import { describe, expect, it } from "vitest";
import { applyColumnChoices, applyOverride, columnNamed } from "./apply-override";
import { detectTable } from "./detect-table";
import { DOUYIN_ORDERS, TAOBAO_ORDERS } from "../../../test/support/real-exports.fixture";

describe("applyOverride", () => {
  const detection = detectTable(TAOBAO_ORDERS, { kind: "orders" });
  const totalColumn = TAOBAO_ORDERS[0].indexOf("总金额");

  it("maps the field to the chosen column, surely, as the operator's choice", () => {
    const overridden = applyOverride(detection, "amount", totalColumn);
    expect(overridden.columns.amount).toEqual({ column: totalColumn, header: "总金额", confidence: 1, source: "override" });
    expect(overridden.columns.buyer).toEqual(detection.columns.buyer);
    expect(overridden.kind).toBe("orders");
    expect(overridden.confidence).toBe(detection.confidence);
  });

  it("leaves the detection it was given as it was", () => {
    const before = JSON.stringify(detection);
    applyOverride(detection, "amount", totalColumn);
    expect(JSON.stringify(detection)).toBe(before);
  });

  it("unmaps the field that held the chosen column", () => {
    const buyerColumn = detection.columns.buyer!.column;
    const overridden = applyOverride(detection, "channel", buyerColumn);
    expect(overridden.columns.channel?.column).toBe(buyerColumn);
    expect(overridden.columns.buyer).toBeUndefined();
    expect(overridden.missingDesired).toEqual(["buyer"]);
  });

  it("unmaps a field on null and works out what is missing again", () => {
    const noAmount = applyOverride(detection, "amount", null);
    expect(noAmount.columns.amount).toBeUndefined();
    expect(noAmount.missingRequired).toEqual(["amount"]);
    const noTimes = applyOverride(applyOverride(detection, "paidTime", null), "createdTime", null);
    expect(noTimes.missingRequired).toEqual(["paidTime", "createdTime"]);
    const paidOnly = applyOverride(detection, "createdTime", null);
    expect(paidOnly.missingRequired).toEqual([]);
  });

  it("gives the buyer back to an export that lacked it", () => {
    const douyin = detectTable(DOUYIN_ORDERS, { kind: "orders" });
    expect(douyin.missingDesired).toEqual(["buyer"]);
    const withBuyer = applyOverride(douyin, "buyer", DOUYIN_ORDERS[0].indexOf("收件人手机号"));
    expect(withBuyer.missingDesired).toEqual([]);
    expect(withBuyer.columns.buyer?.header).toBe("收件人手机号");
  });

  it("confirms or refuses a suggestion, and drops another field's suggestion of the chosen column", () => {
    const suggested = { ...detection, suggestions: { channel: { column: 2, header: "X", confidence: 0.2, source: "content" as const }, status: { column: 3, header: "Y", confidence: 0.3, source: "content" as const } } };
    expect(applyOverride(suggested, "channel", 2).suggestions).toEqual({ status: suggested.suggestions.status });
    expect(applyOverride(suggested, "channel", null).suggestions).toEqual({ status: suggested.suggestions.status });
    expect(applyOverride(suggested, "itemTitle", 3).suggestions).toEqual({ channel: suggested.suggestions.channel });
  });

  it("refuses a field of another kind and a column outside the table", () => {
    expect(() => applyOverride(detection, "visitors" as never, 0)).toThrow(RangeError);
    expect(() => applyOverride(detection, "amount", detection.columnCount)).toThrow(RangeError);
    expect(() => applyOverride(detection, "amount", -1)).toThrow(RangeError);
    expect(() => applyOverride(detection, "amount", 1.5)).toThrow(RangeError);
  });
});

describe("columnNamed", () => {
  const table = { headerRow: 0, columnCount: 4, headers: ["Order ID", "商品数量（件）", null, "流量来源"] };

  it("finds a column by its header, as written or as normalised", () => {
    expect(columnNamed(table, "流量来源")).toBe(3);
    expect(columnNamed(table, " Order ID ")).toBe(0);
    expect(columnNamed(table, "order_id")).toBe(0);
    expect(columnNamed(table, "商品数量(件)")).toBe(1);
  });

  it("finds nothing for a header the table lacks, or one two columns share after normalising", () => {
    expect(columnNamed(table, "渠道")).toBeNull();
    expect(columnNamed(table, "")).toBeNull();
    expect(columnNamed({ headerRow: 0, columnCount: 2, headers: ["Order ID", "order-id"] }, "orderid")).toBeNull();
  });

  it("takes column letters in a table without a header row", () => {
    const headerless = { headerRow: null, columnCount: 30, headers: Array<string | null>(30).fill(null) };
    expect(columnNamed(headerless, "C")).toBe(2);
    expect(columnNamed(headerless, "ab")).toBe(27);
    expect(columnNamed(headerless, "AE")).toBeNull();
    expect(columnNamed(headerless, "流量来源")).toBeNull();
  });
});

describe("applyColumnChoices", () => {
  const detection = detectTable(TAOBAO_ORDERS, { kind: "orders" });

  it("applies each choice by header as the operator's override, none unmapping", () => {
    const chosen = applyColumnChoices(detection, [{ field: "amount", header: "总金额" }, { field: "status", header: null }])!;
    expect(chosen.columns.amount).toMatchObject({ column: TAOBAO_ORDERS[0].indexOf("总金额"), source: "override" });
    expect(chosen.columns.status).toBeUndefined();
    expect(applyColumnChoices(detection, [])).toBe(detection);
  });

  it("gives null when a header named is not in the table", () => {
    expect(applyColumnChoices(detection, [{ field: "channel", header: "流量来源X" }])).toBeNull();
  });
});
