import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import { metricError, type MetricError } from "../metric-error";

/** The confidence level of the interval and the significance verdict when none is given. */
export const DEFAULT_CONFIDENCE = 0.95;

export interface AbGroup {
  /** Visitors (or users) exposed. */
  readonly visitors: number;
  /** Of them, those who converted. */
  readonly conversions: number;
}

export interface AbTestResult {
  readonly controlRate: number;
  readonly treatmentRate: number;
  /** Relative lift: treatment rate ÷ control rate − 1 (0.092 is +9.2%). */
  readonly lift: number;
  /** Confidence interval of the relative lift. */
  readonly ciLow: number;
  readonly ciHigh: number;
  /** The pooled z statistic, (pT − pC) ÷ SE: positive when the treatment converts better (0 when both rates are 0 or 1). */
  readonly z: number;
  /** Two-sided p-value of the pooled two-proportion z-test. */
  readonly pValue: number;
  /** pValue < 1 − confidence. */
  readonly significant: boolean;
}

/**
 * A/B test of two conversion rates (`EC.ABTEST`): two-proportion z-test and the relative lift
 * with its confidence interval.
 *
 * - Rates pC = xC ÷ nC and pT = xT ÷ nT; lift = pT ÷ pC − 1.
 * - z = (pT − pC) ÷ √(p̂(1 − p̂)(1/nC + 1/nT)) with the pooled p̂ = (xC + xT) ÷ (nC + nT);
 *   p-value = 2(1 − Φ(|z|)).
 * - The interval of the lift is the log risk-ratio (Katz) interval:
 *   exp(ln(pT/pC) ± z₁₋α/₂ · √((1−pT)/xT + (1−pC)/xC)) − 1, which stays above −100%.
 * Φ and its inverse come from stdlib's normal distribution.
 * Edge cases: no visitors in a group → #DIV/0!; conversions above visitors or negative → #NUM!;
 * no conversion in a group (the lift or its interval is undefined) → #DIV/0!; confidence outside
 * (0, 1) → #NUM!.
 *
 * @example abTest({ visitors: 10000, conversions: 500 }, { visitors: 10000, conversions: 546 }) // lift 0.092
 */
export function abTest(control: AbGroup, treatment: AbGroup, options: { confidence?: number } = {}): AbTestResult | MetricError {
  const confidence = options.confidence ?? DEFAULT_CONFIDENCE;
  if (!(confidence > 0 && confidence < 1)) return metricError("NUM", "argument.outOfRange", { what: "what.confidence", min: 0, max: 1, found: confidence });
  for (const [group, what] of [[control, "what.controlGroup"], [treatment, "what.treatmentGroup"]] as const) {
    if (group.visitors < 0 || group.conversions < 0) return metricError("NUM", "argument.negative", { what, found: Math.min(group.visitors, group.conversions) });
    if (group.visitors === 0) return metricError("DIV0", "argument.zero", { what });
    if (group.conversions > group.visitors) return metricError("NUM", "argument.visitorsBelowConversions", { what, conversions: group.conversions, visitors: group.visitors });
    if (group.conversions === 0) return metricError("DIV0", "argument.noConversions", { what });
  }
  const controlRate = control.conversions / control.visitors;
  const treatmentRate = treatment.conversions / treatment.visitors;
  const lift = treatmentRate / controlRate - 1;

  const pooled = (control.conversions + treatment.conversions) / (control.visitors + treatment.visitors);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / control.visitors + 1 / treatment.visitors));
  // Φ(−|z|) rather than 1 − Φ(|z|): the latter loses every digit of a tiny p-value.
  const z = standardError === 0 ? 0 : (treatmentRate - controlRate) / standardError;
  const pValue = standardError === 0 ? 1 : 2 * normalCdf(-Math.abs(z), 0, 1);

  const zCritical = normalQuantile(1 - (1 - confidence) / 2, 0, 1);
  const logRatioError = Math.sqrt((1 - treatmentRate) / treatment.conversions + (1 - controlRate) / control.conversions);
  const logRatio = Math.log(treatmentRate / controlRate);
  return {
    controlRate,
    treatmentRate,
    lift,
    ciLow: Math.exp(logRatio - zCritical * logRatioError) - 1,
    ciHigh: Math.exp(logRatio + zCritical * logRatioError) - 1,
    z,
    pValue,
    significant: pValue < 1 - confidence,
  };
}
