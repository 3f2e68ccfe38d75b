import { describe, expect, it } from "vitest";
import { readOrderTable } from "./order-table";
import { readTouchpointTable, summarizeAttribution } from "./attribution-review";
import { detectTable } from "./tables/detect-table";
import { touchpointMappingOf } from "./tables/review-request";

/**
 * A shop of five buyers in July: 小红书 opens paths that 站内搜索 closes. Orders (counted): u1 by
 * 小红书 > 站内搜索 (200), u2 by 站内搜索 alone (100), u3 by 小红书 > live > 站内搜索 (300), u4 with no
 * touch (source Live, 50), u5's closed order (not counted). v9 visits through 小红书 and never buys.
 */
const ORDERS = [
  ["订单编号", "买家会员名", "支付时间", "实付金额", "订单状态", "流量来源"],
  ["T1", "u1", "2025-07-10 12:00:00", 200, "交易成功", "站内搜索"],
  ["T2", "u2", "2025-07-11 12:00:00", 100, "交易成功", "站内搜索"],
  ["T3", "u3", "2025-07-20 12:00:00", 300, "交易成功", "站内搜索"],
  ["T4", "u4", "2025-07-21 12:00:00", 50, "交易成功", "Live"],
  ["T5", "u5", "2025-07-22 12:00:00", 80, "交易关闭", "站内搜索"],
];
const TOUCHES = [
  ["用户ID", "访问时间", "渠道"],
  ["u1", "2025-07-01 09:00:00", "小红书"],
  ["u1", "2025-07-10 11:00:00", "站内搜索"],
  ["u1", "2025-05-01 09:00:00", "Live"],
  ["u2", "2025-07-11 11:59:00", " 站内搜索 "],
  ["u3", "2025-07-02 09:00:00", "小红书"],
  ["u3", "2025-07-15 09:00:00", "live"],
  ["u3", "2025-07-20 11:00:00", "站内搜索"],
  ["u5", "2025-07-22 11:00:00", "站内搜索"],
  ["v9", "2025-07-05 09:00:00", "XiaoHongShu"],
  ["v9", "2025-07-06 09:00:00", "小红书"],
  ["", "2025-07-06 09:00:00", "小红书"],
];
const JULY = { from: 2025 * 12 + 6, to: 2025 * 12 + 6 };

function read() {
  const orders = readOrderTable(ORDERS, { orderId: 0, buyer: 1, time: 2, amount: 3, status: 4, channel: 5 }, { sheet: "订单", headerRow: 0 }).table;
  const detection = detectTable(TOUCHES);
  const mapped = touchpointMappingOf(detection as never);
  if ("missing" in mapped) throw new Error(mapped.missing.join());
  return { orders, detection, touches: readTouchpointTable(TOUCHES, mapped.mapping, { sheet: "触点", headerRow: 0 }) };
}

describe("the channel contribution of the review", () => {
  it("detects a touchpoint table by its headers, and lists a touch without a visitor", () => {
    const { detection, touches } = read();
    expect(detection?.kind).toBe("touchpoints");
    expect(touches.skipped).toEqual([{ sheet: "触点", row: 12, reason: "skip.touchIncomplete", params: { column: "用户ID" } }]);
  });

  it("credits July's four counted orders along their touches, hand-worked per model", () => {
    const { orders, touches } = read();
    const a = summarizeAttribution(orders, JULY, touches.table, undefined, { unknownChannel: "(unknown)" })!;
    expect(a.source).toBe("touchpoints");
    expect([a.totalConversions, a.totalValue]).toEqual([4, 650]);
    // u1: 小红书 > 站内搜索 (the May touch is outside the 30 days); u2: 站内搜索; u3: 小红书 > live > 站内搜索; u4: its own source Live.
    // Not converting: v9, and u5, whose only order was closed.
    expect([a.ordersWithTouches, a.ordersOwnSource, a.nonConverting]).toEqual([3, 1, 2]);
    const row = (channel: string) => a.channels.find((c) => c.channel === channel)!;
    expect(row("站内搜索").conversions.lastTouch).toBe(3);
    expect(row("Live").conversions.lastTouch).toBe(1);
    expect(row("小红书").conversions.firstTouch).toBe(2);
    expect(row("小红书").conversions.linear).toBeCloseTo(0.5 + 1 / 3, 12);
    expect(row("小红书").value.linear).toBeCloseTo(100 + 100, 12);
    expect(row("Live").conversions.positionBased).toBeCloseTo(0.2 + 1, 12);
    // Every model adds up to the four orders.
    for (const model of a.models) expect(a.channels.reduce((sum, c) => sum + (c.conversions[model] ?? 0), 0)).toBeCloseTo(4, 9);
    // Names apart only by case, spacing or width are one channel, and said so.
    // XiaoHongShu (v9's first touch, never in a converting path) is its own channel: the first-order chain still credits it through 小红书.
    expect(a.channels.map((c) => c.channel).sort()).toEqual(["Live", "XiaoHongShu", "小红书", "站内搜索"].sort());
    expect(row("XiaoHongShu").conversions.lastTouch).toBe(0);
    expect(row("XiaoHongShu").conversions.markov).toBeGreaterThan(0);
    expect(a.merged).toEqual([{ spelling: "live", channel: "Live" }]);
  });

  it("without touchpoints, first and last touch come from each buyer's order sources", () => {
    const { orders } = read();
    const a = summarizeAttribution(orders, JULY, undefined, undefined, { unknownChannel: "(unknown)" })!;
    expect(a.source).toBe("orderSources");
    expect(a.models).toEqual(["lastTouch", "firstTouch"]);
    expect(a.channels.find((c) => c.channel === "站内搜索")!.conversions.lastTouch).toBe(3);
    expect(a.channels.find((c) => c.channel === "站内搜索")!.conversions.markov).toBeNull();
  });

  it("gives ROI per model with spend, and names the channel last touch under-credits", () => {
    const { orders, touches } = read();
    const spend = { channels: ["小红书", "站内搜索", "Live"], months: Int32Array.of(JULY.from, JULY.from, JULY.from), values: Float64Array.of(100, 200, 100) };
    const a = summarizeAttribution(orders, JULY, touches.table, spend, { unknownChannel: "(unknown)" })!;
    const xhs = a.channels.find((c) => c.channel === "小红书")!;
    expect(xhs.spend).toBe(100);
    expect(xhs.roi.lastTouch).toBe(0);
    expect(xhs.roi.markov).toBeCloseTo(xhs.value.markov! / 100, 12);
    expect(a.reallocation.map((r) => [r.channel, r.direction])).toContainEqual(["小红书", "more"]);
    expect(a.reallocation.map((r) => [r.channel, r.direction])).toContainEqual(["站内搜索", "less"]);
  });
});
