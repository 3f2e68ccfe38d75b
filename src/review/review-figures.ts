import { monthLabel } from "../engine/calendar";
import { isMetricError, valueOrNone } from "../engine/metric-error";
import { aovOfTotal, aovPerBuyerOfTotal } from "../engine/metrics/aov";
import { grossMarginOfTotals } from "../engine/metrics/gross-margin";
import { repurchaseRateOfCounts } from "../engine/metrics/repurchase-rate";
import { DEFAULT_PRICE_BAND_EDGES, type PriceBand } from "../engine/metrics/price-bands";
import { channelTable, type ChannelRow } from "../engine/metrics/channel-table";
import { cohortRetention } from "../engine/metrics/cohort-retention";
import { rfmScores, summarizeRfm, type RfmScores, type RfmSegmentSummary } from "../engine/metrics/rfm";
import type { OrderTable } from "./order-table";
import { monthCount, serialWindow, type MonthRange } from "./review-period";

/**
 * The headline figures of one period. The figures of buyers are `null` when the order table has
 * no buyer column (抖店, 拼多多 exports): unknown, never 0.
 */
export interface PeriodFigures {
  readonly gmv: number;
  readonly orders: number;
  /** Distinct buyers; null without a buyer column. */
  readonly buyers: number | null;
  /** GMV ÷ orders; null without orders. */
  readonly aov: number | null;
  /** GMV ÷ distinct buyers (生意参谋's 客单价); null without buyers. */
  readonly aovPerBuyer: number | null;
  /** (revenue − cost) ÷ revenue over orders with a known cost; null without costs. */
  readonly grossMargin: number | null;
  /** Buyers with ≥ 2 counted orders in the period ÷ buyers with ≥ 1; null without buyers. */
  readonly repurchaseRate: number | null;
  /** Buyers whose first counted order (in all the data) falls in the period; null without a buyer column. */
  readonly newBuyers: number | null;
}

export interface MonthFigures {
  /** "2025-06" */
  readonly month: string;
  readonly gmv: number;
  readonly orders: number;
  /** The figures of buyers: null without a buyer column. */
  readonly buyers: number | null;
  readonly aov: number | null;
  readonly aovPerBuyer: number | null;
  readonly newBuyers: number | null;
  readonly returningBuyers: number | null;
  readonly grossMargin: number | null;
}

/** A price band as the engine's `PriceBand`, with its name and the margin of its orders. */
export interface BandFigures extends PriceBand {
  /** "<50", "50-100", …, ">=500" */
  readonly band: string;
  /** Gross margin of the band's orders with a known cost; null without costs. */
  readonly grossMargin: number | null;
}

export interface CohortFigures {
  readonly cohort: string;
  readonly size: number;
  readonly retention: readonly number[];
}

export interface ReviewFigures {
  readonly period: PeriodFigures;
  readonly comparison: PeriodFigures;
  readonly monthly: readonly MonthFigures[];
  readonly priceBands: readonly BandFigures[];
  readonly comparisonPriceBands: readonly BandFigures[];
  /** Order share per band per month of the period: `bandMixByMonth[m][b]`. */
  readonly bandMixByMonth: readonly { month: string; orderShares: readonly number[] }[];
  readonly channels: readonly ChannelRow[];
  /** Empty without a buyer column. */
  readonly cohorts: readonly CohortFigures[];
  /** Empty without a buyer column. */
  readonly rfmSegments: readonly RfmSegmentSummary[];
  /** The period's buyers with their RFM scores (R and F: the segments), as of the period's last day; null without a buyer column or a buyer. */
  readonly rfmScores: RfmScores | null;
}

export interface ReviewFigureOptions {
  readonly period: MonthRange;
  readonly comparison: MonthRange;
  readonly priceBandEdges?: readonly number[];
  /** Ad spend per channel in the period (by channel name) — joined to the channel table. */
  readonly spend?: { readonly channels: readonly (string | null)[]; readonly amounts: Float64Array };
}

function bandIndex(amount: number, edges: readonly number[]): number {
  let band = 0;
  while (band < edges.length && amount >= edges[band]) band++;
  return band;
}

export function bandName(low: number | null, high: number | null): string {
  if (low === null) return `<${high}`;
  if (high === null) return `>=${low}`;
  return `${low}-${high}`;
}

/**
 * Every figure of the review, computed from typed order columns in a few linear passes:
 * one pass for the period totals, monthly figures and price bands together, one per
 * engine metric that needs its own state (channels, cohorts, RFM).
 *
 * Without a buyer column (`orders.hasBuyers` false) every figure of buyers is null or empty:
 * buyers, AOV per buyer, repurchase, new and returning buyers, cohorts and RFM segments.
 */
export function computeReviewFigures(orders: OrderTable, options: ReviewFigureOptions): ReviewFigures {
  const edges = options.priceBandEdges ?? DEFAULT_PRICE_BAND_EDGES;
  const { period, comparison } = options;
  const firstMonth = Math.min(period.from, comparison.from);
  const lastMonth = Math.max(period.to, comparison.to);
  const span = lastMonth - firstMonth + 1;
  const bandCount = edges.length + 1;
  const hasBuyers = orders.hasBuyers;
  const buyerCount = hasBuyers ? orders.buyerNames.length : 0;

  // The first counted month of every buyer, over all the data.
  const firstMonthOfBuyer = new Int32Array(buyerCount).fill(0x7fffffff);
  for (let i = 0; i < orders.length; i++) {
    if (orders.counted[i] !== 1) continue;
    const b = orders.buyer[i];
    if (b >= 0 && orders.month[i] < firstMonthOfBuyer[b]) firstMonthOfBuyer[b] = orders.month[i];
  }

  // Per month (of the span) and per band accumulators; distinct buyers via "last month seen".
  const gmvByMonth = new Float64Array(span);
  const ordersByMonth = new Float64Array(span);
  const buyersByMonth = new Float64Array(span);
  const newByMonth = new Float64Array(span);
  const revenueWithCost = new Float64Array(span);
  const costByMonth = new Float64Array(span);
  const bandOrders = new Float64Array(span * bandCount);
  const bandGmv = new Float64Array(span * bandCount);
  const bandRevenueWithCost = new Float64Array(span * bandCount);
  const bandCost = new Float64Array(span * bandCount);
  const seenInMonth = new Int32Array(buyerCount).fill(-1);
  // Orders per buyer within the period and within the comparison period (capped at 2).
  const periodOrders = new Uint8Array(buyerCount);
  const comparisonOrders = new Uint8Array(buyerCount);
  const sortedByMonth = orderIndexesByMonth(orders, firstMonth, lastMonth);
  for (const i of sortedByMonth) {
    const m = orders.month[i] - firstMonth;
    const amount = orders.amount[i];
    const b = orders.buyer[i];
    gmvByMonth[m] += amount;
    ordersByMonth[m]++;
    if (b >= 0 && seenInMonth[b] !== m) {
      seenInMonth[b] = m;
      buyersByMonth[m]++;
      if (firstMonthOfBuyer[b] === m + firstMonth) newByMonth[m]++;
    }
    const band = bandIndex(amount, edges);
    bandOrders[m * bandCount + band]++;
    bandGmv[m * bandCount + band] += amount;
    if (orders.cost !== null) {
      const cost = orders.cost[i];
      if (cost === cost) {
        revenueWithCost[m] += amount;
        costByMonth[m] += cost;
        bandRevenueWithCost[m * bandCount + band] += amount;
        bandCost[m * bandCount + band] += cost;
      }
    }
    const month = orders.month[i];
    if (b < 0) continue;
    if (month >= period.from && month <= period.to) {
      if (periodOrders[b] < 2) periodOrders[b]++;
    }
    if (month >= comparison.from && month <= comparison.to) {
      if (comparisonOrders[b] < 2) comparisonOrders[b]++;
    }
  }

  const sumRange = (values: Float64Array, range: MonthRange) => {
    let total = 0;
    for (let m = range.from; m <= range.to; m++) if (m >= firstMonth && m <= lastMonth) total += values[m - firstMonth];
    return total;
  };
  const periodFigures = (range: MonthRange, orderCounts: Uint8Array): PeriodFigures => {
    let buyers = 0;
    let repeat = 0;
    for (let b = 0; b < buyerCount; b++) {
      if (orderCounts[b] >= 1) buyers++;
      if (orderCounts[b] >= 2) repeat++;
    }
    const gmv = sumRange(gmvByMonth, range);
    const count = sumRange(ordersByMonth, range);
    const revenue = sumRange(revenueWithCost, range);
    return {
      gmv,
      orders: count,
      buyers: hasBuyers ? buyers : null,
      aov: valueOrNone(aovOfTotal(gmv, count)),
      aovPerBuyer: valueOrNone(aovPerBuyerOfTotal(gmv, buyers)),
      grossMargin: orders.cost !== null ? valueOrNone(grossMarginOfTotals(revenue, sumRange(costByMonth, range))) : null,
      repurchaseRate: valueOrNone(repurchaseRateOfCounts(repeat, buyers)),
      newBuyers: hasBuyers ? sumRange(newByMonth, range) : null,
    };
  };

  const monthly: MonthFigures[] = [];
  for (let month = period.from; month <= period.to; month++) {
    const m = month - firstMonth;
    monthly.push({
      month: monthLabel(month),
      gmv: gmvByMonth[m],
      orders: ordersByMonth[m],
      buyers: hasBuyers ? buyersByMonth[m] : null,
      aov: valueOrNone(aovOfTotal(gmvByMonth[m], ordersByMonth[m])),
      aovPerBuyer: valueOrNone(aovPerBuyerOfTotal(gmvByMonth[m], buyersByMonth[m])),
      newBuyers: hasBuyers ? newByMonth[m] : null,
      returningBuyers: hasBuyers ? buyersByMonth[m] - newByMonth[m] : null,
      grossMargin: orders.cost !== null ? valueOrNone(grossMarginOfTotals(revenueWithCost[m], costByMonth[m])) : null,
    });
  }

  const bandsOver = (range: MonthRange): BandFigures[] => {
    const totals = Array.from({ length: bandCount }, () => ({ orders: 0, gmv: 0, revenue: 0, cost: 0 }));
    let allOrders = 0;
    let allGmv = 0;
    for (let month = range.from; month <= range.to; month++) {
      const m = month - firstMonth;
      for (let k = 0; k < bandCount; k++) {
        totals[k].orders += bandOrders[m * bandCount + k];
        totals[k].gmv += bandGmv[m * bandCount + k];
        totals[k].revenue += bandRevenueWithCost[m * bandCount + k];
        totals[k].cost += bandCost[m * bandCount + k];
        allOrders += bandOrders[m * bandCount + k];
        allGmv += bandGmv[m * bandCount + k];
      }
    }
    return totals.map((t, k) => {
      const low = k === 0 ? null : edges[k - 1];
      const high = k === edges.length ? null : edges[k];
      return {
        band: bandName(low, high), low, high, orders: t.orders,
        orderShare: allOrders > 0 ? t.orders / allOrders : 0,
        gmv: t.gmv, gmvShare: allGmv > 0 ? t.gmv / allGmv : 0,
        grossMargin: orders.cost !== null ? valueOrNone(grossMarginOfTotals(t.revenue, t.cost)) : null,
      };
    });
  };

  const bandMixByMonth = monthly.map((month, index) => {
    const m = period.from + index - firstMonth;
    const total = ordersByMonth[m];
    const orderShares: number[] = [];
    for (let k = 0; k < bandCount; k++) orderShares.push(total > 0 ? bandOrders[m * bandCount + k] / total : 0);
    return { month: month.month, orderShares };
  });

  const window = serialWindow(period);
  const channelRows = channelTable(
    { amounts: orders.amount, channels: orders.channel, channelNames: orders.channelNames, buyers: orders.buyer, dates: orders.time, counted: orders.counted, buyerCount },
    options.spend,
    window,
  );

  // Cohorts of buyers whose first order falls in the period, followed to the end of the data.
  const cohortResult = hasBuyers
    ? cohortRetention(orders.buyer, orders.time, {
      counted: orders.counted, buyerCount, months: Math.max(1, monthCount(period) - 1), orderMonths: orders.month,
    })
    : [];
  const cohorts = isMetricError(cohortResult) ? [] : cohortResult
    .filter((c) => c.month >= period.from && c.month <= period.to)
    .map((c) => ({ cohort: monthLabel(c.month), size: c.size, retention: c.retention.slice(0, Math.min(c.retention.length, period.to - c.month + 1)) }));

  let rfmSegments: RfmSegmentSummary[] = [];
  let rfmBuyers: RfmScores | null = null;
  if (hasBuyers) {
    const inPeriod = new Uint8Array(orders.length);
    for (let i = 0; i < orders.length; i++) inPeriod[i] = orders.counted[i] === 1 && orders.month[i] >= period.from && orders.month[i] <= period.to ? 1 : 0;
    const scored = rfmScores(orders.buyer, orders.time, orders.amount, { counted: inPeriod, buyerCount, asOf: window.to - 1, monetaryScore: false });
    if (!isMetricError(scored)) {
      rfmSegments = summarizeRfm(scored);
      rfmBuyers = scored;
    }
  }

  return {
    period: periodFigures(period, periodOrders),
    comparison: periodFigures(comparison, comparisonOrders),
    monthly,
    priceBands: bandsOver(period),
    comparisonPriceBands: bandsOver(comparison),
    bandMixByMonth,
    channels: isMetricError(channelRows) ? [] : channelRows,
    cohorts,
    rfmSegments,
    rfmScores: rfmBuyers,
  };
}

/** Indexes of counted orders within [firstMonth, lastMonth], ordered by month (a counting sort). */
function orderIndexesByMonth(orders: OrderTable, firstMonth: number, lastMonth: number): Int32Array {
  const span = lastMonth - firstMonth + 1;
  const starts = new Int32Array(span + 1);
  for (let i = 0; i < orders.length; i++) {
    const m = orders.month[i];
    if (orders.counted[i] === 1 && m >= firstMonth && m <= lastMonth) starts[m - firstMonth + 1]++;
  }
  for (let m = 0; m < span; m++) starts[m + 1] += starts[m];
  const indexes = new Int32Array(starts[span]);
  const next = starts.slice(0, span);
  for (let i = 0; i < orders.length; i++) {
    const m = orders.month[i];
    if (orders.counted[i] === 1 && m >= firstMonth && m <= lastMonth) indexes[next[m - firstMonth]++] = i;
  }
  return indexes;
}
