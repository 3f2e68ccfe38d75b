/**
 * The conclusions that matter most, for the review's first page: management reads three to five
 * statements before any table. One statement per theme, in the order a manager asks about them —
 * can the figures be trusted (months without data), did we make the GMV target, do buyers come
 * back, where do visitors convert, which channel's money is misspent, where did AOV fall — each
 * theme taking the first of its statements the review wrote (a target's attainment before a plain
 * growth, the on-/off-site split before a single benchmark).
 */
import type { MessageKey } from "../i18n/messages";
import type { Finding } from "./review-findings";

/** The themes of the first page, in order, each its findings by preference. */
export const KEY_FINDING_THEMES: readonly (readonly MessageKey[])[] = [
  ["finding.periodLacksData"],
  ["finding.comparisonLacksData"],
  ["finding.gmvAttainment", "finding.gmvGrowth"],
  ["finding.repurchaseTarget", "finding.siteRepurchase", "finding.repurchaseGap"],
  ["finding.siteTraffic", "finding.belowBenchmark"],
  ["finding.roiFell", "finding.worstRoi", "finding.highestCac"],
  ["finding.lowestAovMonthTarget", "finding.lowestAovMonth", "finding.lowBandShift"],
  ["finding.promotionMarginOutside", "finding.marginChange"],
  ["finding.newBuyersDrop", "finding.topSegment"],
];

/** At most this many conclusions on the first page. */
export const KEY_FINDINGS_MAX = 5;

/**
 * The first page's conclusions: the first finding of each theme that has one, in the themes'
 * order, at most `KEY_FINDINGS_MAX`. Within a theme the preferred key wins over the review's
 * order; among findings of one key (two channels whose ROI fell) the first, which the findings
 * list already puts first (the larger move).
 */
export function keyFindings(findings: readonly Finding[]): Finding[] {
  const chosen: Finding[] = [];
  for (const theme of KEY_FINDING_THEMES) {
    if (chosen.length >= KEY_FINDINGS_MAX) break;
    for (const key of theme) {
      const finding = findings.find((f) => f.key === key);
      if (finding !== undefined) {
        chosen.push(finding);
        break;
      }
    }
  }
  return chosen;
}
