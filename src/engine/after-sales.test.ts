import { describe, expect, it } from "vitest";
import { afterSalesKind } from "./after-sales";

describe("afterSalesKind", () => {
  it.each(["", "  ", "-", "--", "无售后", "无", "暂无", "无售后或售后取消", "None"])("%j: no case", (text) => {
    expect(afterSalesKind(text)).toBe("none");
  });
  it.each(["退款成功", "已退款", "售后完成-退款成功", "部分退款", "refunded", "partially_refunded"])("%j: a refund", (text) => {
    expect(afterSalesKind(text)).toBe("refund");
  });
  it.each(["售后处理中", "待商家处理", "退款中", "售后关闭", "换货成功", "买家申请退款，待商家处理"])("%j: a case, not a refund", (text) => {
    expect(afterSalesKind(text)).toBe("case");
  });
});
