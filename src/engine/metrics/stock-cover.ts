import { metricError, type MetricError } from "../metric-error";

/** Stock covering more than this many days of sales is slow-moving, unless told otherwise. */
export const DEFAULT_SLOW_MOVING_DAYS = 90;

export interface StockCover {
  /** stock ÷ (units sold ÷ days); `null` when nothing sold (cover without end). */
  readonly daysOfCover: number | null;
  /** Cover above the threshold, or stock with no sales at all. */
  readonly slowMoving: boolean;
}

/**
 * Slow-moving stock (`EC.SLOWMOVING`): days of cover = stock ÷ average daily sales, where average daily sales =
 * units sold in the period ÷ days in the period; flagged when cover exceeds the threshold.
 *
 * Units: days. Edge cases: no sales and stock > 0 → cover `null`, slow-moving; no stock → cover 0;
 * negative stock or sales, or days ≤ 0 → #NUM!.
 * PRODUCT.md: slow-movers are cleared at no more than 1.5% loss (see `priceForMargin(cost, -0.015)`).
 *
 * @example stockCover(600, 100, 30) // { daysOfCover: 180, slowMoving: true }
 */
export function stockCover(stock: number, unitsSold: number, days: number, options: { thresholdDays?: number } = {}): StockCover | MetricError {
  const threshold = options.thresholdDays ?? DEFAULT_SLOW_MOVING_DAYS;
  if (stock < 0) return metricError("NUM", "argument.negative", { what: "what.stock", found: stock });
  if (unitsSold < 0) return metricError("NUM", "argument.negative", { what: "what.units", found: unitsSold });
  if (!(days > 0)) return metricError("NUM", "argument.outOfRange", { what: "what.days", min: 1, max: 36500, found: days });
  if (!(threshold >= 0)) return metricError("NUM", "argument.negative", { what: "what.threshold", found: threshold });
  if (stock === 0) return { daysOfCover: 0, slowMoving: false };
  if (unitsSold === 0) return { daysOfCover: null, slowMoving: true };
  const daysOfCover = stock / (unitsSold / days);
  return { daysOfCover, slowMoving: daysOfCover > threshold };
}
