import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BLANK_STATUS, CLOSED_STATUS, COUNTED_STATUS, UNPAID_STATUS } from "../cells/read-columns";
import { orderColumnsOfRows } from "./order-columns";

const ids = (...codes: number[]) => ({ orderIds: Int32Array.from(codes), orderIdCount: Math.max(-1, ...codes) + 1 });
const amounts = (...values: number[]) => Float64Array.from(values);

describe("orderColumnsOfRows", () => {
  it("sums the lines of a ledger: order A1 of 100 + 50, A2 of 30", () => {
    const orders = orderColumnsOfRows({ ...ids(0, 0, 1), amounts: amounts(100, 50, 30) });
    expect(orders.length).toBe(2);
    expect(Array.from(orders.amount!)).toEqual([150, 30]);
    expect(Array.from(orders.counted)).toEqual([1, 1]);
    expect(Array.from(orders.firstRow)).toEqual([0, 2]);
    expect(orders.amountShape).toBe("lines");
  });

  it("takes a total repeated on every sub-order row once (抖店: 199 on three rows)", () => {
    const orders = orderColumnsOfRows({ ...ids(0, 0, 0, 1), amounts: amounts(199, 199, 199, 88) });
    expect(Array.from(orders.amount!)).toEqual([199, 88]);
    expect(orders.amountShape).toBe("orderTotalRepeated");
  });

  it("takes a total written on the first row only, blanks below (Shopify)", () => {
    const orders = orderColumnsOfRows({ ...ids(0, 0, 0, 1, 1), amounts: amounts(120, NaN, NaN, 40, NaN) });
    expect(Array.from(orders.amount!)).toEqual([120, 40]);
    expect(orders.amountShape).toBe("orderTotalFirstRow");
  });

  it("reads the amounts in the shape it is given rather than the one it would recognise", () => {
    // Two lines of one price look like a repeated total.
    expect(Array.from(orderColumnsOfRows({ ...ids(0, 0), amounts: amounts(50, 50) }).amount!)).toEqual([50]);
    expect(Array.from(orderColumnsOfRows({ ...ids(0, 0), amounts: amounts(50, 50) }, { amountShape: "lines" }).amount!)).toEqual([100]);
  });

  it("has no shape when no order has two rows", () => {
    expect(orderColumnsOfRows({ ...ids(0, 1), amounts: amounts(5, 6) }).amountShape).toBeNull();
    expect(orderColumnsOfRows({ ...ids(0, 0) }).amountShape).toBeNull();
  });

  it("makes a row without an id an order of its own and a wholly blank row none, numbering orders by their first row", () => {
    const orders = orderColumnsOfRows({ ...ids(-1, 0, -1, 0), amounts: amounts(10, 20, NaN, 30), buyers: Int32Array.of(0, 1, -1, 1) });
    expect(orders.length).toBe(2);
    expect(Array.from(orders.amount!)).toEqual([10, 50]);
    expect(Array.from(orders.firstRow)).toEqual([0, 1]);
    expect(Array.from(orders.buyer!)).toEqual([0, 1]);
  });

  it("keeps a row without an id that has only a buyer as an order (no amounts given)", () => {
    const orders = orderColumnsOfRows({ ...ids(0, -1, 0, -1), buyers: Int32Array.of(0, 1, 0, -1) });
    expect(orders.length).toBe(2);
    expect(Array.from(orders.buyer!)).toEqual([0, 1]);
    expect(orders.amount).toBeNull();
  });

  it("takes the buyer, date and channel of the order's first row that has one", () => {
    const orders = orderColumnsOfRows({
      ...ids(0, 0, 0),
      amounts: amounts(10, 20, 30),
      buyers: Int32Array.of(-1, 3, 4),
      dates: Float64Array.of(NaN, NaN, 45870),
      channels: Int32Array.of(2, -1, 1),
    });
    expect(Array.from(orders.buyer!)).toEqual([3]);
    expect(Array.from(orders.date!)).toEqual([45870]);
    expect(Array.from(orders.channel!)).toEqual([2]);
    expect(orders.amount![0]).toBe(60);
  });

  describe("statuses", () => {
    const S = { counted: COUNTED_STATUS, closed: CLOSED_STATUS, unpaid: UNPAID_STATUS, blank: BLANK_STATUS };
    const of = (...verdicts: (keyof typeof S)[]) => Uint8Array.from(verdicts.map((v) => S[v]));

    it("counts an order while any line counts, leaving a closed line out of a sum of lines", () => {
      const orders = orderColumnsOfRows({ ...ids(0, 0, 1, 1), amounts: amounts(100, 50, 30, 20), statuses: of("counted", "closed", "closed", "closed") });
      expect(Array.from(orders.counted)).toEqual([1, 0]);
      expect(orders.amount![0]).toBe(100);
    });

    it("counts a line with a blank status beside a closed one where lines carry their own status (抖店 售后状态)", () => {
      const orders = orderColumnsOfRows({ ...ids(0, 0, 1, 1), amounts: amounts(100, 50, 60, 60), statuses: of("blank", "closed", "closed", "closed") });
      expect(Array.from(orders.counted)).toEqual([1, 0]);
      expect(orders.amount![0]).toBe(100);
    });

    it("gives blank statuses below the first row the order's status where the total is on the first row (Shopify)", () => {
      const orders = orderColumnsOfRows({
        ...ids(0, 0, 1, 1, 2, 2), amounts: amounts(80, NaN, 40, NaN, 25, NaN), statuses: of("closed", "blank", "counted", "blank", "blank", "blank"),
      });
      expect(orders.amountShape).toBe("orderTotalFirstRow");
      expect(Array.from(orders.counted)).toEqual([0, 1, 1]);
    });

    it("does not count an unpaid order, even beside blank lines", () => {
      const orders = orderColumnsOfRows({ ...ids(0, 0, 1), amounts: amounts(10, 20, 5), statuses: of("unpaid", "blank", "unpaid") });
      expect(Array.from(orders.counted)).toEqual([0, 0]);
    });

    it("counts every order without statuses", () => {
      expect(Array.from(orderColumnsOfRows({ ...ids(0, 1), amounts: amounts(1, 2) }).counted)).toEqual([1, 1]);
    });
  });

  it("without ids, makes each row that is not blank an order of the same amount and status (property)", () => {
    const row = fc.record({
      amount: fc.oneof(fc.constant(NaN), fc.integer({ min: -100, max: 1000 })),
      status: fc.constantFrom(COUNTED_STATUS, CLOSED_STATUS, UNPAID_STATUS, BLANK_STATUS),
    });
    fc.assert(fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
      const orders = orderColumnsOfRows({
        orderIds: new Int32Array(rows.length).fill(-1), orderIdCount: 0,
        amounts: Float64Array.from(rows, (r) => r.amount), statuses: Uint8Array.from(rows, (r) => r.status),
      });
      const kept = rows.filter((r) => r.amount === r.amount || r.status !== BLANK_STATUS);
      expect(orders.length).toBe(kept.length);
      expect(Array.from(orders.amount!)).toEqual(kept.map((r) => (r.status === CLOSED_STATUS || r.status === UNPAID_STATUS ? NaN : r.amount)));
      expect(Array.from(orders.counted)).toEqual(kept.map((r) => (r.status === COUNTED_STATUS || r.status === BLANK_STATUS ? 1 : 0)));
    }), { seed: 20251202 });
  });
});
