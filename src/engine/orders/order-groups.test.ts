import { describe, expect, it } from "vitest";
import { BLANK_STATUS, CLOSED_STATUS, COUNTED_STATUS, UNPAID_STATUS } from "../cells/read-columns";
import { detectAmountShape, groupRowsByOrder, orderAmounts, orderCodesOfRows, orderStatusOfLines } from "./order-groups";

describe("groupRowsByOrder", () => {
  it("lists each order's rows in sheet order and leaves rows of no order out", () => {
    const groups = groupRowsByOrder(Int32Array.of(0, 1, -1, 0, 2, 1), 3);
    expect([...groups.start]).toEqual([0, 2, 4, 5]);
    expect([...groups.rows]).toEqual([0, 3, 1, 5, 4]);
  });
});

describe("orderCodesOfRows", () => {
  it("gives rows sharing an id one code, a row without an id an order of its own, a blank row none, in the order of first rows", () => {
    const blank = new Set([3]);
    const { orderOfRow, orderCount } = orderCodesOfRows(5, Int32Array.of(0, 0, -1, -1, 1), 2, (row) => blank.has(row));
    // Numbered by first row: the id-less row 2 comes before the order of id 1 (row 4).
    expect([...orderOfRow]).toEqual([0, 0, 1, -1, 2]);
    expect(orderCount).toBe(3);
    expect([...orderCodesOfRows(2, null, 0, () => false).orderOfRow]).toEqual([0, 1]);
  });
});

describe("detectAmountShape", () => {
  const groups = groupRowsByOrder(Int32Array.of(0, 0, 1, 1, 1, 2), 3);

  it("reads a total on the first row only, a total repeated, or line amounts", () => {
    expect(detectAmountShape(groups, Float64Array.of(150, NaN, 30, NaN, NaN, 9)).shape).toBe("orderTotalFirstRow");
    expect(detectAmountShape(groups, Float64Array.of(150, 150, 30, 30, 30, 9)).shape).toBe("orderTotalRepeated");
    expect(detectAmountShape(groups, Float64Array.of(100, 50, 10, 10, 10, 9)).shape).toBe("lines");
  });

  it("takes equal amounts under a line-amount header as lines of one price", () => {
    expect(detectAmountShape(groups, Float64Array.of(150, 150, 30, 30, 30, 9), { headerNamesLine: true }).shape).toBe("lines");
  });

  it("has no shape to tell when every order has one row", () => {
    const single = groupRowsByOrder(Int32Array.of(0, 1, 2), 3);
    expect(detectAmountShape(single, Float64Array.of(1, 2, 3))).toEqual({ shape: null, multiRowOrders: 0, firstRowOnly: 0, sameOnEveryRow: 0 });
  });
});

describe("orderAmounts", () => {
  const groups = groupRowsByOrder(Int32Array.of(0, 0, 1), 2);

  it("sums counted lines, or takes the order's total once", () => {
    expect([...orderAmounts(groups, Float64Array.of(100, 50, 30), "lines")]).toEqual([150, 30]);
    expect([...orderAmounts(groups, Float64Array.of(100, 50, 30), "lines", Uint8Array.of(1, 0, 1))]).toEqual([100, 30]);
    expect([...orderAmounts(groups, Float64Array.of(150, 150, 30), "orderTotalRepeated")]).toEqual([150, 30]);
    expect([...orderAmounts(groups, Float64Array.of(150, NaN, NaN), "orderTotalFirstRow")]).toEqual([150, NaN]);
  });
});

describe("orderStatusOfLines", () => {
  const rows = Int32Array.of(0, 1, 2);
  const of = (verdicts: number[], blankLineCounts = true) => orderStatusOfLines(Uint8Array.from(verdicts), rows, 0, verdicts.length, blankLineCounts);

  it("counts an order while a line counts, else unpaid, else closed", () => {
    expect(of([CLOSED_STATUS, COUNTED_STATUS])).toBe(COUNTED_STATUS);
    expect(of([CLOSED_STATUS, UNPAID_STATUS])).toBe(UNPAID_STATUS);
    expect(of([CLOSED_STATUS, CLOSED_STATUS])).toBe(CLOSED_STATUS);
  });

  it("lets a blank line count beside a closed one, except where the status is on the first row only", () => {
    expect(of([CLOSED_STATUS, BLANK_STATUS])).toBe(BLANK_STATUS);
    expect(of([CLOSED_STATUS, BLANK_STATUS], false)).toBe(CLOSED_STATUS);
    expect(of([BLANK_STATUS, BLANK_STATUS, BLANK_STATUS])).toBe(BLANK_STATUS);
  });
});
