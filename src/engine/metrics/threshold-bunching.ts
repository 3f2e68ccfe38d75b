import { metricError, type MetricError } from "../metric-error";
import type { ThresholdPromotion, TimeWindow } from "./basket";

/** "Just under" and "just over" a threshold: within this share of it (PRODUCT.md: 10%). */
export const THRESHOLD_BAND = 0.1;
/** The amount distribution around a threshold: bins this share of it wide … */
export const THRESHOLD_BIN_WIDTH = 0.05;
/** … this many on each side (from 50% to 150% of the threshold). */
export const THRESHOLD_BINS_EACH_SIDE = 10;

/** The orders a threshold is judged on: one entry per order. */
export interface ThresholdOrderColumns {
  readonly length: number;
  /** What the buyer paid, NaN unknown: the revenue of the gross profit. */
  readonly amount: Float64Array;
  /** What the threshold is compared with: the order's goods (the sum of its lines where known); default `amount`. */
  readonly goods?: Float64Array;
  /** Excel serials. */
  readonly time: Float64Array;
  readonly counted: Uint8Array;
  /** The order's cost, NaN unknown; `null` (or left out) without costs. */
  readonly cost?: Float64Array | null;
}

/** The orders on one side of the promotion's dates (in them, or outside them). */
export interface ThresholdSide {
  /** Counted orders with a known amount. */
  readonly orders: number;
  /** Orders with goods in [threshold × 0.9, threshold) and in [threshold, threshold × 1.1). */
  readonly justUnder: number;
  readonly justOver: number;
  /** Each ÷ orders; null without orders. */
  readonly underShare: number | null;
  readonly overShare: number | null;
  /** justOver ÷ justUnder; null without orders just under. */
  readonly overToUnder: number | null;
  /** Orders with goods at or over the threshold. */
  readonly atOrOver: number;
}

/** One bin of the amount distribution: goods in [low, high), and its share of each side's orders. */
export interface ThresholdBin {
  readonly low: number;
  readonly high: number;
  readonly inPromotion: number;
  readonly outside: number;
  readonly inPromotionShare: number | null;
  readonly outsideShare: number | null;
}

export interface ThresholdFigures {
  readonly threshold: number;
  readonly discount: number;
  readonly inPromotion: ThresholdSide;
  readonly outside: ThresholdSide;
  /** From 50% to 150% of the threshold, `THRESHOLD_BIN_WIDTH` wide. */
  readonly bins: readonly ThresholdBin[];
  /** discount × the orders at or over the threshold in the promotion's dates. */
  readonly promotionCost: number;
  /** Σ (amount − cost) over those orders whose cost is known; null without costs or with none known. */
  readonly grossProfit: number | null;
  /** Those orders whose cost is known (the gross profit's base), and those whose cost is not. */
  readonly grossProfitOrders: number;
  readonly costUnknownOrders: number;
  /** grossProfit ÷ promotionCost; null without either. */
  readonly profitToCost: number | null;
}

function side(orders: number, justUnder: number, justOver: number, atOrOver: number): ThresholdSide {
  return {
    orders, justUnder, justOver, atOrOver,
    underShare: orders > 0 ? justUnder / orders : null,
    overShare: orders > 0 ? justOver / orders : null,
    overToUnder: justUnder > 0 ? justOver / justUnder : null,
  };
}

/**
 * Threshold bunching and the promotion's cost (`EC.THRESHOLD`). Buyers who aim at a 满200减30
 * threshold leave a hump just over it and a dip just under it; the figure is the share of orders
 * just over the threshold (goods in [T, 1.1T)) against the share just under it ([0.9T, T)), in
 * the promotion's dates and outside them, with the distribution of goods from 0.5T to 1.5T in
 * bins of 0.05T.
 *
 * The promotion's cost is discount × the orders at or over the threshold in its dates; against it,
 * the gross profit of those orders, Σ (amount − cost), over the ones whose cost is known (how many
 * were not is `costUnknownOrders`).
 *
 * Counted orders with a known amount count; `windows` keeps the orders whose time is in one of
 * them (default: every order). The threshold is compared with `goods` (the order's lines before
 * the order's discounts, where the review knows them), else with the amount paid — which, where an
 * export gives the amount after the promotion's discount, puts an order that reached 200 at 170.
 *
 * Edge cases: no order in the windows → #DIV/0! (`argument.noOrders`).
 * Complexity: O(orders × windows).
 *
 * @example
 * // 满200减30 in August: August orders of 185, 205, 210, 150; July orders of 185, 190, 205.
 * thresholdBunching(orders, { threshold: 200, discount: 30, from: 45870, to: 45901 })
 * // inPromotion: { orders: 4, justUnder: 1, justOver: 2, overToUnder: 2 }, outside: { justUnder: 2, justOver: 1 }, promotionCost: 60
 */
export function thresholdBunching(
  orders: ThresholdOrderColumns, promotion: ThresholdPromotion, options: { readonly windows?: readonly TimeWindow[] } = {},
): ThresholdFigures | MetricError {
  const { threshold, discount } = promotion;
  const goods = orders.goods ?? orders.amount;
  const cost = orders.cost ?? null;
  // Distances to the threshold, not threshold × 1.1 (220.00000000000003 for 200, which would take 220 in).
  const band = threshold * THRESHOLD_BAND;
  const binWidth = threshold * THRESHOLD_BIN_WIDTH;
  const binStart = threshold - THRESHOLD_BINS_EACH_SIDE * binWidth;
  const binCount = 2 * THRESHOLD_BINS_EACH_SIDE;
  const binsIn = new Int32Array(binCount);
  const binsOut = new Int32Array(binCount);
  const count = [0, 0];
  const under = [0, 0];
  const over = [0, 0];
  const atOrOver = [0, 0];
  let profit = 0;
  let profitOrders = 0;
  let costUnknown = 0;
  for (let o = 0; o < orders.length; o++) {
    const t = orders.time[o];
    const value = goods[o];
    if (orders.counted[o] !== 1 || value !== value || orders.amount[o] !== orders.amount[o] || t !== t) continue;
    if (options.windows !== undefined && !options.windows.some((w) => t >= w.from && t < w.to)) continue;
    const inside = t >= promotion.from && t < promotion.to ? 0 : 1;
    count[inside]++;
    if (value < threshold && threshold - value <= band) under[inside]++;
    if (value >= threshold && value - threshold < band) over[inside]++;
    if (value >= threshold) {
      atOrOver[inside]++;
      if (inside === 0 && cost !== null) {
        const c = cost[o];
        if (c === c) {
          profit += orders.amount[o] - c;
          profitOrders++;
        } else {
          costUnknown++;
        }
      }
    }
    const bin = Math.floor((value - binStart) / binWidth);
    if (bin >= 0 && bin < binCount) (inside === 0 ? binsIn : binsOut)[bin]++;
  }
  if (count[0] + count[1] === 0) return metricError("DIV0", "argument.noOrders");
  const inPromotion = side(count[0], under[0], over[0], atOrOver[0]);
  const outside = side(count[1], under[1], over[1], atOrOver[1]);
  const bins: ThresholdBin[] = [];
  for (let b = 0; b < binCount; b++) {
    bins.push({
      low: binStart + b * binWidth, high: binStart + (b + 1) * binWidth, inPromotion: binsIn[b], outside: binsOut[b],
      inPromotionShare: count[0] > 0 ? binsIn[b] / count[0] : null, outsideShare: count[1] > 0 ? binsOut[b] / count[1] : null,
    });
  }
  const promotionCost = discount * inPromotion.atOrOver;
  const grossProfit = cost === null || profitOrders === 0 ? null : profit;
  return {
    threshold, discount, inPromotion, outside, bins, promotionCost, grossProfit,
    grossProfitOrders: profitOrders, costUnknownOrders: cost === null ? inPromotion.atOrOver : costUnknown,
    profitToCost: grossProfit === null || promotionCost <= 0 ? null : grossProfit / promotionCost,
  };
}
