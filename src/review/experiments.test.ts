import { describe, expect, it } from "vitest";
import { readExperimentTable, summarizeExperiments } from "./experiments";
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
