import { translate, type Locale, type MessageKey } from "../i18n/messages";
import type { Finding } from "./review-findings";
import type { ReviewSummary } from "./review-summary";
import type { FulfilmentMonthSummary } from "./fulfilment-summary";
import { formatCount, formatPercent } from "./format-figures";

/** A month needs this many shipped (or paid) orders before its share is stated. */
const MIN_MONTH_ORDERS = 30;
/** Each group needs this many new buyers before their repurchase is compared. */
const MIN_GROUP_BUYERS = 30;
/** A month's late share (refund rate) is stated when it is at least this … */
const NOTABLE_SHARE = 0.1;
const NOTABLE_REFUND_RATE = 0.05;
/** … and at least this many times the other months' together. */
const NOTABLE_FACTOR = 2;

/** The other months' pooled share, and their names. */
function others(months: readonly FulfilmentMonthSummary[], worst: FulfilmentMonthSummary, numerator: (m: FulfilmentMonthSummary) => number, denominator: (m: FulfilmentMonthSummary) => number) {
  const rest = months.filter((m) => m !== worst && denominator(m) > 0);
  const top = rest.reduce((s, m) => s + numerator(m), 0);
  const bottom = rest.reduce((s, m) => s + denominator(m), 0);
  return { names: rest.map((m) => m.month), share: bottom > 0 ? top / bottom : null };
}

/**
 * The written statements of the fulfilment section, each naming its figure, written only when the
 * data bears them out:
 *
 * - the month with the largest share shipped late, when it has 30 or more shipped orders, the share is
 *   10% or more and at least twice the other months' together ("2025-09: 31% of orders shipped after
 *   48 h (2025-06, 2025-07, 2025-08: 6%)");
 * - the month with the highest refund rate, on the same terms (5% or more, twice the others');
 * - the repurchase of new buyers whose first order shipped late against on time, when each group has
 *   30 or more buyers and the 95% interval of the difference excludes 0.
 */
export function fulfilmentFindings(summary: ReviewSummary, locale: Locale): Finding[] {
  const f = summary.fulfilment;
  if (f === null || f === undefined) return [];
  const findings: Finding[] = [];
  const add = (key: MessageKey, text: Record<string, string | number>, figures: Record<string, number | string>) => {
    findings.push({ key, text: translate(locale, key, text), figures });
  };
  const list = (names: readonly string[]) => names.join(locale === "zh-CN" ? "、" : ", ");

  const shippedMonths = f.months.filter((m) => m.shipped >= MIN_MONTH_ORDERS && m.lateShare !== null);
  const worst = shippedMonths.reduce<FulfilmentMonthSummary | null>((best, m) => (best === null || m.lateShare! > best.lateShare! ? m : best), null);
  if (f.hasShipping && worst !== null && worst.lateShare! >= NOTABLE_SHARE) {
    const rest = others(f.months, worst, (m) => m.late, (m) => m.shipped);
    if (rest.share !== null && worst.lateShare! >= NOTABLE_FACTOR * rest.share) {
      add("finding.lateShipping", {
        month: worst.month, share: formatPercent(worst.lateShare!), limit: f.limitHours, others: list(rest.names), othersShare: formatPercent(rest.share),
      }, { month: worst.month, lateShare: worst.lateShare!, limitHours: f.limitHours, othersLateShare: rest.share });
    }
  }

  const refundMonths = f.months.filter((m) => m.orders >= MIN_MONTH_ORDERS && m.refundRate !== null);
  const refundWorst = refundMonths.reduce<FulfilmentMonthSummary | null>((best, m) => (best === null || m.refundRate! > best.refundRate! ? m : best), null);
  if (refundWorst !== null && refundWorst.refundRate! >= NOTABLE_REFUND_RATE) {
    const rest = others(f.months, refundWorst, (m) => m.refunded ?? 0, (m) => m.orders);
    if (rest.share !== null && refundWorst.refundRate! >= NOTABLE_FACTOR * rest.share) {
      add("finding.refundRise", {
        month: refundWorst.month, rate: formatPercent(refundWorst.refundRate!), others: list(rest.names), othersRate: formatPercent(rest.share),
      }, { month: refundWorst.month, refundRate: refundWorst.refundRate!, othersRefundRate: rest.share });
    }
  }

  const g = f.firstShipping;
  if (g !== null && g.difference !== null && g.ciLow !== null && g.ciHigh !== null && g.late.buyers >= MIN_GROUP_BUYERS && g.onTime.buyers >= MIN_GROUP_BUYERS
    && (g.ciHigh < 0 || g.ciLow > 0)) {
    const points = (value: number) => (Math.round(value * 1000) / 10).toFixed(1);
    add("finding.lateShippingRepurchase", {
      lateRate: formatPercent(g.late.repurchaseRate!), onTimeRate: formatPercent(g.onTime.repurchaseRate!),
      gap: points(Math.abs(g.difference)), direction: translate(locale, g.difference < 0 ? "finding.direction.below" : "finding.direction.above"),
      late: formatCount(g.late.repurchased), lateBuyers: formatCount(g.late.buyers), onTime: formatCount(g.onTime.repurchased), onTimeBuyers: formatCount(g.onTime.buyers),
      low: points(g.ciLow), high: points(g.ciHigh),
    }, {
      lateRepurchase: g.late.repurchaseRate!, onTimeRepurchase: g.onTime.repurchaseRate!, differencePoints: Math.round(g.difference * 1000) / 10,
      ciLowPoints: Math.round(g.ciLow * 1000) / 10, ciHighPoints: Math.round(g.ciHigh * 1000) / 10, lateBuyers: g.late.buyers, onTimeBuyers: g.onTime.buyers,
    });
  }
  return findings;
}
