import { describe, expect, it } from "vitest";
import { profileColumn } from "./column-profile";

describe("profileColumn", () => {
  it("counts blanks against the fill but not against the shares", () => {
    const profile = profileColumn(["¥88.00", "", null, "120", undefined, "  "]);
    expect(profile.cells).toBe(6);
    expect(profile.nonBlank).toBe(2);
    expect(profile.fill).toBeCloseTo(2 / 6, 12);
    expect(profile.numericShare).toBe(1);
  });

  it("reads Excel date-times and date text as dates, with their times", () => {
    const profile = profileColumn([45809.43, 45809.5, "2025/6/2 10:22:33", "2025年6月3日"]);
    expect(profile.dateShare).toBe(1);
    expect(profile.numericShare).toBe(0);
    expect(profile.timeShare).toBe(0.75);
  });

  it("keeps large counts as numbers when they spread wider than dates can", () => {
    const profile = profileColumn([48210, 91500, 180200, 46020, 37004, 62000]);
    expect(profile.dateShare).toBe(0);
    expect(profile.numericShare).toBe(1);
    expect(profile.integerShare).toBe(1);
  });

  it("reads whole serials within ten years as days, first days of months as months", () => {
    expect(profileColumn([45809, 45810, 45811, 45812]).dateShare).toBe(1);
    const months = profileColumn(["2025-06", "2025-07", "2025年8月", "9月"]);
    expect(months.monthStartShare).toBe(1);
    expect(profileColumn([45809, 45810, 45811, 45812]).monthStartShare).toBe(0.25);
  });

  it("tells amounts written with cents from whole numbers", () => {
    expect(profileColumn(["118.00", "89.90", 236, "¥1,204.50"]).fractionShare).toBe(0.75);
    expect(profileColumn([1, 2, 1, 3]).fractionShare).toBe(0);
    const quantities = profileColumn([1, 2, 1, 3]);
    expect(quantities.median).toBe(1);
    expect(quantities.max).toBe(3);
  });

  it("sees distinct and repeated values, numbers and text alike", () => {
    const profile = profileColumn(["tb123", " tb123", "小鹿酱", 13800001111, "13800001111"]);
    expect(profile.distinct).toBe(3);
    expect(profile.distinctShare).toBeCloseTo(3 / 5, 12);
    expect(profile.repeatedShare).toBeCloseTo(4 / 5, 12);
  });

  it("recognises order ids, codes, e-mails, statuses and channels", () => {
    expect(profileColumn(["3012345678901234567", "#1001", "250601-123456789012345", "订单"]).idShare).toBe(0.75);
    expect(profileColumn(["3012345678901234567", "250601-123456789012345", "#1001"]).longIdShare).toBeCloseTo(2 / 3, 12);
    expect(profileColumn(["MASK-20", "SERUM-30", "面膜"]).codeShare).toBeCloseTo(2 / 3, 12);
    expect(profileColumn(["anna@example.com", "ben@example.com"]).emailShare).toBe(1);
    expect(profileColumn(["交易成功", "交易关闭", "卖家已发货，等待买家确认", "paid"]).statusShare).toBe(1);
    expect(profileColumn(["手淘搜索", "直通车", "淘宝客", "直接访问", "web"]).channelShare).toBe(1);
  });

  it("sees the spaces inside titles that nicknames do not have", () => {
    expect(profileColumn(["玻尿酸补水保湿面膜 20片装", "Hydrating Sheet Mask - 20 pack", "烟酰胺精华液", " tb123 "]).spacedShare).toBe(0.5);
  });

  it("counts Excel errors as filled but unreadable", () => {
    const profile = profileColumn(["#N/A", 12.5, { code: "Value" }]);
    expect(profile.nonBlank).toBe(3);
    expect(profile.errorShare).toBeCloseTo(2 / 3, 12);
    expect(profile.numericShare).toBeCloseTo(1 / 3, 12);
  });

  it("is all zeros for a blank column", () => {
    const profile = profileColumn(["", null]);
    expect(profile).toMatchObject({ nonBlank: 0, fill: 0, dateShare: 0, numericShare: 0, textShare: 0, distinct: 0 });
    expect(profile.median).toBeNaN();
  });
});

describe("profileColumn on unpaid orders' payment times", () => {
  it("takes 0000-00-00 00:00:00 as a blank, not as text that speaks against a time column", () => {
    const profile = profileColumn(["0000-00-00 00:00:00", "0000-00-00 00:00:00", "0000-00-00 00:00:00", "2025-06-01 10:22:33"]);
    expect(profile.nonBlank).toBe(1);
    expect(profile.dateShare).toBe(1);
  });
});
