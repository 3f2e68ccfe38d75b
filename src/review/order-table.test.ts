import { describe, expect, it } from "vitest";
import { readOrderTable, type OrderColumnMapping } from "./order-table";
import { translate } from "../i18n/messages";

/** 2025-06-01 as an Excel serial. */
const JUNE_1 = 45809;
const JUNE = 2025 * 12 + 5;
const HEADER = ["实付金额", "订单付款时间", "买家会员名", "订单状态", "流量来源", "成本"];
const MAPPING: OrderColumnMapping = { amount: 0, time: 1, buyer: 2, status: 3, channel: 4, cost: 5 };

/** An export with one row of every kind; the comment gives each row's sheet row number. */
const GRID: unknown[][] = [
  HEADER, //                                                         1
  [100, JUNE_1 + 0.5, "tb001", "交易成功", "手淘搜索", 40], //         2 kept
  ["", JUNE_1, "tb002", "交易成功", "手淘搜索", 40], //               3 no amount
  [100, "", "tb003", "交易成功", "手淘搜索", 40], //                 4 no time
  [100, JUNE_1, "", "交易成功", "手淘搜索", 40], //                  5 no buyer
  ["abc", JUNE_1, "tb004", "交易成功", "手淘搜索", 40], //           6 unreadable amount
  [100, "last Tuesday", "tb005", "交易成功", "手淘搜索", 40], //     7 unreadable time
  [100, JUNE_1, "#N/A", "交易成功", "手淘搜索", 40], //              8 unreadable buyer
  [null, null, null, null, null, null], //                           9 blank: passed over
  ["", " ", "", "", "", ""], //                                      10 blank: passed over
  [88, "", "tb006", "交易关闭", "抖音", 30], //                      11 closed, never paid: excluded
  [66, JUNE_1 + 1, "tb007", "退款成功", "抖音", 30], //              12 refunded: excluded
  ["", "", "", "交易关闭", "", ""], //                               13 closed with nothing else: excluded
  [77, JUNE_1 + 1, "tb007", "部分退款", "抖音", ""], //              14 partly refunded: kept, cost unknown
  [55, JUNE_1 + 2, "tb008", "#N/A", "抖音", 20], //                  15 unreadable status: skipped
  ["¥1,234.50", "2025/7/1 10:22:33", 13800138000, "交易成功 ", " 抖音 ", "￥88"], // 16 kept, messy cells
  [], //                                                             17 a short row is blank too
];

describe("readOrderTable", () => {
  const { table, skipped } = readOrderTable(GRID, MAPPING, { sheet: "订单", headerRow: 0 });

  it("lists each unusable row with its sheet row number and reason", () => {
    expect(skipped).toEqual([
      { sheet: "订单", row: 3, reason: "skip.noAmount", params: {} },
      { sheet: "订单", row: 4, reason: "skip.noTime", params: {} },
      { sheet: "订单", row: 5, reason: "skip.noBuyer", params: {} },
      { sheet: "订单", row: 6, reason: "skip.unreadableAmount", params: { found: "abc" } },
      { sheet: "订单", row: 7, reason: "skip.unreadableTime", params: { found: "last Tuesday" } },
      { sheet: "订单", row: 8, reason: "skip.unreadableBuyer", params: { found: "#N/A" } },
      { sheet: "订单", row: 15, reason: "cell.errorValue", params: { where: "what.statuses", found: "#N/A" } },
    ]);
  });

  it("says why a row with an unreadable status was skipped, in both languages", () => {
    const row = skipped.find((s) => s.row === 15)!;
    expect(translate("en-US", row.reason, row.params)).toBe("The statuses: the cell holds the error #N/A.");
    expect(translate("zh-CN", row.reason, row.params)).toContain("#N/A");
  });

  it("excludes closed and refunded orders, paid or not, and counts them", () => {
    expect(table.excludedByStatus).toBe(3);
    expect([...table.sheetRow]).toEqual([2, 14, 16]);
  });

  it("passes over blank rows without listing them", () => {
    for (const row of [9, 10, 17]) {
      expect(skipped.map((s) => s.row)).not.toContain(row);
      expect([...table.sheetRow]).not.toContain(row);
    }
  });

  it("reads the kept rows into typed columns, messy cells included", () => {
    expect(table.length).toBe(3);
    expect([...table.amount]).toEqual([100, 77, 1234.5]);
    expect([...table.time]).toEqual([JUNE_1 + 0.5, JUNE_1 + 1, JUNE_1 + 30 + (10 * 3600 + 22 * 60 + 33) / 86400]);
    expect([...table.month]).toEqual([JUNE, JUNE, JUNE + 1]);
    expect([...table.buyer].map((b) => table.buyerNames[b])).toEqual(["tb001", "tb007", "13800138000"]);
    expect([...table.channel].map((c) => table.channelNames[c])).toEqual(["手淘搜索", "抖音", "抖音"]);
    expect([...table.counted]).toEqual([1, 1, 1]);
    expect([...table.cost!]).toEqual([40, NaN, 88]);
    expect(table.item).toBeNull();
  });

  it("reads a grid without a header row, numbering rows from firstSheetRow", () => {
    const { table: rows, skipped: bad } = readOrderTable(GRID.slice(1, 4), MAPPING, { sheet: "Orders", headerRow: null, firstSheetRow: 10 });
    expect([...rows.sheetRow]).toEqual([10]);
    expect(bad.map((s) => [s.row, s.reason])).toEqual([[11, "skip.noAmount"], [12, "skip.noTime"]]);
  });

  it("starts below a header row that is not the first row of the grid", () => {
    const grid = [["Orders of June"], [], HEADER, ...GRID.slice(1, 3)];
    const { table: rows, skipped: bad } = readOrderTable(grid, MAPPING, { sheet: "Orders", headerRow: 2 });
    expect([...rows.sheetRow]).toEqual([4]);
    expect(bad.map((s) => s.row)).toEqual([5]);
  });

  it("counts every order when there is no status column, and has no channels without a channel column", () => {
    const { table: rows } = readOrderTable(GRID.slice(0, 2).concat([GRID[11]]), { amount: 0, time: 1, buyer: 2 }, { sheet: "订单", headerRow: 0 });
    expect(rows.length).toBe(2);
    expect(rows.excludedByStatus).toBe(0);
    expect([...rows.channel]).toEqual([-1, -1]);
    expect(rows.channelNames).toEqual([]);
    expect(rows.cost).toBeNull();
  });

  it("reads item titles when mapped", () => {
    const grid = [["amount", "time", "buyer", "title"], [10, JUNE_1, "a", "面膜"], [20, JUNE_1, "b", " 面膜 "], [30, JUNE_1, "c", ""]];
    const { table: rows } = readOrderTable(grid, { amount: 0, time: 1, buyer: 2, itemTitle: 3 }, { sheet: "s", headerRow: 0 });
    expect([...rows.item!]).toEqual([0, 0, -1]);
    expect(rows.itemNames).toEqual(["面膜"]);
  });

  it("gives empty columns for a table with only its header", () => {
    const { table: rows, skipped: bad } = readOrderTable([HEADER], MAPPING, { sheet: "订单", headerRow: 0 });
    expect(rows.length).toBe(0);
    expect(bad).toEqual([]);
  });
});
