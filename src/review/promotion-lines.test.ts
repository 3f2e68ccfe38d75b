import { describe, expect, it } from "vitest";
import { promotionLines, promotionLinesText, readPromotionLine } from "./promotion-lines";

const AUGUST = { threshold: 200, discount: 30, from: "2025-08-01", to: "2025-08-31" };

describe("readPromotionLine (a promotion threshold as operators type it)", () => {
  it("reads the ways operators write 满200减30 in August", () => {
    for (const line of [
      "满200减30 2025-08-01 2025-08-31",
      "200, 30, 2025-08-01, 2025-08-31",
      "¥200 -30 2025/8/1~2025/8/31",
      "满２００减３０ 2025年8月1日 至 2025年8月31日",
      "满200减30 2025-08",
      "满200减30 2025年8月",
    ]) expect(readPromotionLine(line), line).toEqual({ ok: true, promotion: AUGUST });
  });

  it("one date is a single day; thousands separators and cents are read", () => {
    expect(readPromotionLine("满1,000减120.5 2025-11-11")).toEqual({ ok: true, promotion: { threshold: 1000, discount: 120.5, from: "2025-11-11", to: "2025-11-11" } });
    expect(readPromotionLine("满300减50 2024-02")).toEqual({ ok: true, promotion: { threshold: 300, discount: 50, from: "2024-02-01", to: "2024-02-29" } });
  });

  it("says what is wrong with a line it cannot take", () => {
    expect(readPromotionLine("满200减300 2025-08")).toEqual({ ok: false, problem: "discountNotBelowThreshold" });
    expect(readPromotionLine("满200减30 2025-08-31 2025-08-01")).toEqual({ ok: false, problem: "daysReversed" });
    for (const line of ["满200减30", "满200 2025-08", "满200减30减5 2025-08", "满200减30 2025-02-30", "满200减30 2025-13", "满0减0 2025-08", "双十一大促"]) {
      expect(readPromotionLine(line), line).toEqual({ ok: false, problem: "unreadable" });
    }
  });

  it("the field's own text reads back to the same promotions", () => {
    const promotions = [AUGUST, { threshold: 1000, discount: 120.5, from: "2025-11-11", to: "2025-11-11" }];
    const text = promotionLinesText(promotions);
    expect(promotionLines(text).map((line) => readPromotionLine(line.text))).toEqual(promotions.map((promotion) => ({ ok: true, promotion })));
    expect(promotionLinesText(undefined)).toBe("");
  });

  it("numbers the lines as the operator sees them, blank lines left out", () => {
    expect(promotionLines("\n满200减30 2025-08\n  \n满300减50 2025-11\n")).toEqual([{ number: 2, text: "满200减30 2025-08" }, { number: 4, text: "满300减50 2025-11" }]);
  });
});
