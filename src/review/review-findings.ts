import { translate, type Locale, type MessageKey } from "../i18n/messages";
import type { AttainmentMetric, ReviewSummary } from "./review-summary";
import { growthOrNone } from "../engine/metrics/growth";
import { formatCount, formatCurrency, formatPercent, formatPoints, formatRatio, formatSetPercent, formatSignedPercent, monthListText } from "./format-figures";
import type { LiveFinding } from "./live-text";
import { siteFindings } from "./site-findings";
import { basketFindings } from "./basket-findings";
import { driverFindings } from "./driver-findings";
import { fulfilmentFindings } from "./fulfilment-findings";
import { marginChangePoints } from "../engine/metrics/gross-margin";

/** One written statement of the review, with the figures it names. */
export interface Finding {
  readonly key: MessageKey;
  readonly text: string;
  /** The figures behind the statement, unformatted. */
  readonly figures: Readonly<Record<string, number | string>>;
  /**
   * For a statement that names a target: how the sheet writes it as a formula over the target
   * table, so that it follows the target cell when the operator edits it (`text` is what the
   * formula gives for the targets the review was built with).
   */
  readonly live?: LiveFinding;
}

/** How a figure compared with its benchmark is written. */
const BENCHMARK_FORMAT: Readonly<Partial<Record<AttainmentMetric, "money" | "percent" | "ratio">>> = {
  aov: "money", repurchaseRate: "percent", conversionRate: "percent", grossMargin: "percent", costPerNewBuyer: "money", roi: "ratio",
};

/** New-buyer drops smaller than this are not worth a statement. */
const NOTABLE_NEW_BUYER_DROP = -0.1;
/** Channels need this many new buyers before their repurchase rate is compared. */
const MIN_NEW_BUYERS_FOR_REPURCHASE = 30;

/**
 * Short statements generated from the figures, each naming the figures behind it; a statement
 * whose figures are missing (no target, no costs, no spend …) is left out rather than guessed.
 * Order: targets, AOV and price mix, margin, channels, on-site and off-site, buyers, retention, segments, data quality.
 */
export function writeFindings(summary: ReviewSummary, locale: Locale, targets: { aov?: number } = {}): Finding[] {
  const findings: Finding[] = [];
  const add = (key: MessageKey, text: Record<string, string | number>, figures: Record<string, number | string>, live?: LiveFinding) => {
    findings.push({ key, text: translate(locale, key, text), figures, ...(live === undefined ? {} : { live }) });
  };
  const money = (value: number) => formatCurrency(value, summary.currency, locale);
  const status = (value: string) => translate(locale, `review.status.${value}` as MessageKey);

  const gmvRow = summary.attainment.find((row) => row.metric === "gmv");
  if (gmvRow !== undefined && gmvRow.attainment !== null && gmvRow.target !== null && gmvRow.status !== null) {
    const actual = money(summary.gmv);
    add("finding.gmvAttainment", { actual, target: money(gmvRow.target), attainment: formatPercent(gmvRow.attainment), status: status(gmvRow.status) },
      { gmv: summary.gmv, target: gmvRow.target, attainment: gmvRow.attainment }, {
        metric: "gmv",
        withTarget: {
          key: "finding.gmvAttainment",
          params: {
            actual, target: { cell: "target", metric: "gmv", show: "money" }, attainment: { cell: "attainment", metric: "gmv", show: "percent" },
            status: { cell: "status", metric: "gmv", show: "text" },
          },
        },
        withoutTarget: { key: "finding.gmvNoTarget", params: { actual } },
      });
  }
  // No growth is stated from a period with months without orders: the statement says why instead.
  const { comparisonPeriod } = summary;
  const comparisonGaps = summary.comparison.monthsWithoutData;
  const periodGaps = summary.monthsWithoutData;
  if (comparisonGaps.length > 0) {
    add("finding.comparisonLacksData", { from: comparisonPeriod.from, to: comparisonPeriod.to, months: monthListText(comparisonGaps, locale) },
      { from: comparisonPeriod.from, to: comparisonPeriod.to, months: comparisonGaps.join(","), monthCount: comparisonGaps.length });
  }
  if (periodGaps.length > 0) {
    add("finding.periodLacksData", { months: monthListText(periodGaps, locale) }, { months: periodGaps.join(","), monthCount: periodGaps.length });
  }
  const growth = comparisonGaps.length === 0 && periodGaps.length === 0 ? growthOrNone(summary.gmv, summary.comparison.gmv) : null;
  if (growth !== null) {
    // A fall is said as one ("fell 2.3%"), never as a negative growth.
    if (growth < 0) {
      add("finding.gmvDecline", { decline: formatPercent(-growth), previous: money(summary.comparison.gmv), actual: money(summary.gmv) },
        { growth, previous: summary.comparison.gmv, gmv: summary.gmv });
    } else {
      add("finding.gmvGrowth", { growth: formatSignedPercent(growth), previous: money(summary.comparison.gmv), actual: money(summary.gmv) },
        { growth, previous: summary.comparison.gmv, gmv: summary.gmv });
    }
  }

  const repurchaseRow = summary.attainment.find((row) => row.metric === "repurchaseRate");
  if (repurchaseRow !== undefined && repurchaseRow.attainment !== null && repurchaseRow.target !== null && repurchaseRow.actual !== null && repurchaseRow.status !== null) {
    const actual = formatPercent(repurchaseRow.actual);
    add("finding.repurchaseTarget", { actual, target: formatPercent(repurchaseRow.target), attainment: formatPercent(repurchaseRow.attainment), status: status(repurchaseRow.status!) },
      { actual: repurchaseRow.actual, target: repurchaseRow.target, attainment: repurchaseRow.attainment }, {
        metric: "repurchaseRate",
        withTarget: {
          key: "finding.repurchaseTarget",
          params: {
            actual, target: { cell: "target", metric: "repurchaseRate", show: "percent" }, attainment: { cell: "attainment", metric: "repurchaseRate", show: "percent" },
            status: { cell: "status", metric: "repurchaseRate", show: "text" },
          },
        },
        withoutTarget: { key: "finding.repurchaseNoTarget", params: { actual } },
      });
  }

  // Each figure with a benchmark, in the table's order: above, below or level with it (as shown).
  for (const row of summary.attainment) {
    if (row.benchmark === null || row.actual === null) continue;
    const show = BENCHMARK_FORMAT[row.metric] ?? "percent";
    const shown = (value: number) => (show === "money" ? money(value) : show === "ratio" ? formatRatio(value) : formatPercent(value));
    const actual = shown(row.actual);
    const benchmark = shown(row.benchmark);
    const key = actual === benchmark ? "finding.atBenchmark" : row.actual < row.benchmark ? "finding.belowBenchmark" : "finding.aboveBenchmark";
    const metric = translate(locale, `review.metric.${row.metric}`);
    // Live: the operator may change the benchmark cell, and the statement follows it.
    const params = { metric, actual, benchmark: { cell: "benchmark", metric: row.metric, show } } as const;
    add(key, { metric, actual, benchmark }, { metric: row.metric, actual: row.actual, benchmark: row.benchmark }, {
      metric: row.metric, show,
      below: { key: "finding.belowBenchmark", params }, above: { key: "finding.aboveBenchmark", params }, at: { key: "finding.atBenchmark", params },
      withoutBenchmark: { key: "finding.noBenchmark", params: { metric, actual } },
    });
  }

  const months = summary.monthly.filter((m) => m.aov !== null);
  if (months.length >= 2 && summary.aov !== null) {
    const lowest = months.reduce((a, b) => (b.aov! < a.aov! ? b : a));
    const aov = money(lowest.aov!);
    const averageGap = 1 - lowest.aov! / summary.aov;
    // "… under the target" only when it is under: a lowest month above target is compared with the
    // average. The sheet makes the choice again whenever the AOV target cell changes.
    const live: LiveFinding = {
      metric: "aov",
      whenUnder: lowest.aov!,
      withTarget: {
        key: "finding.lowestAovMonthTarget",
        params: { month: lowest.month, aov, target: { cell: "target", metric: "aov", show: "money" }, gap: { shortfallOf: lowest.aov!, metric: "aov" } },
      },
      withoutTarget: { key: "finding.lowestAovMonth", params: { month: lowest.month, aov, average: money(summary.aov), gap: formatPercent(averageGap) } },
    };
    if (targets.aov !== undefined && targets.aov > 0 && lowest.aov! < targets.aov) {
      const gap = 1 - lowest.aov! / targets.aov;
      add("finding.lowestAovMonthTarget", { month: lowest.month, aov, target: money(targets.aov), gap: formatPercent(gap) },
        { month: lowest.month, aov: lowest.aov!, target: targets.aov, gap }, live);
    } else {
      add("finding.lowestAovMonth", { month: lowest.month, aov, average: money(summary.aov), gap: formatPercent(averageGap) },
        { month: lowest.month, aov: lowest.aov!, average: summary.aov, gap: averageGap }, live);
    }
  }

  const firstBand = summary.priceBands[0];
  const before = summary.comparisonPriceBands[0];
  if (firstBand !== undefined && firstBand.high !== null && before !== undefined && summary.comparison.orders > 0 && summary.bandMixByMonth.length > 0) {
    const peak = summary.bandMixByMonth.reduce((a, b) => (b.orderShares[0] > a.orderShares[0] ? b : a));
    add("finding.lowBandShift", { edge: money(firstBand.high), before: formatPercent(before.orderShare), after: formatPercent(peak.orderShares[0]), month: peak.month },
      { edge: firstBand.high, before: before.orderShare, after: peak.orderShares[0], month: peak.month });
  }

  if (summary.grossMargin !== null && summary.comparison.grossMargin !== null) {
    const changePoints = marginChangePoints(summary.grossMargin, summary.comparison.grossMargin);
    add("finding.marginChange", { change: formatPoints(changePoints, locale), before: formatPercent(summary.comparison.grossMargin), after: formatPercent(summary.grossMargin) },
      { before: summary.comparison.grossMargin, after: summary.grossMargin, changePoints });
  }

  // The margin band is judged on promotion items only (see promotion-margin.ts).
  const promotion = summary.promotionMargin;
  if (promotion.checked > 0) {
    const low = formatSetPercent(summary.marginBand.low);
    const high = formatSetPercent(summary.marginBand.high);
    const largest = summary.itemsOutsideMarginBand[0];
    if (largest !== undefined) {
      add("finding.promotionMarginOutside", {
        checked: formatCount(promotion.checked), outside: formatCount(promotion.below + promotion.above), below: formatCount(promotion.below), above: formatCount(promotion.above),
        low, high, item: largest.item, margin: formatPercent(largest.margin),
      }, { checked: promotion.checked, inside: promotion.inside, below: promotion.below, above: promotion.above, item: largest.item, margin: largest.margin });
    } else {
      add("finding.promotionMarginInside", { checked: formatCount(promotion.checked), low, high }, { checked: promotion.checked, inside: promotion.inside });
    }
  }

  // Channels whose spend brought orders booked to them; a spend-only row (its orders credited to
  // other sources) has no ROI of its own to compare.
  const paid = summary.channels.filter((c) => c.roi !== null && c.spend > 0 && c.orders > 0);
  if (paid.length >= 1) {
    const worst = paid.reduce((a, b) => (b.roi! < a.roi! ? b : a));
    add("finding.worstRoi", { channel: worst.channel, roi: formatRatio(worst.roi!), spend: money(worst.spend) }, { channel: worst.channel, roi: worst.roi!, spend: worst.spend });
    const withCac = paid.filter((c) => c.cac !== null);
    if (withCac.length >= 2) {
      const costliest = withCac.reduce((a, b) => (b.cac! > a.cac! ? b : a));
      add("finding.highestCac", { channel: costliest.channel, cac: money(costliest.cac!) }, { channel: costliest.channel, cac: costliest.cac! });
    }
  }

  const compared = summary.channels.filter((c) => c.repurchaseRate !== null && c.newBuyers !== null && c.newBuyers >= MIN_NEW_BUYERS_FOR_REPURCHASE);
  if (compared.length >= 2) {
    const high = compared.reduce((a, b) => (b.repurchaseRate! > a.repurchaseRate! ? b : a));
    const low = compared.reduce((a, b) => (b.repurchaseRate! < a.repurchaseRate! ? b : a));
    if (high !== low) {
      add("finding.repurchaseGap", { high: high.channel, highRate: formatPercent(high.repurchaseRate!), low: low.channel, lowRate: formatPercent(low.repurchaseRate!) },
        { high: high.channel, highRate: high.repurchaseRate!, low: low.channel, lowRate: low.repurchaseRate! });
    }
  }

  // On-site against off-site, and the channels whose ROI moved against the comparison period.
  findings.push(...siteFindings(summary, locale));
  // What drove AOV: items per order, amount per item, add-on lines and promotion thresholds.
  findings.push(...basketFindings(summary, locale));
  findings.push(...fulfilmentFindings(summary, locale));

  let worstDrop: { month: string; change: number; before: number; after: number } | null = null;
  for (let m = 1; m < summary.monthly.length; m++) {
    // Without a buyer column new buyers are unknown (null): no statement.
    const previous = summary.monthly[m - 1].newBuyers;
    const current = summary.monthly[m].newBuyers;
    if (previous === null || current === null) continue;
    const change = growthOrNone(current, previous);
    if (change === null) continue;
    if (change <= NOTABLE_NEW_BUYER_DROP && (worstDrop === null || change < worstDrop.change)) {
      worstDrop = { month: summary.monthly[m].month, change, before: previous, after: current };
    }
  }
  if (worstDrop !== null) {
    add("finding.newBuyersDrop", { month: worstDrop.month, change: formatPercent(-worstDrop.change), before: formatCount(worstDrop.before), after: formatCount(worstDrop.after) }, worstDrop);
  }

  const withM1 = summary.cohorts.filter((c) => c.retention.length > 1 && c.size > 0);
  if (withM1.length > 0) {
    const buyers = withM1.reduce((s, c) => s + c.size, 0);
    const rate = withM1.reduce((s, c) => s + c.retention[1] * c.size, 0) / buyers;
    add("finding.retentionM1", { rate: formatPercent(rate) }, { rate, cohorts: withM1.length });
  }

  const champions = summary.rfmSegments.find((s) => s.segment === "champions");
  if (champions !== undefined && champions.buyers > 0) {
    add("finding.topSegment", { segment: translate(locale, "segment.champions"), buyerShare: formatPercent(champions.buyerShare), gmvShare: formatPercent(champions.gmvShare) },
      { segment: "champions", buyerShare: champions.buyerShare, gmvShare: champions.gmvShare });
  }

  // Repurchase by first product, and the experiments (issue 14).
  findings.push(...driverFindings(summary, locale));

  if (summary.skipped.length > 0) add("finding.skipped", { count: formatCount(summary.skipped.length) }, { count: summary.skipped.length });
  return findings;
}
