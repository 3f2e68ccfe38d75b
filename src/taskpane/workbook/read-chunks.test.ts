import { describe, expect, it } from "vitest";
import { appendRows, cellJsonBytes, ChunkSizer, gridJsonBytes, rowJsonBytes } from "./read-chunks";

describe("JSON sizes", () => {
  it("counts cells as JSON, non-ASCII characters as \\uXXXX escapes", () => {
    expect(cellJsonBytes("abc")).toBe(5);
    expect(cellJsonBytes('a"b')).toBe(6);
    expect(cellJsonBytes("订单")).toBe(2 + 12);
    expect(cellJsonBytes(45597.5)).toBe(7);
    expect(cellJsonBytes(true)).toBe(4);
    expect(cellJsonBytes(false)).toBe(5);
    expect(cellJsonBytes(null)).toBe(4);
  });

  it("counts rows and grids with their brackets and commas, never less than JSON.stringify", () => {
    const row = ["3876285382409258929", " summer_l111283928", 45597.132789351854, 159, "交易成功 "];
    expect(rowJsonBytes(row)).toBeGreaterThanOrEqual(Buffer.byteLength(JSON.stringify(row)));
    expect(rowJsonBytes(["a", 1])).toBe(JSON.stringify(["a", 1]).length);
    expect(gridJsonBytes([["a", 1], [null, true]])).toBe(JSON.stringify([["a", 1], [null, true]]).length);
    expect(gridJsonBytes([])).toBe(2);
  });
});

describe("ChunkSizer", () => {
  it("sizes the first chunk from the column count: about 1 MB at 64 bytes a cell", () => {
    expect(new ChunkSizer(9).nextRows(200_000)).toBe(1736);
    expect(new ChunkSizer(200).nextRows(200_000)).toBe(78);
    expect(new ChunkSizer(9).nextRows(500)).toBe(500);
  });

  it("sizes later chunks from the largest row measured, at three quarters of the limit", () => {
    const sizer = new ChunkSizer(2);
    sizer.measure([["a", 1], ["x".repeat(998), 2]]);
    // The long row: brackets 2 + quoted text 1,000 + comma 1 + digit 1 = 1,004 bytes; 3,000,000 / 1,004 = 2,988.
    expect(rowJsonBytes(["x".repeat(998), 2])).toBe(1004);
    expect(sizer.nextRows(1_000_000)).toBe(2988);
  });

  it("halves the chunk after Excel refused one, and never goes below one row", () => {
    const sizer = new ChunkSizer(9);
    sizer.shrink(1736);
    expect(sizer.nextRows(200_000)).toBe(868);
    sizer.shrink(1);
    expect(sizer.nextRows(200_000)).toBe(1);
  });
});

describe("appendRows", () => {
  it("takes unchanged rows from the previous reading and keeps the new ones", () => {
    const previous = [["h1", "h2"], [1, "a"], [2, "b"], [3, "c"]];
    const grid: unknown[][] = [];
    appendRows(grid, [["h1", "h2"], [1, "a"]], 0);
    appendRows(grid, [[2, "B"], [3, "c"], [4, "d"]], 2, previous);
    expect(grid).toEqual([["h1", "h2"], [1, "a"], [2, "B"], [3, "c"], [4, "d"]]);
    expect(grid[2]).not.toBe(previous[2]);
    expect(grid[3]).toBe(previous[3]);
    // A row of another length, or past the end of the previous reading, is the new one.
    const other: unknown[][] = [];
    appendRows(other, [[1, "a", null]], 1, previous);
    expect(other[0]).not.toBe(previous[1]);
  });
});
