import { metricError, type MetricError } from "../metric-error";

export interface ChannelRow {
  readonly channel: string;
  readonly gmv: number;
  readonly orders: number;
  /** Ad spend booked to this channel; 0 when none. */
  readonly spend: number;
  /** GMV ÷ spend (投产比); `null` when the channel has no spend (natural traffic). */
  readonly roi: number | null;
  /** Buyers whose first counted order came through this channel (within the window, if any). */
  readonly newBuyers: number;
  /** spend ÷ new buyers; `null` without spend or without new buyers. */
  readonly costPerNewBuyer: number | null;
  /** Repurchase rate of the new buyers this channel brought: share with ≥ 2 counted orders. */
  readonly repurchaseRate: number | null;
}

export interface ChannelOrders {
  readonly amounts: Float64Array;
  /** Channel code per row (`-1` for none) and the channel names. */
  readonly channels: Int32Array;
  readonly channelNames: readonly string[];
  /** Buyer code per row (`-1` for none). */
  readonly buyers: Int32Array;
  /** Order dates as Excel serials; a buyer's first order is the earliest (ties: the first row). */
  readonly dates: Float64Array;
  readonly counted?: Uint8Array;
  readonly buyerCount?: number;
}

export interface ChannelSpend {
  /** Channel name per spend row (`null` for none) and the amount spent. */
  readonly channels: readonly (string | null)[];
  readonly amounts: Float64Array;
}

/** Channel names match when equal after trimming and ignoring case ("Tencent Ads" = "tencent ads"). */
export function channelKey(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * The channel table of the review and of `EC.CHANNELS`: per channel GMV, orders, spend, ROI (GMV ÷ spend),
 * new buyers, cost per new buyer (spend ÷ new buyers) and the repurchase rate of those new buyers.
 *
 * GMV and orders count counted orders with from ≤ date < to (all dated rows when no window is
 * given). A buyer is new to a channel when their earliest counted order — over all the rows, not
 * only the window — came through it and falls in the window. Channels that appear only in the
 * spend rows are listed with zero GMV. Rows are sorted by GMV, largest first.
 * Edge cases: no counted order → #DIV/0!.
 * Complexity: O(n) over orders plus O(s) over spend rows.
 *
 * @example channelTable(orders, spend) // [{ channel: "Tencent Ads", gmv: 90000, spend: 100000, roi: 0.9, … }]
 */
export function channelTable(orders: ChannelOrders, spend?: ChannelSpend, window: { from?: number; to?: number } = {}): ChannelRow[] | MetricError {
  const { amounts, channels, channelNames, buyers, dates, counted } = orders;
  const windowed = window.from !== undefined || window.to !== undefined;
  const low = window.from ?? -Infinity;
  const high = window.to ?? Infinity;
  let buyerCount = orders.buyerCount ?? 0;
  if (orders.buyerCount === undefined) for (let i = 0; i < buyers.length; i++) if (buyers[i] >= buyerCount) buyerCount = buyers[i] + 1;

  // Channels by key: order channels first (in code order), then channels seen only in spend.
  const names: string[] = [];
  const indexOfKey = new Map<string, number>();
  const channelIndex = new Int32Array(channelNames.length);
  for (let c = 0; c < channelNames.length; c++) {
    const key = channelKey(channelNames[c]);
    let index = indexOfKey.get(key);
    if (index === undefined) {
      index = names.length;
      names.push(channelNames[c].trim());
      indexOfKey.set(key, index);
    }
    channelIndex[c] = index;
  }
  const spendTotals: number[] = new Array(names.length).fill(0);
  if (spend !== undefined) {
    for (let s = 0; s < spend.channels.length; s++) {
      const name = spend.channels[s];
      const amount = spend.amounts[s];
      if (name === null || amount !== amount) continue;
      const key = channelKey(name);
      let index = indexOfKey.get(key);
      if (index === undefined) {
        index = names.length;
        names.push(name.trim());
        indexOfKey.set(key, index);
        spendTotals.push(0);
      }
      spendTotals[index] += amount;
    }
  }

  const channelCount = names.length;
  const gmvTotals = new Float64Array(channelCount);
  const orderCounts = new Float64Array(channelCount);
  const firstDate = new Float64Array(buyerCount).fill(Infinity);
  const firstChannel = new Int32Array(buyerCount).fill(-1);
  const orderCountOfBuyer = new Uint8Array(buyerCount);
  let anyOrder = false;
  for (let i = 0; i < amounts.length; i++) {
    const amount = amounts[i];
    if (amount !== amount || (counted !== undefined && counted[i] !== 1)) continue;
    const date = dates[i];
    const code = channels[i];
    const channel = code >= 0 ? channelIndex[code] : -1;
    // Without a window every counted order counts, dated or not; with one, only those inside it.
    const inWindow = windowed ? date >= low && date < high : true;
    if (inWindow && channel >= 0) {
      gmvTotals[channel] += amount;
      orderCounts[channel]++;
      anyOrder = true;
    }
    const buyer = buyers[i];
    if (buyer < 0 || date !== date) continue;
    if (date < firstDate[buyer]) {
      firstDate[buyer] = date;
      firstChannel[buyer] = channel;
    }
    if (inWindow && orderCountOfBuyer[buyer] < 2) orderCountOfBuyer[buyer]++;
  }
  if (!anyOrder && spend === undefined) return metricError("DIV0", "argument.noOrders");

  const newBuyers = new Float64Array(channelCount);
  const repeatNewBuyers = new Float64Array(channelCount);
  for (let buyer = 0; buyer < buyerCount; buyer++) {
    const channel = firstChannel[buyer];
    const first = firstDate[buyer];
    if (channel < 0 || !(first >= low && first < high)) continue;
    newBuyers[channel]++;
    if (orderCountOfBuyer[buyer] >= 2) repeatNewBuyers[channel]++;
  }

  const rows: ChannelRow[] = [];
  for (let c = 0; c < channelCount; c++) {
    const spent = spendTotals[c];
    rows.push({
      channel: names[c],
      gmv: gmvTotals[c],
      orders: orderCounts[c],
      spend: spent,
      roi: spent > 0 ? gmvTotals[c] / spent : null,
      newBuyers: newBuyers[c],
      costPerNewBuyer: spent > 0 && newBuyers[c] > 0 ? spent / newBuyers[c] : null,
      repurchaseRate: newBuyers[c] > 0 ? repeatNewBuyers[c] / newBuyers[c] : null,
    });
  }
  rows.sort((a, b) => b.gmv - a.gmv || b.spend - a.spend);
  return rows;
}
