import { sampleShopInputs } from "../../test/support/sample-shop-inputs";
import { describe, expect, it } from "vitest";
import { summaryJson } from "../cli/summary-json";
import { LOCALES, translate, type Locale } from "../i18n/messages";
import { generateSampleShop } from "../sample-shop/generate-sample-shop";
import { buildReview, type ReviewModel } from "./build-review";
import { formatCurrency, formatPercent, formatRatio } from "./format-figures";
import type { ReviewTargets } from "./review-inputs";
import { parseMonthRange } from "./review-period";

const TARGETS: ReviewTargets = { gmv: 1_000_000, gmvGrowth: 0.2, aov: 180, aovGrowth: 0.1, repurchaseRate: 0.25, repurchaseGrowth: 0.1, conversionRate: 0.03 };
/** A shop of ten months, 2025-01 to 2025-10. */
const lateShop = generateSampleShop({ orders: 8_000, seed: 3, startMonth: "2025-01", months: 10, dirtyRate: 0 });
const fullShop = generateSampleShop({ orders: 8_000, seed: 3, dirtyRate: 0 });

function review(shop: typeof lateShop, period: string, locale: Locale, targets: ReviewTargets = TARGETS, withBuyer = true): ReviewModel {
  return buildReview(sampleShopInputs(shop, withBuyer, { period: parseMonthRange(period)!, compare: "previous", targets, locale, generatedAt: new Date("2025-11-03T09:00:00Z") }));
}

describe("the comparison period's coverage", () => {
  it("names December when the data starts in January and 2025-05..09 is compared with 2024-12..2025-04", () => {
    for (const locale of LOCALES) {
      const { summary, findings } = review(lateShop, "2025-05..2025-09", locale);
      expect(summary.comparisonPeriod).toMatchObject({ from: "2024-12", to: "2025-04" });
      expect(summary.comparison.monthsWithoutData).toEqual(["2024-12"]);
      expect(summary.monthsWithoutData).toEqual([]);
      // No growth is stated from the partial comparison: not in the table, not in the findings.
      for (const metric of ["gmvGrowth", "aovGrowth", "repurchaseGrowth"]) {
        expect(summary.attainment.find((r) => r.metric === metric), metric).toMatchObject({ actual: null, attainment: null, status: null });
      }
      const keys = findings.map((f) => f.key);
      expect(keys).not.toContain("finding.gmvGrowth");
      const lacking = findings.find((f) => f.key === "finding.comparisonLacksData")!;
      expect(lacking.text).toBe(translate(locale, "finding.comparisonLacksData", { from: "2024-12", to: "2025-04", months: "2024-12" }));
      expect(lacking.figures).toMatchObject({ months: "2024-12", monthCount: 1 });
      // The figures that are not growths are still there: the baseline GMV of the months that have orders.
      expect(summary.attainment.find((r) => r.metric === "gmv")!.baseline).toBe(summary.comparison.gmv);
      expect(summary.comparison.gmv).toBeGreaterThan(0);
    }
    expect(review(lateShop, "2025-05..2025-09", "zh-CN").findings.find((f) => f.key === "finding.comparisonLacksData")!.text)
      .toBe("不计算增长率：对比期 2024-12 – 2025-04 中 2024-12 没有订单数据，其合计只覆盖部分月份。");
  });

  it("states the growth when every month of both periods has orders", () => {
    const { summary, findings } = review(lateShop, "2025-06..2025-10", "en-US");
    expect(summary.comparison.monthsWithoutData).toEqual([]);
    const growth = summary.attainment.find((r) => r.metric === "gmvGrowth")!;
    expect(growth.actual).toBeCloseTo(summary.gmv / summary.comparison.gmv - 1, 12);
    expect(findings.map((f) => f.key)).toContain("finding.gmvGrowth");
    expect(findings.map((f) => f.key)).not.toContain("finding.comparisonLacksData");
  });

  it("names the period's own months without orders, as runs of months", () => {
    const { summary, findings } = review(lateShop, "2025-08..2025-12", "en-US");
    expect(summary.monthsWithoutData).toEqual(["2025-11", "2025-12"]);
    expect(findings.find((f) => f.key === "finding.periodLacksData")!.text)
      .toBe("No growth is stated: the period has no orders in 2025-11 – 2025-12, so its totals cover only part of it.");
    expect(summary.attainment.find((r) => r.metric === "gmvGrowth")!.actual).toBeNull();
  });

  it("writes both lists into summary.json", () => {
    const json = JSON.parse(JSON.stringify(summaryJson(review(lateShop, "2025-05..2025-09", "en-US"))));
    expect(json.comparison.monthsWithoutData).toEqual(["2024-12"]);
    expect(json.monthsWithoutData).toEqual([]);
  });
});

describe("benchmarks and repurchase growth", () => {
  const base = review(fullShop, "2025-06..2025-10", "en-US");

  it("judges repurchase growth as the growth of the repurchase rate, like the other targets", () => {
    const row = base.summary.attainment.find((r) => r.metric === "repurchaseGrowth")!;
    const growth = base.summary.repurchaseRate! / base.summary.comparison.repurchaseRate! - 1;
    expect(row.actual).toBeCloseTo(growth, 12);
    expect(row.attainment).toBeCloseTo(growth / 0.1, 12);
    expect(row.status).toBe(growth / 0.1 >= 1 ? "met" : growth / 0.1 >= 0.9 ? "near" : "missed");
  });

  it("computes ROI and cost per new buyer over the channels with spend", () => {
    const paid = base.summary.channels.filter((c) => c.spend > 0);
    expect(paid.length).toBeGreaterThan(1);
    const spend = paid.reduce((s, c) => s + c.spend, 0);
    expect(base.summary.roi).toBeCloseTo(paid.reduce((s, c) => s + c.gmv, 0) / spend, 9);
    expect(base.summary.costPerNewBuyer).toBeCloseTo(spend / paid.reduce((s, c) => s + c.newBuyers!, 0), 9);
    // Without a buyer column there is no new buyer: no cost per new buyer, the same ROI.
    const buyerless = review(fullShop, "2025-06..2025-10", "en-US", TARGETS, false).summary;
    expect(buyerless.costPerNewBuyer).toBeNull();
    expect(buyerless.roi).toBe(base.summary.roi);
  });

  it("shows each benchmark beside its figure and writes whether the figure is above or below it, in both languages", () => {
    const s = base.summary;
    // Benchmarks on either side of the figures, so that both statements are written.
    const benchmarks = { conversionRate: s.conversionRate! * 2, costPerNewBuyer: s.costPerNewBuyer! / 2, roi: s.roi! * 1.5, aov: Math.round(s.aov!) };
    for (const locale of LOCALES) {
      const { summary, findings } = review(fullShop, "2025-06..2025-10", locale, { ...TARGETS, benchmarks });
      expect(summary.benchmarks).toEqual(benchmarks);
      const conversion = summary.attainment.find((r) => r.metric === "conversionRate")!;
      expect(conversion).toMatchObject({ target: 0.03, benchmark: benchmarks.conversionRate });
      expect(conversion.benchmarkGap).toBeCloseTo(s.conversionRate! - benchmarks.conversionRate, 12);
      expect(summary.attainment.map((r) => r.metric).slice(-2)).toEqual(["costPerNewBuyer", "roi"]);
      expect(summary.attainment.find((r) => r.metric === "gmv")!.benchmark).toBeNull();

      const text = (metric: string) => findings.find((f) => f.figures.metric === metric)?.text;
      const money = (value: number) => formatCurrency(value, "CNY", locale);
      const label = (metric: "conversionRate" | "costPerNewBuyer" | "roi" | "aov") => translate(locale, `review.metric.${metric}`);
      expect(text("conversionRate")).toBe(translate(locale, "finding.belowBenchmark", { metric: label("conversionRate"), actual: formatPercent(s.conversionRate!), benchmark: formatPercent(benchmarks.conversionRate) }));
      expect(text("costPerNewBuyer")).toBe(translate(locale, "finding.aboveBenchmark", { metric: label("costPerNewBuyer"), actual: money(s.costPerNewBuyer!), benchmark: money(benchmarks.costPerNewBuyer) }));
      expect(text("roi")).toBe(translate(locale, "finding.belowBenchmark", { metric: label("roi"), actual: formatRatio(s.roi!), benchmark: formatRatio(benchmarks.roi) }));
      // The AOV as shown rounds to the benchmark: level with it.
      expect(text("aov")).toBe(translate(locale, "finding.atBenchmark", { metric: label("aov"), actual: money(s.aov!), benchmark: money(benchmarks.aov) }));
    }
    const zh = review(fullShop, "2025-06..2025-10", "zh-CN", { benchmarks: { conversionRate: 0.5 } }).findings.find((f) => f.key === "finding.belowBenchmark")!;
    expect(zh.text).toBe(`转化率 ${formatPercent(s.conversionRate!)}，低于行业基准 50.0%。`);
    const en = review(fullShop, "2025-06..2025-10", "en-US", { benchmarks: { conversionRate: 0.5 } }).findings.find((f) => f.key === "finding.belowBenchmark")!;
    expect(en.text).toBe(`Conversion rate ${formatPercent(s.conversionRate!)}, below the 50.0% benchmark.`);
  });

  it("writes no benchmark row, column value or finding without benchmarks", () => {
    expect(base.summary.benchmarks).toEqual({});
    expect(base.summary.attainment.map((r) => r.metric)).not.toContain("roi");
    expect(base.summary.attainment.every((r) => r.benchmark === null && r.benchmarkGap === null)).toBe(true);
    expect(base.findings.some((f) => f.key.endsWith("Benchmark"))).toBe(false);
  });
});
