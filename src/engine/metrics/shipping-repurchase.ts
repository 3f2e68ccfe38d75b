import { metricError, type MetricError } from "../metric-error";
import { DEFAULT_SHIPPING_LIMIT_HOURS, MAX_SHIPPING_LIMIT_HOURS } from "./fulfilment";
import { proportionDifference, type ProportionDifference } from "./proportion-difference";

/** The new buyers of a window whose first order shipped late, or on time, and how many of them ordered again. */
export interface FirstShippingGroup {
  /** Buyers whose first counted order falls in the window and shipped in this group's way. */
  readonly buyers: number;
  /** Of them, those with a second counted order in the window. */
  readonly repurchased: number;
}

export interface FirstShippingGroups {
  readonly late: FirstShippingGroup;
  readonly onTime: FirstShippingGroup;
  /** New buyers of the window whose first order has no shipping time: in neither group. */
  readonly unshipped: number;
}

export interface ShippingRepurchase extends FirstShippingGroups {
  /** Repurchase of the late group − that of the on-time group, with its Newcombe interval (`proportionDifference`). */
  readonly difference: ProportionDifference;
}

export interface FirstShippingOptions {
  /** The window, Excel serials, `from` inclusive, `to` exclusive: buyers are new in it and repurchase in it. */
  readonly window: { readonly from: number; readonly to: number };
  readonly limitHours?: number;
  /** Confidence level of the interval (default 0.95). */
  readonly confidence?: number;
}

/**
 * The new buyers of a window split by how their first order shipped: late (more than `limitHours`
 * from payment to shipping) or on time, each with how many repurchased. The buyer's first order is
 * their first counted order in all the orders given; a buyer is new in the window when it falls
 * there, and repurchased when they have two or more counted orders in the window (the repurchase
 * rate's definition, `repurchaseRateOfCounts`, over the window's new buyers). Buyers whose first
 * order has no shipping time are counted apart (`unshipped`).
 *
 * The orders given are the counted ones, one entry per order: `buyers` (code, −1 unknown: left
 * out), `times` (payment time, the order's time), `shippedTimes` (NaN: not shipped).
 * Edge cases: a limit not above 0 or over a year → #NUM!.
 *
 * @example firstShippingGroups(Int32Array.of(0, 0, 1), Float64Array.of(45809, 45820, 45810), Float64Array.of(45812, NaN, 45810.5), { window: { from: 45809, to: 45839 } }) // late: 1 buyer, 1 repurchased; on time: 1, 0
 */
export function firstShippingGroups(buyers: Int32Array, times: Float64Array, shippedTimes: Float64Array, options: FirstShippingOptions): FirstShippingGroups | MetricError {
  const limit = options.limitHours ?? DEFAULT_SHIPPING_LIMIT_HOURS;
  if (!(limit > 0 && limit <= MAX_SHIPPING_LIMIT_HOURS)) {
    return metricError("NUM", "argument.outOfRange", { what: "what.shippingLimit", min: 0, max: MAX_SHIPPING_LIMIT_HOURS, found: limit });
  }
  let buyerCount = 0;
  for (let i = 0; i < buyers.length; i++) if (buyers[i] + 1 > buyerCount) buyerCount = buyers[i] + 1;
  const first = new Int32Array(buyerCount).fill(-1);
  const inWindow = new Uint8Array(buyerCount);
  const { from, to } = options.window;
  for (let i = 0; i < buyers.length; i++) {
    const b = buyers[i];
    const time = times[i];
    if (b < 0 || time !== time) continue;
    if (first[b] < 0 || time < times[first[b]]) first[b] = i;
    if (time >= from && time < to && inWindow[b] < 2) inWindow[b]++;
  }
  const late = { buyers: 0, repurchased: 0 };
  const onTime = { buyers: 0, repurchased: 0 };
  let unshipped = 0;
  for (let b = 0; b < buyerCount; b++) {
    const i = first[b];
    if (i < 0 || !(times[i] >= from && times[i] < to)) continue;
    const shipped = shippedTimes[i];
    if (shipped !== shipped) {
      unshipped++;
      continue;
    }
    const group = (shipped - times[i]) * 24 > limit ? late : onTime;
    group.buyers++;
    if (inWindow[b] >= 2) group.repurchased++;
  }
  return { late, onTime, unshipped };
}

/**
 * Whether buyers whose first order shipped late came back less: the
 * repurchase rate of the new buyers whose first order shipped late minus that of those whose first
 * order shipped on time (`firstShippingGroups`), with the difference's confidence interval by
 * Newcombe's hybrid score method (`proportionDifference`).
 *
 * - difference = repurchased_late ÷ buyers_late − repurchased_onTime ÷ buyers_onTime.
 * - Edge cases: a group without buyers → #DIV/0!; a limit not above 0 or over a year, or a
 *   confidence outside (0, 1) → #NUM!.
 *
 * @example repurchaseByFirstShipping(buyers, times, shipped, { window }) // { late: { buyers: 120, repurchased: 12 }, onTime: { buyers: 800, repurchased: 113 }, difference: { difference: -0.041, … } }
 */
export function repurchaseByFirstShipping(buyers: Int32Array, times: Float64Array, shippedTimes: Float64Array, options: FirstShippingOptions): ShippingRepurchase | MetricError {
  const groups = firstShippingGroups(buyers, times, shippedTimes, options);
  if ("kind" in groups) return groups;
  const difference = proportionDifference(
    { size: groups.late.buyers, events: groups.late.repurchased }, { size: groups.onTime.buyers, events: groups.onTime.repurchased }, { confidence: options.confidence, names: ["what.lateFirstOrders", "what.onTimeFirstOrders"] },
  );
  if ("kind" in difference) return difference;
  return { ...groups, difference };
}
