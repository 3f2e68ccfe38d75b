import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { channelsFunction, priceBandsFunction, retentionFunction, rfmFunction } from "../../src/functions/functions";
import { aovFunction, gmvFunction, repurchaseFunction } from "./single-cell-results";
import { asTable, column, expectError, inChinese, invocation, OMITTED } from "./excel-call";

/**
 * The order-id argument: rows sharing an order id are one order (PRODUCT.md, "Orders, lines and
 * what each export means"), whichever way the export writes the order's money.
 */

describe("a sales ledger (one row per line): A1 has lines of 100 and 50, A2 one of 30", () => {
  // order id, amount, buyer, date, channel
  const LEDGER = [
    ["A1", 100, "c1", "2025-06-01", "Douyin"],
    ["A1", 50, "c1", "2025-06-01", "Douyin"],
    ["A2", 30, "c2", "2025-06-02", "Natural"],
  ] as const;
  const ids = column(...LEDGER.map((line) => line[0]));
  const amounts = column(...LEDGER.map((line) => line[1]));
  const buyers = column(...LEDGER.map((line) => line[2]));
  const dates = column(...LEDGER.map((line) => line[3]));
  const channels = column(...LEDGER.map((line) => line[4]));

  it("EC.AOV divides by two orders, not three rows: 90 (60 without ids)", () => {
    expect(aovFunction(amounts, undefined, undefined, ids)).toBe(90);
    expect(aovFunction(amounts)).toBe(60);
  });

  it.each(OMITTED)("EC.AOV treats order ids arriving as $name as left out", ({ value }) => {
    expect(aovFunction(amounts, undefined, undefined, value)).toBe(60);
  });

  it("EC.AOV per buyer is unchanged by the ids: 180 over two buyers", () => {
    expect(aovFunction(amounts, buyers, undefined, ids)).toBe(90);
  });

  it("EC.GMV sums the lines of each order: 180 with or without ids", () => {
    expect(gmvFunction(amounts, undefined, ids)).toBe(180);
    expect(gmvFunction(amounts)).toBe(180);
  });

  it("EC.REPURCHASE: c1's two lines are one order, so nobody repurchased (0.5 without ids)", () => {
    expect(repurchaseFunction(buyers, undefined, undefined, ids)).toBe(0);
    expect(repurchaseFunction(buyers, amounts, undefined, ids)).toBe(0);
    expect(repurchaseFunction(buyers)).toBe(0.5);
  });

  it("EC.PRICEBANDS bands the order's amount: A1 (150) in 100–200, A2 (30) under 50", () => {
    const table = asTable(priceBandsFunction(amounts, undefined, undefined, ids));
    expect(table.slice(1).map((band) => band[1])).toEqual([1, 0, 1, 0, 0]);
    expect(table.slice(1).map((band) => band[3])).toEqual([30, 0, 150, 0, 0]);
    // Without ids the 50 line is an order of the 50–100 band.
    expect(asTable(priceBandsFunction(amounts)).slice(1).map((band) => band[1])).toEqual([1, 1, 1, 0, 0]);
  });

  it("EC.RFM: c1's frequency is one order of 150 (two without ids)", () => {
    const withIds = asTable(rfmFunction(buyers, dates, amounts, undefined, false, undefined, ids));
    expect(withIds.find((row) => row[0] === "c1")?.slice(2, 4)).toEqual([1, 150]);
    const withoutIds = asTable(rfmFunction(buyers, dates, amounts));
    expect(withoutIds.find((row) => row[0] === "c1")?.slice(2, 4)).toEqual([2, 150]);
  });

  it("EC.CHANNELS counts one Douyin order of 150 (two without ids)", () => {
    const withIds = asTable(channelsFunction(channels, amounts, buyers, dates, undefined, undefined, undefined, ids));
    expect(withIds.find((row) => row[0] === "Douyin")?.slice(0, 3)).toEqual(["Douyin", 150, 1]);
    expect(withIds.find((row) => row[0] === "Natural")?.slice(0, 3)).toEqual(["Natural", 30, 1]);
    const withoutIds = asTable(channelsFunction(channels, amounts, buyers, dates));
    expect(withoutIds.find((row) => row[0] === "Douyin")?.slice(0, 3)).toEqual(["Douyin", 150, 2]);
  });

  it("leaves a refunded line out of its order's sum, the order still counting; a wholly closed order is left out", () => {
    const statuses = column("交易成功", "退款成功", "交易关闭");
    expect(gmvFunction(amounts, statuses, ids)).toBe(100);
    expect(aovFunction(amounts, undefined, statuses, ids)).toBe(100);
    expectError(repurchaseFunction(buyers, amounts, column("交易关闭", "交易关闭", "交易关闭"), ids), "#DIV/0!");
  });

  it("makes a row with a blank order id an order of its own", () => {
    // A1 (10 + 40), then the two rows without an id: three orders of 100 in all.
    expect(aovFunction(column(10, 20, 30, 40), undefined, undefined, column("A1", "", null, "A1"))).toBeCloseTo(100 / 3, 12);
    expect(gmvFunction(column(10, 20, 30, 40), undefined, column("A1", "", null, "A1"))).toBe(100);
  });

  it("takes an order's buyer from any of its rows, and names the first row's buyer cell when none has one", () => {
    expect(aovFunction(amounts, column("", "c1", "c2"), undefined, ids)).toBe(90);
    expectError(aovFunction(amounts, column("", "", "c2"), undefined, ids, invocation("Sheet1!B2:B4", "Sheet1!C2:C4", "", "Sheet1!A2:A4")),
      "#VALUE!", "Cell C2: an order with an amount has no buyer id.");
    expectError(repurchaseFunction(column("c2", "", ""), column(30, 100, 50), undefined, column("A2", "A1", "A1"), invocation("Sheet1!C2:C4")),
      "#VALUE!", "Cell C3: an order with an amount has no buyer id.");
  });
});

describe("a 抖店-like export: the main order's total repeated on each sub-order row", () => {
  // 主订单编号, 订单应付金额, 买家
  const ROWS = [
    ["6930000000000000001", 199, "b1"],
    ["6930000000000000001", 199, "b1"],
    ["6930000000000000001", 199, "b1"],
    ["6930000000000000002", 88, "b2"],
    ["6930000000000000003", 59, "b1"],
    ["6930000000000000003", 59, "b1"],
  ] as const;
  const ids = column(...ROWS.map((row) => row[0]));
  const amounts = column(...ROWS.map((row) => row[1]));
  const buyers = column(...ROWS.map((row) => row[2]));

  it("EC.GMV takes 199 once: 199 + 88 + 59", () => {
    expect(gmvFunction(amounts, undefined, ids)).toBe(346);
    expect(gmvFunction(amounts)).toBe(199 * 3 + 88 + 59 * 2);
  });

  it("EC.AOV is per order and per buyer", () => {
    expect(aovFunction(amounts, undefined, undefined, ids)).toBeCloseTo(346 / 3, 12);
    expect(aovFunction(amounts, buyers, undefined, ids)).toBe(173);
  });

  it("EC.PRICEBANDS puts the 199 order in 100–200 once", () => {
    const table = asTable(priceBandsFunction(amounts, undefined, undefined, ids));
    expect(table.slice(1).map((band) => band[1])).toEqual([0, 2, 1, 0, 0]);
  });

  it("EC.REPURCHASE: b1 bought twice (orders …001 and …003), b2 once", () => {
    expect(repurchaseFunction(buyers, amounts, undefined, ids)).toBe(0.5);
  });
});

describe("a Shopify-like export: the total on the order's first row, blanks below", () => {
  // Name, Total, Email, Financial Status
  const ROWS = [
    ["#1001", "$120.00", "ann@example.com", "paid"],
    ["#1001", "", "", ""],
    ["#1001", "", "", ""],
    ["#1002", "$40.00", "bob@example.com", "paid"],
    ["#1003", "$75.00", "ann@example.com", "refunded"],
    ["#1003", "", "", ""],
  ] as const;
  const ids = column(...ROWS.map((row) => row[0]));
  const amounts = column(...ROWS.map((row) => row[1]));
  const buyers = column(...ROWS.map((row) => row[2]));
  const statuses = column(...ROWS.map((row) => row[3]));

  it("takes each total once and is no error for the blank rows", () => {
    expect(gmvFunction(amounts, statuses, ids)).toBe(160);
    expect(aovFunction(amounts, undefined, statuses, ids)).toBe(80);
    expect(aovFunction(amounts, buyers, statuses, ids)).toBe(80);
  });

  it("gives the blank statuses of a refunded order's later rows the order's status", () => {
    // #1003's blank rows do not make it count: ann's second order is refunded.
    expect(repurchaseFunction(buyers, amounts, statuses, ids)).toBe(0);
    expect(repurchaseFunction(buyers, amounts, undefined, ids)).toBe(0.5);
  });
});

describe("EC.RETENTION with order ids", () => {
  // An order's date is its first row's: x's order X1 has a line dated in July that is no return visit.
  const ids = column("X1", "X1", "Y1", "Z1");
  const buyers = column("x", "x", "y", "x");
  const dates = column("2025-06-30", "2025-07-01", "2025-07-15", "");

  it("places each order at its first row's date", () => {
    const statuses = column("", "", "", "交易关闭");
    expect(retentionFunction(buyers, dates, statuses, 3, ids)).toEqual([
      ["Cohort", "Buyers", "M0", "M1"],
      ["2025-06", 1, 1, 0],
      ["2025-07", 1, 1, ""],
    ]);
    expect(retentionFunction(buyers, dates, statuses, 3)).toEqual([
      ["Cohort", "Buyers", "M0", "M1"],
      ["2025-06", 1, 1, 1],
      ["2025-07", 1, 1, ""],
    ]);
  });

  it("names the date cell of an order that has none on any row", () => {
    expectError(retentionFunction(buyers, dates, undefined, 3, ids, invocation("Sheet1!B2:B5", "Sheet1!C2:C5", "", "", "Sheet1!A2:A5")),
      "#VALUE!", "Cell C5: an order has no date.");
  });
});

describe("a misaligned order-id range", () => {
  const amounts = column(100, 50, 30);
  const short = column("A1", "A1");
  const buyers = column("c1", "c1", "c2");
  const dates = column("2025-06-01", "2025-06-01", "2025-06-02");
  const MESSAGE = "The order ids: 2 rows. The amounts: 3 rows. The ranges must line up row by row.";

  it("is #VALUE! naming both ranges, in every function that takes one", () => {
    expectError(gmvFunction(amounts, undefined, short), "#VALUE!", MESSAGE);
    expectError(aovFunction(amounts, undefined, undefined, short), "#VALUE!", MESSAGE);
    expectError(priceBandsFunction(amounts, undefined, undefined, short), "#VALUE!", MESSAGE);
    const byBuyers = /^The order ids: 2 rows\. The buyer ids: 3 rows\./;
    expectError(repurchaseFunction(buyers, undefined, undefined, short), "#VALUE!", byBuyers);
    expectError(retentionFunction(buyers, dates, undefined, undefined, short), "#VALUE!", byBuyers);
    expectError(rfmFunction(buyers, dates, amounts, undefined, undefined, undefined, short), "#VALUE!", byBuyers);
    expectError(channelsFunction(column("a", "a", "b"), amounts, buyers, dates, undefined, undefined, undefined, short), "#VALUE!", byBuyers);
  });

  it("says so in Chinese", () => {
    inChinese(() => expectError(aovFunction(amounts, undefined, undefined, short), "#VALUE!", "订单编号区域有 2 行，而金额区域有 3 行；各区域必须逐行对齐。"));
  });

  it("refuses a two-column id range and an error value among the ids, naming the cell", () => {
    expectError(gmvFunction(column(1, 2), undefined, [["A1", 1], ["A2", 2]]), "#VALUE!", "The order ids must be a single column or row; got 2 rows × 2 columns.");
    expectError(gmvFunction(column(1, 2), undefined, column("A1", "#N/A"), invocation("Sheet1!B2:B3", "", "Sheet1!A2:A3")), "#VALUE!", "Cell A3: the cell holds the error #N/A.");
  });
});

describe("properties", () => {
  const order = fc.record({
    amount: fc.integer({ min: 1, max: 1000 }),
    buyer: fc.constantFrom("a", "b", "c", "d"),
    status: fc.constantFrom("交易成功", "交易关闭", "", "refunded", "等待买家付款"),
    rows: fc.integer({ min: 1, max: 4 }),
  });
  const orders = fc.array(order, { minLength: 1, maxLength: 12 });

  it("one id per row gives what no ids give", () => {
    fc.assert(fc.property(orders, (list) => {
      const amounts = column(...list.map((o) => o.amount));
      const buyers = column(...list.map((o) => o.buyer));
      const statuses = column(...list.map((o) => o.status));
      const ids = column(...list.map((_, i) => `R${i}`));
      expect(gmvFunction(amounts, statuses, ids)).toEqual(gmvFunction(amounts, statuses));
      expect(aovFunction(amounts, buyers, statuses, ids)).toEqual(aovFunction(amounts, buyers, statuses));
      expect(repurchaseFunction(buyers, amounts, statuses, ids)).toEqual(repurchaseFunction(buyers, amounts, statuses));
      expect(priceBandsFunction(amounts, undefined, statuses, ids)).toEqual(priceBandsFunction(amounts, undefined, statuses));
    }), { seed: 20251202 });
  });

  it("an order total repeated on each of its rows gives what one row per order gives", () => {
    fc.assert(fc.property(orders, (list) => {
      const single = { amounts: column(...list.map((o) => o.amount)), buyers: column(...list.map((o) => o.buyer)), statuses: column(...list.map((o) => o.status)) };
      const repeated = list.flatMap((o, i) => Array.from({ length: o.rows }, () => ({ ...o, id: `O${i}` })));
      const rows = {
        amounts: column(...repeated.map((o) => o.amount)), buyers: column(...repeated.map((o) => o.buyer)),
        statuses: column(...repeated.map((o) => o.status)), ids: column(...repeated.map((o) => o.id)),
      };
      expect(gmvFunction(rows.amounts, rows.statuses, rows.ids)).toEqual(gmvFunction(single.amounts, single.statuses));
      expect(aovFunction(rows.amounts, undefined, rows.statuses, rows.ids)).toEqual(aovFunction(single.amounts, undefined, single.statuses));
      expect(repurchaseFunction(rows.buyers, rows.amounts, rows.statuses, rows.ids)).toEqual(repurchaseFunction(single.buyers, single.amounts, single.statuses));
      expect(priceBandsFunction(rows.amounts, undefined, rows.statuses, rows.ids)).toEqual(priceBandsFunction(single.amounts, undefined, single.statuses));
    }), { seed: 20251202 });
  });
});
