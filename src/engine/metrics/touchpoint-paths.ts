import type { AttributionPaths } from "./attribution";
import { MAX_PATH_STEPS } from "./attribution-paths";

export const DEFAULT_LOOKBACK_DAYS = 30;

/** Touchpoints (visits, ad clicks) as columns: who (a code shared with the orders' buyers, −1 unknown), when (Excel serial), through which channel. */
export interface Touchpoints {
  readonly person: Int32Array;
  readonly time: Float64Array;
  readonly channel: Int32Array;
}

/** The orders to attribute: their buyer (same codes as `Touchpoints.person`, −1 unknown), payment time, amount and own source (−1 none). */
export interface ConvertingOrders {
  readonly buyer: Int32Array;
  readonly time: Float64Array;
  readonly value: Float64Array;
  readonly channel: Int32Array;
}

export interface TouchpointPathOptions {
  readonly channelCount: number;
  /** The channel code an order with neither touchpoints nor a source of its own is given. */
  readonly unknownChannel: number;
  /** Touches this many days or fewer before an order's payment are its path (default 30). */
  readonly lookbackDays?: number;
  /** The window the non-converting paths are taken from (Excel serials, from inclusive, to exclusive): the people who did not order in it. */
  readonly window: { readonly from: number; readonly to: number };
}

export interface TouchpointPathResult {
  readonly paths: AttributionPaths;
  /** Orders whose path came from touchpoints. */
  readonly ordersWithTouches: number;
  /** Orders without a touchpoint in their lookback: their path is their own source (or the unknown channel). */
  readonly ordersOwnSource: number;
  /** People with touchpoints in the window and no order: each one path ending without a conversion. */
  readonly nonConverting: number;
  /** Paths of more than `MAX_PATH_STEPS` touches, cut to their last ones. */
  readonly cutPaths: number;
  /** Touchpoints without a person or a time: left out. */
  readonly touchesWithoutPerson: number;
}

/** Indexes 0 … n − 1 of the rows with a person, grouped by person and in time order within each. */
function byPersonAndTime(person: Int32Array, time: Float64Array, people: number): { start: Int32Array; rows: Int32Array } {
  const start = new Int32Array(people + 1);
  for (let i = 0; i < person.length; i++) if (person[i] >= 0 && time[i] === time[i]) start[person[i] + 1]++;
  for (let p = 0; p < people; p++) start[p + 1] += start[p];
  const next = start.slice(0, people);
  const rows = new Int32Array(start[people]);
  for (let i = 0; i < person.length; i++) if (person[i] >= 0 && time[i] === time[i]) rows[next[person[i]]++] = i;
  for (let p = 0; p < people; p++) {
    const from = start[p];
    const to = start[p + 1];
    if (to - from < 2) continue;
    // Insertion sort for the short runs most people have; a general sort for the long.
    if (to - from <= 32) {
      for (let a = from + 1; a < to; a++) {
        const row = rows[a];
        const t = time[row];
        let b = a - 1;
        while (b >= from && time[rows[b]] > t) {
          rows[b + 1] = rows[b];
          b--;
        }
        rows[b + 1] = row;
      }
    } else {
      const sorted = Array.from(rows.subarray(from, to)).sort((x, y) => time[x] - time[y] || x - y);
      rows.set(sorted, from);
    }
  }
  return { start, rows };
}

/**
 * Conversion paths from touchpoints joined to the orders by buyer (issue 15's touchpoint input):
 * each order's path is its buyer's touches from `lookbackDays` before its payment up to it, oldest
 * first, each with its age in days (for time decay); an order without such a touch keeps its own
 * source as a path of one (the unknown channel where it has none). The people with touches in the
 * window and no order in it each give one path that ended without a conversion (their touches in
 * the window), for the Markov chain. A path longer than `MAX_PATH_STEPS` keeps its last touches.
 *
 * @example pathsFromTouchpoints({ person: Int32Array.of(0, 0), time: Float64Array.of(45800, 45805), channel: Int32Array.of(1, 2) }, { buyer: Int32Array.of(0), time: Float64Array.of(45806), value: Float64Array.of(100), channel: Int32Array.of(0) }, { channelCount: 4, unknownChannel: 3, window: { from: 45790, to: 45820 } }) // one path 1 > 2, ages 6 and 1 days
 */
export function pathsFromTouchpoints(touches: Touchpoints, orders: ConvertingOrders, options: TouchpointPathOptions): TouchpointPathResult {
  const lookback = options.lookbackDays ?? DEFAULT_LOOKBACK_DAYS;
  let people = 0;
  for (let i = 0; i < touches.person.length; i++) if (touches.person[i] + 1 > people) people = touches.person[i] + 1;
  for (let o = 0; o < orders.buyer.length; o++) if (orders.buyer[o] + 1 > people) people = orders.buyer[o] + 1;
  const grouped = byPersonAndTime(touches.person, touches.time, people);
  let touchesWithoutPerson = 0;
  for (let i = 0; i < touches.person.length; i++) if (touches.person[i] < 0 || touches.time[i] !== touches.time[i]) touchesWithoutPerson++;

  const start: number[] = [0];
  const channel: number[] = [];
  const ageDays: number[] = [];
  const conversions: number[] = [];
  const value: number[] = [];
  const nulls: number[] = [];
  let ordersWithTouches = 0;
  let ordersOwnSource = 0;
  let cutPaths = 0;
  const ordered = new Uint8Array(people);

  /** The first index in the person's run whose touch is at or after `time`. */
  const firstAtOrAfter = (from: number, to: number, time: number) => {
    let lo = from;
    let hi = to;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (touches.time[grouped.rows[mid]] < time) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const pushTouches = (from: number, to: number, at: number) => {
    if (to - from > MAX_PATH_STEPS) {
      from = to - MAX_PATH_STEPS;
      cutPaths++;
    }
    for (let k = from; k < to; k++) {
      const row = grouped.rows[k];
      channel.push(touches.channel[row]);
      ageDays.push(Math.max(0, at - touches.time[row]));
    }
    start.push(channel.length);
  };

  for (let o = 0; o < orders.buyer.length; o++) {
    const buyer = orders.buyer[o];
    const time = orders.time[o];
    if (time !== time) continue;
    let from = 0;
    let to = 0;
    if (buyer >= 0) {
      ordered[buyer] = 1;
      const run0 = grouped.start[buyer];
      const run1 = grouped.start[buyer + 1];
      from = firstAtOrAfter(run0, run1, time - lookback);
      // Touches at the payment itself count (a click and its order in the same second).
      to = firstAtOrAfter(run0, run1, time + 1e-9);
    }
    if (to > from) {
      ordersWithTouches++;
      pushTouches(from, to, time);
    } else {
      ordersOwnSource++;
      channel.push(orders.channel[o] >= 0 ? orders.channel[o] : options.unknownChannel);
      ageDays.push(0);
      start.push(channel.length);
    }
    conversions.push(1);
    value.push(orders.value[o] === orders.value[o] ? orders.value[o] : 0);
    nulls.push(0);
  }

  let nonConverting = 0;
  const { from: windowFrom, to: windowTo } = options.window;
  for (let p = 0; p < people; p++) {
    if (ordered[p] === 1) continue;
    const run0 = grouped.start[p];
    const run1 = grouped.start[p + 1];
    const from = firstAtOrAfter(run0, run1, windowFrom);
    const to = firstAtOrAfter(run0, run1, windowTo);
    if (to <= from) continue;
    nonConverting++;
    pushTouches(from, to, touches.time[grouped.rows[to - 1]]);
    conversions.push(0);
    value.push(0);
    nulls.push(1);
  }

  return {
    paths: {
      channelCount: options.channelCount, start: Int32Array.from(start), channel: Int32Array.from(channel), ageDays: Float64Array.from(ageDays),
      conversions: Float64Array.from(conversions), value: Float64Array.from(value), nulls: Float64Array.from(nulls),
    },
    ordersWithTouches, ordersOwnSource, nonConverting, cutPaths, touchesWithoutPerson,
  };
}
