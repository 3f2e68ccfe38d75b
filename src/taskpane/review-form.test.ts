import { describe, expect, it } from "vitest";
import { defaultReviewForm, formFromSettings, parseMonth, parsePercent, validateReviewForm, type ReviewForm } from "./review-form";

const VALID: ReviewForm = {
  ...defaultReviewForm({ from: 2025 * 12 + 5, to: 2025 * 12 + 9 }),
  gmv: "2500万", gmvGrowth: "25", aov: "¥180", aovGrowth: "15%", repurchaseRate: "10", conversionRate: "3.5",
};

describe("validateReviewForm", () => {
  it("reads the real review's targets: money with 万 and ¥, percents with or without %", () => {
    const check = validateReviewForm(VALID);
    expect(check.errors).toEqual({});
    expect(check.values).toEqual({
      period: { from: 2025 * 12 + 5, to: 2025 * 12 + 9 },
      compare: "previous",
      targets: { gmv: 25_000_000, aov: 180, gmvGrowth: 0.25, aovGrowth: 0.15, repurchaseRate: 0.1, conversionRate: 0.035, marginBand: { low: 0.08, high: 0.12 },
        promotion: { rule: "belowUsualPrice", priceDrop: 0.05 },
      },
      thresholds: { met: 1, near: 0.9 },
    });
  });

  it("checks the band on the items the operator lists, one a line or separated by commas or 、", () => {
    const check = validateReviewForm({ ...VALID, promotionRule: "list", promotionItems: "SKU-001\n 防晒乳 50ml ，面膜、SKU-001\n\n" });
    expect(check.values?.targets.promotion).toEqual({ rule: "list", items: ["SKU-001", "防晒乳 50ml", "面膜"] });
  });

  it("asks for a list with a name in it, and a drop above 0% and below 100%", () => {
    expect(validateReviewForm({ ...VALID, promotionRule: "list", promotionItems: " \n, " }).errors).toEqual({ promotionItems: { key: "pane.error.promotionItems" } });
    // The list typed is not checked while the price rule is chosen, nor the drop while the list is.
    expect(validateReviewForm({ ...VALID, promotionRule: "belowUsualPrice", promotionItems: "" }).errors).toEqual({});
    expect(validateReviewForm({ ...VALID, promotionRule: "list", promotionItems: "A", promotionDrop: "x" }).errors).toEqual({});
    expect(validateReviewForm({ ...VALID, promotionDrop: "100" }).errors).toEqual({ promotionDrop: { key: "pane.error.priceDrop" } });
    expect(validateReviewForm({ ...VALID, promotionDrop: "0" }).errors).toEqual({ promotionDrop: { key: "pane.error.priceDrop" } });
    expect(validateReviewForm({ ...VALID, promotionDrop: "" }).errors).toEqual({ promotionDrop: { key: "pane.error.required" } });
    expect(validateReviewForm({ ...VALID, promotionDrop: "8" }).values?.targets.promotion).toEqual({ rule: "belowUsualPrice", priceDrop: 0.08 });
  });

  it("takes blank targets as no target", () => {
    const check = validateReviewForm({ ...VALID, gmv: "", conversionRate: " " });
    expect(check.values?.targets.gmv).toBeUndefined();
    expect(check.values?.targets.conversionRate).toBeUndefined();
  });

  it("says what is wrong with each field", () => {
    const check = validateReviewForm({
      ...VALID, periodFrom: "June", periodTo: "2025-13", gmv: "lots", aov: "-5", repurchaseRate: "120", gmvGrowth: "abc",
      marginLow: "15", marginHigh: "10", thresholdMet: "90", thresholdNear: "95",
    });
    expect(check.values).toBeNull();
    expect(check.errors).toEqual({
      periodFrom: { key: "pane.error.month" },
      periodTo: { key: "pane.error.month" },
      gmv: { key: "pane.error.money" },
      aov: { key: "pane.error.positive" },
      gmvGrowth: { key: "pane.error.percent" },
      repurchaseRate: { key: "pane.error.rateAbove100" },
      marginHigh: { key: "pane.error.bandOrder" },
      thresholdNear: { key: "pane.error.thresholdOrder" },
    });
  });

  it("checks the period's order and length", () => {
    expect(validateReviewForm({ ...VALID, periodFrom: "2025-10", periodTo: "2025-06" }).errors).toEqual({ periodTo: { key: "pane.error.periodOrder" } });
    expect(validateReviewForm({ ...VALID, periodFrom: "2023-01", periodTo: "2025-06" }).errors).toEqual({ periodTo: { key: "pane.error.periodLength", params: { max: 24 } } });
  });

  it("requires the margin band and the thresholds", () => {
    const check = validateReviewForm({ ...VALID, marginLow: "", thresholdMet: "", marginHigh: "150" });
    expect(check.errors).toEqual({
      marginLow: { key: "pane.error.required" },
      marginHigh: { key: "pane.error.marginRange" },
      thresholdMet: { key: "pane.error.required" },
    });
  });
});

describe("form parts", () => {
  it("reads months as operators write them", () => {
    expect(parseMonth("2025-06")).toBe(2025 * 12 + 5);
    expect(parseMonth("2025/6")).toBe(2025 * 12 + 5);
    expect(parseMonth("2025年6月")).toBe(2025 * 12 + 5);
    expect(parseMonth("2025-00")).toBeNull();
  });

  it("reads percents, full-width too", () => {
    expect(parsePercent("3.5")).toBeCloseTo(0.035, 12);
    expect(parsePercent("３.５％")).toBeCloseTo(0.035, 12);
    expect(parsePercent("")).toBeNull();
    expect(parsePercent("x")).toBeUndefined();
  });

  it("takes the orders' currency by default, and passes on a currency the operator chose", () => {
    expect(VALID.currency).toBe("detected");
    expect(validateReviewForm(VALID).values).not.toHaveProperty("currency");
    expect(validateReviewForm({ ...VALID, currency: "USD" }).values?.currency).toBe("USD");
    const settings = {
      version: 1, sources: { orders: "订单" }, mappings: {}, period: "2025-06..2025-10", compare: "previous",
      targets: {}, thresholds: { met: 1, near: 0.9 }, language: "en-US",
    } as const;
    expect(formFromSettings(settings).currency).toBe("detected");
    expect(formFromSettings({ ...settings, currency: "EUR" }).currency).toBe("EUR");
  });

  it("fills the form from saved settings, percents without float noise", () => {
    const form = formFromSettings({
      version: 1, sources: { orders: "订单" }, mappings: {}, period: "2025-06..2025-10", compare: "yoy",
      targets: { gmv: 25_000_000, conversionRate: 0.035, marginBand: { low: 0.07, high: 0.13 } }, thresholds: { met: 1, near: 0.85 }, language: "zh-CN",
    });
    expect(form).toMatchObject({
      periodFrom: "2025-06", periodTo: "2025-10", compare: "yoy", gmv: "25000000", conversionRate: "3.5", aov: "",
      marginLow: "7", marginHigh: "13", thresholdMet: "100", thresholdNear: "85",
      promotionRule: "belowUsualPrice", promotionDrop: "5", promotionItems: "",
    });
  });

  it("fills the promotion rule from saved settings, and gives the same rule back", () => {
    const base = { version: 1, sources: { orders: "订单" }, mappings: {}, period: "2025-06..2025-10", compare: "previous", thresholds: { met: 1, near: 0.9 }, language: "zh-CN" } as const;
    for (const promotion of [{ rule: "list", items: ["SKU-001", "防晒乳 50ml"] }, { rule: "belowUsualPrice", priceDrop: 0.08 }] as const) {
      const form = formFromSettings({ ...base, targets: { promotion } });
      expect(validateReviewForm(form).values?.targets.promotion).toEqual(promotion);
    }
    expect(formFromSettings({ ...base, targets: { promotion: { rule: "list", items: ["A", "B"] } } }).promotionItems).toBe("A\nB");
  });
});
