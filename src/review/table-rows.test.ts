import { describe, expect, it } from "vitest";
import { dataRowCount, tableRows } from "./table-rows";

describe("tableRows", () => {
  const grid = [["店铺订单报表"], [], [100, "tb1"], [200, "tb2"]];

  it("cuts a table without a header row at its first data row, and says where its rows are", () => {
    const rows = tableRows({ grid, sheet: "订单", detection: { headerRow: null, firstDataRow: 2 } }, 5);
    expect(rows.grid).toEqual([[100, "tb1"], [200, "tb2"]]);
    expect(rows.rowsCut).toBe(2);
    expect(rows.options).toEqual({ sheet: "订单", headerRow: null, firstSheetRow: 7 });
    expect(dataRowCount(rows)).toBe(2);
  });

  it("leaves a table with a header row as it is", () => {
    const rows = tableRows({ grid, sheet: "订单", detection: { headerRow: 1, firstDataRow: 2 } });
    expect(rows.grid).toBe(grid);
    expect(rows.rowsCut).toBe(0);
    expect(rows.options).toEqual({ sheet: "订单", headerRow: 1, firstSheetRow: 1 });
    expect(dataRowCount(rows)).toBe(2);
  });
});
