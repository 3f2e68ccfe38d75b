import { describe, expect, it } from "vitest";
import { isCountedStatus, orderStatusKind } from "./order-status";

describe("isCountedStatus", () => {
  it("excludes closed and fully refunded orders of every platform", () => {
    const excluded = [
      // Taobao / Tmall
      "交易关闭", "退款成功", "交易关闭（买家取消）", "交易关闭(超时未付款)",
      // Douyin / Pinduoduo
      "已取消", "已关闭", "已退款", "订单已取消", "订单关闭", "订单取消", "交易取消", "全额退款",
      // Shopify / WooCommerce
      "cancelled", "canceled", "Cancelled", " CANCELLED ", "refunded", "Refunded", "voided", "void", "closed", "failed",
      "wc-cancelled", "wc-refunded", "wc-failed", "fully_refunded", "fully-refunded", "Refund Success", "trade_closed",
    ];
    for (const status of excluded) expect(isCountedStatus(status), status).toBe(false);
  });

  it("counts paid, shipped and partially refunded orders", () => {
    const counted = [
      "交易成功", "已发货", "待发货", "已签收", "部分退款", "部分退款成功", "退款中", "买家已付款",
      "paid", "completed", "wc-completed", "processing", "shipped", "partially_refunded", "Partially Refunded", "partially-refunded",
    ];
    for (const status of counted) expect(isCountedStatus(status), status).toBe(true);
  });

  it("counts a blank status", () => {
    expect(isCountedStatus("")).toBe(true);
    expect(isCountedStatus("   ")).toBe(true);
  });
});

describe("orderStatusKind", () => {
  it("tells unpaid orders from closed ones, on every platform", () => {
    const unpaid = ["等待买家付款", "待付款", "待支付", "未付款", "pending", "Pending", "wc-pending", "pending_payment", "unpaid", "WAIT_BUYER_PAY"];
    for (const status of unpaid) expect(orderStatusKind(status), status).toBe("unpaid");
    expect(orderStatusKind("交易关闭")).toBe("closed");
    expect(orderStatusKind("交易关闭(超时未付款)")).toBe("closed");
    expect(orderStatusKind("authorized")).toBe("counted");
    expect(orderStatusKind("买家已付款，等待卖家发货")).toBe("counted");
    expect(orderStatusKind("卖家已发货，等待买家确认")).toBe("counted");
  });

  it("leaves unpaid orders out of the counted ones", () => {
    expect(isCountedStatus("等待买家付款")).toBe(false);
    expect(isCountedStatus("pending")).toBe(false);
  });
});
