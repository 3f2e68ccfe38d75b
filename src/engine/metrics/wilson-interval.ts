import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import { metricError, type MetricError } from "../metric-error";
import { DEFAULT_CONFIDENCE } from "./ab-test";

/** A rate and the interval it lies in at the chosen confidence. */
export interface RateInterval {
  /** successes ÷ trials. */
  readonly rate: number;
  readonly low: number;
  readonly high: number;
}

/**
 * The Wilson score interval of a rate: the range of true rates the observed successes out of the
 * trials are compatible with. Unlike the normal (Wald) interval it stays within [0, 1] and is not
 * zero-width at 0 or n successes, so a rate of 3 out of 3 reads as "somewhere between 44% and 100%",
 * not "100%": the interval, not the rate, says how much a small group can be trusted.
 *
 * - p̂ = x ÷ n, z = z₁₋α/₂ (1.96 at 95%);
 * - centre = (p̂ + z²/2n) ÷ (1 + z²/n);
 * - half-width = z ÷ (1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²).
 *
 * Units: fractions. Edge cases: no trials → #DIV/0!; successes negative or above the trials → #NUM!;
 * confidence outside (0, 1) → #NUM!. Complexity O(1).
 *
 * @example wilsonInterval(3, 10) // { rate: 0.3, low: 0.1078, high: 0.6032 } (to 4 places)
 */
export function wilsonInterval(successes: number, trials: number, options: { confidence?: number } = {}): RateInterval | MetricError {
  const confidence = options.confidence ?? DEFAULT_CONFIDENCE;
  if (!(confidence > 0 && confidence < 1)) return metricError("NUM", "argument.outOfRange", { what: "what.confidence", min: 0, max: 1, found: confidence });
  if (!(trials > 0)) return metricError("DIV0", "argument.zero", { what: "what.firstTimeBuyers" });
  if (!(successes >= 0 && successes <= trials)) return metricError("NUM", "argument.outOfRange", { what: "what.repeatBuyers", min: 0, max: trials, found: successes });
  const z = normalQuantile(1 - (1 - confidence) / 2, 0, 1);
  const rate = successes / trials;
  const z2n = (z * z) / trials;
  const centre = (rate + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((rate * (1 - rate)) / trials + (z * z) / (4 * trials * trials));
  // At 0 or n successes the bound is 0 or 1 exactly (the formula leaves it 1e-17 off).
  return { rate, low: successes === 0 ? 0 : Math.max(0, centre - half), high: successes === trials ? 1 : Math.min(1, centre + half) };
}
