import { describe, expect, it } from "vitest";
import { LOCALES, translate, type Locale, type MessageKey } from "../i18n/messages";
import { writeFindings, type Finding } from "./review-findings";
import type { ReviewSummary, ChannelSummary, AttainmentRow } from "./review-summary";
import type { BandFigures, MonthFigures } from "./review-figures";
import { formatCurrency, formatPercent } from "./format-figures";

// ---- a summary shaped like the June–October 2025 review of PRODUCT.md ---------------------------

const MONTHS = ["2025-06", "2025-07", "2025-08", "2025-09", "2025-10"];
const AOV = [188, 195, 162, 172, 176];
const ORDERS = [23_000, 21_000, 21_000, 23_000, 22_000];
const NEW_BUYERS = [12_400, 10_170, 11_050, 11_800, 11_500];

const monthly: MonthFigures[] = MONTHS.map((month, i) => ({
  month, gmv: AOV[i] * ORDERS[i], orders: ORDERS[i], buyers: ORDERS[i] - 2_000, aov: AOV[i], aovPerBuyer: (AOV[i] * ORDERS[i]) / (ORDERS[i] - 2_000),
  newBuyers: NEW_BUYERS[i], returningBuyers: ORDERS[i] - 2_000 - NEW_BUYERS[i], grossMargin: 0.2,
}));
const gmv = monthly.reduce((s, m) => s + m.gmv, 0);
const orders = monthly.reduce((s, m) => s + m.orders, 0);

function bands(shares: readonly number[]): BandFigures[] {
  const edges = [null, 50, 100, 200, 500, null];
  return shares.map((share, k) => ({
    band: `band${k}`, low: edges[k], high: edges[k + 1], orders: share * 1000, orderShare: share, gmv: share * 100_000, gmvShare: share, grossMargin: 0.2,
  }));
}

function channel(name: string, figures: Partial<ChannelSummary>): ChannelSummary {
  return {
    channel: name, gmv: 1e6, orders: 5000, spend: 0, roi: null, newBuyers: 1000, cac: null, repurchaseRate: 0.3, trafficShare: 0.2, visitors: 100_000,
    conversionRate: 0.03, site: null, gmvShare: 0.1, comparisonSpend: 0, comparisonRoi: null, roiChange: null, ...figures,
  };
}

function attainmentRow(metric: AttainmentRow["metric"], target: number | null, actual: number | null): AttainmentRow {
  const attainment = target !== null && actual !== null ? actual / target : null;
  return {
    metric, baseline: null, target, actual, attainment, gap: attainment === null ? null : actual! - target!,
    status: attainment === null ? null : attainment >= 1 ? "met" : attainment >= 0.9 ? "near" : "missed", benchmark: null, benchmarkGap: null,
  };
}

const FULL: ReviewSummary = {
  attribution: null,
  currency: "CNY",
  period: { from: "2025-06", to: "2025-10" },
  comparisonPeriod: { from: "2025-01", to: "2025-05", mode: "previous" },
  gmv, orders, buyers: 90_000, aov: gmv / orders, aovPerBuyer: gmv / 90_000, grossMargin: 0.182, repurchaseRate: 0.21, newBuyers: 56_920,
  conversionRate: 0.032, convertedBuyers: 89_600, visitors: 2_800_000, monthsWithoutData: [], roi: null, costPerNewBuyer: null, benchmarks: {},
  marginBand: { low: 0.08, high: 0.12 }, itemsOutsideMarginBand: [],
  promotionMargin: { rule: "belowUsualPrice", priceDrop: 0.05, listed: null, listedNotFound: [], items: 0, checked: 0, inside: 0, below: 0, above: 0, undetermined: "noneBelowUsualPrice" },
  excludedByStatus: 0, excludedByStatusComparison: 0, excludedByStatusUndated: 0, unpaidOrders: 0, ordersRead: 0, orderLines: 0, amountShape: null,
  comparison: {
    gmv: gmv / 1.125, orders: 100_000, buyers: 80_000, aov: gmv / 1.125 / 100_000, aovPerBuyer: gmv / 1.125 / 80_000, grossMargin: 0.25, repurchaseRate: 0.2, newBuyers: 50_000,
    monthsWithoutData: [],
  },
  monthly,
  priceBands: bands([0.36, 0.26, 0.22, 0.12, 0.04]),
  comparisonPriceBands: bands([0.3, 0.28, 0.25, 0.13, 0.04]),
  bandMixByMonth: MONTHS.map((month, i) => ({ month, orderShares: [[0.3, 0.33, 0.42, 0.39, 0.38][i], 0.25, 0.2, 0.15, 0.1] })),
  channels: [
    channel("站内自然", { gmv: 6.2e6, newBuyers: 14_000, repurchaseRate: 0.34, site: "onsite" }),
    channel("腾讯广告", { gmv: 3.96e6, spend: 4.4e6, roi: 0.9, newBuyers: 115_789, cac: 38, repurchaseRate: 0.18, site: "offsite" }),
    channel("巨量引擎", { gmv: 5.34e6, spend: 3.34e6, roi: 1.6, newBuyers: 200_000, cac: 16.7, repurchaseRate: 0.2, site: "offsite" }),
    channel("小渠道", { gmv: 1e4, newBuyers: 5, repurchaseRate: 0.9 }),
  ],
  conversion: [],
  siteSplit: [],
  comparisonRoiMissingMonths: [],
  cohorts: [
    { cohort: "2025-06", size: 12_400, retention: [1, 0.21, 0.15] },
    { cohort: "2025-07", size: 10_170, retention: [1, 0.19] },
    { cohort: "2025-08", size: 11_050, retention: [1] },
  ],
  rfmSegments: [
    { segment: "champions", buyers: 9_000, buyerShare: 0.1, gmv: 5e6, gmvShare: 0.25, action: "" },
    { segment: "lost", buyers: 20_000, buyerShare: 0.22, gmv: 1e6, gmvShare: 0.05, action: "" },
  ],
  attainment: [
    attainmentRow("gmv", 25e6, gmv),
    attainmentRow("gmvGrowth", 0.25, 0.125),
    attainmentRow("aov", null, gmv / orders),
    attainmentRow("aovGrowth", null, 0.05),
    attainmentRow("repurchaseRate", 0.3, 0.21),
    attainmentRow("conversionRate", 0.035, 0.032),
    attainmentRow("grossMargin", 0.08, 0.182),
  ],
  skipped: [{ sheet: "订单", row: 7, reason: "缺少下单时间" }],
  firstProduct: { reason: "noItemColumn" }, experiments: [],
};

/** The summary with nothing in it: a period without orders, no targets, no costs, no spend, no traffic. */
const EMPTY: ReviewSummary = {
  ...FULL,
  gmv: 0, orders: 0, buyers: 0, aov: null, aovPerBuyer: null, grossMargin: null, repurchaseRate: null, newBuyers: 0, conversionRate: null, visitors: null,
  comparison: { gmv: 0, orders: 0, buyers: 0, aov: null, aovPerBuyer: null, grossMargin: null, repurchaseRate: null, newBuyers: 0, monthsWithoutData: [] },
  monthly: MONTHS.map((month) => ({ month, gmv: 0, orders: 0, buyers: 0, aov: null, aovPerBuyer: null, newBuyers: 0, returningBuyers: 0, grossMargin: null })),
  priceBands: bands([0, 0, 0, 0, 0]),
  comparisonPriceBands: bands([0, 0, 0, 0, 0]),
  bandMixByMonth: MONTHS.map((month) => ({ month, orderShares: [0, 0, 0, 0, 0] })),
  channels: [],
  cohorts: [],
  rfmSegments: [],
  attainment: FULL.attainment.map((row) => attainmentRow(row.metric, null, null)),
  skipped: [],
};

/** FULL as an export without a buyer column (抖店, 拼多多) reads it: every figure of buyers null or empty. */
const BUYERLESS: ReviewSummary = {
  ...FULL,
  buyers: null, aovPerBuyer: null, repurchaseRate: null, newBuyers: null,
  comparison: { ...FULL.comparison, buyers: null, aovPerBuyer: null, repurchaseRate: null, newBuyers: null },
  monthly: FULL.monthly.map((m) => ({ ...m, buyers: null, aovPerBuyer: null, newBuyers: null, returningBuyers: null })),
  channels: FULL.channels.map((c) => ({ ...c, newBuyers: null, cac: null, repurchaseRate: null })),
  cohorts: [],
  rfmSegments: [],
  attainment: FULL.attainment.map((row) => (row.metric === "repurchaseRate" ? attainmentRow("repurchaseRate", 0.3, null) : row)),
};

const keysOf = (findings: readonly Finding[]) => findings.map((f) => f.key);
const findingOf = (findings: readonly Finding[], key: MessageKey) => findings.find((f) => f.key === key);

function expectCleanText(findings: readonly Finding[]): void {
  for (const finding of findings) {
    expect(finding.text, finding.key).not.toMatch(/undefined|NaN|Infinity|null|\{|\}/);
    expect(finding.text.length, finding.key).toBeGreaterThan(10);
    for (const value of Object.values(finding.figures)) if (typeof value === "number") expect(Number.isFinite(value), `${finding.key} ${value}`).toBe(true);
  }
}

describe("writeFindings", () => {
  it("writes every finding when every figure exists, in the review's order", () => {
    const findings = writeFindings(FULL, "en-US", { aov: 180 });
    expect(keysOf(findings)).toEqual([
      "finding.gmvAttainment", "finding.gmvGrowth", "finding.repurchaseTarget", "finding.lowestAovMonthTarget", "finding.lowBandShift", "finding.marginChange",
      "finding.worstRoi", "finding.highestCac", "finding.repurchaseGap", "finding.newBuyersDrop", "finding.retentionM1", "finding.topSegment", "finding.skipped",
    ]);
  });

  it("writes nothing it has no figures for", () => {
    for (const locale of LOCALES) {
      const findings = writeFindings(EMPTY, locale, {});
      expect(findings).toEqual([]);
    }
  });

  it("writes no finding on a figure of buyers when the orders have no buyer column", () => {
    for (const locale of LOCALES) {
      expect(keysOf(writeFindings(BUYERLESS, locale, { aov: 180 }))).toEqual([
        "finding.gmvAttainment", "finding.gmvGrowth", "finding.lowestAovMonthTarget", "finding.lowBandShift", "finding.marginChange", "finding.worstRoi", "finding.skipped",
      ]);
    }
  });

  it("never shows undefined, NaN, a placeholder or a brace, in either language", () => {
    for (const locale of LOCALES) {
      for (const summary of [FULL, EMPTY, BUYERLESS]) for (const targets of [{}, { aov: 180 }, { aov: 150 }]) expectCleanText(writeFindings(summary, locale, targets));
    }
  });

  it("writes both languages from the same figures", () => {
    const en = writeFindings(FULL, "en-US", { aov: 180 });
    const zh = writeFindings(FULL, "zh-CN", { aov: 180 });
    expect(keysOf(zh)).toEqual(keysOf(en));
    expect(zh.map((f) => f.figures)).toEqual(en.map((f) => f.figures));
    zh.forEach((finding, i) => {
      expect(finding.text).not.toBe(en[i].text);
      expect(finding.text, finding.key).toMatch(/[\u4e00-\u9fff]/);
    });
  });

  describe("each finding names its figures", () => {
    const money = (value: number, locale: Locale = "en-US") => formatCurrency(value, "CNY", locale);

    it("GMV attainment: actual, target, attainment and the localized status; only with a GMV target", () => {
      for (const locale of LOCALES) {
        const finding = findingOf(writeFindings(FULL, locale), "finding.gmvAttainment")!;
        for (const part of [money(gmv, locale), money(25e6, locale), formatPercent(gmv / 25e6), translate(locale, "review.status.missed")]) expect(finding.text).toContain(part);
      }
      expect(money(gmv)).toBe("¥19.65M");
      expect(money(gmv, "zh-CN")).toBe("¥1964.9万");
      const noTarget = { ...FULL, attainment: FULL.attainment.map((row) => (row.metric === "gmv" ? attainmentRow("gmv", null, gmv) : row)) };
      expect(keysOf(writeFindings(noTarget, "en-US"))).not.toContain("finding.gmvAttainment");
    });

    it("GMV growth: growth and both GMVs; only with a comparison GMV", () => {
      const finding = findingOf(writeFindings(FULL, "en-US"), "finding.gmvGrowth")!;
      expect(finding.text).toContain("+12.5%");
      expect(finding.figures.growth).toBeCloseTo(0.125, 12);
      const noComparison = { ...FULL, comparison: { ...FULL.comparison, gmv: 0 } };
      expect(keysOf(writeFindings(noComparison, "en-US"))).not.toContain("finding.gmvGrowth");
    });

    it("repurchase target: actual and target; only with a repurchase target", () => {
      const finding = findingOf(writeFindings(FULL, "en-US"), "finding.repurchaseTarget")!;
      expect(finding.text).toContain("21.0%");
      expect(finding.text).toContain("30.0%");
      const noTarget = { ...FULL, attainment: FULL.attainment.map((row) => (row.metric === "repurchaseRate" ? attainmentRow("repurchaseRate", null, 0.21) : row)) };
      expect(keysOf(writeFindings(noTarget, "en-US"))).not.toContain("finding.repurchaseTarget");
    });

    it("lowest-AOV month: that month and its AOV, against the target when it is under it, else against the average", () => {
      for (const locale of LOCALES) {
        const underTarget = findingOf(writeFindings(FULL, locale, { aov: 180 }), "finding.lowestAovMonthTarget")!;
        for (const part of ["2025-08", money(162, locale), money(180, locale), "10.0%"]) expect(underTarget.text).toContain(part);
        expect(underTarget.figures).toMatchObject({ month: "2025-08", aov: 162, target: 180 });

        const aboveTarget = writeFindings(FULL, locale, { aov: 150 });
        expect(keysOf(aboveTarget)).not.toContain("finding.lowestAovMonthTarget");
        const average = findingOf(aboveTarget, "finding.lowestAovMonth")!;
        for (const part of ["2025-08", money(162, locale), money(FULL.aov!, locale)]) expect(average.text).toContain(part);
        expect(average.figures.gap as number).toBeGreaterThan(0);

        expect(keysOf(writeFindings(FULL, locale))).toContain("finding.lowestAovMonth");
      }
      const oneMonth = { ...FULL, monthly: FULL.monthly.slice(0, 1) };
      expect(keysOf(writeFindings(oneMonth, "en-US", { aov: 180 })).filter((k) => k.startsWith("finding.lowestAov"))).toEqual([]);
    });

    it("low price band: the edge, the share before and the peak month's share; only with a comparison", () => {
      const finding = findingOf(writeFindings(FULL, "en-US"), "finding.lowBandShift")!;
      for (const part of [money(50), "30.0%", "42.0%", "2025-08"]) expect(finding.text).toContain(part);
      const noComparison = { ...FULL, comparison: { ...FULL.comparison, orders: 0 } };
      expect(keysOf(writeFindings(noComparison, "en-US"))).not.toContain("finding.lowBandShift");
    });

    it("margin change: points, before and after; only with both margins", () => {
      const finding = findingOf(writeFindings(FULL, "en-US"), "finding.marginChange")!;
      for (const part of ["-6.8", "25.0%", "18.2%"]) expect(finding.text).toContain(part);
      expect(finding.figures.changePoints).toBe(-6.8);
      expect(keysOf(writeFindings({ ...FULL, grossMargin: null }, "en-US"))).not.toContain("finding.marginChange");
      expect(keysOf(writeFindings({ ...FULL, comparison: { ...FULL.comparison, grossMargin: null } }, "en-US"))).not.toContain("finding.marginChange");
    });

    it("channels: the lowest ROI and the highest cost per new buyer, by name; only with spend", () => {
      const findings = writeFindings(FULL, "en-US");
      const roi = findingOf(findings, "finding.worstRoi")!;
      for (const part of ["腾讯广告", "0.90", money(4.4e6)]) expect(roi.text).toContain(part);
      const cac = findingOf(findings, "finding.highestCac")!;
      for (const part of ["腾讯广告", money(38)]) expect(cac.text).toContain(part);
      const unpaid = { ...FULL, channels: FULL.channels.map((c) => ({ ...c, spend: 0, roi: null, cac: null })) };
      expect(keysOf(writeFindings(unpaid, "en-US")).filter((k) => k === "finding.worstRoi" || k === "finding.highestCac")).toEqual([]);
    });

    it("repurchase gap: the best and worst channel with enough new buyers, and their rates", () => {
      const finding = findingOf(writeFindings(FULL, "en-US"), "finding.repurchaseGap")!;
      for (const part of ["站内自然", "34.0%", "腾讯广告", "18.0%"]) expect(finding.text).toContain(part);
      // 小渠道 has 90% but only 5 new buyers: too few to compare.
      expect(finding.text).not.toContain("小渠道");
      const one = { ...FULL, channels: FULL.channels.slice(0, 1) };
      expect(keysOf(writeFindings(one, "en-US"))).not.toContain("finding.repurchaseGap");
    });

    it("new-buyer drop: the month, the drop and both counts; only for a drop of 10% or more", () => {
      const finding = findingOf(writeFindings(FULL, "en-US"), "finding.newBuyersDrop")!;
      for (const part of ["2025-07", "18.0%", "12,400", "10,170"]) expect(finding.text).toContain(part);
      const steady = { ...FULL, monthly: FULL.monthly.map((m) => ({ ...m, newBuyers: 10_000 })) };
      expect(keysOf(writeFindings(steady, "en-US"))).not.toContain("finding.newBuyersDrop");
    });

    it("month-1 retention: the size-weighted average over cohorts with a month 1", () => {
      const finding = findingOf(writeFindings(FULL, "en-US"), "finding.retentionM1")!;
      const rate = (0.21 * 12_400 + 0.19 * 10_170) / (12_400 + 10_170);
      expect(finding.figures.rate).toBeCloseTo(rate, 12);
      expect(finding.text).toContain(formatPercent(rate));
      const young = { ...FULL, cohorts: FULL.cohorts.map((c) => ({ ...c, retention: [1] })) };
      expect(keysOf(writeFindings(young, "en-US"))).not.toContain("finding.retentionM1");
    });

    it("top segment: the champions' share of buyers and of GMV, named in the language", () => {
      for (const locale of LOCALES) {
        const finding = findingOf(writeFindings(FULL, locale), "finding.topSegment")!;
        for (const part of [translate(locale, "segment.champions"), "10.0%", "25.0%"]) expect(finding.text).toContain(part);
      }
      const none = { ...FULL, rfmSegments: [{ segment: "champions" as const, buyers: 0, buyerShare: 0, gmv: 0, gmvShare: 0, action: "" }] };
      expect(keysOf(writeFindings(none, "en-US"))).not.toContain("finding.topSegment");
    });

    it("skipped rows: their count", () => {
      const finding = findingOf(writeFindings(FULL, "en-US"), "finding.skipped")!;
      expect(finding.text).toContain("1");
      expect(finding.figures).toEqual({ count: 1 });
    });
  });

  it("leaves out the low-band finding when there are no price band edges", () => {
    const oneBand = { ...FULL, priceBands: [{ ...FULL.priceBands[0], low: null, high: null }], comparisonPriceBands: [{ ...FULL.priceBands[0], low: null, high: null }] };
    expect(keysOf(writeFindings(oneBand, "en-US"))).not.toContain("finding.lowBandShift");
  });
});
