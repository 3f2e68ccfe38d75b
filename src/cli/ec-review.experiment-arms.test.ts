import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { runCaptured, scratchFolder, writeCsv } from "../../test/support/cli-test-harness";

/**
 * `ec-review build --experiments` where the orders mark each order's arm (实验分组) and the
 * experiment table gives only the visitors: the conversions are counted from the orders, checked
 * against a count made here from the rows; without an arm column the run stops, saying what to add.
 */
const folder = scratchFolder();
afterAll(() => folder.remove());

function orderRows(withArm: boolean): unknown[][] {
  const rows: unknown[][] = [["订单编号", "买家会员名", "支付时间", "实付金额", "订单状态", ...(withArm ? ["实验分组"] : [])]];
  let id = 5000;
  // July: 200 control buyers, 250 coupon buyers (60 of them twice); June orders before the test.
  for (let b = 0; b < 200; b++) rows.push([`T${id++}`, `c${b}`, `2025-07-${String(1 + (b % 28)).padStart(2, "0")} 10:00:00`, 120 + (b % 7), "交易成功", ...(withArm ? ["对照组"] : [])]);
  for (let b = 0; b < 250; b++) rows.push([`T${id++}`, `t${b}`, `2025-07-${String(1 + (b % 28)).padStart(2, "0")} 11:00:00`, 160 + (b % 5), "交易成功", ...(withArm ? ["满199减20"] : [])]);
  for (let b = 0; b < 60; b++) rows.push([`T${id++}`, `t${b}`, "2025-07-29 12:00:00", 80, "交易成功", ...(withArm ? ["满199减20"] : [])]);
  for (let b = 0; b < 100; b++) rows.push([`T${id++}`, `old${b}`, "2025-06-15 09:00:00", 100, "交易成功", ...(withArm ? [""] : [])]);
  return rows;
}

const EXPERIMENT = [["实验名称", "组别", "访客数"], ["满减券", "对照组", 10000], ["满减券", "满199减20", 10000]];

describe("ec-review build: an experiment's conversions from the orders' arm column", () => {
  it("counts each arm's buyers of the period and tests them: 250/10,000 against 200/10,000", async () => {
    const orders = orderRows(true);
    writeCsv(folder.file("orders.csv"), orders);
    writeCsv(folder.file("experiment.csv"), EXPERIMENT);
    const run = await runCaptured(["build", "--orders", "orders.csv", "--experiments", "experiment.csv", "--period", "2025-07", "--out", "r.xlsx", "--json", "r.json"], folder.dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("experimentArm ← 实验分组");
    const summary = JSON.parse(readFileSync(folder.file("r.json"), "utf8"));
    const [experiment] = summary.experiments;
    // Counted here from the rows: distinct buyers and amounts per arm in July.
    const count = (arm: string) => {
      const rows = orders.slice(1).filter((row) => row[5] === arm && String(row[2]).startsWith("2025-07"));
      return { conversions: new Set(rows.map((row) => row[1])).size, revenue: rows.reduce((sum, row) => sum + Number(row[3]), 0) };
    };
    expect(experiment.armsFromOrders).toEqual(["对照组", "满199减20"]);
    expect(experiment.armsWithoutOrders).toEqual([]);
    for (const arm of experiment.arms) expect({ conversions: arm.conversions, revenue: arm.revenue }).toEqual(count(arm.name));
    const coupon = experiment.arms.find((arm: { name: string }) => arm.name === "满199减20");
    expect(coupon.conversions).toBe(250);
    expect(coupon.comparison.z).toBeCloseTo(2.384, 3);
    expect(coupon.comparison.pValue).toBeCloseTo(0.0171, 4);
  });

  it("says in the review which arms were counted from the orders and which no order names, each verdict one sentence", async () => {
    writeCsv(folder.file("orders.csv"), orderRows(true));
    writeCsv(folder.file("experiment3.csv"), [...EXPERIMENT, ["满减券", "满299减40", 5000]]);
    const run = await runCaptured(["build", "--orders", "orders.csv", "--experiments", "experiment3.csv", "--period", "2025-07", "--lang", "zh", "--out", "r3.xlsx"], folder.dir);
    expect(run.code, run.stderr).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(folder.file("r3.xlsx"));
    const texts: string[] = [];
    workbook.worksheets[0].eachRow((row) => row.eachCell((cell) => { if (typeof cell.value === "string") texts.push(cell.value); }));
    expect(texts).toContain("对照组、满199减20、满299减40 的转化数按订单的实验分组列统计：周期内在该组有计入订单的买家数（无买家列时为订单数）；实验表未给收入时，收入为这些订单的金额。");
    expect(texts.some((text) => text.startsWith("周期内没有计入订单标记为 满299减40"))).toBe(true);
    const verdict = texts.find((text) => text.startsWith("满299减40："));
    expect(verdict).toBeDefined();
    expect(verdict).not.toMatch(/[。.]{2}$/);
  });

  it("without an arm column, stops and says which column to add", async () => {
    writeCsv(folder.file("orders-plain.csv"), orderRows(false));
    writeCsv(folder.file("experiment.csv"), EXPERIMENT);
    const run = await runCaptured(["build", "--orders", "orders-plain.csv", "--experiments", "experiment.csv", "--period", "2025-07", "--out", "p.xlsx"], folder.dir);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain("experiment.csv");
    expect(run.stderr).toContain("no conversions column");
    expect(run.stderr).toContain("实验分组");
  });
});
