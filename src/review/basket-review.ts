import { civilFromSerial, monthIndexFromSerial, monthLabel, serialFromCivil } from "../engine/calendar";
import { isMetricError } from "../engine/metric-error";
import { aovDecomposition, basketFigures, type AddOnRule, type AovDecomposition, type BasketFigures, type ThresholdPromotion } from "../engine/metrics/basket";
import { thresholdBunching, type ThresholdFigures } from "../engine/metrics/threshold-bunching";
import type { OrderTable } from "./order-table";
import type { PromotionThreshold, ReviewTargets } from "./review-inputs";
import { serialWindow, type MonthRange } from "./review-period";

/** A month's baskets, and how its AOV moved from the comparison period's. */
export interface BasketMonth extends BasketFigures {
  readonly month: string;
  /** This month against the whole comparison period; null when either has no basket. */
  readonly decomposition: AovDecomposition | null;
}

/** A promotion threshold's figures in the review (see `thresholdBunching`), with its dates. */
export interface ThresholdSummary extends ThresholdFigures {
  readonly from: string;
  readonly to: string;
}

/**
 * Baskets and promotion thresholds (issue 14, "What drove AOV"): summary.json's `basket`.
 */
export interface BasketSummary {
  /** How add-on lines were found: by the promotions' thresholds, by the price limit, or not at all. */
  readonly addOnRule: AddOnRule["kind"];
  readonly addOnPriceLimit: number | null;
  /** True without a quantity column: every line is one item. */
  readonly itemsAreLines: boolean;
  readonly period: BasketFigures;
  readonly comparison: BasketFigures;
  readonly monthly: readonly BasketMonth[];
  /** The period against the comparison period; null when either has no basket. */
  readonly decomposition: AovDecomposition | null;
  /** One per promotion whose dates meet the period or the comparison period, in the order given. */
  readonly thresholds: readonly ThresholdSummary[];
  /** Promotions given whose dates meet neither period (left out). */
  readonly promotionsOutsidePeriods: number;
}

/** `2025-08-01` as an Excel serial; NaN for anything else. */
function dateSerial(text: string): number {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (match === null) return NaN;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const serial = serialFromCivil(year, month, day);
  const back = civilFromSerial(serial);
  return back.year === year && back.month === month && back.day === day ? serial : NaN;
}

/** A promotion's dates as a window of serials: its first day to the day after its last. */
export function promotionWindow(promotion: PromotionThreshold): ThresholdPromotion {
  return { threshold: promotion.threshold, discount: promotion.discount, from: dateSerial(promotion.from), to: dateSerial(promotion.to) + 1 };
}

/**
 * What the threshold is compared with, per order: the sum of its counted lines' amounts where
 * every one is known (with `--items`, the goods before the order's discounts), else its amount.
 */
export function orderGoods(orders: OrderTable): Float64Array {
  const goods = new Float64Array(orders.length);
  const unknown = new Uint8Array(orders.length);
  const { lines } = orders;
  for (let j = 0; j < lines.length; j++) {
    if (lines.counted[j] !== 1) continue;
    const amount = lines.amount[j];
    if (amount !== amount) unknown[lines.order[j]] = 1;
    else goods[lines.order[j]] += amount;
  }
  for (let o = 0; o < orders.length; o++) if (unknown[o] === 1 || goods[o] === 0) goods[o] = orders.amount[o];
  return goods;
}

/**
 * The review's baskets: per month of the period, the period and the comparison period, with the
 * AOV change split (`aovDecomposition`), and each promotion threshold's bunching and cost. Add-on
 * lines follow the promotions when there are any, else the price limit, else there are none. The
 * same engine functions serve `EC.BASKET` and `EC.THRESHOLD`.
 */
export function summarizeBaskets(orders: OrderTable, period: MonthRange, comparison: MonthRange, targets: ReviewTargets): BasketSummary {
  // A promotion whose dates cannot be read (targets.json refuses them; this guards other callers) is left out.
  const given = (targets.promotions ?? []).filter((p) => dateSerial(p.from) === dateSerial(p.from) && dateSerial(p.to) === dateSerial(p.to));
  const promotions = given.map(promotionWindow);
  const rule: AddOnRule = promotions.length > 0 ? { kind: "threshold", promotions }
    : targets.addOnPriceLimit !== undefined ? { kind: "priceLimit", limit: targets.addOnPriceLimit } : { kind: "none" };
  const months: MonthRange[] = [];
  for (let m = period.from; m <= period.to; m++) months.push({ from: m, to: m });
  const windows = [serialWindow(period), serialWindow(comparison), ...months.map(serialWindow)];
  const columns = { length: orders.length, amount: orders.amount, time: orders.time, counted: orders.counted };
  const [periodFigures, comparisonFigures, ...monthFigures] = basketFigures(columns, orders.lines, windows, { addOn: rule });
  const split = (after: BasketFigures) => {
    const d = aovDecomposition(comparisonFigures, after);
    return isMetricError(d) ? null : d;
  };

  const periods = [serialWindow(period), serialWindow(comparison)];
  const goods = orderGoods(orders);
  const thresholds: ThresholdSummary[] = [];
  let outsidePeriods = 0;
  promotions.forEach((promotion, k) => {
    if (!periods.some((w) => promotion.from < w.to && promotion.to > w.from)) {
      outsidePeriods++;
      return;
    }
    const figures = thresholdBunching({ ...columns, goods, cost: orders.cost }, promotion, { windows: periods });
    if (isMetricError(figures)) return;
    thresholds.push({ ...figures, from: given[k].from, to: given[k].to });
  });

  return {
    addOnRule: rule.kind,
    addOnPriceLimit: rule.kind === "priceLimit" ? rule.limit : null,
    itemsAreLines: orders.lines.quantity === null,
    period: periodFigures,
    comparison: comparisonFigures,
    monthly: monthFigures.map((figures, k) => ({ ...figures, month: monthLabel(months[k].from), decomposition: split(figures) })),
    decomposition: split(periodFigures),
    thresholds,
    promotionsOutsidePeriods: outsidePeriods,
  };
}

/** The months a promotion touches, as labels ("2025-08"). */
export function promotionMonths(promotion: { readonly from: string; readonly to: string }): string[] {
  const from = dateSerial(promotion.from);
  const to = dateSerial(promotion.to);
  if (from !== from || to !== to) return [];
  const months: string[] = [];
  for (let m = monthIndexFromSerial(from); m <= monthIndexFromSerial(to); m++) months.push(monthLabel(m));
  return months;
}
