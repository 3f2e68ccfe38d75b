/**
 * Channel contribution for the review (issue 15): the period's counted orders credited to their
 * channels under every attribution model side by side (src/engine/metrics/attribution.ts), from
 * the touchpoint table when there is one (each order's path: its buyer's touches in the lookback
 * before payment), else from the orders' own sources (each buyer's order sources so far, which
 * still tells the channel that acquired a buyer from the one that brought the order). With ad
 * spend: ROI per channel under each model, and the channels whose data-driven ROI stands well
 * above or below their last-touch ROI.
 */
import type { CellGrid } from "../engine/cells/cell-value";
import { columnHeaderText } from "./table-rows";
import { gridColumn, readDateColumn, readKeyColumn } from "../engine/cells/read-columns";
import { attributePaths, DEFAULT_HALF_LIFE_DAYS, type AttributionModel, type AttributionPaths, type ModelCredit } from "../engine/metrics/attribution";
import { ChannelCodes } from "../engine/metrics/attribution-paths";
import { DEFAULT_LOOKBACK_DAYS, pathsFromTouchpoints } from "../engine/metrics/touchpoint-paths";
import { isMetricError } from "../engine/metric-error";
import type { OrderTable, SkippedRow } from "./order-table";
import type { ChannelMonthTable } from "./review-inputs";
import { serialWindow, type MonthRange } from "./review-period";

/** The touchpoint table's rows, read: who (a name joined to the orders' buyers), when, through which channel. */
export interface TouchpointRows {
  readonly visitors: readonly string[];
  /** Per row: an index into `visitors`. */
  readonly visitor: Int32Array;
  readonly time: Float64Array;
  readonly channels: readonly string[];
  /** Per row: an index into `channels`. */
  readonly channel: Int32Array;
}

export interface TouchpointMapping {
  readonly visitor: number;
  readonly touchTime: number;
  readonly channel: number;
}

/**
 * Reads a touchpoint table. A row without a visitor, a readable time or a channel is skipped and
 * listed with the column; wholly blank rows are passed over.
 */
export function readTouchpointTable(
  grid: CellGrid, mapping: TouchpointMapping, options: { sheet: string; headerRow: number | null; firstSheetRow?: number },
): { table: TouchpointRows; skipped: SkippedRow[] } {
  const start = options.headerRow === null ? 0 : options.headerRow + 1;
  const firstSheetRow = options.firstSheetRow ?? 1;
  const header = (column: number) => columnHeaderText(grid, options.headerRow, column);
  const visitors = readKeyColumn(gridColumn(grid, mapping.visitor, start));
  const times = readDateColumn(gridColumn(grid, mapping.touchTime, start));
  const channels = readKeyColumn(gridColumn(grid, mapping.channel, start));
  const badTime = new Map(times.unreadable.map((cell) => [cell.index, cell.found]));
  const skipped: SkippedRow[] = [];
  const kept: number[] = [];
  for (let i = 0; i < visitors.codes.length; i++) {
    const row = firstSheetRow + start + i;
    const time = times.values[i];
    if (visitors.codes[i] < 0 && channels.codes[i] < 0 && time !== time && !badTime.has(i)) continue;
    if (badTime.has(i)) skipped.push({ sheet: options.sheet, row, reason: "skip.unreadableTime", params: { found: badTime.get(i)! } });
    else if (visitors.codes[i] < 0) skipped.push({ sheet: options.sheet, row, reason: "skip.touchIncomplete", params: { column: header(mapping.visitor) } });
    else if (time !== time) skipped.push({ sheet: options.sheet, row, reason: "skip.touchIncomplete", params: { column: header(mapping.touchTime) } });
    else if (channels.codes[i] < 0) skipped.push({ sheet: options.sheet, row, reason: "skip.touchIncomplete", params: { column: header(mapping.channel) } });
    else kept.push(i);
  }
  return {
    table: {
      visitors: visitors.names, visitor: Int32Array.from(kept, (i) => visitors.codes[i]), time: Float64Array.from(kept, (i) => times.values[i]),
      channels: channels.names, channel: Int32Array.from(kept, (i) => channels.codes[i]),
    },
    skipped,
  };
}

/** The models the review shows, in its order; time decay only with touchpoints (it needs the touches' times). */
export const REVIEW_MODELS = ["lastTouch", "firstTouch", "linear", "positionBased", "timeDecay", "markov", "shapley"] as const satisfies readonly AttributionModel[];
export type ReviewModel = (typeof REVIEW_MODELS)[number];

export interface ChannelCredit {
  readonly channel: string;
  /** Conversions credited under each model; null where the model was not computed. */
  readonly conversions: Readonly<Record<ReviewModel, number | null>>;
  readonly value: Readonly<Record<ReviewModel, number | null>>;
  /** The channel's ad spend over the period; null without spend for it. */
  readonly spend: number | null;
  /** Credited value ÷ spend under each model; null without spend. */
  readonly roi: Readonly<Record<ReviewModel, number | null>>;
}

/** A channel whose ROI under the data-driven models stands well apart from its last-touch ROI. */
export interface Reallocation {
  readonly channel: string;
  readonly direction: "more" | "less";
  readonly lastTouchRoi: number;
  readonly markovRoi: number;
  readonly shapleyRoi: number;
}

/** The data-driven ROI must stand this far from last touch, in both models, for a reallocation note: a quarter above, a fifth below. */
export const REALLOCATION_ABOVE = 1.25;
export const REALLOCATION_BELOW = 0.8;

export interface AttributionSummary {
  /** Where the paths came from: the touchpoint table, or the orders' own sources per buyer (first and last touch only). */
  readonly source: "touchpoints" | "orderSources";
  readonly lookbackDays: number;
  readonly halfLifeDays: number;
  /** The models computed (the others are null in every channel). */
  readonly models: readonly ReviewModel[];
  readonly channels: readonly ChannelCredit[];
  readonly totalConversions: number;
  readonly totalValue: number;
  /** With touchpoints: orders whose path came from them, orders that kept their own source, people who never ordered. */
  readonly ordersWithTouches: number;
  readonly ordersOwnSource: number;
  readonly nonConverting: number;
  /** Paths cut to their last 50 touches (`MAX_PATH_STEPS`). */
  readonly cutPaths: number;
  /** Channel spellings merged into another (case, spacing or width apart). */
  readonly merged: readonly { readonly spelling: string; readonly channel: string }[];
  readonly reallocation: readonly Reallocation[];
}

export interface AttributionOptions {
  readonly lookbackDays?: number;
  readonly halfLifeDays?: number;
  /** The name of the channel an order without a touch or a source of its own is given. */
  readonly unknownChannel: string;
}

/**
 * The review's channel contribution over the period's counted orders; null when the orders have
 * neither a touchpoint table nor a channel column, or no counted order in the period.
 */
export function summarizeAttribution(
  orders: OrderTable, period: MonthRange, touchpoints: TouchpointRows | undefined, spend: ChannelMonthTable | undefined, options: AttributionOptions,
): AttributionSummary | null {
  const lookbackDays = options.lookbackDays ?? DEFAULT_LOOKBACK_DAYS;
  const halfLifeDays = options.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS;
  const window = serialWindow(period);
  const hasChannels = orders.channelNames.length > 0;
  if (touchpoints === undefined && !(hasChannels && orders.hasBuyers)) return null;
  const codes = new ChannelCodes();
  const orderChannel = Int32Array.from(orders.channelNames, (name) => codes.code(name));
  const inPeriod: number[] = [];
  for (let o = 0; o < orders.length; o++) if (orders.counted[o] === 1 && orders.time[o] >= window.from && orders.time[o] < window.to) inPeriod.push(o);
  if (inPeriod.length === 0) return null;

  let paths: AttributionPaths;
  let stats = { ordersWithTouches: 0, ordersOwnSource: 0, nonConverting: 0, cutPaths: 0 };
  if (touchpoints !== undefined) {
    const touchChannel = Int32Array.from(touchpoints.channels, (name) => codes.code(name));
    const unknown = codes.code(options.unknownChannel);
    // People: the touchpoints' visitors and the orders' buyers in one code space, by name.
    const personOf = new Map<string, number>(touchpoints.visitors.map((name, i) => [name, i]));
    const buyerPerson = Int32Array.from(orders.buyerNames, (name) => personOf.get(name) ?? -1);
    let next = touchpoints.visitors.length;
    const buyer = Int32Array.from(inPeriod, (o) => {
      const b = orders.buyer[o];
      if (b < 0) return -1;
      if (buyerPerson[b] < 0) buyerPerson[b] = next++;
      return buyerPerson[b];
    });
    const result = pathsFromTouchpoints(
      { person: touchpoints.visitor, time: touchpoints.time, channel: Int32Array.from(touchpoints.channel, (c) => touchChannel[c]) },
      {
        buyer, time: Float64Array.from(inPeriod, (o) => orders.time[o]), value: Float64Array.from(inPeriod, (o) => orders.amount[o]),
        channel: Int32Array.from(inPeriod, (o) => (orders.channel[o] >= 0 ? orderChannel[orders.channel[o]] : -1)),
      },
      { channelCount: codes.names.length, unknownChannel: unknown, lookbackDays, window },
    );
    paths = result.paths;
    stats = result;
  } else {
    paths = orderSourcePaths(orders, inPeriod, orderChannel, codes);
  }
  const result = attributePaths({ ...paths, channelCount: codes.names.length }, { halfLifeDays });
  if (isMetricError(result)) return null;
  const models: ReviewModel[] = touchpoints !== undefined ? [...REVIEW_MODELS] : ["lastTouch", "firstTouch"];
  const creditOf = (model: ReviewModel): ModelCredit | null => (models.includes(model) ? result[model] : null);

  const spendOf = spendByChannel(spend, period, codes);
  const channels: ChannelCredit[] = codes.names.map((channel, c) => {
    // A channel met only in the spend table has no credit: 0 under each model computed.
    const pick = (part: "conversions" | "value") => Object.fromEntries(REVIEW_MODELS.map((m) => {
      const credit = creditOf(m);
      return [m, credit === null ? null : credit[part][c] ?? 0];
    })) as Record<ReviewModel, number | null>;
    const value = pick("value");
    const channelSpend = spendOf.get(c) ?? null;
    const roi = Object.fromEntries(REVIEW_MODELS.map((m) => [m, channelSpend !== null && channelSpend > 0 && value[m] !== null ? value[m]! / channelSpend : null])) as Record<ReviewModel, number | null>;
    return { channel, conversions: pick("conversions"), value, spend: channelSpend, roi };
  }).filter((row) => REVIEW_MODELS.some((m) => (row.conversions[m] ?? 0) > 0) || row.spend !== null);
  channels.sort((a, b) => (b.conversions.lastTouch ?? 0) - (a.conversions.lastTouch ?? 0) || a.channel.localeCompare(b.channel));

  const reallocation: Reallocation[] = [];
  if (models.includes("markov")) {
    for (const row of channels) {
      const { lastTouch, markov, shapley } = row.roi;
      if (lastTouch === null || markov === null || shapley === null) continue;
      // A channel no model credits (spend without a single order) has nothing to move towards or away from.
      const above = markov > 0 && shapley > 0 && markov >= lastTouch * REALLOCATION_ABOVE && shapley >= lastTouch * REALLOCATION_ABOVE;
      const below = lastTouch > 0 && markov <= lastTouch * REALLOCATION_BELOW && shapley <= lastTouch * REALLOCATION_BELOW;
      if (above || below) reallocation.push({ channel: row.channel, direction: above ? "more" : "less", lastTouchRoi: lastTouch, markovRoi: markov, shapleyRoi: shapley });
    }
  }
  return {
    source: touchpoints !== undefined ? "touchpoints" : "orderSources", lookbackDays, halfLifeDays, models, channels,
    totalConversions: result.totalConversions, totalValue: result.totalValue,
    ordersWithTouches: stats.ordersWithTouches, ordersOwnSource: stats.ordersOwnSource, nonConverting: stats.nonConverting, cutPaths: stats.cutPaths,
    merged: codes.merged, reallocation,
  };
}

/**
 * Without touchpoints: each counted order of the period with a source gets the path from its
 * buyer's first counted order with a source (the channel that acquired the buyer) to this order's
 * own source (one touch when this is that first order). Only first and last touch are read from
 * these paths, so the orders between are not needed: one pass finds each buyer's first order, no
 * sort. Orders without a buyer or a source are left out of the paths.
 */
function orderSourcePaths(orders: OrderTable, inPeriod: readonly number[], orderChannel: Int32Array, codes: ChannelCodes): AttributionPaths {
  const sourceOf = (o: number) => (orders.channel[o] >= 0 ? orderChannel[orders.channel[o]] : -1);
  let buyerCount = 0;
  for (let o = 0; o < orders.length; o++) if (orders.buyer[o] + 1 > buyerCount) buyerCount = orders.buyer[o] + 1;
  // Each buyer's first counted order with a source: the earliest, the first listed on a tie.
  const first = new Int32Array(buyerCount).fill(-1);
  for (let o = 0; o < orders.length; o++) {
    const b = orders.buyer[o];
    if (b < 0 || orders.counted[o] !== 1 || sourceOf(o) < 0) continue;
    if (first[b] < 0 || orders.time[o] < orders.time[first[b]]) first[b] = o;
  }
  const start = [0];
  const channel: number[] = [];
  const conversions: number[] = [];
  const value: number[] = [];
  for (const o of inPeriod) {
    const b = orders.buyer[o];
    const source = sourceOf(o);
    if (b < 0 || source < 0) continue;
    if (first[b] !== o) channel.push(sourceOf(first[b]));
    channel.push(source);
    start.push(channel.length);
    conversions.push(1);
    value.push(orders.amount[o]);
  }
  return { channelCount: codes.names.length, start: Int32Array.from(start), channel: Int32Array.from(channel), conversions: Float64Array.from(conversions), value: Float64Array.from(value) };
}

/** The spend of each channel (by code) over the period's months. */
function spendByChannel(spend: ChannelMonthTable | undefined, period: MonthRange, codes: ChannelCodes): Map<number, number> {
  const totals = new Map<number, number>();
  if (spend === undefined) return totals;
  for (let i = 0; i < spend.values.length; i++) {
    const name = spend.channels[i];
    const month = spend.months[i];
    if (name === null || month < period.from || month > period.to) continue;
    const c = codes.code(name);
    totals.set(c, (totals.get(c) ?? 0) + spend.values[i]);
  }
  // Money to the cent: a sum of thousands of daily amounts carries float noise (427611.49000000005).
  for (const [c, total] of totals) totals.set(c, Math.round(total * 100) / 100);
  return totals;
}
