import { describe, expect, it } from "vitest";
import { joinCostTable } from "./cost-join";
import { detectTable } from "./tables/detect-table";
import type { TableDetectionOf } from "./tables/table-detection";

const orders = (grid: unknown[][]) => ({ grid, detection: detectTable(grid, { kind: "orders", sheetName: "订单" }) as TableDetectionOf<"orders"> });
const costs = (grid: unknown[][]) => ({ grid, detection: detectTable(grid, { kind: "costs", sheetName: "成本" }) as TableDetectionOf<"costs"> });

describe("joinCostTable", () => {
  it("costs each order at unit cost × quantity by SKU, keeps an order's own cost, and counts each case", () => {
    const orderGrid = [
      ["订单编号", "商家编码", "宝贝标题", "购买数量", "实付金额", "成本"],
      ["1", "SKU-A", "面膜", 2, 100, ""],
      ["2", " SKU-B ", "面霜", 1, 80, ""],
      ["3", "SKU-A", "面膜", 1, 50, 18],
      ["4", "SKU-Z", "眼霜", 1, 60, ""],
      [null, null, null, null, null, null],
      ["5", "SKU-B", "面霜", "", 80, ""],
    ];
    const costGrid = [["商家编码", "成本价"], ["SKU-A", "¥20"], ["SKU-B", 30], ["SKU-A", 99]];
    const join = joinCostTable(orders(orderGrid), costs(costGrid));
    expect(join).not.toBeNull();
    expect(join!.by).toBe("sku");
    expect(Array.from(join!.costs)).toEqual([NaN, 40, 30, 18, NaN, NaN, 30]);
    expect({ matched: join!.matched, kept: join!.kept, unmatched: join!.unmatched }).toEqual({ matched: 3, kept: 1, unmatched: 1 });
    // Nothing is written into either grid.
    expect(orderGrid[1]).toEqual(["1", "SKU-A", "面膜", 2, 100, ""]);
    expect(orderGrid[0].length).toBe(6);
  });

  it("matches on the item title when the tables share no SKU column", () => {
    const join = joinCostTable(
      orders([["宝贝标题", "实付金额", "买家会员名"], ["面膜", 100, "a"], ["面霜", 80, "b"]]),
      costs([["宝贝标题", "成本价"], ["面膜", 20]]),
    );
    expect(join?.by).toBe("itemTitle");
    expect(Array.from(join!.costs)).toEqual([NaN, 20, NaN]);
  });

  it("is null when the tables share neither a SKU nor an item title", () => {
    expect(joinCostTable(orders([["实付金额", "买家会员名"], [100, "a"]]), costs([["商家编码", "成本价"], ["SKU-A", 20]]))).toBeNull();
  });
});
