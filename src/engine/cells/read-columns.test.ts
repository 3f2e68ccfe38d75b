import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  cellAt, columnLength, gridColumn, listColumn, readCountedMask, readDateColumn, readKeyColumn, readNumberColumn, sumNumberColumn, vectorColumn, type CellColumn,
} from "./read-columns";
import { isMetricError } from "../metric-error";

const cellsOf = (column: CellColumn) => Array.from({ length: columnLength(column) }, (_, i) => cellAt(column, i));

describe("vectorColumn", () => {
  it("reads a column and a row", () => {
    expect(cellsOf(vectorColumn([[1], ["a"], [null]], "what.amounts") as CellColumn)).toEqual([1, "a", null]);
    expect(cellsOf(vectorColumn([[1, 2, 3]], "what.amounts") as CellColumn)).toEqual([1, 2, 3]);
    expect(cellsOf(vectorColumn([[7]], "what.amounts") as CellColumn)).toEqual([7]);
    expect(cellsOf(vectorColumn([], "what.amounts") as CellColumn)).toEqual([]);
  });

  it("reads an n × 1 range in place, without copying its cells", () => {
    const grid = [[1], [2], [3]];
    const column = vectorColumn(grid, "what.amounts") as CellColumn;
    expect(column.grid).toBe(grid);
    grid[1][0] = 99;
    expect(cellAt(column, 1)).toBe(99);
  });

  it("refuses a range wider than one column", () => {
    const result = vectorColumn([[1, 2], [3, 4]], "what.amounts");
    expect(isMetricError(result)).toBe(true);
    expect(result).toMatchObject({ code: "VALUE", key: "cell.notOneColumn", params: { what: "what.amounts", rows: 2, columns: 2 } });
  });
});

describe("gridColumn", () => {
  it("is one column of a grid from a row on; short rows read as blanks", () => {
    const grid = [["h1", "h2"], [1, "a"], [2], [3, "c"]];
    expect(cellsOf(gridColumn(grid, 1, 1))).toEqual(["a", undefined, "c"]);
    expect(cellsOf(gridColumn(grid, 0, 1, 3))).toEqual([1, 2]);
    expect(columnLength(gridColumn(grid, 0, 4))).toBe(0);
    expect(Array.from(readNumberColumn(gridColumn(grid, 0, 1)).values)).toEqual([1, 2, 3]);
  });
});

describe("readNumberColumn", () => {
  it("reads every format and marks blanks as NaN", () => {
    const cells = [100, "¥1,234.50", "1.2万", "12.5%", "", null, "  ", "１２３", undefined];
    const { values, unreadable } = readNumberColumn(listColumn(cells));
    expect(Array.from(values.slice(0, 4))).toEqual([100, 1234.5, 12000, 0.125]);
    expect(Number.isNaN(values[4]) && Number.isNaN(values[5]) && Number.isNaN(values[6]) && Number.isNaN(values[8])).toBe(true);
    expect(values[7]).toBe(123);
    expect(unreadable).toEqual([]);
  });

  it("lists each unreadable cell with its index and what it held; its value is NaN, never 0", () => {
    const cells = [5, "abc", "#N/A", { code: "#DIV/0!" }, true, NaN, Infinity, "1,23", 7];
    const { values, unreadable } = readNumberColumn(listColumn(cells));
    expect(values[0]).toBe(5);
    expect(values[8]).toBe(7);
    for (let i = 1; i <= 7; i++) expect(Number.isNaN(values[i]), `row ${i}`).toBe(true);
    expect(unreadable).toEqual([
      { index: 1, found: "abc", reason: "text" },
      { index: 2, found: "#N/A", reason: "error" },
      { index: 3, found: "#DIV/0!", reason: "error" },
      { index: 4, found: "true", reason: "text" },
      { index: 5, found: "NaN", reason: "text" },
      { index: 6, found: "Infinity", reason: "text" },
      { index: 7, found: "1,23", reason: "text" },
    ]);
  });

  it("reads an empty column", () => {
    const { values, unreadable } = readNumberColumn(listColumn([]));
    expect(values.length).toBe(0);
    expect(unreadable).toEqual([]);
  });

  it("never turns a cell into 0 unless the cell says 0", () => {
    const cell = fc.oneof(fc.double(), fc.string({ maxLength: 8 }), fc.boolean(), fc.constant(null), fc.constant({ code: "#N/A" }));
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 30 }), (cells) => {
        const { values, unreadable } = readNumberColumn(listColumn(cells));
        expect(values.length).toBe(cells.length);
        const listed = new Set(unreadable.map((u) => u.index));
        cells.forEach((c, i) => {
          if (values[i] === 0) expect(c === 0 || (typeof c === "string" && /[0０]|e/i.test(c))).toBe(true);
          if (listed.has(i)) expect(Number.isNaN(values[i])).toBe(true);
          if (typeof c === "number" && Number.isFinite(c)) expect(values[i]).toBe(c);
        });
      }),
      { numRuns: 150 },
    );
  });
});

describe("sumNumberColumn", () => {
  it("sums and counts as readNumberColumn would, leaving out uncounted rows", () => {
    const cell = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), fc.constantFrom("¥1,234.50", "1.2万", "", null, " ", "88元"));
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, fc.boolean()), { maxLength: 40 }), (rows) => {
        const column = listColumn(rows.map(([c]) => c));
        const counted = Uint8Array.from(rows, ([, k]) => (k ? 1 : 0));
        const { values } = readNumberColumn(column);
        let total = 0;
        let count = 0;
        values.forEach((v, i) => {
          if (v === v && counted[i] === 1) {
            total += v;
            count++;
          }
        });
        expect(sumNumberColumn(column, counted)).toEqual({ total, count });
      }),
      { numRuns: 150 },
    );
  });

  it("stops at the first unreadable cell, counted or not", () => {
    const column = listColumn([1, "2", "abc", "#N/A"]);
    expect(sumNumberColumn(column, Uint8Array.of(1, 1, 0, 1))).toEqual({ index: 2, found: "abc", reason: "text" });
    expect(sumNumberColumn(listColumn([]))).toEqual({ total: 0, count: 0 });
  });
});

describe("readDateColumn", () => {
  it("reads serials and date text, blanks as NaN, lists the rest", () => {
    const { values, unreadable } = readDateColumn(listColumn([45809, "2025-06-01", "2025年6月2日", "", null, "6/1/2025", "#N/A", "2025-02-30"]));
    expect(values[0]).toBe(45809);
    expect(values[1]).toBe(45809);
    expect(values[2]).toBe(45810);
    for (let i = 3; i < 8; i++) expect(Number.isNaN(values[i])).toBe(true);
    expect(unreadable).toEqual([
      { index: 5, found: "6/1/2025", reason: "text" },
      { index: 6, found: "#N/A", reason: "error" },
      { index: 7, found: "2025-02-30", reason: "text" },
    ]);
  });
});

describe("readKeyColumn", () => {
  it("codes keys in order of first appearance; numbers and numeric text are the same key", () => {
    const { codes, names, unreadable } = readKeyColumn(listColumn(["alice", 12345, " bob ", "12345", "alice", "bob"]));
    expect(Array.from(codes)).toEqual([0, 1, 2, 1, 0, 2]);
    expect(names).toEqual(["alice", "12345", "bob"]);
    expect(unreadable).toEqual([]);
  });

  it("marks blanks -1 and lists error values and non-finite numbers", () => {
    const { codes, names, unreadable } = readKeyColumn(listColumn(["", null, undefined, "  ", "#N/A", { code: "#REF!" }, NaN, "x", true]));
    expect(Array.from(codes)).toEqual([-1, -1, -1, -1, -1, -1, -1, 0, 1]);
    expect(names).toEqual(["x", "TRUE"]);
    expect(unreadable.map((u) => [u.index, u.found, u.reason])).toEqual([
      [4, "#N/A", "error"],
      [5, "#REF!", "error"],
      [6, "NaN", "text"],
    ]);
  });

  it("gives equal keys equal codes and names[code] back the key", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom("a", "b", " a", "c "), fc.integer({ min: 0, max: 3 })), { maxLength: 40 }), (cells) => {
        const { codes, names } = readKeyColumn(listColumn(cells));
        cells.forEach((c, i) => expect(names[codes[i]]).toBe(String(c).trim()));
        expect(new Set(names).size).toBe(names.length);
      }),
      { numRuns: 100 },
    );
  });
});

describe("readCountedMask", () => {
  it("masks closed and refunded orders out and counts blanks, numbers and partial refunds", () => {
    const { mask, unreadable } = readCountedMask(listColumn(["交易成功", "交易关闭", "", null, "部分退款", "refunded", "退款成功", 3, "交易成功", undefined]));
    expect(Array.from(mask)).toEqual([1, 0, 1, 1, 1, 0, 0, 1, 1, 1]);
    expect(unreadable).toEqual([]);
  });

  it("lists error values and does not count them", () => {
    const { mask, unreadable } = readCountedMask(listColumn(["#N/A", "交易成功", { code: "#N/A" }, "#N/A"]));
    expect(Array.from(mask)).toEqual([0, 1, 0, 0]);
    expect(unreadable.map((u) => [u.index, u.reason])).toEqual([
      [0, "error"],
      [2, "error"],
      [3, "error"],
    ]);
  });
});
