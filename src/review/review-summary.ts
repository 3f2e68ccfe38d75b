import type { AmountShape } from "../engine/orders/order-groups";
import { translate } from "../i18n/messages";
import { monthLabel } from "../engine/calendar";
import { growthOrNone } from "../engine/metrics/growth";
import { valueOrNone } from "../engine/metric-error";
import { conversionRate } from "../engine/metrics/conversion-rate";
import { attainment, attainmentStatus, DEFAULT_STATUS_THRESHOLDS, type AttainmentStatus } from "../engine/metrics/attainment";
import { channelKey, type ChannelRow } from "../engine/metrics/channel-table";
import { channelSite, type ChannelSite } from "./channel-site";
import type { BenchmarkMetric, ReviewBenchmarks, ReviewInputs } from "./review-inputs";
import { monthsWithoutOrders } from "./default-period";
import { roi as roiOf } from "../engine/metrics/roi";
import { costPerNewBuyer as costPerNewBuyerOf } from "../engine/metrics/cac";
import { comparisonChannelRoi, summarizeSites, type SiteSplitRow } from "./site-split";
import { distinctBuyersPerBucket } from "./buyers-per-bucket";
import { computeReviewFigures, type BandFigures, type CohortFigures, type MonthFigures, type PeriodFigures, type ReviewFigures } from "./review-figures";
import { comparisonRange, serialWindow, type MonthRange } from "./review-period";
import type { RfmSegmentSummary } from "../engine/metrics/rfm";
import { DEFAULT_MARGIN_BAND } from "../engine/metrics/margin-band";
import { checkPromotionMargins, DEFAULT_PROMOTION_RULE, type ItemOutsideBand, type PromotionMarginCheck } from "./promotion-margin";
import { DEFAULT_CURRENCY, type CurrencyCode } from "../engine/cells/detect-currency";
import { segmentActionKey, segmentBuyers, type SegmentBuyers } from "./segment-list";
import { summarizeBaskets, type BasketSummary } from "./basket-review";
import { firstProductFigures, type FirstProductSummary } from "./first-product";
import { armOutcomesOfOrders, summarizeExperiments, type ExperimentSummary } from "./experiments";
import { summarizeAttribution, type AttributionSummary } from "./attribution-review";
import { summarizeFulfilment, type FulfilmentSummary } from "./fulfilment-summary";

/**
 * The metrics of the target-attainment table, in its order. The last two have benchmarks only
 * (no target: a lower cost per new buyer is better, which actual ÷ target cannot judge) and are
 * in the table only when a benchmark is given for them.
 */
export type AttainmentMetric =
  | "gmv" | "gmvGrowth" | "aov" | "aovGrowth" | "repurchaseRate" | "repurchaseGrowth" | "conversionRate" | "grossMargin" | "costPerNewBuyer" | "roi";

/** The rows that state a growth against the comparison period. */
export const GROWTH_METRICS: readonly AttainmentMetric[] = ["gmvGrowth", "aovGrowth", "repurchaseGrowth"];

export interface AttainmentRow {
  readonly metric: AttainmentMetric;
  /** The comparison period's value (growth rows: none). */
  readonly baseline: number | null;
  readonly target: number | null;
  /**
   * Its value in the period (growth rows: current ÷ previous − 1, null when the period or the
   * comparison period has months without orders: no growth is stated from a partial period).
   */
  readonly actual: number | null;
  /** actual ÷ target; null without a target or an actual. */
  readonly attainment: number | null;
  /** actual − target. */
  readonly gap: number | null;
  readonly status: AttainmentStatus | null;
  /** The industry benchmark given for it; null without one. */
  readonly benchmark: number | null;
  /** actual − benchmark; null without a benchmark or an actual. */
  readonly benchmarkGap: number | null;
}

/**
 * The engine's channel row, with cost per new buyer under summary.json's key `cac`, plus traffic.
 * Without a buyer column its new buyers, cost per new buyer and repurchase rate are null.
 */
export interface ChannelSummary extends Omit<ChannelRow, "costPerNewBuyer" | "newBuyers"> {
  readonly newBuyers: number | null;
  readonly cac: number | null;
  /** Visitors of this source ÷ all visitors in the period; null without traffic data. */
  readonly trafficShare: number | null;
  readonly visitors: number | null;
  /** Paying buyers (each month's distinct ones summed; orders, without a buyer column) ÷ visitors in the period; null without traffic data for it. */
  readonly conversionRate: number | null;
  readonly site: ChannelSite | null;
  /** GMV ÷ the period's GMV; null when that is not above 0. */
  readonly gmvShare: number | null;
  /** Spend booked to this channel in the comparison period; 0 when none. */
  readonly comparisonSpend: number;
  /** GMV ÷ spend in the comparison period; null without spend there or without order data for every month of it. */
  readonly comparisonRoi: number | null;
  /** roi ÷ comparisonRoi − 1 (the engine's growth); null without both. */
  readonly roiChange: number | null;
}

/** At most this many promotion items outside the band are kept (largest revenue first). */
const ITEMS_OUTSIDE_BAND_KEPT = 50;

export interface ConversionCell {
  readonly channel: string;
  readonly month: string;
  /** Distinct paying buyers; null without a buyer column. */
  readonly buyers: number | null;
  /** Counted orders. */
  readonly orders: number;
  readonly visitors: number;
  /** buyers ÷ visitors, or orders ÷ visitors without a buyer column; null without visitors. */
  readonly rate: number | null;
}

/**
 * Every figure of the review under stable keys: this is `summary.json` (see README, "summary.json").
 * Money in the data's currency, rates as fractions.
 */
export interface ReviewSummary extends PeriodFigures {
  /** The currency of every money figure (ISO 4217: "CNY", "USD" …). */
  readonly currency: CurrencyCode;
  readonly period: { readonly from: string; readonly to: string };
  readonly comparisonPeriod: { readonly from: string; readonly to: string; readonly mode: "previous" | "yoy" };
  /**
   * Paying buyers ÷ visitors (orders ÷ visitors without a buyer column); null without traffic. The
   * traffic table's visitors are its months added up, so the buyers are each month's distinct
   * paying buyers added up (`convertedBuyers`).
   */
  readonly conversionRate: number | null;
  /** The numerator of `conversionRate`: each month's distinct paying buyers summed over the period (orders without a buyer column); null without traffic. */
  readonly convertedBuyers: number | null;
  readonly visitors: number | null;
  /** Months of the period without a counted order ("2025-09"); growth is then not stated. */
  readonly monthsWithoutData: readonly string[];
  /** Paid channels' GMV ÷ their ad spend (投产比 of all the spend); null without spend. */
  readonly roi: number | null;
  /** Ad spend ÷ the new buyers of the channels with spend; null without spend or without a buyer column. */
  readonly costPerNewBuyer: number | null;
  /** The industry benchmarks given (targets.json `benchmarks`, the Targets tab), by metric. */
  readonly benchmarks: ReviewBenchmarks;
  /**
   * The same headline figures for the comparison period, and its months without a counted order
   * (data starting later, a gap): growth is then not stated against it.
   */
  readonly comparison: PeriodFigures & { readonly monthsWithoutData: readonly string[] };
  readonly monthly: readonly MonthFigures[];
  readonly priceBands: readonly BandFigures[];
  readonly comparisonPriceBands: readonly BandFigures[];
  readonly bandMixByMonth: ReviewFigures["bandMixByMonth"];
  readonly channels: readonly ChannelSummary[];
  readonly conversion: readonly ConversionCell[];
  /** On-site, off-site, then the unclassified channels when there are any (see `summarizeSites`). */
  readonly siteSplit: readonly SiteSplitRow[];
  /** Months of the comparison period without a counted order: no channel's ROI is compared then. */
  readonly comparisonRoiMissingMonths: readonly string[];
  readonly cohorts: readonly CohortFigures[];
  /** Every segment, in review order, with its suggested action in the review's language. */
  readonly rfmSegments: readonly (RfmSegmentSummary & { readonly action: string })[];
  readonly attainment: readonly AttainmentRow[];
  /** The margin band promotion items are checked against, and the promotion items outside it (largest revenue first, the first 50). */
  readonly marginBand: { readonly low: number; readonly high: number };
  /** Shipping delay, after-sales and refunds per month, and repurchase by first shipping (fulfilment-summary.ts); null without those columns. */
  readonly fulfilment?: FulfilmentSummary | null;
  readonly itemsOutsideMarginBand: readonly ItemOutsideBand[];
  /** How the promotion items were found and how many of them were checked, inside and outside the band (see promotion-margin.ts). */
  readonly promotionMargin: Omit<PromotionMarginCheck, "outside">;
  /** Baskets, add-on lines and promotion thresholds (see basket-review.ts); always made by `summarizeReview`. */
  readonly basket?: BasketSummary;
  /**
   * Closed, cancelled and fully refunded orders of the period, left out of every figure (by the
   * time the order table reads; orders closed before payment have none when that is the payment
   * time, and are in neither count).
   */
  readonly excludedByStatus: number;
  /** The same, in the comparison period. */
  readonly excludedByStatusComparison: number;
  /** Closed, cancelled and refunded orders of the whole file without a time to place them in a period. */
  readonly excludedByStatusUndated: number;
  /** Orders never paid (unpaid status, or no payment time), counted apart: in no figure, and not skipped. */
  readonly unpaidOrders: number;
  /** Counted orders in all the data read, and the rows (lines) they were read from. */
  readonly ordersRead: number;
  readonly orderLines: number;
  /** How the amount column was read where orders have several rows (`null`: one row per order). */
  readonly amountShape: AmountShape | null;
  readonly skipped: readonly { readonly sheet: string; readonly row: number; readonly reason: string }[];
  /** Repurchase of the buyers acquired in the period by the item of their first order (first-product.ts). */
  readonly firstProduct: FirstProductSummary;
  /** Each experiment of the experiment table against its control (experiments.ts); empty without one. */
  readonly experiments: readonly ExperimentSummary[];
  /** Channel contribution under the attribution models (attribution-review.ts); null without touchpoints or order sources per buyer. */
  readonly attribution: AttributionSummary | null;
}

function sumByChannelInPeriod(table: ReviewInputs["spend"], from: number, to: number): Map<string, { name: string; total: number }> {
  const totals = new Map<string, { name: string; total: number }>();
  if (table === undefined) return totals;
  for (let i = 0; i < table.values.length; i++) {
    const name = table.channels[i];
    const value = table.values[i];
    const month = table.months[i];
    if (name === null || value !== value || month < from || month > to) continue;
    const key = channelKey(name);
    const entry = totals.get(key);
    if (entry === undefined) totals.set(key, { name: name.trim(), total: value });
    else entry.total += value;
  }
  return totals;
}

function attainmentRow(
  metric: AttainmentMetric, baseline: number | null, target: number | undefined, actual: number | null, thresholds: { met: number; near: number }, benchmark?: number,
): AttainmentRow {
  const hasTarget = target !== undefined && Number.isFinite(target) && target > 0;
  const ratio = hasTarget && actual !== null ? valueOrNone(attainment(actual, target)) : null;
  const hasBenchmark = benchmark !== undefined && Number.isFinite(benchmark) && benchmark > 0;
  return {
    metric,
    baseline,
    // A target that is not a finite number cannot be shown (nor written to a cell).
    target: target !== undefined && Number.isFinite(target) ? target : null,
    actual,
    attainment: ratio,
    gap: hasTarget && actual !== null ? actual - target : null,
    status: ratio === null ? null : attainmentStatus(ratio, thresholds),
    benchmark: hasBenchmark ? benchmark : null,
    benchmarkGap: hasBenchmark && actual !== null ? actual - benchmark : null,
  };
}

/** The benchmarks that are numbers above 0 (a benchmark of 0 or below compares with nothing). */
function usableBenchmarks(benchmarks: ReviewBenchmarks | undefined): ReviewBenchmarks {
  const usable: { [M in BenchmarkMetric]?: number } = {};
  for (const [metric, value] of Object.entries(benchmarks ?? {}) as [BenchmarkMetric, number | undefined][]) {
    if (value !== undefined && Number.isFinite(value) && value > 0) usable[metric] = value;
  }
  return usable;
}

/** Computes every figure of the review from its inputs (no layout, no text). */
/** Orders left out by their status whose time falls in `range`; every one of them when the table has no times for them. */
function excludedIn(orders: ReviewInputs["orders"], range: MonthRange): number {
  if (orders.excludedTimes === undefined) return orders.excludedByStatus;
  const window = serialWindow(range);
  let count = 0;
  for (const time of orders.excludedTimes) if (time >= window.from && time < window.to) count++;
  return count;
}

export function summarizeReview(inputs: ReviewInputs): ReviewSummary {
  return summarizeReviewAndBuyers(inputs).summary;
}

/** `summarizeReview`, and the period's buyers with their segments (the outreach list; null without a buyer column). */
export function summarizeReviewAndBuyers(inputs: ReviewInputs): { summary: ReviewSummary; segmentBuyers: SegmentBuyers | null } {
  const { orders, period } = inputs;
  const comparison = comparisonRange(period, inputs.compare);
  const spendTotals = sumByChannelInPeriod(inputs.spend, period.from, period.to);
  const spendChannels: string[] = [];
  const spendAmounts: number[] = [];
  for (const entry of spendTotals.values()) {
    spendChannels.push(entry.name);
    spendAmounts.push(entry.total);
  }
  const figures = computeReviewFigures(orders, {
    period, comparison, priceBandEdges: inputs.priceBandEdges,
    spend: inputs.spend === undefined ? undefined : { channels: spendChannels, amounts: Float64Array.from(spendAmounts) },
  });

  const visitorTotals = sumByChannelInPeriod(inputs.traffic, period.from, period.to);
  let allVisitors = 0;
  for (const entry of visitorTotals.values()) allVisitors += entry.total;
  const hasTraffic = inputs.traffic !== undefined && allVisitors > 0;

  // Paying buyers per channel and month of the period, for conversion.
  const paying = hasTraffic ? payingBuyersByChannel(orders, period) : null;
  const conversion = paying !== null ? conversionCells(inputs, paying) : [];

  const hasBuyers = orders.hasBuyers;
  const before = comparisonChannelRoi(orders, inputs.spend, comparison);
  const channels: ChannelSummary[] = figures.channels.map((row) => {
    const key = channelKey(row.channel);
    const previous = before.byChannel.get(key);
    const visitors = hasTraffic ? visitorTotals.get(key)?.total ?? 0 : null;
    const payingBuyers = paying?.inChannel(key) ?? 0;
    return {
      channel: row.channel, gmv: row.gmv, orders: row.orders, spend: row.spend, roi: row.roi,
      // Without buyers there is no first order of a buyer: no new buyer, CAC or repurchase (not 0).
      newBuyers: hasBuyers ? row.newBuyers : null,
      cac: hasBuyers ? row.costPerNewBuyer : null, repurchaseRate: hasBuyers ? row.repurchaseRate : null,
      trafficShare: visitors === null ? null : visitors / allVisitors,
      visitors,
      conversionRate: visitors !== null ? valueOrNone(conversionRate(payingBuyers, visitors)) : null,
      site: channelSite(row.channel),
      gmvShare: figures.period.gmv > 0 ? row.gmv / figures.period.gmv : null,
      comparisonSpend: previous?.spend ?? 0,
      comparisonRoi: previous?.roi ?? null,
      roiChange: row.roi !== null && previous !== undefined && previous.roi !== null ? growthOrNone(row.roi, previous.roi) : null,
    };
  });

  const siteSplit = summarizeSites(orders, period, channels, figures.period.gmv, hasTraffic ? allVisitors : null);

  // PRODUCT.md: paying buyers ÷ visitors, orders ÷ visitors where buyers are unknown. Visitors are
  // the traffic table's months added up, so buyers are too: each month's distinct paying buyers,
  // summed (a buyer who paid in three months counts three times, as a visitor of three months).
  const converted = figures.period.buyers === null ? figures.period.orders : figures.monthly.reduce((sum, m) => sum + (m.buyers ?? 0), 0);
  const periodConversion = hasTraffic ? valueOrNone(conversionRate(converted, allVisitors)) : null;
  const thresholds = inputs.thresholds ?? DEFAULT_STATUS_THRESHOLDS;
  const t = inputs.targets;
  const b = usableBenchmarks(t.benchmarks);
  // A growth from a period with months without orders (data starting later than the comparison
  // period, a gap) would compare part of a period with a whole one: it is not stated.
  const periodMonthsWithoutData = monthsWithoutOrders(orders, period).map(monthLabel);
  const comparisonMonthsWithoutData = monthsWithoutOrders(orders, comparison).map(monthLabel);
  const wholePeriods = periodMonthsWithoutData.length === 0 && comparisonMonthsWithoutData.length === 0;
  const growthOf = (current: number | null, previous: number | null) => (wholePeriods && current !== null && previous !== null ? growthOrNone(current, previous) : null);
  // Without a single order in the comparison period (e.g. a year-on-year comparison before the
  // data starts) there is no baseline to show: its GMV is absent, not ¥0, like its AOV and rates.
  const comparisonGmv = figures.comparison.orders > 0 ? figures.comparison.gmv : null;

  // ROI and cost per new buyer of all the spend: the channels with spend, their GMV and new buyers.
  const paid = channels.filter((c) => c.spend > 0);
  const paidSpend = paid.reduce((s, c) => s + c.spend, 0);
  const paidRoi = paid.length > 0 ? valueOrNone(roiOf(paid.reduce((s, c) => s + c.gmv, 0), paidSpend)) : null;
  const paidCostPerNewBuyer = paid.length > 0 && hasBuyers ? valueOrNone(costPerNewBuyerOf(paidSpend, paid.reduce((s, c) => s + (c.newBuyers ?? 0), 0))) : null;

  const attainment: AttainmentRow[] = [
    attainmentRow("gmv", comparisonGmv, t.gmv, figures.period.gmv, thresholds),
    attainmentRow("gmvGrowth", null, t.gmvGrowth, growthOf(figures.period.gmv, figures.comparison.gmv), thresholds),
    attainmentRow("aov", figures.comparison.aov, t.aov, figures.period.aov, thresholds, b.aov),
    attainmentRow("aovGrowth", null, t.aovGrowth, growthOf(figures.period.aov, figures.comparison.aov), thresholds),
    attainmentRow("repurchaseRate", figures.comparison.repurchaseRate, t.repurchaseRate, figures.period.repurchaseRate, thresholds, b.repurchaseRate),
    attainmentRow("repurchaseGrowth", null, t.repurchaseGrowth, growthOf(figures.period.repurchaseRate, figures.comparison.repurchaseRate), thresholds),
    attainmentRow("conversionRate", null, t.conversionRate, periodConversion, thresholds, b.conversionRate),
    attainmentRow("grossMargin", figures.comparison.grossMargin, t.grossMargin, figures.period.grossMargin, thresholds, b.grossMargin),
  ];
  // Metrics with a benchmark and no target are in the table only when a benchmark is given.
  if (b.costPerNewBuyer !== undefined) attainment.push(attainmentRow("costPerNewBuyer", null, undefined, paidCostPerNewBuyer, thresholds, b.costPerNewBuyer));
  if (b.roi !== undefined) attainment.push(attainmentRow("roi", null, undefined, paidRoi, thresholds, b.roi));

  const band = t.marginBand ?? DEFAULT_MARGIN_BAND;
  const { outside, ...promotionMargin } = checkPromotionMargins(orders, period, band, t.promotion ?? DEFAULT_PROMOTION_RULE);

  const summary: ReviewSummary = {
    currency: inputs.currency ?? DEFAULT_CURRENCY,
    period: { from: monthLabel(period.from), to: monthLabel(period.to) },
    comparisonPeriod: { from: monthLabel(comparison.from), to: monthLabel(comparison.to), mode: inputs.compare },
    gmv: figures.period.gmv,
    orders: figures.period.orders,
    buyers: figures.period.buyers,
    aov: figures.period.aov,
    aovPerBuyer: figures.period.aovPerBuyer,
    grossMargin: figures.period.grossMargin,
    repurchaseRate: figures.period.repurchaseRate,
    newBuyers: figures.period.newBuyers,
    conversionRate: periodConversion,
    convertedBuyers: hasTraffic ? converted : null,
    visitors: hasTraffic ? allVisitors : null,
    monthsWithoutData: periodMonthsWithoutData,
    roi: paidRoi,
    costPerNewBuyer: paidCostPerNewBuyer,
    benchmarks: b,
    comparison: { ...figures.comparison, monthsWithoutData: comparisonMonthsWithoutData },
    monthly: figures.monthly,
    priceBands: figures.priceBands,
    comparisonPriceBands: figures.comparisonPriceBands,
    bandMixByMonth: figures.bandMixByMonth,
    channels,
    conversion,
    siteSplit,
    comparisonRoiMissingMonths: before.missingMonths,
    cohorts: figures.cohorts,
    rfmSegments: figures.rfmSegments.map((segment) => ({ ...segment, action: translate(inputs.locale, segmentActionKey(segment.segment)) })),
    attainment,
    marginBand: band,
    fulfilment: summarizeFulfilment(orders, period, t.shippingLimitHours),
    itemsOutsideMarginBand: outside.slice(0, ITEMS_OUTSIDE_BAND_KEPT),
    promotionMargin,
    basket: summarizeBaskets(orders, period, comparison, t),
    excludedByStatus: excludedIn(orders, period),
    excludedByStatusComparison: excludedIn(orders, comparison),
    excludedByStatusUndated: orders.excludedTimes === undefined ? 0 : orders.excludedTimes.reduce((n, time) => (time === time ? n : n + 1), 0),
    unpaidOrders: orders.unpaidOrders,
    ordersRead: orders.length,
    orderLines: orders.lines.length,
    amountShape: orders.amountShape,
    skipped: inputs.skipped.map((s) => ({ sheet: s.sheet, row: s.row, reason: translate(inputs.locale, s.reason, s.params) })),
    firstProduct: firstProductFigures(orders, period, { minBuyers: inputs.firstProductMinBuyers }),
    experiments: inputs.experiments === undefined ? [] : summarizeExperiments(inputs.experiments, inputs.locale, armOutcomesOfOrders(orders, serialWindow(period))),
    attribution: summarizeAttribution(orders, period, inputs.touchpoints, inputs.spend, {
      lookbackDays: t.attributionLookbackDays, halfLifeDays: t.attributionHalfLifeDays, unknownChannel: translate(inputs.locale, "label.unknownSource"),
    }),
  };
  return { summary, segmentBuyers: figures.rfmScores === null ? null : segmentBuyers(figures.rfmScores, orders.buyerNames) };
}

/**
 * Paying buyers of the period per channel (by `channelKey`): distinct in each month, and over the
 * period the sum of the months (a buyer once in each month they paid, as the traffic table counts a
 * visitor once in each month); orders where the table has no buyer column (conversion is then
 * orders ÷ visitors). `ordersInChannelMonth` counts the orders either way.
 */
interface PayingBuyers {
  inChannel(key: string): number;
  inChannelMonth(key: string, month: number): number;
  ordersInChannelMonth(key: string, month: number): number;
}

/**
 * Counts each buyer once per channel and month of the period, over counted orders; over the
 * period, a buyer counts once in each month they paid, as visitors count once in each month they
 * visited (a traffic table's months are added up, not deduplicated).
 */
function payingBuyersByChannel(orders: ReviewInputs["orders"], period: MonthRange): PayingBuyers {
  const months = period.to - period.from + 1;
  // Channel names that differ only in case or spaces are one channel (see channelKey).
  const keyIndex = new Map<string, number>();
  const keyOfCode = new Int32Array(orders.channelNames.length);
  for (let code = 0; code < orders.channelNames.length; code++) {
    const key = channelKey(orders.channelNames[code]);
    let index = keyIndex.get(key);
    if (index === undefined) keyIndex.set(key, (index = keyIndex.size));
    keyOfCode[code] = index;
  }
  // Buckets channel-major: channel k's months are k * months … k * months + months − 1.
  const { rows, buyers } = distinctBuyersPerBucket(orders, keyIndex.size * months, (i) => {
    const month = orders.month[i];
    if (orders.counted[i] !== 1 || month < period.from || month > period.to || orders.channel[i] < 0) return -1;
    return keyOfCode[orders.channel[i]] * months + month - period.from;
  });
  const byKey = new Float64Array(keyIndex.size);
  for (let b = 0; b < buyers.length; b++) byKey[Math.floor(b / months)] += buyers[b];
  const bucketOf = (key: string, month: number): number => {
    const k = keyIndex.get(key);
    return k === undefined || month < period.from || month > period.to ? -1 : k * months + month - period.from;
  };
  return {
    inChannel: (key) => {
      const k = keyIndex.get(key);
      return k === undefined ? 0 : byKey[k];
    },
    inChannelMonth: (key, month) => {
      const b = bucketOf(key, month);
      return b < 0 ? 0 : buyers[b];
    },
    ordersInChannelMonth: (key, month) => {
      const b = bucketOf(key, month);
      return b < 0 ? 0 : rows[b];
    },
  };
}

function conversionCells(inputs: ReviewInputs, paying: PayingBuyers): ConversionCell[] {
  const { period, traffic } = inputs;
  if (traffic === undefined) return [];
  const visitors = new Map<string, { name: string; byMonth: Map<number, number> }>();
  for (let i = 0; i < traffic.values.length; i++) {
    const name = traffic.channels[i];
    const month = traffic.months[i];
    const value = traffic.values[i];
    if (name === null || value !== value || month < period.from || month > period.to) continue;
    const key = channelKey(name);
    let entry = visitors.get(key);
    if (entry === undefined) visitors.set(key, (entry = { name: name.trim(), byMonth: new Map() }));
    entry.byMonth.set(month, (entry.byMonth.get(month) ?? 0) + value);
  }
  const cells: ConversionCell[] = [];
  for (const [key, entry] of visitors) {
    for (let month = period.from; month <= period.to; month++) {
      const visited = entry.byMonth.get(month) ?? 0;
      const converted = paying.inChannelMonth(key, month);
      cells.push({
        channel: entry.name, month: monthLabel(month), buyers: inputs.orders.hasBuyers ? converted : null, orders: paying.ordersInChannelMonth(key, month),
        visitors: visited, rate: visited > 0 ? converted / visited : null,
      });
    }
  }
  return cells;
}
