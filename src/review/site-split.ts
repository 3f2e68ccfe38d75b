import { monthLabel } from "../engine/calendar";
import { isMetricError, valueOrNone } from "../engine/metric-error";
import { channelKey, channelTable } from "../engine/metrics/channel-table";
import { conversionRate } from "../engine/metrics/conversion-rate";
import { repurchaseRateOfCounts } from "../engine/metrics/repurchase-rate";
import type { ChannelSite } from "./channel-site";
import { distinctBuyersPerBucket } from "./buyers-per-bucket";
import type { OrderTable } from "./order-table";
import type { ChannelMonthTable } from "./review-inputs";
import { serialWindow, type MonthRange } from "./review-period";

/** A side of the on-site / off-site split; `unclassified` holds the channels whose name says neither. */
export type SiteGroup = ChannelSite | "unclassified";

/**
 * One side of the on-site / off-site split (PRODUCT.md: off-site traffic 68%, conversion 1.8%
 * off-site against 2.5% on-site, repurchase 18% against 34%). Sums over the channels of that side.
 */
export interface SiteSplitRow {
  readonly site: SiteGroup;
  /** GMV of the side's channels in the period, and its share of the period's GMV (all orders). */
  readonly gmv: number;
  readonly gmvShare: number | null;
  readonly orders: number;
  /** Visitors of the side's channels, and their share of all visitors; null without traffic. */
  readonly visitors: number | null;
  readonly trafficShare: number | null;
  /**
   * Paying buyers (counted orders, without a buyer column) of the side's channels that have
   * visitors in the period, distinct in each month and summed over the months, as the visitors
   * are: a buyer who paid through two of its channels in a month is one buyer, a buyer who paid in
   * three months counts three times, as in the period's conversion. Null without traffic.
   */
  readonly converted: number | null;
  /** converted ÷ visitors; null without visitors. */
  readonly conversionRate: number | null;
  /** Buyers whose first counted order came through the side's channels, in the period; null without a buyer column. */
  readonly newBuyers: number | null;
  /** Share of those new buyers with ≥ 2 counted orders in the period; null without new buyers. */
  readonly repurchaseRate: number | null;
}

/** What a channel brings to the split: its figures of the period as the channel table holds them. */
export interface SiteChannel {
  readonly channel: string;
  readonly site: ChannelSite | null;
  readonly gmv: number;
  readonly orders: number;
  readonly spend: number;
  readonly visitors: number | null;
  readonly newBuyers: number | null;
  readonly repurchaseRate: number | null;
}

const SIDES: readonly ChannelSite[] = ["onsite", "offsite"];

/**
 * The on-site / off-site split of the period: one row for on-site, one for off-site, then one for
 * the unclassified channels when any of them has orders, visitors or spend.
 *
 * Shares are of the whole period (`periodGmv`, `allVisitors`): orders without a channel are in no
 * side, so the sides' GMV shares add up to less than 100% when there are some. Conversion counts
 * each paying buyer once per side and month (see `SiteSplitRow.converted`), over the side's channels with
 * visitors, and is left out (null) without traffic. O(orders).
 */
export function summarizeSites(orders: OrderTable, period: MonthRange, channels: readonly SiteChannel[], periodGmv: number, allVisitors: number | null): SiteSplitRow[] {
  const groupOf = (c: SiteChannel): SiteGroup => c.site ?? "unclassified";
  const groups: SiteGroup[] = [...SIDES];
  if (channels.some((c) => c.site === null && (c.gmv !== 0 || c.orders > 0 || c.spend > 0 || (c.visitors ?? 0) > 0))) groups.push("unclassified");
  const converted = allVisitors === null ? null : convertedBySite(orders, period, channels, groups);
  return groups.map((site, g) => {
    const members = channels.filter((c) => groupOf(c) === site);
    const gmv = members.reduce((s, c) => s + c.gmv, 0);
    const visitors = allVisitors === null ? null : members.reduce((s, c) => s + (c.visitors ?? 0), 0);
    const newBuyers = orders.hasBuyers ? members.reduce((s, c) => s + (c.newBuyers ?? 0), 0) : null;
    // A channel's rate is its repeat new buyers ÷ its new buyers: rounding gives back the count.
    const repeat = members.reduce((s, c) => s + Math.round((c.repurchaseRate ?? 0) * (c.newBuyers ?? 0)), 0);
    const paying = converted === null ? null : converted[g];
    return {
      site,
      gmv,
      gmvShare: periodGmv > 0 ? gmv / periodGmv : null,
      orders: members.reduce((s, c) => s + c.orders, 0),
      visitors,
      trafficShare: visitors !== null && allVisitors !== null && allVisitors > 0 ? visitors / allVisitors : null,
      converted: paying,
      conversionRate: paying !== null && visitors !== null ? valueOrNone(conversionRate(paying, visitors)) : null,
      newBuyers,
      repurchaseRate: newBuyers === null ? null : valueOrNone(repurchaseRateOfCounts(repeat, newBuyers)),
    };
  });
}

/**
 * Paying buyers per group over the counted orders of the period through channels with visitors:
 * each month's distinct buyers, summed over the months (as the traffic table's visitors are);
 * orders, without a buyer column.
 */
function convertedBySite(orders: OrderTable, period: MonthRange, channels: readonly SiteChannel[], groups: readonly SiteGroup[]): number[] {
  const groupOfKey = new Map<string, number>();
  for (const c of channels) {
    if (!((c.visitors ?? 0) > 0)) continue;
    groupOfKey.set(channelKey(c.channel), groups.indexOf(c.site ?? "unclassified"));
  }
  const groupOfCode = Int32Array.from(orders.channelNames, (name) => groupOfKey.get(channelKey(name)) ?? -1);
  const months = period.to - period.from + 1;
  const { buyers } = distinctBuyersPerBucket(orders, groups.length * months, (i) => {
    const month = orders.month[i];
    const code = orders.channel[i];
    if (orders.counted[i] !== 1 || month < period.from || month > period.to || code < 0) return -1;
    const g = groupOfCode[code];
    return g < 0 ? -1 : g * months + month - period.from;
  });
  const counts = groups.map(() => 0);
  for (let b = 0; b < buyers.length; b++) counts[Math.floor(b / months)] += buyers[b];
  return counts;
}

/** A channel's spend and ROI in the comparison period. */
export interface ComparisonRoi {
  readonly spend: number;
  /** GMV ÷ spend in the comparison period; null without spend there, or when the period lacks order data. */
  readonly roi: number | null;
}

/**
 * Each channel's ROI (GMV ÷ spend, the channel table's definition) in the comparison period, by
 * `channelKey`, so that the review can say "腾讯广告 ROI 1.20 → 0.96".
 *
 * A comparison period with a month without a single counted order (data that starts inside it)
 * has its GMV understated and every ROI with it: no ROI is given then, and `missingMonths` names
 * those months ("2024-12").
 */
export function comparisonChannelRoi(orders: OrderTable, spend: ChannelMonthTable | undefined, comparison: MonthRange): { byChannel: Map<string, ComparisonRoi>; missingMonths: string[] } {
  const byChannel = new Map<string, ComparisonRoi>();
  const hasOrders = new Uint8Array(comparison.to - comparison.from + 1);
  for (let i = 0; i < orders.length; i++) {
    const month = orders.month[i];
    if (orders.counted[i] === 1 && month >= comparison.from && month <= comparison.to) hasOrders[month - comparison.from] = 1;
  }
  const missingMonths: string[] = [];
  for (let month = comparison.from; month <= comparison.to; month++) if (hasOrders[month - comparison.from] === 0) missingMonths.push(monthLabel(month));
  if (spend === undefined) return { byChannel, missingMonths };

  const spendChannels: string[] = [];
  const amounts: number[] = [];
  for (let i = 0; i < spend.values.length; i++) {
    const month = spend.months[i];
    const value = spend.values[i];
    if (spend.channels[i] === null || value !== value || month < comparison.from || month > comparison.to) continue;
    spendChannels.push(spend.channels[i]!);
    amounts.push(value);
  }
  const rows = channelTable(
    { amounts: orders.amount, channels: orders.channel, channelNames: orders.channelNames, buyers: orders.buyer, dates: orders.time, counted: orders.counted, buyerCount: orders.hasBuyers ? orders.buyerNames.length : 0 },
    { channels: spendChannels, amounts: Float64Array.from(amounts) },
    serialWindow(comparison),
  );
  if (isMetricError(rows)) return { byChannel, missingMonths };
  const covered = missingMonths.length === 0;
  for (const row of rows) byChannel.set(channelKey(row.channel), { spend: row.spend, roi: covered ? row.roi : null });
  return { byChannel, missingMonths };
}
