/**
 * The conclusions that matter most, for the review's first page: management reads three to five
 * statements before any table. One statement per theme, in the order a manager asks about them —
 * can the figures be trusted (months without data), did we make the GMV target, do buyers come
 * back (and what kept them away), where do visitors convert, where the most ad money is misspent,
 * where did AOV fall and what moved it, what a test proved — each
 * theme taking one of the statements the review wrote (a target's attainment before a plain
 * growth, the on-/off-site split before a single benchmark, the channel with the larger spend).
 */
import type { MessageKey } from "../i18n/messages";
import type { Finding } from "./review-findings";

/**
 * A theme of the first page: its findings by preference, or, given `largest`, the one of them
 * whose figure of that name is the largest (the channel where the most money is at stake).
 */
export interface KeyFindingTheme {
  readonly keys: readonly MessageKey[];
  readonly largest?: string;
}

/** The themes of the first page, in order. */
export const KEY_FINDING_THEMES: readonly KeyFindingTheme[] = [
  { keys: ["finding.periodLacksData"] },
  { keys: ["finding.comparisonLacksData"] },
  { keys: ["finding.gmvAttainment", "finding.gmvDecline", "finding.gmvGrowth"] },
  { keys: ["finding.repurchaseTarget", "finding.siteRepurchase", "finding.repurchaseGap"] },
  // What hurt repurchase: first orders shipped late, else the month that shipped late.
  { keys: ["finding.lateShippingRepurchase", "finding.lateShipping"] },
  { keys: ["finding.siteTraffic", "finding.belowBenchmark"] },
  // The channel whose spend is largest among those whose ROI fell or is the lowest.
  { keys: ["finding.roiFell", "finding.worstRoi"], largest: "spend" },
  { keys: ["finding.highestCac"] },
  { keys: ["finding.lowestAovMonthTarget", "finding.lowestAovMonth", "finding.lowBandShift"] },
  // What moved AOV: the add-on lines' share of its rise, else its split into items and their price.
  { keys: ["finding.addOnShare", "finding.aovSplit"] },
  { keys: ["finding.promotionMarginOutside", "finding.marginChange"] },
  { keys: ["finding.newBuyersDrop", "finding.topSegment"] },
  { keys: ["finding.experimentSignificant", "finding.experimentBelowMde", "finding.experimentNotSignificant"] },
  // Where the budget should move: the channel whose data-driven ROI stands furthest from last touch, by spend; else the channel that opens paths.
  { keys: ["finding.attributionMoreBudget", "finding.attributionLessBudget"], largest: "spend" },
  { keys: ["finding.attributionOpener", "finding.attributionFirstOrders"] },
];

/** At most this many conclusions on the first page. */
export const KEY_FINDINGS_MAX = 5;

/** The finding a theme takes from the review's, if any. */
function themeFinding(theme: KeyFindingTheme, findings: readonly Finding[]): Finding | undefined {
  if (theme.largest !== undefined) {
    const figure = theme.largest;
    const candidates = findings.filter((f) => theme.keys.includes(f.key) && typeof f.figures[figure] === "number");
    // The first of the largest: the review's order breaks ties.
    return candidates.reduce<Finding | undefined>((best, f) => (best === undefined || (f.figures[figure] as number) > (best.figures[figure] as number) ? f : best), undefined);
  }
  for (const key of theme.keys) {
    const finding = findings.find((f) => f.key === key);
    if (finding !== undefined) return finding;
  }
  return undefined;
}

/**
 * The first page's conclusions: the finding each theme takes, in the themes' order, at most
 * `KEY_FINDINGS_MAX`. Within a theme the preferred key wins over the review's order; among
 * findings of one key the review's first.
 */
export function keyFindings(findings: readonly Finding[]): Finding[] {
  const chosen: Finding[] = [];
  for (const theme of KEY_FINDING_THEMES) {
    if (chosen.length >= KEY_FINDINGS_MAX) break;
    const finding = themeFinding(theme, findings);
    if (finding !== undefined) chosen.push(finding);
  }
  return chosen;
}
