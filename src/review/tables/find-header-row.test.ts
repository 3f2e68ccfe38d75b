import { describe, expect, it } from "vitest";
import { findHeaderRow, firstNonBlankRow, isBlankRow } from "./find-header-row";
import { SYCM_TRAFFIC, TAOBAO_ORDERS } from "../../../test/support/real-exports.fixture";

describe("findHeaderRow", () => {
  it("finds a known header row at the top", () => {
    expect(findHeaderRow(TAOBAO_ORDERS)).toEqual({ headerRow: 0, firstDataRow: 1 });
  });

  it("finds the header below an export's title lines, not the line with one known word", () => {
    // Row 1 holds 统计时间, close to a known header; row 3 is the real one.
    expect(findHeaderRow(SYCM_TRAFFIC)).toEqual({ headerRow: 3, firstDataRow: 4 });
    expect(findHeaderRow([["统计日期", "2025-06-01~2025-06-30"], [], ["日期", "来源", "访客数"], ["2025-06-01", "手淘搜索", 120]])).toEqual({ headerRow: 2, firstDataRow: 3 });
  });

  it("takes a row of unknown words over numbers for a header", () => {
    expect(findHeaderRow([["Foo", "Bar"], ["a", 12.5], ["b", 8]])).toEqual({ headerRow: 0, firstDataRow: 1 });
  });

  it("takes a row of text over text for a header when its words are not found again below", () => {
    expect(findHeaderRow([["Who", "Where"], ["tb1", "直通车"], ["tb2", "直通车"]])).toEqual({ headerRow: 0, firstDataRow: 1 });
  });

  it("finds no header when the first row is data", () => {
    expect(findHeaderRow([["3012345678901234567", "tb1", 88.5], ["3012345678901239876", "tb2", 99]])).toEqual({ headerRow: null, firstDataRow: 0 });
    // A row of words that recur below is data too.
    expect(findHeaderRow([["直通车", "交易成功"], ["手淘搜索", "交易成功"], ["直通车", "交易关闭"]])).toEqual({ headerRow: null, firstDataRow: 0 });
    // A row with a repeated word is no header.
    expect(findHeaderRow([["a", "a"], ["b", "c"]]).headerRow).toBeNull();
  });

  it("starts the data after blank rows when there is no header", () => {
    expect(findHeaderRow([[], ["", null], [45809.5, 88.5], [45810.1, 92]])).toEqual({ headerRow: null, firstDataRow: 2 });
  });

  it("gives the grid's length as the first data row of a blank grid", () => {
    expect(findHeaderRow([])).toEqual({ headerRow: null, firstDataRow: 0 });
    expect(findHeaderRow([[""], [null]])).toEqual({ headerRow: null, firstDataRow: 2 });
  });

  it("accepts a lone known header over a single column", () => {
    expect(findHeaderRow([["实付金额"], [88.5], [120]])).toEqual({ headerRow: 0, firstDataRow: 1 });
  });
});

describe("firstNonBlankRow and isBlankRow", () => {
  it("skip rows of blank cells, within the limit", () => {
    const grid = [[], ["", " "], [null, "x"]];
    expect(firstNonBlankRow(grid, 0, 10)).toBe(2);
    expect(firstNonBlankRow(grid, 0, 2)).toBeNull();
    expect(isBlankRow(["", null, undefined, "  "])).toBe(true);
    expect(isBlankRow([0])).toBe(false);
    expect(isBlankRow(undefined)).toBe(true);
  });
});
