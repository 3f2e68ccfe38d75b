import { describe, expect, it } from "vitest";
import { orderCurrency, otherCurrencyRowsText, reviewCurrency } from "./order-currency";
import { tableRows } from "./table-rows";

const detection = (headerRow: number | null) => ({ headerRow, firstDataRow: headerRow === null ? 0 : headerRow + 1 });

describe("orderCurrency", () => {
  it("names the other currency's rows as the sheet numbers them, below the title and header rows", () => {
    const grid = [["六月订单"], ["订单号", "实付金额"], ["A1", "¥12"], ["A2", "$5"], ["A3", "¥8"], ["A4", "$7"], ["A5", "¥9"]];
    const found = orderCurrency(tableRows({ grid, sheet: "订单", detection: detection(1) }), { amount: { column: 1, header: "实付金额" }, headers: ["订单号", "实付金额"] });
    expect(found.currency).toBe("CNY");
    expect(found.source).toBe("cells");
    // Grid row 3 is sheet row 4 (the grid starts at sheet row 1).
    expect(found.others).toEqual([{ currency: "USD", count: 2, rows: [4, 6] }]);
  });

  it("counts from the first sheet row of the grid (a source that starts lower) and reads the currency column", () => {
    const grid = [["Name", "Total", "Currency"], ["#1001", 129.5, "USD"], ["#1001", "", ""], ["#1002", 40, "CAD"]];
    const found = orderCurrency(tableRows({ grid, sheet: "orders", detection: detection(0) }, 3), { amount: { column: 1, header: "Total" }, headers: ["Name", "Total", "Currency"] });
    expect(found).toEqual({ currency: "USD", source: "currencyColumn", header: "Currency", others: [{ currency: "CAD", count: 1, rows: [6] }] });
  });

  it("takes the amount header's unit when the cells are plain numbers", () => {
    const grid = [["订单编号", "用户实付金额(元)"], ["1", 12], ["2", 30]];
    const found = orderCurrency(tableRows({ grid, sheet: "s", detection: detection(0) }), { amount: { column: 1, header: "用户实付金额(元)" }, headers: grid[0] as string[] });
    expect(found).toEqual({ currency: "CNY", source: "header", header: "用户实付金额(元)", others: [] });
  });
});

describe("reviewCurrency", () => {
  const usd = { currency: "USD", source: "cells", header: "Total", others: [] } as const;
  it("takes the operator's choice, else the data's, else CNY", () => {
    expect(reviewCurrency(usd, "EUR")).toEqual({ currency: "EUR", source: "option" });
    expect(reviewCurrency(usd, undefined)).toEqual({ currency: "USD", source: "cells" });
    expect(reviewCurrency({ currency: null, source: null, header: null, others: [] }, undefined)).toEqual({ currency: "CNY", source: "default" });
    expect(reviewCurrency(null, undefined)).toEqual({ currency: "CNY", source: "default" });
  });
});

describe("otherCurrencyRowsText", () => {
  it("lists rows and codes only, with … when more rows are in that currency", () => {
    expect(otherCurrencyRowsText([{ currency: "USD", count: 9, rows: [5, 9, 12] }, { currency: "EUR", count: 1, rows: [7] }])).toBe("5, 9, 12, … (USD); 7 (EUR)");
  });
});
