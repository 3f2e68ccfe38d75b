import { describe, expect, it } from "vitest";
import type { MessageKey } from "../i18n/messages";
import { KEY_FINDINGS_MAX, KEY_FINDING_THEMES, keyFindings } from "./key-findings";
import type { Finding } from "./review-findings";

const finding = (key: string, text = key): Finding => ({ key: key as MessageKey, text, figures: {} });
const keysOf = (findings: readonly Finding[]) => findings.map((f) => f.key);

describe("keyFindings: the conclusions of the first page", () => {
  it("takes one finding per theme, in the themes' order, whatever the review's order", () => {
    const all = ["finding.topSegment", "finding.siteTraffic", "finding.gmvGrowth", "finding.repurchaseTarget", "finding.worstRoi"].map((k) => finding(k));
    expect(keysOf(keyFindings(all))).toEqual(["finding.gmvGrowth", "finding.repurchaseTarget", "finding.siteTraffic", "finding.worstRoi", "finding.topSegment"]);
  });

  it("prefers a target's attainment to a plain growth within a theme, and states only one of them", () => {
    const picked = keysOf(keyFindings([finding("finding.gmvGrowth"), finding("finding.gmvAttainment")]));
    expect(picked).toEqual(["finding.gmvAttainment"]);
  });

  it("puts months without data first: no figure is read before the reader knows it is partial", () => {
    const all = [finding("finding.gmvAttainment"), finding("finding.comparisonLacksData"), finding("finding.periodLacksData"), finding("finding.siteTraffic")];
    expect(keysOf(keyFindings(all)).slice(0, 2)).toEqual(["finding.periodLacksData", "finding.comparisonLacksData"]);
  });

  it(`states at most ${KEY_FINDINGS_MAX}, and none when the review wrote none`, () => {
    const everyTheme = KEY_FINDING_THEMES.map((theme) => finding(theme[0]));
    expect(everyTheme.length).toBeGreaterThan(KEY_FINDINGS_MAX);
    expect(keyFindings(everyTheme)).toHaveLength(KEY_FINDINGS_MAX);
    expect(keyFindings([])).toEqual([]);
    expect(keyFindings([finding("finding.skipped")])).toEqual([]);
  });

  it("of two findings of one key takes the review's first (the larger ROI move), and keeps the finding itself", () => {
    const first = finding("finding.roiFell", "腾讯广告");
    const picked = keyFindings([first, finding("finding.roiFell", "直通车")]);
    expect(picked).toEqual([first]);
    expect(picked[0]).toBe(first);
  });

  it("names only keys the review writes, each in one theme", () => {
    const keys = KEY_FINDING_THEMES.flat();
    expect(new Set(keys).size).toBe(keys.length);
  });
});
