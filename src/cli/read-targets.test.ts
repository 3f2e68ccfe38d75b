import { describe, expect, it } from "vitest";
import { translate } from "../i18n/messages";
import { CliError } from "./cli-error";
import { parseTargets } from "./read-targets";

/** The message the command line prints for `content`, in `locale`; null when it is accepted. */
function refusal(content: unknown, locale: "en-US" | "zh-CN" = "en-US"): string | null {
  try {
    parseTargets(content, "targets.json");
    return null;
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    return translate(locale, error.key, error.params);
  }
}

describe("parseTargets", () => {
  it("reads every rate as a fraction or a string with a % sign, the same value either way", () => {
    const asFractions = parseTargets({ gmvGrowth: 0.25, aovGrowth: 0.15, repurchaseGrowth: 0.1, repurchaseRate: 0.3, conversionRate: 0.035, grossMargin: 0.4, marginBand: [0.08, 0.12] }, "t.json");
    const asPercents = parseTargets({ gmvGrowth: "25%", aovGrowth: "15%", repurchaseGrowth: "10%", repurchaseRate: "30%", conversionRate: "3.5%", grossMargin: "40%", marginBand: ["8%", "12%"] }, "t.json");
    expect(asPercents).toEqual(asFractions);
    expect(asFractions).toEqual({
      gmvGrowth: 0.25, aovGrowth: 0.15, repurchaseGrowth: 0.1, repurchaseRate: 0.3, conversionRate: 0.035, grossMargin: 0.4, marginBand: { low: 0.08, high: 0.12 },
    });
  });

  it("takes a growth above 100% written with its % sign", () => {
    expect(parseTargets({ gmvGrowth: "150%" }, "t.json")).toEqual({ gmvGrowth: 1.5 });
  });

  it("refuses a bare number that cannot be a fraction for its key, saying why and what to write", () => {
    expect(refusal({ gmvGrowth: 25 })).toBe("targets.json: gmvGrowth 25 would mean +2500%; a number without a % sign is a fraction (0.25 = 25%). Write 0.25 or \"25%\" instead, or \"2500%\" if +2500% is meant.");
    expect(refusal({ conversionRate: 3.5 })).toBe("targets.json: conversionRate 3.5 would mean 350%; a number without a % sign is a fraction (0.25 = 25%). Write 0.035 or \"3.5%\" instead.");
    expect(refusal({ marginBand: [8, 12] })).toBe("targets.json: marginBand[0] 8 would mean 800%; a number without a % sign is a fraction (0.25 = 25%). Write 0.08 or \"8%\" instead.");
    expect(refusal({ benchmarks: { repurchaseRate: 30 } })).toContain("benchmarks.repurchaseRate 30 would mean 3000%");
    expect(refusal({ gmvGrowth: 25 }, "zh-CN")).toBe("targets.json：gmvGrowth 写作 25 将表示 +2500%；不带 % 的数字按小数读（0.25 即 25%）。请改写为 0.25 或 \"25%\"；若确指 +2500%，请写 \"2500%\"。");
  });

  it("refuses rates out of their range and growth targets of 0 or below", () => {
    expect(refusal({ repurchaseRate: "120%" })).toContain("\"repurchaseRate\" must be a rate above 0 and at most 100%");
    expect(refusal({ gmvGrowth: -0.1 })).toContain("\"gmvGrowth\" must be a growth above 0");
    expect(refusal({ marginBand: ["12%", "8%"] })).toContain("\"marginBand\" must be [low, high]");
    expect(refusal({ conversionRate: "3.5 percent" })).toContain("\"conversionRate\" must be a rate");
  });

  it("reads benchmarks: money and ROI as numbers above 0, rates by the rule", () => {
    expect(parseTargets({ benchmarks: { conversionRate: 0.038, costPerNewBuyer: 25, aov: 180, repurchaseRate: "30%", grossMargin: 0.35, roi: 1.2 } }, "t.json")).toEqual({
      benchmarks: { conversionRate: 0.038, costPerNewBuyer: 25, aov: 180, repurchaseRate: 0.3, grossMargin: 0.35, roi: 1.2 },
    });
    expect(refusal({ benchmarks: { roi: "120%" } })).toContain("\"benchmarks.roi\" must be a ratio above 0");
    expect(refusal({ benchmarks: { costPerNewBuyer: -25 } })).toContain("\"benchmarks.costPerNewBuyer\" must be a number above 0");
    expect(refusal({ benchmarks: [0.038] })).toContain("\"benchmarks\" must be an object of benchmarks");
    expect(refusal({ benchmarks: { cac: 25 } })).toBe("targets.json: unknown benchmark \"cac\". The benchmarks are: aov, repurchaseRate, conversionRate, grossMargin, costPerNewBuyer, roi.");
  });
});

describe("parseTargets: shippingLimitHours (fulfilment)", () => {
  it("takes hours above 0 and at most a year", () => {
    expect(parseTargets({ shippingLimitHours: 72 }, "t.json")).toEqual({ shippingLimitHours: 72 });
    expect(parseTargets({ shippingLimitHours: 8760 }, "t.json")).toEqual({ shippingLimitHours: 8760 });
  });
  it.each([0, -5, 9000, "48", "48h"])("refuses %j, naming the key", (value) => {
    expect(() => parseTargets({ shippingLimitHours: value }, "t.json")).toThrow(CliError);
    try {
      parseTargets({ shippingLimitHours: value }, "t.json");
    } catch (error) {
      expect((error as CliError).params).toMatchObject({ key: "shippingLimitHours" });
    }
  });
});
