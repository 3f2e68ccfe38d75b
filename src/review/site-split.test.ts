import { describe, expect, it } from "vitest";
import { LOCALES, translate } from "../i18n/messages";
import { OFFSITE_GMV, ONSITE_GMV, PERIOD_GMV, siteSplitShopInputs as inputs, VISITORS } from "../../test/support/site-split-shop";
import { summaryJson } from "../cli/summary-json";
import { buildReview } from "./build-review";
import { NOTABLE_ROI_CHANGE, siteFindings } from "./site-findings";

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

  it("counts a paying buyer once per side and month: b6 paid through two on-site channels in June, b3 on both sides, b5 in June and July", () => {
    // On-site in June: b1 (手淘搜索), b5 (直通车), b6 (手淘搜索 and 直通车, once) → 3; in July: b3 (手淘搜索), b5 (直通车) → 2.
    // Visitors are the traffic table's months added up, so buyers are too: 5. Off-site, June: b3, b4.
    expect(side("onsite")).toMatchObject({ converted: 5 });
    expect(side("offsite")).toMatchObject({ converted: 2 });
    expect(side("onsite").conversionRate).toBeCloseTo(5 / 300, 12);
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
      expect(traffic.figures).toMatchObject({ offsiteTrafficShare: 600 / VISITORS, offsiteConversion: 2 / 600, onsiteConversion: 5 / 300 });
      expect(traffic.figures.gapPoints).toBeCloseTo(Math.round((2 / 600 - 5 / 300) * 1000) / 10, 9);
      // 66.7% of visitors, 40.0% of GMV, 0.3% against 1.7%: 1.3 points below.
      expect(traffic.text).toBe(translate(locale, "finding.siteTraffic", {
        trafficShare: "66.7%", gmvShare: `${((OFFSITE_GMV / PERIOD_GMV) * 100).toFixed(1)}%`, offsite: "0.3%", onsite: "1.7%", gap: "1.3", direction: translate(locale, "finding.direction.below"),
      }));
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

  it("states the repurchase gap once each side brought 30 new buyers or more, in both languages", () => {
    for (const locale of LOCALES) {
      const { summary } = buildReview(inputs(locale));
      // The shop's rates (on-site 2 of 2, off-site 1 of 2), as if each side had brought 40 new buyers.
      const findings = siteFindings({ ...summary, siteSplit: summary.siteSplit.map((side) => ({ ...side, newBuyers: 40 })) }, locale);
      const repurchase = findings.find((f) => f.key === "finding.siteRepurchase")!;
      expect(repurchase.text).toBe(translate(locale, "finding.siteRepurchase", {
        offsite: "50.0%", offsiteNew: "40", onsite: "100.0%", onsiteNew: "40", gap: "50.0", direction: translate(locale, "finding.direction.below"),
      }));
      expect(repurchase.figures).toMatchObject({ offsiteRepurchase: 0.5, onsiteRepurchase: 1, gapPoints: -50 });
      const fewer = siteFindings({ ...summary, siteSplit: summary.siteSplit.map((side) => ({ ...side, newBuyers: side.site === "offsite" ? 29 : 40 })) }, locale);
      expect(fewer.map((f) => f.key)).not.toContain("finding.siteRepurchase");
    }
  });

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

describe("summary.json: the on-site / off-site keys", () => {
  it("holds the split, each channel's comparison ROI and the findings' figures, as JSON writes them", () => {
    const model = buildReview(inputs("zh-CN"));
    const json = JSON.parse(JSON.stringify(summaryJson(model)));
    expect(Object.keys(json.siteSplit[0]).sort()).toEqual(
      ["conversionRate", "converted", "gmv", "gmvShare", "newBuyers", "orders", "repurchaseRate", "site", "trafficShare", "visitors"]);
    expect(json.siteSplit).toEqual(model.summary.siteSplit);
    expect(json.comparisonRoiMissingMonths).toEqual([]);
    const tencent = json.channels.find((c: { channel: string }) => c.channel === "腾讯广告");
    expect(tencent).toMatchObject({ comparisonSpend: 200, site: "offsite" });
    expect(tencent.comparisonRoi).toBeCloseTo(0.6, 12);
    expect(tencent.gmvShare).toBeCloseTo(OFFSITE_GMV / PERIOD_GMV, 12);
    const keys = json.findings.map((f: { key: string }) => f.key);
    for (const key of ["finding.siteTraffic", "finding.roiRose", "finding.roiFell"]) expect(keys).toContain(key);
    expect(json.findings.find((f: { key: string }) => f.key === "finding.siteTraffic").text).toContain("个百分点");
  });
});
