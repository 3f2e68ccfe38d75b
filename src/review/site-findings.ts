import { translate, type Locale, type MessageKey } from "../i18n/messages";
import type { Finding } from "./review-findings";
import type { ReviewSummary } from "./review-summary";
import { formatCount, formatCurrency, formatPercent, formatRatio, formatSignedPercent } from "./format-figures";

/** A channel's ROI that moved less than this (relative to the comparison period's) is not worth a statement. */
export const NOTABLE_ROI_CHANGE = 0.1;
/** At most this many channels' ROI changes are stated, the largest first. */
const ROI_CHANGES_STATED = 3;
/** Each side needs this many new buyers before the repurchase of the buyers it brought is compared. */
const MIN_NEW_BUYERS_PER_SIDE = 30;

/**
 * The written statements of the on-site / off-site section, as the operator's review makes them:
 * the off-site share of visitors and GMV with its conversion against on-site ("站外 68% 的访客，
 * 转化率 1.8%，站内 2.5%"), the repurchase of the new buyers each side brought (18% against 34%),
 * and the channels whose ROI fell or rose by `NOTABLE_ROI_CHANGE` or more against the comparison
 * period ("腾讯广告 ROI 1.2 → 0.9"). A statement whose figures are missing is left out; when the
 * comparison period lacks order data, that is said instead of an ROI change.
 */
export function siteFindings(summary: ReviewSummary, locale: Locale): Finding[] {
  const findings: Finding[] = [];
  const add = (key: MessageKey, text: Record<string, string | number>, figures: Record<string, number | string>) => {
    findings.push({ key, text: translate(locale, key, text), figures });
  };
  // A gap in points, said as "1.6 pp below" (低 1.6 个百分点) rather than "-1.6".
  const gapOf = (offsiteRate: number, onsiteRate: number) => {
    const points = Math.round((offsiteRate - onsiteRate) * 1000) / 10;
    return { points, text: { gap: Math.abs(points).toFixed(1), direction: translate(locale, points < 0 ? "finding.direction.below" : "finding.direction.above") } };
  };
  const onsite = summary.siteSplit.find((s) => s.site === "onsite");
  const offsite = summary.siteSplit.find((s) => s.site === "offsite");

  // Without orders booked to a channel (no channel column) the sides hold visitors and spend only.
  if (onsite !== undefined && offsite !== undefined && summary.channels.some((c) => c.orders > 0)) {
    if (offsite.trafficShare !== null && offsite.gmvShare !== null && offsite.conversionRate !== null && onsite.conversionRate !== null) {
      const gap = gapOf(offsite.conversionRate, onsite.conversionRate);
      add("finding.siteTraffic", {
        trafficShare: formatPercent(offsite.trafficShare), gmvShare: formatPercent(offsite.gmvShare),
        offsite: formatPercent(offsite.conversionRate), onsite: formatPercent(onsite.conversionRate), ...gap.text,
      }, {
        offsiteTrafficShare: offsite.trafficShare, offsiteGmvShare: offsite.gmvShare,
        offsiteConversion: offsite.conversionRate, onsiteConversion: onsite.conversionRate, gapPoints: gap.points,
      });
    }
    if (offsite.repurchaseRate !== null && onsite.repurchaseRate !== null && (offsite.newBuyers ?? 0) >= MIN_NEW_BUYERS_PER_SIDE && (onsite.newBuyers ?? 0) >= MIN_NEW_BUYERS_PER_SIDE) {
      const gap = gapOf(offsite.repurchaseRate, onsite.repurchaseRate);
      add("finding.siteRepurchase", {
        offsite: formatPercent(offsite.repurchaseRate), offsiteNew: formatCount(offsite.newBuyers!),
        onsite: formatPercent(onsite.repurchaseRate), onsiteNew: formatCount(onsite.newBuyers!), ...gap.text,
      }, {
        offsiteRepurchase: offsite.repurchaseRate, offsiteNewBuyers: offsite.newBuyers!,
        onsiteRepurchase: onsite.repurchaseRate, onsiteNewBuyers: onsite.newBuyers!, gapPoints: gap.points,
      });
    }
  }

  const paid = summary.channels.filter((c) => c.spend > 0 && c.orders > 0);
  if (paid.length > 0 && summary.comparisonRoiMissingMonths.length > 0) {
    const months = summary.comparisonRoiMissingMonths;
    add("finding.roiNotCompared", { months: months.join(", ") }, { months: months.join(",") });
  }
  // Channels whose spend brought orders booked to them in both periods; the largest moves first.
  const moved = paid
    .filter((c) => c.roi !== null && c.comparisonRoi !== null && c.roiChange !== null && Math.abs(c.roiChange) >= NOTABLE_ROI_CHANGE)
    .sort((a, b) => Math.abs(b.roiChange!) - Math.abs(a.roiChange!))
    .slice(0, ROI_CHANGES_STATED);
  for (const channel of moved) {
    add(channel.roiChange! < 0 ? "finding.roiFell" : "finding.roiRose", {
      channel: channel.channel, before: formatRatio(channel.comparisonRoi!), after: formatRatio(channel.roi!),
      change: formatSignedPercent(channel.roiChange!), spend: formatCurrency(channel.spend, summary.currency, locale),
    }, { channel: channel.channel, before: channel.comparisonRoi!, after: channel.roi!, change: channel.roiChange!, spend: channel.spend });
  }
  return findings;
}
