import { describe, expect, it } from "vitest";
import { translate } from "../i18n/messages";
import { defaultReviewForm, formFromSettings, parseMonth, percentOfField, readRateField, validateReviewForm, type ReviewForm } from "./review-form";

const VALID: ReviewForm = {
  ...defaultReviewForm({ from: 2025 * 12 + 5, to: 2025 * 12 + 9 }),
  gmv: "2500万", gmvGrowth: "25%", aov: "¥180", aovGrowth: "0.15", repurchaseRate: "30%", repurchaseGrowth: "10%", conversionRate: "3.5%", grossMargin: "0.3",
};

describe("validateReviewForm", () => {
  it("reads the real review's targets: money with 万 and ¥, rates as 25% or as the fraction 0.15", () => {
    const check = validateReviewForm(VALID);
    expect(check.errors).toEqual({});
    expect(check.values).toEqual({
      period: { from: 2025 * 12 + 5, to: 2025 * 12 + 9 },
      compare: "previous",
      targets: {
        gmv: 25_000_000, aov: 180, gmvGrowth: 0.25, aovGrowth: 0.15, repurchaseRate: 0.3, repurchaseGrowth: 0.1, conversionRate: 0.035, grossMargin: 0.3,
        marginBand: { low: 0.08, high: 0.12 },
        promotion: { rule: "belowUsualPrice", priceDrop: 0.05 },
      },
      thresholds: { met: 1, near: 0.9 },
    });
  });

  it("refuses a bare number that cannot be a fraction, saying what it would mean and what to type", () => {
    const check = validateReviewForm({ ...VALID, gmvGrowth: "25", conversionRate: "3.5", marginLow: "8" });
    expect(check.values).toBeNull();
    expect(check.errors).toEqual({
      // A growth of +2500% is possible when written as such; a conversion of 350% or a margin of 800% is not.
      gmvGrowth: { key: "pane.error.bareRateOrLiteral", params: { found: "25", meaning: "+2500%", fraction: "0.25", percent: "25%", literal: "2500%" } },
      conversionRate: { key: "pane.error.bareRate", params: { found: "3.5", meaning: "350%", fraction: "0.035", percent: "3.5%", literal: "" } },
      marginLow: { key: "pane.error.bareRate", params: { found: "8", meaning: "800%", fraction: "0.08", percent: "8%", literal: "" } },
    });
    expect(translate("en-US", check.errors.gmvGrowth!.key, check.errors.gmvGrowth!.params))
      .toBe("25 would mean +2500%: a number without % is a fraction (0.25 = 25%). Enter 25% or 0.25, or 2500% if +2500% is meant.");
    expect(translate("zh-CN", check.errors.conversionRate!.key, check.errors.conversionRate!.params))
      .toBe("3.5 将表示 350%：不带 % 的数字按小数读（0.25 即 25%）。请填 3.5% 或 0.035。");
  });

  it("takes a growth above 100% written with its % sign, and a bare 1 as 100%", () => {
    expect(validateReviewForm({ ...VALID, gmvGrowth: "150%", aovGrowth: "1" }).values?.targets).toMatchObject({ gmvGrowth: 1.5, aovGrowth: 1 });
    expect(validateReviewForm({ ...VALID, thresholdMet: "1.1" }).errors.thresholdMet?.key).toBe("pane.error.bareRateOrLiteral");
    expect(validateReviewForm({ ...VALID, thresholdMet: "110%" }).values?.thresholds).toEqual({ met: 1.1, near: 0.9 });
  });

  it("reads benchmarks: money, rates by the same rule and ROI as a ratio, each optional", () => {
    const check = validateReviewForm({
      ...VALID, benchmarkConversionRate: "3.8%", benchmarkCostPerNewBuyer: "¥25", benchmarkRepurchaseRate: "0.3", benchmarkRoi: "1.2",
    });
    expect(check.errors).toEqual({});
    expect(check.values?.targets.benchmarks).toEqual({ conversionRate: 0.038, costPerNewBuyer: 25, repurchaseRate: 0.3, roi: 1.2 });
    expect(validateReviewForm(VALID).values?.targets).not.toHaveProperty("benchmarks");
    expect(validateReviewForm({ ...VALID, benchmarkConversionRate: "3.8", benchmarkRoi: "120%", benchmarkAov: "-5", benchmarkGrossMargin: "150%" }).errors).toEqual({
      benchmarkConversionRate: { key: "pane.error.bareRate", params: { found: "3.8", meaning: "380%", fraction: "0.038", percent: "3.8%", literal: "" } },
      benchmarkRoi: { key: "pane.error.ratio" },
      benchmarkAov: { key: "pane.error.positive" },
      benchmarkGrossMargin: { key: "pane.error.rateAbove100" },
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
    expect(validateReviewForm({ ...VALID, promotionDrop: "100%" }).errors).toEqual({ promotionDrop: { key: "pane.error.priceDrop" } });
    expect(validateReviewForm({ ...VALID, promotionDrop: "0" }).errors).toEqual({ promotionDrop: { key: "pane.error.priceDrop" } });
    expect(validateReviewForm({ ...VALID, promotionDrop: "" }).errors).toEqual({ promotionDrop: { key: "pane.error.required" } });
    expect(validateReviewForm({ ...VALID, promotionDrop: "8%" }).values?.targets.promotion).toEqual({ rule: "belowUsualPrice", priceDrop: 0.08 });
    expect(validateReviewForm({ ...VALID, promotionDrop: "0.08" }).values?.targets.promotion).toEqual({ rule: "belowUsualPrice", priceDrop: 0.08 });
    // The drop is a rate like the others: a bare 8 is refused, not read as 8%.
    expect(validateReviewForm({ ...VALID, promotionDrop: "8" }).errors).toEqual({
      promotionDrop: { key: "pane.error.bareRate", params: { found: "8", meaning: "800%", fraction: "0.08", percent: "8%", literal: "" } },
    });
  });

  it("takes blank targets as no target", () => {
    const check = validateReviewForm({ ...VALID, gmv: "", conversionRate: " " });
    expect(check.values?.targets.gmv).toBeUndefined();
    expect(check.values?.targets.conversionRate).toBeUndefined();
  });

  it("says what is wrong with each field", () => {
    const check = validateReviewForm({
      ...VALID, periodFrom: "June", periodTo: "2025-13", gmv: "lots", aov: "-5", repurchaseRate: "120%", gmvGrowth: "abc", aovGrowth: "-5%",
      marginLow: "15%", marginHigh: "10%", thresholdMet: "90%", thresholdNear: "95%",
    });
    expect(check.values).toBeNull();
    expect(check.errors).toEqual({
      periodFrom: { key: "pane.error.month" },
      periodTo: { key: "pane.error.month" },
      gmv: { key: "pane.error.money" },
      aov: { key: "pane.error.positive" },
      gmvGrowth: { key: "pane.error.percent" },
      aovGrowth: { key: "pane.error.positive" },
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
    const check = validateReviewForm({ ...VALID, marginLow: "", thresholdMet: "", marginHigh: "150%" });
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

  it("reads rates as percents or fractions, full-width too", () => {
    expect(readRateField("3.5%", "rate")).toEqual({ value: 0.035 });
    expect(readRateField("0.035", "rate")).toEqual({ value: 0.035 });
    expect(readRateField("３.５％", "rate")).toEqual({ value: 0.035 });
    expect(readRateField(" ", "rate")).toEqual({ value: null });
    expect(readRateField("x", "rate")).toEqual({ error: { key: "pane.error.percent" } });
    expect(readRateField("¥5", "rate")).toEqual({ error: { key: "pane.error.percent" } });
  });

  it("gives the spin buttons the percent of a valid rate, nothing for a refused one", () => {
    expect(percentOfField("8.5%")).toBe(8.5);
    expect(percentOfField("0.085")).toBe(8.5);
    expect(percentOfField("-0.05")).toBe(-5);
    expect(percentOfField("8")).toBeNull();
    expect(percentOfField("")).toBeNull();
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

  it("fills the form from saved settings, rates with their % sign and without float noise", () => {
    const form = formFromSettings({
      version: 1, sources: { orders: "订单" }, mappings: {}, period: "2025-06..2025-10", compare: "yoy",
      targets: { gmv: 25_000_000, conversionRate: 0.035, repurchaseGrowth: 0.1, marginBand: { low: 0.07, high: 0.13 }, benchmarks: { conversionRate: 0.038, costPerNewBuyer: 25, roi: 1.2 } },
      thresholds: { met: 1, near: 0.85 }, language: "zh-CN",
    });
    expect(form).toMatchObject({
      periodFrom: "2025-06", periodTo: "2025-10", compare: "yoy", gmv: "25000000", conversionRate: "3.5%", repurchaseGrowth: "10%", aov: "",
      marginLow: "7%", marginHigh: "13%", thresholdMet: "100%", thresholdNear: "85%",
      benchmarkConversionRate: "3.8%", benchmarkCostPerNewBuyer: "25", benchmarkRoi: "1.2", benchmarkAov: "",
      promotionRule: "belowUsualPrice", promotionDrop: "5%", promotionItems: "",
    });
    // What the form shows reads back as what was saved.
    expect(validateReviewForm(form).values?.targets).toEqual({
      gmv: 25_000_000, conversionRate: 0.035, repurchaseGrowth: 0.1, marginBand: { low: 0.07, high: 0.13 }, benchmarks: { conversionRate: 0.038, costPerNewBuyer: 25, roi: 1.2 },
      promotion: { rule: "belowUsualPrice", priceDrop: 0.05 },
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

  it("fills the promotion thresholds, the add-on limit and the shipping limit from saved settings, and gives them back", () => {
    const base = { version: 1, sources: { orders: "订单" }, mappings: {}, period: "2025-06..2025-10", compare: "previous", thresholds: { met: 1, near: 0.9 }, language: "zh-CN" } as const;
    const targets = { promotions: [{ threshold: 200, discount: 30, from: "2025-08-01", to: "2025-08-31" }, { threshold: 300, discount: 50, from: "2025-11-01", to: "2025-11-11" }], addOnPriceLimit: 19.9, shippingLimitHours: 72 };
    const form = formFromSettings({ ...base, targets });
    expect(form.shippingLimitHours).toBe("72");
    expect(validateReviewForm(form).values?.targets).toMatchObject(targets);
  });
});

describe("the thresholds, add-ons and shipping fields", () => {
  it("reads promotion thresholds one a line as operators write them, blank lines left out", () => {
    const check = validateReviewForm({ ...VALID, promotionThresholds: "满200减30 2025-08-01 2025-08-31\n\n满300减50 2025-11", addOnPriceLimit: "¥19.9", shippingLimitHours: "72" });
    expect(check.errors).toEqual({});
    expect(check.values?.targets).toMatchObject({
      promotions: [{ threshold: 200, discount: 30, from: "2025-08-01", to: "2025-08-31" }, { threshold: 300, discount: 50, from: "2025-11-01", to: "2025-11-30" }],
      addOnPriceLimit: 19.9, shippingLimitHours: 72,
    });
  });

  it("leaves them out when blank: no thresholds, no price limit, the 48-hour default", () => {
    const targets = validateReviewForm(VALID).values?.targets;
    expect(targets).not.toHaveProperty("promotions");
    expect(targets).not.toHaveProperty("addOnPriceLimit");
    expect(targets).not.toHaveProperty("shippingLimitHours");
  });

  it("names the first line it cannot read, and says what is wrong with the limits, in both languages", () => {
    const check = validateReviewForm({ ...VALID, promotionThresholds: "满200减30 2025-08\n满200减300 2025-09\n双十一", addOnPriceLimit: "0", shippingLimitHours: "9000" });
    expect(check.values).toBeNull();
    expect(check.errors.promotionThresholds).toEqual({ key: "pane.error.promotionLine.discountNotBelowThreshold", params: { line: 2, found: "满200减300 2025-09" } });
    expect(check.errors.addOnPriceLimit).toEqual({ key: "pane.error.positive" });
    expect(check.errors.shippingLimitHours).toEqual({ key: "pane.error.shippingLimit", params: { max: 8760 } });
    const { key, params } = check.errors.promotionThresholds!;
    expect(translate("zh-CN", key, params)).toBe("第 2 行“满200减300 2025-09”：优惠应小于门槛。");
    expect(translate("en-US", key, params)).toContain("Line 2");
    const unreadable = validateReviewForm({ ...VALID, promotionThresholds: "双十一大促", shippingLimitHours: "48h?" }).errors;
    expect(unreadable.promotionThresholds?.key).toBe("pane.error.promotionLine.unreadable");
    expect(unreadable.shippingLimitHours?.key).toBe("pane.error.shippingLimit");
    expect(validateReviewForm({ ...VALID, shippingLimitHours: "50%" }).errors.shippingLimitHours?.key).toBe("pane.error.shippingLimit");
  });
});
