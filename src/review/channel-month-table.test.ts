import { describe, expect, it } from "vitest";
import { readChannelMonthTable } from "./channel-month-table";
import { translate } from "../i18n/messages";

const JUNE = 2025 * 12 + 5;
/** 2025-08-08 as an Excel serial. */
const AUGUST_8 = 45877;

const GRID: unknown[][] = [
  ["日期", "渠道", "花费"], //                      1
  ["2025-06-01", "腾讯广告", 1000], //             2 kept
  ["2025-06", " 抖音 ", "¥1,200"], //              3 kept: a month, a padded channel, currency text
  [AUGUST_8, "腾讯广告", "1.2万"], //              4 kept: a date serial, 万
  [null, null, null], //                           5 blank: passed over
  ["", " ", ""], //                                6 blank: passed over
  ["2025-06-02", "", 500], //                      7 no channel
  ["2025-06-02", "抖音", ""], //                   8 no value
  ["", "抖音", 500], //                            9 no date
  ["someday", "抖音", 500], //                     10 unreadable date
  ["2025-06-02", "抖音", "a lot"], //              11 unreadable value
  ["2025年7月3日", "小红书", "3,000"], //          12 kept: a Chinese date, grouped digits
  ["2025-06-03", "#N/A", 700], //                  13 unreadable channel
  ["", "#REF!", ""], //                            14 an error alone is not a blank row
];

describe("readChannelMonthTable", () => {
  const { table, skipped } = readChannelMonthTable(GRID, { date: 0, channel: 1, value: 2 }, { sheet: "推广花费", headerRow: 0 });

  it("reads channel, month and value of every usable row", () => {
    expect(table.channels).toEqual(["腾讯广告", "抖音", "腾讯广告", "小红书"]);
    expect([...table.months]).toEqual([JUNE, JUNE, JUNE + 2, JUNE + 1]);
    expect([...table.values]).toEqual([1000, 1200, 12000, 3000]);
  });

  it("lists the rows it cannot use with sheet row numbers and reasons, and passes over blank rows", () => {
    expect(skipped).toEqual([
      { sheet: "推广花费", row: 7, reason: "skip.noChannel", params: {} },
      { sheet: "推广花费", row: 8, reason: "skip.noAmount", params: {} },
      { sheet: "推广花费", row: 9, reason: "skip.noTime", params: {} },
      { sheet: "推广花费", row: 10, reason: "skip.unreadableTime", params: { found: "someday" } },
      { sheet: "推广花费", row: 11, reason: "skip.unreadableAmount", params: { found: "a lot" } },
      { sheet: "推广花费", row: 13, reason: "cell.errorValue", params: { where: "what.channels", found: "#N/A" } },
      { sheet: "推广花费", row: 14, reason: "cell.errorValue", params: { where: "what.channels", found: "#REF!" } },
    ]);
  });

  it("says what an unreadable channel cell holds, in both languages", () => {
    const row = skipped.find((s) => s.row === 13)!;
    expect(translate("en-US", row.reason, row.params)).toBe("The channels: the cell holds the error #N/A.");
    expect(translate("zh-CN", row.reason, row.params)).toContain("#N/A");
  });

  it("reads a grid without a header, numbering rows from firstSheetRow", () => {
    const { table: rows, skipped: bad } = readChannelMonthTable(GRID.slice(6, 9), { date: 0, channel: 1, value: 2 }, { sheet: "s", headerRow: null, firstSheetRow: 20 });
    expect(rows.channels).toEqual([]);
    expect(bad.map((s) => [s.row, s.reason])).toEqual([[20, "skip.noChannel"], [21, "skip.noAmount"], [22, "skip.noTime"]]);
  });

  it("reads columns in any order, such as a traffic table", () => {
    const grid = [["流量来源", "访客数", "日期"], ["手淘搜索", "12,345", "2025/6/30"], ["自然流量", 800, 45838]];
    const { table: rows, skipped: bad } = readChannelMonthTable(grid, { date: 2, channel: 0, value: 1 }, { sheet: "流量", headerRow: 0 });
    expect(bad).toEqual([]);
    expect(rows.channels).toEqual(["手淘搜索", "自然流量"]);
    expect([...rows.months]).toEqual([JUNE, JUNE]);
    expect([...rows.values]).toEqual([12345, 800]);
  });

  it("gives an empty table for a header alone", () => {
    const { table: rows, skipped: bad } = readChannelMonthTable([GRID[0]], { date: 0, channel: 1, value: 2 }, { sheet: "s", headerRow: 0 });
    expect([rows.channels.length, rows.months.length, rows.values.length, bad.length]).toEqual([0, 0, 0, 0]);
  });
});

describe("readChannelMonthTable: values beyond ±10¹⁵ (Workbook text and numbers)", () => {
  it("skips them with the value, so the spend totals stay finite", () => {
    const grid = [["日期", "渠道", "花费"], ["2025-06-01", "直通车", 1e308], ["2025-06-02", "直通车", 1e308], ["2025-06-03", "直通车", 120]];
    const { table, skipped } = readChannelMonthTable(grid, { date: 0, channel: 1, value: 2 }, { sheet: "推广", headerRow: 0 });
    expect(skipped).toEqual([
      { sheet: "推广", row: 2, reason: "skip.implausibleValue", params: { found: "1e+308" } },
      { sheet: "推广", row: 3, reason: "skip.implausibleValue", params: { found: "1e+308" } },
    ]);
    expect(Array.from(table.values)).toEqual([120]);
  });
});
