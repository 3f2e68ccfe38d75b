import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ordersFunction } from "../../src/functions/functions";
import { aovFunction, gmvFunction, singleCell } from "./single-cell-results";
import { BLANKS, column, expectError, inChinese, invocation, OMITTED } from "./excel-call";

const orders = (...args: Parameters<typeof ordersFunction>): unknown => singleCell(ordersFunction(...args));

describe("EC.ORDERS", () => {
  // order id, amount, status: A1 has three lines, A2 is refunded, A3 one line, a row without an id, a note row.
  const LEDGER = [
    ["A1", 100, "交易成功"],
    ["A1", 50, "交易成功"],
    ["A1", 8, "交易成功"],
    ["A2", 70, "退款成功"],
    ["A3", "¥1,234.50", "已发货"],
    ["", 20, "交易成功"],
    ["", "", ""],
  ] as const;
  const ids = column(...LEDGER.map((line) => line[0]));
  const amounts = column(...LEDGER.map((line) => line[1]));
  const statuses = column(...LEDGER.map((line) => line[2]));

  it("counts an order of three lines once, leaves the refunded order out, and counts a row without an id as its own order", () => {
    expect(orders(amounts, statuses, ids, invocation("Sheet1!B2:B8", "Sheet1!C2:C8", "Sheet1!A2:A8"))).toBe(3);
  });

  it("counts rows with an amount when no ids are given (the first release's answer)", () => {
    expect(orders(amounts, statuses)).toBe(5);
    expect(orders(amounts)).toBe(6);
  });

  it.each(OMITTED)("treats omitted statuses and ids ($name) as not given", ({ value }) => {
    expect(orders(amounts, value, value)).toBe(6);
  });

  it.each(BLANKS)("does not count a row whose amount arrives as $name", ({ value }) => {
    expect(orders(column(10, value, 30), column("交易成功", "交易成功", value))).toBe(2);
  });

  it("is 0 when nothing sold (not an error)", () => {
    expect(orders(column("", null))).toBe(0);
  });

  it("names the unreadable amount cell, in the user's language", () => {
    expectError(ordersFunction(column(10, "abc"), undefined, undefined, invocation("Sheet1!D2:D3")), "#VALUE!", "Cell D3: cannot read \"abc\" as an amount.");
    const chinese = inChinese(() => ordersFunction(column(10, "abc"), undefined, undefined, invocation("Sheet1!D2:D3")));
    expectError(chinese, "#VALUE!", /D3/);
  });

  it("refuses ids that do not line up with the amounts", () => {
    expectError(ordersFunction(column(1, 2, 3), undefined, column("A1", "A2"), invocation("Sheet1!B2:B4", "", "Sheet1!A2:A3")), "#VALUE!");
  });

  it("agrees with an independent count and with EC.GMV ÷ EC.AOV on random ledgers", () => {
    const line = fc.record({
      id: fc.constantFrom("A1", "A2", "A3", "A4", "A5", ""),
      amount: fc.oneof(fc.integer({ min: 1, max: 500 }), fc.constant("")),
      refunded: fc.boolean(),
    });
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), (lines) => {
      // One status per order, so that the independent count needs no rule for mixed lines.
      const refundedOf = new Map<string, boolean>();
      for (const l of lines) if (l.id !== "" && !refundedOf.has(l.id)) refundedOf.set(l.id, l.refunded);
      const status = (l: (typeof lines)[number]) => ((l.id === "" ? l.refunded : refundedOf.get(l.id)) ? "退款成功" : "交易成功");
      const counted = new Set<string>();
      lines.forEach((l, i) => {
        if (l.amount !== "" && status(l) === "交易成功") counted.add(l.id === "" ? `row ${i}` : l.id);
      });
      const args = [column(...lines.map((l) => l.amount)), column(...lines.map(status)), column(...lines.map((l) => l.id))] as const;
      const count = orders(...args);
      expect(count).toBe(counted.size);
      if (counted.size > 0) {
        const gmv = gmvFunction(...args) as number;
        const aov = aovFunction(args[0], undefined, args[1], args[2]) as number;
        expect(gmv / (count as number)).toBeCloseTo(aov, 9);
      }
    }), { numRuns: 300, seed: 20261203 });
  });
});
