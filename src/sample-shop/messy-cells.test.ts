import { describe, expect, it } from "vitest";
import {
  chineseDate, decimalYuan, groupThousands, isoDateMinutes, isoDateTime, slashDate, slashDateTime, wanYuan, writeMessyAmount, yenFullWidth, yenGrouped,
} from "./messy-cells";

const JUNE_1 = { year: 2025, month: 6, day: 1 };
const AT_10_22_33 = 10 * 3600 + 22 * 60 + 33;

describe("messy amounts", () => {
  it("writes yuan from fen without losing a fen", () => {
    expect(yenGrouped(123450)).toBe("¥1,234.50");
    expect(yenGrouped(99)).toBe("¥0.99");
    expect(yenGrouped(100_000_005)).toBe("¥1,000,000.05");
    expect(yenFullWidth(8800)).toBe("￥88");
    expect(yenFullWidth(8850)).toBe("￥88.50");
    expect(decimalYuan(123405)).toBe("1234.05");
  });
  it("writes 万 with every digit kept", () => {
    expect(wanYuan(1_200_000)).toBe("1.2万");
    expect(wanYuan(1_198_000)).toBe("1.198万");
    expect(wanYuan(1_000_000)).toBe("1万");
    expect(wanYuan(1_000_001)).toBe("1.000001万");
    expect(wanYuan(35_050_000)).toBe("35.05万");
  });
  it("writes amounts under 1万 in full even when 万 is asked for", () => {
    expect(writeMessyAmount(880_000, "wan")).toBe("8800.00");
    expect(writeMessyAmount(1_200_000, "wan")).toBe("1.2万");
  });
  it("groups thousands", () => {
    expect(groupThousands(0)).toBe("0");
    expect(groupThousands(999)).toBe("999");
    expect(groupThousands(1000)).toBe("1,000");
    expect(groupThousands(1_005_040)).toBe("1,005,040");
  });
});

describe("messy dates", () => {
  it("writes the forms operators' sheets hold", () => {
    expect(slashDateTime(JUNE_1, AT_10_22_33)).toBe("2025/6/1 10:22:33");
    expect(slashDateTime(JUNE_1, 9 * 3600 + 5 * 60 + 7)).toBe("2025/6/1 9:05:07");
    expect(isoDateMinutes(JUNE_1, AT_10_22_33)).toBe("2025-06-01 10:22");
    expect(chineseDate(JUNE_1)).toBe("2025年6月1日");
    expect(slashDate(JUNE_1)).toBe("2025/6/1");
    expect(isoDateTime(JUNE_1, AT_10_22_33)).toBe("2025-06-01T10:22:33");
  });
});
