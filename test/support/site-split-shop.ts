/**
 * A shop small enough to compute the on-site / off-site figures by hand (test support for
 * src/review/site-split.test.ts and site-split-sheet.test.ts).
 *
 * Period June–July 2025, compared with April–May. Channels: 手淘搜索 and 直通车 (on-site), 腾讯广告
 * (off-site), 其他 (neither). Buyer b3 pays on both sides; b6 through two on-site channels.
 */
import type { Locale } from "../../src/i18n/messages";
import { readOrderTable } from "../../src/review/order-table";
import type { ChannelMonthTable, ReviewInputs } from "../../src/review/review-inputs";
import { parseMonthRange } from "../../src/review/review-period";

const APRIL_1 = 45748;
const JUNE_1 = 45809;
const ORDERS: readonly [amount: number, day: number, buyer: string, channel: string][] = [
  // The comparison period: b1 first buys through 腾讯广告 (so is no new buyer of the period), b2 through 直通车.
  [120, APRIL_1 + 9, "b1", "腾讯广告"],
  [80, APRIL_1 + 34, "b2", "直通车"],
  // The period.
  [100, JUNE_1 + 1, "b1", "手淘搜索"],
  [200, JUNE_1 + 2, "b3", "腾讯广告"],
  [50, JUNE_1 + 30, "b3", "手淘搜索"],
  [60, JUNE_1 + 9, "b4", "腾讯广告"],
  [90, JUNE_1 + 11, "b5", "直通车"],
  [40, JUNE_1 + 31, "b5", "直通车"],
  [30, JUNE_1 + 19, "b6", "手淘搜索"],
  [70, JUNE_1 + 24, "b6", "直通车"],
  [10, JUNE_1 + 34, "b7", "其他"],
];

const APRIL = 2025 * 12 + 3;
function channelMonths(rows: readonly [channel: string, month: number, value: number][]): ChannelMonthTable {
  return { channels: rows.map((r) => r[0]), months: Int32Array.from(rows.map((r) => APRIL + r[1])), values: Float64Array.from(rows.map((r) => r[2])) };
}
// Months counted from April: 0 April, 1 May, 2 June, 3 July. 其他 has no traffic.
const TRAFFIC = channelMonths([["手淘搜索", 2, 100], ["手淘搜索", 3, 100], ["直通车", 2, 50], ["直通车", 3, 50], ["腾讯广告", 2, 300], ["腾讯广告", 3, 300], ["腾讯广告", 0, 999]]);
const SPEND = channelMonths([["腾讯广告", 0, 100], ["腾讯广告", 1, 100], ["腾讯广告", 2, 150], ["腾讯广告", 3, 150], ["直通车", 1, 25], ["直通车", 2, 60], ["直通车", 3, 40]]);

/** The review inputs of the shop; each option false leaves that part of the data out (or, for `compare: "yoy"`, compares with months without orders). */
export function siteSplitShopInputs(locale: Locale, options: { withBuyer?: boolean; traffic?: boolean; spend?: boolean; channel?: boolean; compare?: ReviewInputs["compare"] } = {}): ReviewInputs {
  const { withBuyer = true, traffic = true, spend = true, channel: withChannel = true, compare = "previous" } = options;
  const grid = [["amount", "time", "buyer", "channel"], ...ORDERS.map(([amount, day, buyer, channel]) => [amount, day + 0.5, buyer, channel])];
  const orders = readOrderTable(grid, { amount: 0, time: 1, buyer: withBuyer ? 2 : undefined, channel: withChannel ? 3 : undefined }, { sheet: "orders", headerRow: 0 }).table;
  return {
    orders, skipped: [], traffic: traffic ? TRAFFIC : undefined, spend: spend ? SPEND : undefined,
    period: parseMonthRange("2025-06..2025-07")!, compare, targets: {}, locale, sources: ["orders"], generatedAt: new Date(0),
  };
}

/** The figures, worked out by hand from the rows above. */
export const PERIOD_GMV = 100 + 200 + 50 + 60 + 90 + 40 + 30 + 70 + 10;
export const ONSITE_GMV = (100 + 50 + 30) + (90 + 40 + 70);
export const OFFSITE_GMV = 200 + 60;
export const VISITORS = 200 + 100 + 600;
