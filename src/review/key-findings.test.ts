import { describe, expect, it } from "vitest";
import type { MessageKey } from "../i18n/messages";
import { KEY_FINDINGS_MAX, KEY_FINDING_THEMES, keyFindings } from "./key-findings";
import type { Finding } from "./review-findings";

const finding = (key: string, text = key): Finding => ({ key: key as MessageKey, text, figures: {} });
const keysOf = (findings: readonly Finding[]) => findings.map((f) => f.key);

describe("keyFindings: the conclusions of the first page", () => {
  it("takes one finding per theme, in the themes' order, whatever the review's order", () => {
    const all = ["finding.topSegment", "finding.siteTraffic", "finding.gmvGrowth", "finding.repurchaseTarget", "finding.highestCac"].map((k) => finding(k));
    expect(keysOf(keyFindings(all))).toEqual(["finding.gmvGrowth", "finding.repurchaseTarget", "finding.siteTraffic", "finding.highestCac", "finding.topSegment"]);
  });

  it("prefers a target's attainment to a plain growth within a theme, and states only one of them", () => {
    const picked = keysOf(keyFindings([finding("finding.gmvGrowth"), finding("finding.gmvAttainment")]));
    expect(picked).toEqual(["finding.gmvAttainment"]);
  });

  it("states what kept buyers away right after repurchase, what moved AOV, and a proven test, each preferring its sharpest finding", () => {
    const all = ["finding.experimentSignificant", "finding.aovSplit", "finding.addOnShare", "finding.lateShipping", "finding.lateShippingRepurchase", "finding.repurchaseTarget"]
      .map((k) => finding(k));
    expect(keysOf(keyFindings(all))).toEqual(["finding.repurchaseTarget", "finding.lateShippingRepurchase", "finding.addOnShare", "finding.experimentSignificant"]);
    // Without new buyers' repurchase by shipping, the month that shipped late; without add-ons, the AOV split.
    expect(keysOf(keyFindings([finding("finding.aovSplit"), finding("finding.lateShipping")]))).toEqual(["finding.lateShipping", "finding.aovSplit"]);
  });

  it("puts months without data first: no figure is read before the reader knows it is partial", () => {
    const all = [finding("finding.gmvAttainment"), finding("finding.comparisonLacksData"), finding("finding.periodLacksData"), finding("finding.siteTraffic")];
    expect(keysOf(keyFindings(all)).slice(0, 2)).toEqual(["finding.periodLacksData", "finding.comparisonLacksData"]);
  });

  it(`states at most ${KEY_FINDINGS_MAX}, and none when the review wrote none`, () => {
    const everyTheme = KEY_FINDING_THEMES.map((theme) => ({ ...finding(theme.keys[0]), figures: { spend: 1 } }));
    expect(everyTheme.length).toBeGreaterThan(KEY_FINDINGS_MAX);
    expect(keyFindings(everyTheme)).toHaveLength(KEY_FINDINGS_MAX);
    expect(keyFindings([])).toEqual([]);
    expect(keyFindings([finding("finding.skipped")])).toEqual([]);
  });

  it("names the channel where the most money is at stake: the larger spend of a fallen ROI and the lowest ROI", () => {
    const fell = { ...finding("finding.roiFell", "直通车 0.82"), figures: { spend: 16_541 } };
    const fellSmaller = { ...finding("finding.roiFell", "小红书"), figures: { spend: 2_000 } };
    const worst = { ...finding("finding.worstRoi", "腾讯广告 0.36"), figures: { spend: 32_354 } };
    expect(keyFindings([fell, fellSmaller, worst])).toEqual([worst]);
    expect(keyFindings([{ ...worst, figures: { spend: 100 } }, fell])).toEqual([fell]);
    // Of equal spend, the review's first; a finding without the figure is not taken by that theme.
    expect(keyFindings([fell, { ...worst, figures: { spend: 16_541 } }])[0]).toBe(fell);
    expect(keyFindings([finding("finding.roiFell")])).toEqual([]);
  });

  it("names only keys the review writes, each in one theme", () => {
    const keys = KEY_FINDING_THEMES.flatMap((theme) => theme.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
