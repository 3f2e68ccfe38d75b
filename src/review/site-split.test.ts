import { describe, expect, it } from "vitest";
import { LOCALES, translate, type Locale } from "../i18n/messages";
import { buildReview } from "./build-review";
import { readOrderTable } from "./order-table";
import type { ChannelMonthTable, ReviewInputs } from "./review-inputs";
import { parseMonthRange } from "./review-period";
import { NOTABLE_ROI_CHANGE } from "./site-findings";

// ---- a shop small enough to compute by hand ------------------------------------------------------
// Period June–July 2025, compared with April–May. Channels: 手淘搜索 and 直通车 (on-site), 腾讯广告
// (off-site), 其他 (neither). Buyer b3 pays on both sides; b6 through two on-site channels.

const APRIL_1 = 45748;
const JUNE_1 = 45809;
const ORDERS: readonly [amount: number, day: number, buyer: string, channel: string][] = [
  // The comparison period: b1 first buys through 腾讯广告 (so is no new buyer of the period), b2 through 直通车.
  [120, APRIL_1 + 9, "b1", "腾讯广告"],
  [80, APRIL_1 + 34, "b2", "直通车"],
  // The period.
  [100, JUNE_1 + 1, "b1", "手淘搜索"],
  [200, JUNE_1 + 2, "b3", "腾讯广告"],
  [50, JUNE_1 + 30, "b3", "手淘搜索"],
  [60, JUNE_1 + 9, "b4", "腾讯广告"],
  [90, JUNE_1 + 11, "b5", "直通车"],
  [40, JUNE_1 + 31, "b5", "直通车"],
  [30, JUNE_1 + 19, "b6", "手淘搜索"],
  [70, JUNE_1 + 24, "b6", "直通车"],
  [10, JUNE_1 + 34, "b7", "其他"],
];

const APRIL = 2025 * 12 + 3;
function channelMonths(rows: readonly [channel: string, month: number, value: number][]): ChannelMonthTable {
  return { channels: rows.map((r) => r[0]), months: Int32Array.from(rows.map((r) => APRIL + r[1])), values: Float64Array.from(rows.map((r) => r[2])) };
}
// Months counted from April: 0 April, 1 May, 2 June, 3 July. 其他 has no traffic.
const TRAFFIC = channelMonths([["手淘搜索", 2, 100], ["手淘搜索", 3, 100], ["直通车", 2, 50], ["直通车", 3, 50], ["腾讯广告", 2, 300], ["腾讯广告", 3, 300], ["腾讯广告", 0, 999]]);
const SPEND = channelMonths([["腾讯广告", 0, 100], ["腾讯广告", 1, 100], ["腾讯广告", 2, 150], ["腾讯广告", 3, 150], ["直通车", 1, 25], ["直通车", 2, 60], ["直通车", 3, 40]]);

function inputs(locale: Locale, options: { withBuyer?: boolean; traffic?: boolean; spend?: boolean; compare?: ReviewInputs["compare"] } = {}): ReviewInputs {
  const { withBuyer = true, traffic = true, spend = true, compare = "previous" } = options;
  const grid = [["amount", "time", "buyer", "channel"], ...ORDERS.map(([amount, day, buyer, channel]) => [amount, day + 0.5, buyer, channel])];
  const orders = readOrderTable(grid, { amount: 0, time: 1, buyer: withBuyer ? 2 : undefined, channel: 3 }, { sheet: "orders", headerRow: 0 }).table;
  return {
    orders, skipped: [], traffic: traffic ? TRAFFIC : undefined, spend: spend ? SPEND : undefined,
    period: parseMonthRange("2025-06..2025-07")!, compare, targets: {}, locale, sources: ["orders"], generatedAt: new Date(0),
  };
}

// The figures, worked out by hand from the rows above.
const PERIOD_GMV = 100 + 200 + 50 + 60 + 90 + 40 + 30 + 70 + 10;
const ONSITE_GMV = (100 + 50 + 30) + (90 + 40 + 70);
const OFFSITE_GMV = 200 + 60;
const VISITORS = 200 + 100 + 600;

describe("summarizeSites and the channels' ROI against the comparison period, on a shop computed by hand", () => {
  const summary = buildReview(inputs("en-US")).summary;
  const side = (site: string) => summary.siteSplit.find((s) => s.site === site)!;
  const channel = (name: string) => summary.channels.find((c) => c.channel === name)!;

  it("lists on-site, off-site, then the unclassified channel", () => {
    expect(summary.siteSplit.map((s) => s.site)).toEqual(["onsite", "offsite", "unclassified"]);
  });

  it("sums GMV, orders and visitors per side, with shares of the whole shop", () => {
    expect(summary.gmv).toBe(PERIOD_GMV);
    expect(side("onsite")).toMatchObject({ gmv: ONSITE_GMV, orders: 6, visitors: 300 });
    expect(side("offsite")).toMatchObject({ gmv: OFFSITE_GMV, orders: 2, visitors: 600 });
    expect(side("unclassified")).toMatchObject({ gmv: 10, orders: 1, visitors: 0, trafficShare: 0, conversionRate: null });
    expect(side("onsite").gmvShare).toBeCloseTo(ONSITE_GMV / PERIOD_GMV, 12);
    expect(side("offsite").gmvShare).toBeCloseTo(OFFSITE_GMV / PERIOD_GMV, 12);
    expect(side("onsite").trafficShare).toBeCloseTo(300 / VISITORS, 12);
    expect(side("offsite").trafficShare).toBeCloseTo(600 / VISITORS, 12);
    expect(channel("直通车").gmvShare).toBeCloseTo(200 / PERIOD_GMV, 12);
  });

  it("counts a paying buyer once per side: b6 paid through two on-site channels, b3 on both sides", () => {
    // On-site: b1, b3, b6 through 手淘搜索, b5 and b6 through 直通车 → 4 buyers, not 5. Off-site: b3, b4.
    expect(side("onsite")).toMatchObject({ converted: 4 });
    expect(side("offsite")).toMatchObject({ converted: 2 });
    expect(side("onsite").conversionRate).toBeCloseTo(4 / 300, 12);
    expect(side("offsite").conversionRate).toBeCloseTo(2 / 600, 12);
    // 其他 has no visitors: its buyer b7 converts on no side.
    expect(side("unclassified").converted).toBe(0);
  });

  it("gives the new buyers each side brought and their repurchase", () => {
    // New in the period: b5 (直通车) and b6 (手淘搜索) on-site, both ordering twice; b3 (twice) and b4 (once) off-site; b7 (once) through 其他.
    expect(side("onsite")).toMatchObject({ newBuyers: 2, repurchaseRate: 1 });
    expect(side("offsite")).toMatchObject({ newBuyers: 2, repurchaseRate: 0.5 });
    expect(side("unclassified")).toMatchObject({ newBuyers: 1, repurchaseRate: 0 });
  });

  it("gives each channel's ROI in the comparison period, and its change", () => {
    // 腾讯广告: 120 ÷ 200 before, 260 ÷ 300 now. 直通车: 80 ÷ 25 before, 200 ÷ 100 now.
    expect(channel("腾讯广告")).toMatchObject({ comparisonSpend: 200 });
    expect(channel("腾讯广告").comparisonRoi).toBeCloseTo(0.6, 12);
    expect(channel("腾讯广告").roi).toBeCloseTo(260 / 300, 12);
    expect(channel("腾讯广告").roiChange).toBeCloseTo(260 / 300 / 0.6 - 1, 12);
    expect(channel("直通车").comparisonRoi).toBeCloseTo(80 / 25, 12);
    expect(channel("直通车").roiChange).toBeCloseTo(2 / 3.2 - 1, 12);
    expect(channel("手淘搜索")).toMatchObject({ comparisonSpend: 0, comparisonRoi: null, roiChange: null });
    expect(summary.comparisonRoiMissingMonths).toEqual([]);
  });

  it("counts orders, not buyers, without a buyer column, and leaves new buyers out", () => {
    const buyerless = buildReview(inputs("en-US", { withBuyer: false })).summary;
    const onsite = buyerless.siteSplit.find((s) => s.site === "onsite")!;
    expect(onsite).toMatchObject({ converted: 6, newBuyers: null, repurchaseRate: null });
    expect(onsite.conversionRate).toBeCloseTo(6 / 300, 12);
    expect(buyerless.siteSplit.find((s) => s.site === "offsite")).toMatchObject({ converted: 2 });
  });

  it("leaves visitors, shares and conversion out without traffic", () => {
    const noTraffic = buildReview(inputs("en-US", { traffic: false })).summary;
    for (const row of noTraffic.siteSplit) expect(row).toMatchObject({ visitors: null, trafficShare: null, converted: null, conversionRate: null });
    expect(noTraffic.siteSplit[0].gmv).toBe(ONSITE_GMV);
  });

  it("compares no ROI with a comparison period that has months without orders, and names them", () => {
    const yoy = buildReview(inputs("en-US", { compare: "yoy" })).summary;
    expect(yoy.comparisonRoiMissingMonths).toEqual(["2024-06", "2024-07"]);
    for (const c of yoy.channels) expect(c).toMatchObject({ comparisonRoi: null, roiChange: null });
  });
});

describe("the on-site / off-site findings, on the same shop", () => {
  for (const locale of LOCALES) {
    it(`states the traffic and conversion gap, and each notable ROI change, in ${locale}`, () => {
      const { findings, summary } = buildReview(inputs(locale));
      const find = (key: string) => findings.find((f) => f.key === key);
      const traffic = find("finding.siteTraffic")!;
      expect(traffic.figures).toMatchObject({ offsiteTrafficShare: 600 / VISITORS, offsiteConversion: 2 / 600, onsiteConversion: 4 / 300 });
      expect(traffic.figures.gapPoints).toBeCloseTo(Math.round((2 / 600 - 4 / 300) * 1000) / 10, 9);
      // 66.7% of visitors, 40.0% of GMV, 0.3% against 1.3%.
      for (const text of ["66.7%", `${((OFFSITE_GMV / PERIOD_GMV) * 100).toFixed(1)}%`, "0.3%", "1.3%", "-1.0"]) expect(traffic.text, text).toContain(text);
      // Each side brought only two new buyers: too few to compare their repurchase.
      expect(find("finding.siteRepurchase")).toBeUndefined();

      const rose = find("finding.roiRose")!;
      expect(rose.figures).toMatchObject({ channel: "腾讯广告", before: 0.6 });
      expect(rose.text).toBe(translate(locale, "finding.roiRose", {
        channel: "腾讯广告", before: "0.60", after: (260 / 300).toFixed(2), change: `+${((260 / 300 / 0.6 - 1) * 100).toFixed(1)}%`, spend: "¥300",
      }));
      const fell = find("finding.roiFell")!;
      expect(fell.text).toBe(translate(locale, "finding.roiFell", { channel: "直通车", before: "3.20", after: "2.00", change: "-37.5%", spend: "¥100" }));
      // Stated largest move first.
      expect(findings.indexOf(rose)).toBeLessThan(findings.indexOf(fell));
      expect(summary.channels.filter((c) => c.roiChange !== null && Math.abs(c.roiChange) >= NOTABLE_ROI_CHANGE)).toHaveLength(2);
    });
  }

  it("states that ROI is not compared when the comparison period lacks orders, in both languages", () => {
    for (const locale of LOCALES) {
      const { findings } = buildReview(inputs(locale, { compare: "yoy" }));
      const keys = findings.map((f) => f.key);
      expect(keys).toContain("finding.roiNotCompared");
      expect(keys).not.toContain("finding.roiFell");
      expect(keys).not.toContain("finding.roiRose");
      expect(findings.find((f) => f.key === "finding.roiNotCompared")!.text).toContain("2024-06, 2024-07");
    }
  });

  it("writes no traffic finding without traffic, and no ROI finding without spend", () => {
    const keys = buildReview(inputs("zh-CN", { traffic: false, spend: false })).findings.map((f) => f.key);
    for (const key of ["finding.siteTraffic", "finding.roiFell", "finding.roiRose", "finding.roiNotCompared"]) expect(keys).not.toContain(key);
  });
});
