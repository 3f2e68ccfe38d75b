import { translate, type Locale, type MessageKey } from "../i18n/messages";
import type { Finding } from "./review-findings";
import type { ReviewSummary } from "./review-summary";
import type { FirstProductItem } from "./first-product";
import { formatCount, formatPercent, formatSignedPercent } from "./format-figures";
import { pValueText } from "./experiments";
import { formatRatio } from "./format-figures";

/** A channel opens paths when the data-driven (or first-touch) credit exceeds its last-touch credit by this share of the orders or more. */
export const OPENER_GAP = 0.05;

/**
 * The channel contribution's statements (issue 15): the channel last touch under-credits most
 * (Markov's share over last touch's, or first touch's without touchpoints), when the gap is 5
 * points of the orders or more; and each channel whose data-driven ROI stands well apart from its
 * last-touch ROI (the reallocation), largest spend first.
 */
function attributionFindings(summary: ReviewSummary, locale: Locale): Finding[] {
  const a = summary.attribution;
  if (a === null || a.totalConversions <= 0) return [];
  const findings: Finding[] = [];
  const other = a.models.includes("markov") ? "markov" : "firstTouch";
  let opener: { channel: string; last: number; credit: number } | null = null;
  for (const row of a.channels) {
    const last = row.conversions.lastTouch ?? 0;
    const credit = row.conversions[other] ?? 0;
    if ((credit - last) / a.totalConversions >= OPENER_GAP && (opener === null || credit - last > opener.credit - opener.last)) opener = { channel: row.channel, last, credit };
  }
  if (opener !== null) {
    const key = other === "markov" ? "finding.attributionOpener" : "finding.attributionFirstOrders";
    findings.push({
      key,
      text: translate(locale, key, {
        channel: opener.channel, last: formatCount(Math.round(opener.last)), lastShare: formatPercent(opener.last / a.totalConversions),
        credit: formatCount(Math.round(opener.credit)), creditShare: formatPercent(opener.credit / a.totalConversions),
      }),
      figures: { channel: opener.channel, lastTouch: opener.last, [other]: opener.credit, total: a.totalConversions },
    });
  }
  const bySpend = [...a.reallocation].sort((x, y) => (spendOf(a, y.channel) - spendOf(a, x.channel)));
  for (const move of bySpend) {
    const key = move.direction === "more" ? "finding.attributionMoreBudget" : "finding.attributionLessBudget";
    findings.push({
      key,
      text: translate(locale, key, { channel: move.channel, lastTouch: formatRatio(move.lastTouchRoi), markov: formatRatio(move.markovRoi), shapley: formatRatio(move.shapleyRoi) }),
      figures: { channel: move.channel, spend: spendOf(a, move.channel), lastTouchRoi: move.lastTouchRoi, markovRoi: move.markovRoi, shapleyRoi: move.shapleyRoi },
    });
  }
  return findings;
}

function spendOf(a: NonNullable<ReviewSummary["attribution"]>, channel: string): number {
  return a.channels.find((row) => row.channel === channel)?.spend ?? 0;
}

/**
 * The written statements of issue 14's sections, each naming its figures and written only when the
 * data supports it:
 *
 * - repurchase by first product: the eligible items (enough first-time buyers) whose buyers came
 *   back most and least, with their intervals; when the intervals overlap, a second statement says
 *   the gap may be chance;
 * - per experiment arm against its control: significant; significant but below the minimum
 *   detectable effect; or not significant, with the lift the test could have detected.
 */
export function driverFindings(summary: ReviewSummary, locale: Locale): Finding[] {
  const findings: Finding[] = [];
  const add = (key: MessageKey, text: Record<string, string | number>, figures: Record<string, number | string>) => {
    findings.push({ key, text: translate(locale, key, text), figures });
  };
  const first = summary.firstProduct;
  if (first.reason === null && first.best !== null && first.worst !== null) {
    const label = (item: FirstProductItem) => (item.title === null ? item.item : locale === "zh-CN" ? `${item.item}（${item.title}）` : `${item.item} (${item.title})`);
    const { best, worst } = first;
    add("finding.firstProductBest", {
      best: label(best), bestRate: formatPercent(best.rate), bestBuyers: formatCount(best.firstBuyers), bestLow: formatPercent(best.ciLow), bestHigh: formatPercent(best.ciHigh),
      worst: label(worst), worstRate: formatPercent(worst.rate), worstBuyers: formatCount(worst.firstBuyers), worstLow: formatPercent(worst.ciLow), worstHigh: formatPercent(worst.ciHigh),
    }, {
      best: best.item, bestRate: best.rate, bestBuyers: best.firstBuyers, bestLow: best.ciLow, bestHigh: best.ciHigh,
      worst: worst.item, worstRate: worst.rate, worstBuyers: worst.firstBuyers, worstLow: worst.ciLow, worstHigh: worst.ciHigh,
    });
    if (!first.separated) add("finding.firstProductOverlap", {}, { bestLow: best.ciLow, worstHigh: worst.ciHigh });
  }

  for (const experiment of summary.experiments) {
    const control = experiment.arms.find((arm) => arm.isControl);
    if (control === undefined) continue;
    for (const arm of experiment.arms) {
      const c = arm.comparison;
      if (c === null) continue;
      const name = experiment.name === "" ? "—" : experiment.name;
      const figures = { experiment: experiment.name, arm: arm.name, control: control.name, lift: c.lift, ciLow: c.ciLow, ciHigh: c.ciHigh, pValue: c.pValue, mdeRelative: c.mdeRelative ?? "" };
      const text = {
        name, arm: arm.name, control: control.name, rate: formatPercent(arm.rate), controlRate: formatPercent(control.rate), lift: formatSignedPercent(c.lift),
        low: formatSignedPercent(c.ciLow), high: formatSignedPercent(c.ciHigh), p: pValueText(c.pValue), mde: c.mdeRelative === null ? "—" : formatPercent(c.mdeRelative),
      };
      add(c.warning === "notSignificant" ? "finding.experimentNotSignificant" : c.warning === "belowMde" ? "finding.experimentBelowMde" : "finding.experimentSignificant", text, figures);
    }
  }
  findings.push(...attributionFindings(summary, locale));
  return findings;
}
