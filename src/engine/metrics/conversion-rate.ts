import { metricError, type MetricError } from "../metric-error";

/**
 * Conversion rate (`EC.CONVERSION`): paying buyers ÷ visitors (orders ÷ visitors where buyers are unknown).
 *
 * Units: a fraction (0.032 is 3.2%). Edge cases: visitors = 0 → #DIV/0!; negative counts → #NUM!;
 * more converters than visitors → #NUM! (the two ranges do not describe the same traffic).
 *
 * @example conversionRate(32, 1000) // 0.032
 */
export function conversionRate(converters: number, visitors: number): number | MetricError {
  if (converters < 0) return metricError("NUM", "argument.negative", { what: "what.buyers", found: converters });
  if (visitors < 0) return metricError("NUM", "argument.negative", { what: "what.visitorTotal", found: visitors });
  if (visitors === 0) return metricError("DIV0", "argument.zero", { what: "what.visitorTotal" });
  if (converters > visitors) return metricError("NUM", "argument.visitorsBelowConversions", { what: "what.visitorTotal", conversions: converters, visitors });
  return converters / visitors;
}
