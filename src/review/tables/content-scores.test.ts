import { describe, expect, it } from "vitest";
import { profileColumn } from "./column-profile";
import { contentScore, typeCompatibility } from "./content-scores";
import type { TableField } from "./table-fields";

const COLUMNS = {
  orderIds: ["3012345678901234567", "3012345678901239876", "3012345678901245511", "3012345678901251234", "3012345678901252000"],
  buyers: ["tb8842195_2011", "小鹿酱2019", "tb8842195_2011", "sunny_小雨", "阿花爱护肤"],
  times: [45809.431, 45809.46, 45810.2, "2025-06-03 20:16:01", "2025/6/4 9:00"],
  days: ["2025-06-01", "2025-06-02", "2025-06-03", "2025-06-04", "2025-06-05"],
  amounts: ["118.00", 89.9, "¥236.00", 59, "1,204.50"],
  quantities: [1, 2, 1, 4, 1],
  statuses: ["交易成功", "交易成功", "交易关闭", "交易成功", "卖家已发货，等待买家确认"],
  channels: ["手淘搜索", "直通车", "手淘搜索", "淘宝客", "直通车"],
  titles: ["玻尿酸补水保湿面膜 20片装", "烟酰胺美白精华液 30ml", "玻尿酸补水保湿面膜 20片装", "氨基酸洁面乳 120g", "积雪草舒缓爽肤水 200ml"],
  impressions: [48210, 91500, 180200, 46020, 93320],
} as const;

/** The field each column scores best for, among the fields listed. */
function bestField(cells: readonly unknown[], fields: readonly TableField[]): TableField {
  const profile = profileColumn(cells);
  return fields.reduce((a, b) => (contentScore(b, profile) > contentScore(a, profile) ? b : a));
}

describe("contentScore", () => {
  const orderFields: TableField[] = ["orderId", "buyer", "createdTime", "amount", "quantity", "status", "channel", "itemTitle"];

  it("gives each column of an order sheet its field", () => {
    expect(bestField(COLUMNS.orderIds, orderFields)).toBe("orderId");
    expect(bestField(COLUMNS.buyers, orderFields)).toBe("buyer");
    expect(bestField(COLUMNS.times, orderFields)).toBe("createdTime");
    expect(bestField(COLUMNS.amounts, orderFields)).toBe("amount");
    expect(bestField(COLUMNS.quantities, orderFields)).toBe("quantity");
    expect(bestField(COLUMNS.statuses, orderFields)).toBe("status");
    expect(bestField(COLUMNS.channels, orderFields)).toBe("channel");
    expect(bestField(COLUMNS.titles, orderFields)).toBe("itemTitle");
  });

  it("scores large whole counts as impressions and not as quantities or amounts with cents", () => {
    const profile = profileColumn(COLUMNS.impressions);
    expect(contentScore("impressions", profile)).toBeGreaterThan(contentScore("quantity", profile));
    expect(contentScore("amount", profile)).toBeLessThan(contentScore("amount", profileColumn(COLUMNS.amounts)));
  });

  it("prefers day dates for the date of ad spend and date-times for order times", () => {
    expect(contentScore("date", profileColumn(COLUMNS.days))).toBeGreaterThan(contentScore("date", profileColumn(COLUMNS.times)));
    expect(contentScore("createdTime", profileColumn(COLUMNS.times))).toBeGreaterThan(contentScore("createdTime", profileColumn(COLUMNS.days)));
  });

  it("takes the first days of months for a month column", () => {
    const months = profileColumn(["2025-06", "2025-07", "2025-08", "2025-06"]);
    expect(contentScore("month", months)).toBeGreaterThan(contentScore("date", months));
  });

  it("gives nothing for a blank column", () => {
    for (const field of orderFields) expect(contentScore(field, profileColumn(["", null]))).toBe(0);
  });

  it("does not take a single repeated word for a buyer", () => {
    expect(contentScore("buyer", profileColumn(["USD", "USD", "USD", "USD"]))).toBe(0);
  });
});

describe("typeCompatibility", () => {
  it("is the share of cells of the field's type", () => {
    expect(typeCompatibility("money", profileColumn(["¥88.00", "120", "n/a", "12"]))).toBe(0.75);
    expect(typeCompatibility("dateTime", profileColumn(COLUMNS.times))).toBe(1);
    expect(typeCompatibility("money", profileColumn(COLUMNS.titles))).toBe(0);
    expect(typeCompatibility("text", profileColumn(COLUMNS.amounts))).toBe(0);
  });

  it("lets ids be digits but not dates or amounts with cents", () => {
    expect(typeCompatibility("key", profileColumn(COLUMNS.orderIds))).toBe(1);
    expect(typeCompatibility("key", profileColumn(COLUMNS.days))).toBe(0);
    expect(typeCompatibility("key", profileColumn(COLUMNS.amounts))).toBeLessThan(0.5);
  });

  it("lets a blank column fit anything", () => {
    expect(typeCompatibility("money", profileColumn([null, ""]))).toBe(1);
  });
});
