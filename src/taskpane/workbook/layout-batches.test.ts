import { describe, expect, it } from "vitest";
import { numberFormats, type LayoutCell, type SheetLayout } from "../../review/sheet-layout";
import {
  cellBlocks, checkLayout, columnWidthPoints, columnWidthRuns, joinAddresses, lookAreas, parseSheetReference, rowHeightRuns,
} from "./layout-batches";

function layoutOf(cells: LayoutCell[], merges: string[] = []): SheetLayout {
  return {
    name: "运营复盘", columnWidths: [24, 14, 14], cells, merges, conditionalFormats: [], charts: [], frozenRows: 0, numberFormats: numberFormats("CNY", "zh-CN"),
    print: { orientation: "landscape", paperSize: "A4", fitToWidth: true },
  };
}

describe("cellBlocks", () => {
  it("writes each run of rows as one rectangle, null where a cell is left alone, text formatted as text", () => {
    const layout = layoutOf([
      { row: 0, column: 0, value: "运营复盘", style: "title" },
      { row: 2, column: 0, value: "GMV", style: "label" },
      { row: 2, column: 1, value: 17_600_000, format: "currency" },
      { row: 3, column: 1, formula: "=B3*2", result: 35_200_000, format: "currency" },
      { row: 3, column: 2, value: "=不是公式" },
      { row: 3, column: 0, value: null },
    ]);
    const yuan = numberFormats("CNY", "zh-CN").currency;
    expect(cellBlocks(layout)).toEqual([
      { address: "A1", numberFormats: [["@"]], values: [["运营复盘"]], formulas: null },
      {
        address: "A3:C4",
        numberFormats: [["@", yuan, null], [null, yuan, "@"]],
        values: [["GMV", 17_600_000, null], [null, null, "=不是公式"]],
        formulas: [[null, null, null], [null, "=B3*2", null]],
      },
    ]);
  });
});

describe("lookAreas", () => {
  it("joins neighbouring cells of one look in a row, and lets a merge's top-left cell stand for the merge", () => {
    const layout = layoutOf([
      { row: 0, column: 0, value: "一、目标达成", style: "section" },
      { row: 1, column: 0, value: "指标", style: "header" },
      { row: 1, column: 1, value: "基期", style: "header" },
      { row: 1, column: 2, value: "目标", style: "header" },
      { row: 2, column: 0, value: "GMV", style: "label" },
      { row: 2, column: 1, value: 1, style: "body" },
      { row: 2, column: 2, value: "n/a", style: "body" },
    ], ["A1:C1"]);
    expect(Object.fromEntries(lookAreas(layout))).toEqual({
      section: ["A1:C1"],
      header: ["A2:C2"],
      label: ["A3"],
      "body|right": ["B3"],
      "body|left": ["C3"],
    });
  });
});

describe("checkLayout", () => {
  it("refuses what cannot be written faithfully", () => {
    expect(() => checkLayout(layoutOf([{ row: 0, column: 0, value: 1 }, { row: 0, column: 0, value: 2 }]))).toThrow(/two cells/);
    expect(() => checkLayout(layoutOf([{ row: 0, column: 0, value: 1, formula: "=A2" }]))).toThrow(/both a value and a formula/);
    expect(() => checkLayout(layoutOf([{ row: 0, column: 0, formula: "A2" }]))).toThrow(/starts with "="/);
    expect(() => checkLayout(layoutOf([{ row: 0, column: 0, value: Number.NaN }]))).toThrow(/not a number/);
    expect(() => checkLayout(layoutOf([{ row: 0, column: 0, value: "x".repeat(32_768) }]))).toThrow(/32767/);
    expect(() => checkLayout(layoutOf([{ row: -1, column: 0, value: 1 }]))).toThrow(/outside the sheet/);
  });
});

describe("helpers", () => {
  it("parses sheet references, quotes undone", () => {
    expect(parseSheetReference("'运营复盘'!$B$19:$B$23")).toEqual({ sheet: "运营复盘", address: "$B$19:$B$23" });
    expect(parseSheetReference("'Tom''s sheet'!$A$1")).toEqual({ sheet: "Tom's sheet", address: "$A$1" });
    expect(parseSheetReference("Data!A1:A5")).toEqual({ sheet: "Data", address: "A1:A5" });
    expect(() => parseSheetReference("A1:A5")).toThrow();
  });

  it("joins addresses into lists that stay under the address length limit", () => {
    expect(joinAddresses(["A1", "B2:C3", "D4"], 8)).toEqual(["A1,B2:C3", "D4"]);
    expect(joinAddresses([])).toEqual([]);
  });

  it("runs columns of equal width, in points (a character is 7 pixels plus 5 of padding)", () => {
    expect(columnWidthRuns([24, 14, 14, 2])).toEqual([{ columns: "A:A", width: 24 }, { columns: "B:C", width: 14 }, { columns: "D:D", width: 2 }]);
    expect(columnWidthPoints(14)).toBe(77.25);
    expect(columnWidthPoints(8.43)).toBe(48.01);
  });

  it("runs rows of equal height", () => {
    expect(rowHeightRuns(new Map([[0, 30], [1, 19], [2, 19], [4, 19], [5, 30]]))).toEqual([
      { height: 19, rows: ["2:3", "5:5"] },
      { height: 30, rows: ["1:1", "6:6"] },
    ]);
  });
});
