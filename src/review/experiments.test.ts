import { describe, expect, it } from "vitest";
import { armOutcomesOfOrders, readExperimentTable, summarizeExperiments } from "./experiments";
import { readOrderTable } from "./order-table";
import { orderMappingOf } from "./tables/review-request";
import { serialWindow } from "./review-period";
import { detectTable } from "./tables/detect-table";
import { experimentMappingOf } from "./tables/review-request";
import { experimentFunction } from "../functions/functions";
import { invocation } from "../../test/support/custom-functions-runtime";

/** An experiment table as an operator writes it: per arm and day, with a blank revenue and a row that cannot be used. */
const GRID = [
  ["实验名称", "组别", "访客数", "支付买家数", "支付金额"],
  ["满减券", "满199减20", 6000, 150, "¥28,000"],
  ["满减券", "对照组", 10000, 200, "¥36,000"],
  ["满减券", "满199减20", 4000, 100, "¥19,000"],
  ["", "", "", "", ""],
  ["详情页视频", "A", 4000, 120, ""],
  ["详情页视频", "B", "n/a", 130, ""],
  ["详情页视频", "B", 4000, 131, ""],
  ["只有一组", "A", 100, 5, ""],
];

describe("the experiment table", () => {
  it("is detected by its Chinese and English headers, and a traffic table is not one", () => {
    const detection = detectTable(GRID);
    expect(detection?.kind).toBe("experiments");
    const english = detectTable([["Experiment", "Variant", "Users", "Conversions", "Revenue"], ["coupon", "control", 1000, 20, 300], ["coupon", "B", 1000, 25, 400]]);
    expect(english?.kind).toBe("experiments");
    expect(Object.keys(english!.columns).sort()).toEqual(["arm", "conversions", "experiment", "revenue", "visitors"]);
    const traffic = detectTable([["日期", "流量来源", "访客数", "支付买家数", "支付金额"], ["2025-06-01", "手淘搜索", 1200, 40, 5000], ["2025-06-01", "直通车", 800, 20, 3000]]);
    expect(traffic?.kind).toBe("traffic");
  });

  it("reads its rows, listing the one it cannot use", () => {
    const detection = detectTable(GRID, { kind: "experiments" });
    const mapped = experimentMappingOf(detection);
    if ("missing" in mapped) throw new Error(mapped.missing.join());
    const { table, skipped } = readExperimentTable(GRID, mapped.mapping, { sheet: "实验", headerRow: 0 });
    expect(table.arms).toEqual(["满199减20", "对照组", "满199减20", "A", "B", "A"]);
    expect(Array.from(table.revenue!)).toEqual([28000, 36000, 19000, NaN, NaN, NaN]);
    expect(skipped).toEqual([{ sheet: "实验", row: 7, reason: "skip.experimentUnreadable", params: { found: "n/a", column: "访客数" } }]);
  });

  it("adds up each arm's rows and tests each experiment against its control, as EC.EXPERIMENT does", () => {
    const mapping = { experiment: 0, arm: 1, visitors: 2, conversions: 3, revenue: 4 };
    const experiments = summarizeExperiments(readExperimentTable(GRID, mapping, { sheet: "实验", headerRow: 0 }).table, "en-US");
    expect(experiments.map((e) => [e.name, e.control, e.arms.map((a) => a.name)])).toEqual([
      ["满减券", "对照组", ["满199减20", "对照组"]], ["详情页视频", "A", ["A", "B"]], ["只有一组", null, []],
    ]);
    expect(experiments[2].error).toBe("An experiment needs two arms or more; found 1.");
    const coupon = experiments[0].arms[0];
    // 250/10,000 against 200/10,000: PRODUCT.md's check.
    expect([coupon.visitors, coupon.conversions, coupon.revenuePerVisitor]).toEqual([10000, 250, 4.7]);
    expect(coupon.comparison!.z).toBeCloseTo(2.384, 3);
    expect(coupon.comparison!.pValue).toBeCloseTo(0.0171, 4);
    expect(coupon.comparison!.warning).toBe("belowMde");

    // The same rows through the function: every figure of each arm equal.
    const rows = GRID.slice(1, 4);
    const cells = (k: number) => rows.map((row) => [row[k]]);
    const table = experimentFunction(cells(1), cells(2), cells(3), cells(4), null as never, null as never, invocation()) as unknown[][];
    for (const arm of experiments[0].arms) {
      const row = table.find((r) => r[0] === arm.name)!;
      expect(row.slice(1, 7)).toEqual([arm.visitors, arm.conversions, arm.rate, arm.rateLow, arm.rateHigh, arm.revenuePerVisitor]);
      const c = arm.comparison;
      expect(row.slice(7, 15)).toEqual(c === null ? ["", "", "", "", "", "", "", ""] : [c.lift, c.ciLow, c.ciHigh, c.z, c.pValue, c.significant, c.mdeAbsolute, c.mdeRelative]);
    }
  });
});

/**
 * Orders that mark their arm (实验分组), as an operator adds the column to an order export: per arm a
 * set of buyers, some ordering twice, plus an order outside the period, a closed order and an
 * order with no arm. The arm names differ from the experiment table's in case and spacing.
 */
function armOrders() {
  const grid: unknown[][] = [["订单编号", "买家会员名", "支付时间", "实付金额", "订单状态", "实验分组"]];
  let id = 1000;
  const add = (buyer: string, time: string, amount: number, arm: string, status = "交易成功") => grid.push([`T${id++}`, buyer, time, amount, status, arm]);
  for (let b = 0; b < 200; b++) add(`ctl${b}`, "2025-07-03 10:00:00", 150, "control");
  for (let b = 0; b < 250; b++) add(`cpn${b}`, "2025-07-04 11:00:00", 180, " Coupon-B");
  for (let b = 0; b < 40; b++) add(`cpn${b}`, "2025-07-20 09:30:00", 90, "coupon-b");
  add("late", "2025-09-02 08:00:00", 500, "coupon-b");
  add("closed", "2025-07-05 08:00:00", 500, "coupon-b", "交易关闭");
  add("none", "2025-07-05 08:00:00", 500, "");
  return grid;
}

describe("conversions from the orders' arm column", () => {
  const orderGrid = armOrders();
  const detection = detectTable(orderGrid, { kind: "orders" });
  const mapped = orderMappingOf(detection!);
  if ("missing" in mapped) throw new Error(mapped.missing.join());
  const orders = readOrderTable(orderGrid, mapped.mapping, { sheet: "订单", headerRow: 0 }).table;
  const period = { from: 2025 * 12 + 6, to: 2025 * 12 + 6 };
  const EXPERIMENT = [["实验名称", "组别", "访客数"], ["满减券", "Control", 10000], ["满减券", "COUPON-B", 6000], ["满减券", "COUPON-B", 4000], ["满减券", "C", 3000]];

  it("finds the 实验分组 column by its header", () => {
    expect(mapped.mapping.experimentArm).toBe(5);
    expect(orders.arm?.names).toContain("control");
  });

  it("counts each arm's distinct buyers with a counted order of the period, and their amounts", () => {
    const outcomes = armOutcomesOfOrders(orders, serialWindow(period))!;
    // Counted independently from the rows: buyers by arm (trimmed, case ignored), July, not closed.
    const expected = new Map<string, { buyers: Set<string>; revenue: number }>();
    for (const [, buyer, time, amount, status, arm] of orderGrid.slice(1) as [string, string, string, number, string, string][]) {
      const key = arm.trim().toLowerCase();
      if (key === "" || status === "交易关闭" || !time.startsWith("2025-07")) continue;
      const entry = expected.get(key) ?? { buyers: new Set<string>(), revenue: 0 };
      entry.buyers.add(buyer);
      entry.revenue += amount;
      expected.set(key, entry);
    }
    expect([...outcomes.entries()].sort()).toEqual([...expected.entries()].map(([key, e]) => [key, { conversions: e.buyers.size, revenue: e.revenue }]).sort());
    expect(outcomes.get("coupon-b")).toEqual({ conversions: 250, revenue: 250 * 180 + 40 * 90 });
  });

  it("fills an experiment table without conversions from them: 250/10,000 against 200/10,000 gives z = 2.384, p = 0.0171", () => {
    const mapping = experimentMappingOf(detectTable(EXPERIMENT, { kind: "experiments" })!, true);
    if ("missing" in mapping) throw new Error(mapping.missing.join());
    expect(mapping.mapping.conversions).toBeUndefined();
    // Without the orders' arms the table lacks its conversions: left out, saying so.
    expect(experimentMappingOf(detectTable(EXPERIMENT, { kind: "experiments" })!, false)).toEqual({ missing: ["conversions"] });
    const { table, skipped } = readExperimentTable(EXPERIMENT, mapping.mapping, { sheet: "实验", headerRow: 0, conversionsFromOrders: true });
    expect(skipped).toEqual([]);
    const [experiment] = summarizeExperiments(table, "en-US", armOutcomesOfOrders(orders, serialWindow(period)));
    expect(experiment.armsFromOrders).toEqual(["Control", "COUPON-B", "C"]);
    expect(experiment.armsWithoutOrders).toEqual(["C"]);
    const coupon = experiment.arms.find((arm) => arm.name === "COUPON-B")!;
    expect([coupon.visitors, coupon.conversions, coupon.revenue]).toEqual([10000, 250, 250 * 180 + 40 * 90]);
    expect(coupon.comparison!.z).toBeCloseTo(2.384, 3);
    expect(coupon.comparison!.pValue).toBeCloseTo(0.0171, 4);
    expect(experiment.arms.find((arm) => arm.name === "Control")!.conversions).toBe(200);
  });

  it("keeps a table's own conversions, and without the flag still skips a row without them", () => {
    const grid = [["组别", "访客数", "转化数"], ["control", 10000, 190], ["coupon-b", 10000, ""]];
    const mapping = { arm: 0, visitors: 1, conversions: 2 };
    const [experiment] = summarizeExperiments(readExperimentTable(grid, mapping, { sheet: "实验", headerRow: 0, conversionsFromOrders: true }).table, "en-US", armOutcomesOfOrders(orders, serialWindow(period)));
    expect(experiment.arms.map((arm) => arm.conversions)).toEqual([190, 250]);
    expect(experiment.armsFromOrders).toEqual(["coupon-b"]);
    expect(readExperimentTable(grid, mapping, { sheet: "实验", headerRow: 0 }).skipped).toEqual([{ sheet: "实验", row: 3, reason: "skip.experimentIncomplete", params: { column: "转化数" } }]);
  });
});
