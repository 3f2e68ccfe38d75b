import { describe, expect, it } from "vitest";
import { headerAlternatives, normalizeHeader } from "./normalize-header";

describe("normalizeHeader", () => {
  it("drops full-width and half-width bracketed units alike", () => {
    expect(normalizeHeader("用户实付金额（元）")).toBe("用户实付金额");
    expect(normalizeHeader("用户实付金额(元)")).toBe("用户实付金额");
    expect(normalizeHeader("商品数量(件)")).toBe("商品数量");
    expect(normalizeHeader("花费【元】")).toBe("花费");
    expect(normalizeHeader("Amount Spent (CNY)")).toBe("amountspent");
  });

  it("makes full-width letters half-width and lower case", () => {
    expect(normalizeHeader("ＳＫＵ")).toBe("sku");
    expect(normalizeHeader("Lineitem SKU")).toBe("lineitemsku");
  });

  it("ignores spaces, underscores, dashes, dots, colons and currency signs", () => {
    expect(normalizeHeader(" Order_Number ")).toBe("ordernumber");
    expect(normalizeHeader("order-number")).toBe("ordernumber");
    expect(normalizeHeader("实付金额：")).toBe("实付金额");
    expect(normalizeHeader("实付金额¥")).toBe("实付金额");
    expect(normalizeHeader("￥实付金额")).toBe("实付金额");
    expect(normalizeHeader("Impr.")).toBe("impr");
    expect(normalizeHeader("实付\n金额")).toBe("实付金额");
  });

  it("keeps the words that tell headers apart", () => {
    expect(normalizeHeader("商家编码-SKU维度")).toBe("商家编码sku维度");
    expect(normalizeHeader("总金额")).not.toBe(normalizeHeader("实付金额"));
    expect(normalizeHeader("Order #")).toBe("order#");
  });
});

describe("headerAlternatives", () => {
  it("splits a header naming alternatives", () => {
    expect(headerAlternatives("花费/消耗")).toEqual(["花费", "消耗"]);
    expect(headerAlternatives("UV | 访客数")).toEqual(["uv", "访客数"]);
    expect(headerAlternatives("金额／元")).toEqual(["金额", "元"]);
  });

  it("gives a header naming one thing as it is", () => {
    expect(headerAlternatives("实付金额(元)")).toEqual(["实付金额"]);
  });
});
