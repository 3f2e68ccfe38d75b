import { metricError, type MetricError } from "../metric-error";

/** Where a margin stands against the band. */
export type MarginBandPosition = "below" | "inside" | "above";

/** The default band for promotional items (PRODUCT.md): 8%–12%. */
export const DEFAULT_MARGIN_BAND = { low: 0.08, high: 0.12 } as const;

/** Margins are compared with this tolerance so that (100 − 92) ÷ 100 sits on the 8% edge. */
const EDGE_TOLERANCE = 1e-9;

/**
 * Whether an item's gross margin is below, inside or above the band [low, high] (edges inside):
 * `EC.MARGINBAND`.
 *
 * Formula: m = (price − cost) ÷ price; below if m < low, above if m > high, else inside.
 * Edge cases: price = 0 → #DIV/0!; low > high → #NUM!.
 *
 * @example marginBandPosition(100, 91) // "inside" (9%)
 * @example marginBandPosition(100, 95) // "below" (5%)
 */
export function marginBandPosition(price: number, cost: number, band: { low: number; high: number } = DEFAULT_MARGIN_BAND): MarginBandPosition | MetricError {
  if (band.low > band.high) return metricError("NUM", "argument.marginBand", { low: band.low, high: band.high });
  if (price !== price || cost !== cost) return metricError("VALUE", "cell.notScalar", { what: price !== price ? "what.revenueTotal" : "what.costs" });
  if (price === 0) return metricError("DIV0", "argument.zero", { what: "what.revenueTotal" });
  const margin = (price - cost) / price;
  if (margin < band.low - EDGE_TOLERANCE) return "below";
  if (margin > band.high + EDGE_TOLERANCE) return "above";
  return "inside";
}
