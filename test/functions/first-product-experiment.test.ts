import { describe, expect, it } from "vitest";
import { abTestFunction, experimentFunction, firstProductFunction } from "../../src/functions/functions";
import { asTable, column, expectError, inChinese, invocation, OMITTED_AS_NULL } from "./excel-call";

describe("EC.EXPERIMENT", () => {
  // Hand-worked (PRODUCT.md's check): A 200/10,000, B 250/10,000. Pooled p = 450/20,000 = 0.0225,
  // SE = √(0.0225 × 0.9775 × 0.0002) = 0.00209732, z = 0.005 ÷ 0.00209732 = 2.384, p = 0.0171.
  // MDE = (1.959964 + 0.841621) × √(0.02 × 0.98 × 0.0002) = 2.801585 × 0.00197990 = 0.00554686 (27.73% of 0.02).
  const arms = column("B", "A", "B");
  const visitors = column(6000, 10000, 4000);
  const conversions = column(150, 200, 100);
  const revenue = column(18000, 20000, 12000);

  it("adds up the rows of an arm, takes A as the control, and warns that a significant +25% is below the MDE", () => {
    const table = asTable(experimentFunction(arms, visitors, conversions, revenue, OMITTED_AS_NULL, OMITTED_AS_NULL, invocation("S!A2:A4", "S!B2:B4", "S!C2:C4", "S!D2:D4")));
    expect(table).toHaveLength(3);
    expect(table[0][0]).toBe("Arm");
    const [b, a] = [table[1], table[2]];
    expect(b.slice(0, 3)).toEqual(["B", 10000, 250]);
    expect(b[3]).toBeCloseTo(0.025, 12);
    expect(b[6]).toBe(3);
    expect(b[7]).toBeCloseTo(0.25, 12);
    expect(b[10]).toBeCloseTo(2.384, 3);
    expect(b[11]).toBeCloseTo(0.0171, 4);
    expect(b[12]).toBe(true);
    expect(b[13]).toBeCloseTo(0.00554686, 7);
    expect(b[14]).toBeCloseTo(0.277343, 5);
    expect(b[15]).toBe("lift below the MDE");
    expect(a[0]).toBe("A");
    expect(a.slice(7, 15)).toEqual(["", "", "", "", "", "", "", ""]);
    expect(a[15]).toBe("control");
  });

  it("keeps EC.ABTEST's lift, interval and p-value for the same pair", () => {
    const ab = asTable(abTestFunction(200, 10000, 250, 10000));
    const ex = asTable(experimentFunction(column("A", "B"), column(10000, 10000), column(200, 250), OMITTED_AS_NULL, OMITTED_AS_NULL, OMITTED_AS_NULL, invocation()));
    expect([ex[2][7], ex[2][8], ex[2][9], ex[2][11], ex[2][12]]).toEqual(ab[1]);
  });

  it("speaks Chinese, and names the arm or the cell in its errors", () => {
    const zh = inChinese(() => asTable(experimentFunction(column("对照组", "新券"), column(10000, 10000), column(500, 520), OMITTED_AS_NULL, OMITTED_AS_NULL, OMITTED_AS_NULL, invocation())));
    expect(zh[0][0]).toBe("组别");
    expect(zh[1][15]).toBe("对照组");
    expect(zh[2][15]).toBe("不显著");
    expectError(experimentFunction(column("A", "A"), column(10, 10), column(1, 1), OMITTED_AS_NULL, OMITTED_AS_NULL, OMITTED_AS_NULL, invocation()), "#N/A", "An experiment needs two arms or more; found 1.");
    expectError(experimentFunction(column("A", "B"), column(10, ""), column(1, 1), OMITTED_AS_NULL, OMITTED_AS_NULL, OMITTED_AS_NULL, invocation("S!A2:A3", "S!B2:B3")), "#VALUE!", "Cell B3: a row of an arm has no visitors or no conversions.");
    expectError(experimentFunction(column("A", "B"), column(10, 5), column(1, 6), OMITTED_AS_NULL, OMITTED_AS_NULL, OMITTED_AS_NULL, invocation()), "#NUM!", /"B" has 6 conversions but 5 visitors/);
  });
});

describe("EC.FIRSTPRODUCT", () => {
  // Line items (order id, buyer, date, SKU, line amount, status), window June 2025 (45809 = 2025-06-01 … 45838 = 2025-06-30):
  //  O1 u1 06-02: SKU-A 50, SKU-B 80 → item B. O2 u1 06-10: SKU-A 30 → u1 repeats.
  //  O3 u2 06-05: SKU-B 40, SKU-C 100 (退款成功) → the refunded line is passed over: item B. u2 no repeat.
  //  O4 u3 05-20 (before the window): SKU-A → u3 is not acquired in June though O5 is in June.
  //  O6 u4 06-08: SKU-A 60, SKU-C 60 → tie: the first line, A. O7 u4 06-20 交易关闭 → not counted: u4 no repeat.
  const ids = column("O1", "O1", "O2", "O3", "O3", "O4", "O5", "O6", "O6", "O7");
  const buyers = column("u1", "u1", "u1", "u2", "u2", "u3", "u3", "u4", "u4", "u4");
  const dates = column(45810, 45810, 45818, 45813, 45813, 45797, 45815, 45816, 45816, 45828);
  const skus = column("SKU-A", "SKU-B", "SKU-A", "SKU-B", "SKU-C", "SKU-A", "SKU-A", "SKU-A", "SKU-C", "SKU-A");
  const amounts = column(50, 80, 30, 40, 100, 70, 70, 60, 60, 90);
  const statuses = column("交易成功", "交易成功", "交易成功", "交易成功", "退款成功", "交易成功", "交易成功", "交易成功", "交易成功", "交易关闭");

  it("counts first-time buyers by the largest line of their first order, with the Wilson interval", () => {
    const table = asTable(firstProductFunction(buyers, dates, skus, amounts, statuses, 45809, 45838, ids, invocation()));
    expect(table[0]).toEqual(["Item", "First-time buyers", "Repeat buyers", "Repurchase rate", "CI low", "CI high"]);
    expect(table.slice(1).map((r) => r.slice(0, 4))).toEqual([["SKU-B", 2, 1, 0.5], ["SKU-A", 1, 0, 0]]);
    // Wilson 1 of 2 at 95%: 0.094531 – 0.905469; 0 of 1: 0 – 0.793450.
    expect(table[1][4]).toBeCloseTo(0.094531, 5);
    expect(table[1][5]).toBeCloseTo(0.905469, 5);
    expect(table[2][4]).toBe(0);
    expect(table[2][5]).toBeCloseTo(0.79345, 5);
  });

  it("without a window follows every buyer from their first order", () => {
    const table = asTable(firstProductFunction(buyers, dates, skus, amounts, statuses, OMITTED_AS_NULL, OMITTED_AS_NULL, ids, invocation()));
    // u3 is now acquired with SKU-A (O4) and repeats with O5.
    expect(table.slice(1).map((r) => r.slice(0, 3))).toEqual([["SKU-A", 2, 1], ["SKU-B", 2, 1]]);
  });

  it("is #DIV/0! when no first order falls in the window, and names a missing date", () => {
    expectError(firstProductFunction(buyers, dates, skus, amounts, statuses, 46000, 46030, ids, invocation()), "#DIV/0!", /first-time buyers/);
    expectError(firstProductFunction(column("u1"), column(""), column("A"), column(10), OMITTED_AS_NULL, OMITTED_AS_NULL, OMITTED_AS_NULL, OMITTED_AS_NULL, invocation("S!B2:B2", "S!C2:C2")), "#VALUE!", "Cell C2: an order has no date.");
  });
});
