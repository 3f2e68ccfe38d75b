import { describe, expect, it } from "vitest";
import { controlArmIndex, experimentResult, minimumDetectableEffect, type ArmResult } from "./experiment";
import { isMetricError } from "../metric-error";

/** Two-sided critical value at 95% and the one-sided value at 80% power (z-table). */
const Z_975 = 1.959963984540054;
const Z_80 = 0.8416212335729143;

describe("minimumDetectableEffect", () => {
  // Hand-worked: p = 0.02, n = 10,000 each: √(0.02 × 0.98 × 2 ÷ 10,000) = √0.00000392 = 0.00197990;
  // (1.959964 + 0.841621) × 0.00197990 = 2.801585 × 0.00197990 = 0.00554686, ÷ 0.02 = 27.73%.
  it("is (z₁₋α/₂ + z₀.₈) × √(p(1−p)(1/n₁ + 1/n₂)), absolute and relative", () => {
    const mde = minimumDetectableEffect(0.02, 10000, 10000) as { absolute: number; relative: number };
    expect(mde.absolute).toBeCloseTo(0.00554686, 7);
    expect(mde.relative).toBeCloseTo(0.277343, 5);
    expect(mde.absolute).toBeCloseTo((Z_975 + Z_80) * Math.sqrt(0.02 * 0.98 * 0.0002), 12);
  });

  it("shrinks with more visitors and grows with a stricter level", () => {
    const base = (minimumDetectableEffect(0.05, 10000, 10000) as { absolute: number }).absolute;
    expect(base).toBeCloseTo(0.00863507, 7);
    expect((minimumDetectableEffect(0.05, 40000, 40000) as { absolute: number }).absolute).toBeCloseTo(base / 2, 10);
    expect((minimumDetectableEffect(0.05, 10000, 10000, { confidence: 0.99 }) as { absolute: number }).absolute).toBeGreaterThan(base);
  });

  it("is undefined without visitors or without spread in the control", () => {
    expect(minimumDetectableEffect(0.02, 0, 100)).toMatchObject({ code: "DIV0" });
    expect(minimumDetectableEffect(0, 100, 100)).toMatchObject({ code: "DIV0" });
    expect(minimumDetectableEffect(0.02, 100, 100, { power: 1 })).toMatchObject({ code: "NUM" });
  });
});

describe("controlArmIndex", () => {
  it("takes the arm named control, 对照, A …, else the first", () => {
    expect(controlArmIndex(["新券", "对照组"])).toBe(1);
    expect(controlArmIndex(["B", " a "])).toBe(1);
    expect(controlArmIndex(["Treatment", "Control"])).toBe(1);
    expect(controlArmIndex(["满减", "折扣"])).toBe(0);
    expect(controlArmIndex([])).toBe(-1);
  });
});

describe("experimentResult", () => {
  it("meets PRODUCT.md's check: 200/10,000 vs 250/10,000 gives |z| = 2.384, p = 0.0171, and warns that +25% is below the MDE", () => {
    const [control, treatment] = experimentResult([
      { name: "B", visitors: 10000, conversions: 250, revenue: 30000 },
      { name: "A", visitors: 10000, conversions: 200, revenue: 20000 },
    ]) as ArmResult[];
    // "A" is the control though listed second.
    expect(treatment.isControl).toBe(true);
    expect(control.isControl).toBe(false);
    const c = control.comparison!;
    expect(c.z).toBeCloseTo(2.384, 3);
    expect(c.pValue).toBeCloseTo(0.0171, 4);
    expect(c.lift).toBeCloseTo(0.25, 12);
    expect(c.difference).toBeCloseTo(0.005, 12);
    expect(c.significant).toBe(true);
    expect(c.mdeAbsolute).toBeCloseTo(0.00554686, 7);
    expect(c.mdeRelative).toBeCloseTo(0.277343, 5);
    expect(c.warning).toBe("belowMde");
    expect(control.revenuePerVisitor).toBe(3);
    expect(treatment.revenuePerVisitor).toBe(2);
    expect(treatment.comparison).toBeNull();
  });

  it("warns when not significant, and not when significant above the MDE", () => {
    // 500 vs 520 of 10,000: pooled p = 0.051, z = 0.02 ÷ … = 0.643, p = 0.520.
    const weak = (experimentResult([{ name: "control", visitors: 10000, conversions: 500 }, { name: "coupon", visitors: 10000, conversions: 520 }]) as ArmResult[])[1];
    expect(weak.comparison!.z).toBeCloseTo(0.6428, 4);
    expect(weak.comparison!.pValue).toBeCloseTo(0.5203, 4);
    expect(weak.comparison!.warning).toBe("notSignificant");
    const strong = (experimentResult([{ name: "control", visitors: 10000, conversions: 500 }, { name: "coupon", visitors: 10000, conversions: 650 }]) as ArmResult[])[1];
    expect(strong.comparison!.significant).toBe(true);
    expect(strong.comparison!.difference).toBeGreaterThan(strong.comparison!.mdeAbsolute!);
    expect(strong.comparison!.warning).toBeNull();
    expect(strong.revenuePerVisitor).toBeNull();
  });

  it("compares every arm with the one control", () => {
    const arms = experimentResult([
      { name: "对照", visitors: 5000, conversions: 100 }, { name: "满100减10", visitors: 5000, conversions: 130 }, { name: "满200减30", visitors: 5000, conversions: 90 },
    ]) as ArmResult[];
    expect(arms.map((a) => a.comparison?.controlRate ?? null)).toEqual([null, 0.02, 0.02]);
    expect(arms[2].comparison!.lift).toBeCloseTo(-0.1, 12);
    expect(arms[0].rateLow).toBeLessThan(0.02);
    expect(arms[0].rateHigh).toBeGreaterThan(0.02);
  });

  it("keeps an arm without conversions, without a comparison, with the reason", () => {
    const arms = experimentResult([{ name: "A", visitors: 100, conversions: 5 }, { name: "B", visitors: 100, conversions: 0 }]) as ArmResult[];
    expect(arms[1].rate).toBe(0);
    expect(arms[1].comparison).toBeNull();
    expect(arms[1].comparisonError).toMatchObject({ key: "argument.noConversions" });
  });

  it("returns errors as values", () => {
    expect(experimentResult([{ name: "A", visitors: 100, conversions: 5 }])).toMatchObject({ code: "NA", key: "argument.fewArms" });
    expect(experimentResult([{ name: "A", visitors: 100, conversions: 5 }, { name: "B", visitors: 0, conversions: 0 }])).toMatchObject({ code: "DIV0", params: { arm: "B" } });
    expect(experimentResult([{ name: "A", visitors: 100, conversions: 5 }, { name: "B", visitors: 10, conversions: 11 }])).toMatchObject({ code: "NUM" });
    expect(isMetricError(experimentResult([{ name: "A", visitors: 100, conversions: -1 }, { name: "B", visitors: 10, conversions: 1 }]))).toBe(true);
  });
});
