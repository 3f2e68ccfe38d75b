import { describe, expect, it } from "vitest";
import { currencyColumnOf, currencyOfAmountCell, currencyOfCode, currencyOfHeader, detectCurrency } from "./detect-currency";
import { parseNumberCell } from "./parse-number";
import { gridColumn, listColumn } from "./read-columns";

describe("currencyOfAmountCell", () => {
  it.each([
    ["¥1,234.50", "CNY"], ["￥88", "CNY"], ["RMB 1,234", "CNY"], ["rmb1234", "CNY"], ["88元", "CNY"], ["88 元", "CNY"], ["CNY 12", "CNY"],
    ["$12.00", "$"], ["US$12", "USD"], ["12 USD", "USD"], ["HK$12", "HKD"], ["HKD 12", "HKD"], ["€9.99", "EUR"], ["9.99 EUR", "EUR"],
    ["£3", "GBP"], ["-¥12", "CNY"], ["¥-12", "CNY"], ["(US$1,234)", "USD"], ["＄12", "$"], ["¥1.2万", "CNY"],
  ])("%s → %s, and the parser reads it as a number", (text, currency) => {
    expect(currencyOfAmountCell(text)).toBe(currency);
    expect(typeof parseNumberCell(text)).toBe("number");
  });

  it("finds no currency in numbers, plain numeric text, blanks or text that is no amount", () => {
    for (const cell of [12, "1234.5", "1,234", "12.5%", "1.2万", "", null, undefined, true, "#N/A", "n/a", "$", "US$ twelve", "¥12¥"]) {
      expect(currencyOfAmountCell(cell)).toBeNull();
    }
  });
});

describe("currencyOfCode", () => {
  it("reads ISO codes in any case, Chinese names and signs", () => {
    expect(currencyOfCode("USD")).toBe("USD");
    expect(currencyOfCode(" usd ")).toBe("USD");
    expect(currencyOfCode("CNY")).toBe("CNY");
    expect(currencyOfCode("RMB")).toBe("CNY");
    expect(currencyOfCode("人民币")).toBe("CNY");
    expect(currencyOfCode("美元")).toBe("USD");
    expect(currencyOfCode("港币")).toBe("HKD");
    expect(currencyOfCode("欧元")).toBe("EUR");
    expect(currencyOfCode("JPY")).toBe("JPY");
    expect(currencyOfCode("￥")).toBe("CNY");
    expect(currencyOfCode("$")).toBe("$");
  });

  it("names nothing for blanks, numbers and currencies the review cannot show", () => {
    for (const cell of ["", "  ", null, 12, "SGD", "paid"]) expect(currencyOfCode(cell)).toBeNull();
  });
});

describe("currencyOfHeader", () => {
  it("reads the unit of the header", () => {
    expect(currencyOfHeader("用户实付金额(元)")).toBe("CNY");
    expect(currencyOfHeader("支付金额（元）")).toBe("CNY");
    expect(currencyOfHeader("金额（￥）")).toBe("CNY");
    expect(currencyOfHeader("Total (USD)")).toBe("USD");
    expect(currencyOfHeader("Amount (US$)")).toBe("USD");
    expect(currencyOfHeader("Amount Spent (HKD)")).toBe("HKD");
    expect(currencyOfHeader("实付金额(美元)")).toBe("USD");
    expect(currencyOfHeader("订单金额（港元）")).toBe("HKD");
    expect(currencyOfHeader("Total (€)")).toBe("EUR");
    expect(currencyOfHeader("Total ($)")).toBe("$");
  });

  it("names nothing when the header says no unit", () => {
    for (const header of ["Total", "Subtotal", "实付金额", "Lineitem price", "", null, undefined]) expect(currencyOfHeader(header)).toBeNull();
  });
});

describe("currencyColumnOf", () => {
  it("finds Shopify's Currency, WooCommerce's Order Currency and 币种", () => {
    expect(currencyColumnOf(["Name", "Email", "Total", "Currency"])).toBe(3);
    expect(currencyColumnOf(["Order Number", "Order Currency", "Order Total Amount"])).toBe(1);
    expect(currencyColumnOf(["订单号", "结算币种", "金额"])).toBe(1);
    expect(currencyColumnOf(["订单号", "币种"])).toBe(1);
  });

  it("is null without one (a header that only mentions a currency is not one)", () => {
    expect(currencyColumnOf(["Name", "Total (USD)", null])).toBeNull();
    expect(currencyColumnOf([])).toBeNull();
  });
});

describe("detectCurrency", () => {
  it("takes each sign from the cells", () => {
    expect(detectCurrency(listColumn(["¥12", 8, "￥3"])).currency).toBe("CNY");
    expect(detectCurrency(listColumn(["$12.00", "$8.50", 20]))).toEqual({ currency: "USD", source: "cells", others: [] });
    expect(detectCurrency(listColumn(["US$12", 8])).currency).toBe("USD");
    expect(detectCurrency(listColumn(["HK$12", "HK$8"])).currency).toBe("HKD");
    expect(detectCurrency(listColumn(["€12"])).currency).toBe("EUR");
    expect(detectCurrency(listColumn(["88元", "RMB 12"])).currency).toBe("CNY");
  });

  it("is null when only numbers and plain numeric text are there and nothing else names a currency", () => {
    expect(detectCurrency(listColumn([12, "8.50", "1,234", null, ""]), { header: "Total" })).toEqual({ currency: null, source: null, others: [] });
  });

  it("takes the header's unit when the cells name none, and the cells' over the header's", () => {
    expect(detectCurrency(listColumn([12, 8]), { header: "用户实付金额(元)" })).toEqual({ currency: "CNY", source: "header", others: [] });
    expect(detectCurrency(listColumn([12, 8]), { header: "Total (USD)" })).toEqual({ currency: "USD", source: "header", others: [] });
    expect(detectCurrency(listColumn([12]), { header: "Total ($)" }).currency).toBe("USD");
    expect(detectCurrency(listColumn(["€12"]), { header: "Total (USD)" }).currency).toBe("EUR");
  });

  it("reads a currency column, as Shopify writes Currency = USD on each order's first row", () => {
    const grid = [["Total", "Currency"], [129.5, "USD"], ["", ""], [42, "USD"], ["", ""]];
    const detection = detectCurrency(gridColumn(grid, 0, 1), { currencies: gridColumn(grid, 1, 1) });
    expect(detection).toEqual({ currency: "USD", source: "currencyColumn", others: [] });
  });

  it("reads a bare $ as the dollar the currency column or the header names, else USD", () => {
    expect(detectCurrency(listColumn(["$12"]), { currencies: listColumn(["HKD"]) }).currency).toBe("HKD");
    expect(detectCurrency(listColumn(["$12"]), { header: "Total (CAD)" }).currency).toBe("CAD");
    expect(detectCurrency(listColumn(["$12"]), { header: "金额(元)" }).currency).toBe("USD");
  });

  it("lists the rows of each other currency, largest group first, the first few of each", () => {
    const cells = ["¥1", "¥2", "$3", "¥4", "€5", "$6", "¥7", "$8", 9, "$10"];
    const detection = detectCurrency(listColumn(cells), { examples: 2 });
    expect(detection.currency).toBe("CNY");
    expect(detection.others).toEqual([
      { currency: "USD", count: 4, indexes: [2, 5] },
      { currency: "EUR", count: 1, indexes: [4] },
    ]);
  });

  it("lists rows whose currency column disagrees with the rest", () => {
    const detection = detectCurrency(listColumn([10, 20, 30, 40]), { currencies: listColumn(["USD", "USD", "CAD", "USD"]) });
    expect(detection.currency).toBe("USD");
    expect(detection.others).toEqual([{ currency: "CAD", count: 1, indexes: [2] }]);
  });

  it("takes the first currency seen on a tie", () => {
    expect(detectCurrency(listColumn(["$1", "¥2"])).currency).toBe("USD");
    expect(detectCurrency(listColumn(["¥2", "$1"])).currency).toBe("CNY");
  });
});
