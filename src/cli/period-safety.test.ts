/**
 * One outlier date never takes over the period: the default keeps to the bulk of the orders and
 * names the outliers' rows; a --period beyond the orders is cut, one of over 120 months refused.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeOrderLevelFile } from "../../test/support/export-writers";
import { runCliMeasured } from "../../test/support/run-cli-measured";
import { generateShopOrders, isCountedOrder, type ShopOrder } from "../../test/support/shop-orders";
import { monthLabel } from "../engine/calendar";
import { chooseDefaultPeriod } from "../review/default-period";
import { readOrderTable } from "../review/order-table";
import { runCaptured, scratchFolder } from "../../test/support/cli-test-harness";

/** An order table with one order at each time, sheet rows 2, 3, … */
function ordersAt(times: readonly string[]) {
  const grid = [["买家", "付款时间", "金额", "状态"], ...times.map((time, i) => [`b${i}`, time, "10", "交易成功"])];
  return readOrderTable(grid, { buyer: 0, time: 1, amount: 2, status: 3 }, { sheet: "orders", headerRow: 0 }).table;
}

/** Two orders a month, 2024-11 to 2025-10 (the last on the month's last day). */
const BULK = Array.from({ length: 12 }, (_, m) => {
  const month = ((m + 10) % 12) + 1;
  const year = m < 2 ? 2024 : 2025;
  return [`${year}-${String(month).padStart(2, "0")}-10 10:00:00`, `${year}-${String(month).padStart(2, "0")}-${month === 10 ? 31 : 20} 10:00:00`];
}).flat();
const TODAY = new Date(Date.UTC(2025, 10, 3, 9, 30));
const label = (range: { from: number; to: number }) => `${monthLabel(range.from)}..${monthLabel(range.to)}`;

describe("chooseDefaultPeriod", () => {
  it("keeps to the bulk when one order is dated 9999-12-31 and another 2052, naming their rows", () => {
    const choice = chooseDefaultPeriod(ordersAt([...BULK.slice(0, 5), "9999-12-31", ...BULK.slice(5), "2052-03-14 08:00:00"]), { today: TODAY })!;
    expect(label(choice.period)).toBe("2025-06..2025-10");
    expect(choice.outliers).toMatchObject({ count: 2, rows: [7, BULK.length + 3] });
  });

  it("leaves out a few orders after a gap of a year even when the clock says they are past", () => {
    const choice = chooseDefaultPeriod(ordersAt([...BULK, "2052-03-14"]), { today: new Date(Date.UTC(2060, 0, 1)) })!;
    expect(label(choice.period)).toBe("2025-06..2025-10");
    expect(choice.outliers?.count).toBe(1);
    // A shop that paused a year and came back with as many orders is not an outlier.
    const resumed = [...BULK, ...BULK.map((time) => time.replace(/^2024/, "2027").replace(/^2025/, "2028"))];
    expect(chooseDefaultPeriod(ordersAt(resumed), { today: new Date(Date.UTC(2060, 0, 1)) })!.outliers).toBeNull();
  });

  it("names at most ten rows", () => {
    const choice = chooseDefaultPeriod(ordersAt([...BULK, ...Array.from({ length: 15 }, () => "2031-01-01")]), { today: TODAY })!;
    expect(choice.outliers?.count).toBe(15);
    expect(choice.outliers?.rows).toHaveLength(10);
  });

  it("takes every order when all of them are after today", () => {
    expect(label(chooseDefaultPeriod(ordersAt(BULK), { today: new Date(Date.UTC(2020, 0, 1)) })!.period)).toBe("2025-06..2025-10");
  });
});

describe("the command line's period", () => {
  const scratch = scratchFolder("ec-review-period-");
  let orders: ShopOrder[];
  let lines: string[];
  beforeAll(() => {
    orders = generateShopOrders({ seed: 9, orders: 1500, from: "2024-11", to: "2025-10" });
    lines = writeOrderLevelFile(orders).split("\r\n");
    writeFileSync(scratch.file("orders.csv"), lines.join("\r\n"));
  });
  afterAll(() => scratch.remove());

  it("keeps the default period on the bulk when orders are dated 9999-12-31 and 2052, and names their rows", async () => {
    const counted = orders.map((order, i) => (isCountedOrder(order) ? i : -1)).filter((i) => i >= 0);
    const typos = counted.slice(0, 12).map((i) => i + 2); // sheet rows: the header is row 1
    const edited = [...lines];
    typos.forEach((row, n) => (edited[row - 1] = edited[row - 1].replace(/^([^,]*,[^,]*,)[^,]*/, n === 0 ? "$19999-12-31 10:00:00" : "$12052-03-14 10:00:00")));
    writeFileSync(scratch.file("typos.csv"), edited.join("\r\n"));
    const result = await runCaptured(["build", "--orders", "typos.csv", "--out", "typos.xlsx", "--json", "typos.json"], scratch.dir);
    expect(result.stderr).not.toContain("ec-review:");
    expect(result.code).toBe(0);
    const summary = JSON.parse(readFileSync(scratch.file("typos.json"), "utf8"));
    // The period the file without the typos gets.
    const clean = await runCaptured(["build", "--orders", "orders.csv", "--out", "clean.xlsx", "--json", "clean.json"], scratch.dir);
    expect(clean.code).toBe(0);
    expect(summary.period).toEqual(JSON.parse(readFileSync(scratch.file("clean.json"), "utf8")).period);
    expect(summary.period.to).toBe("2025-10");
    const notice = result.stderr.split("\n").find((line) => line.includes("dated far beyond the rest"))!;
    expect(notice).toContain("Orders dated far beyond the rest (2052-03-14 … 9999-12-31): 12, left out of the default period");
    expect(notice).toContain(`rows ${typos.slice(0, 10).join(", ")} … and 2 more`);
  });

  it("refuses --period 0001-01..9999-12 before reading, in little memory", async () => {
    const result = await runCliMeasured(["build", "--orders", "orders.csv", "--period", "0001-01..9999-12", "--out", "huge.xlsx"], scratch.dir);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain("--period 0001-01..9999-12 spans 119,988 months; a review covers at most 120 months");
    expect(result.peakMemoryMB).not.toBeNull();
    expect(result.peakMemoryMB!).toBeLessThan(500);
  }, 120_000);

  it("cuts a --period reaching beyond the orders to the months they cover, and says so", async () => {
    const result = await runCaptured(["build", "--orders", "orders.csv", "--period", "2020-01..2029-12", "--out", "cut.xlsx", "--json", "cut.json"], scratch.dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("--period 2020-01..2029-12 reaches beyond the orders, which run from 2024-11 to 2025-10: the review covers 2024-11..2025-10.");
    expect(JSON.parse(readFileSync(scratch.file("cut.json"), "utf8")).period).toEqual({ from: "2024-11", to: "2025-10" });
  });

  it("counts the closed, cancelled and refunded orders of the period, not of the whole file", async () => {
    const result = await runCaptured(["build", "--orders", "orders.csv", "--period", "2025-06..2025-08", "--out", "ex.xlsx", "--json", "ex.json"], scratch.dir);
    expect(result.code).toBe(0);
    const summary = JSON.parse(readFileSync(scratch.file("ex.json"), "utf8"));
    const closedPaidIn = (from: string, to: string) => orders.filter((o) => (o.status === "closed" || o.status === "refunded") && o.paidAt !== null && o.paidAt.slice(0, 7) >= from && o.paidAt.slice(0, 7) <= to).length;
    const inPeriod = closedPaidIn("2025-06", "2025-08");
    const inComparison = closedPaidIn("2025-03", "2025-05");
    const inFile = orders.filter((o) => o.status === "closed" || o.status === "refunded").length;
    expect(inPeriod).toBeGreaterThan(0);
    expect(inPeriod).toBeLessThan(inFile);
    const undated = orders.filter((o) => (o.status === "closed" || o.status === "refunded") && o.paidAt === null).length;
    expect([summary.excludedByStatus, summary.excludedByStatusComparison, summary.excludedByStatusUndated]).toEqual([inPeriod, inComparison, undated]);
    expect(result.stderr).toContain(`${inPeriod} closed, cancelled or refunded orders in the period are left out (${inComparison} in the comparison period, ${undated} with no date to place them).`);
  });
});
