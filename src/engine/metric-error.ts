import type { MessageKey, MessageParams } from "../i18n/messages";

/**
 * The Excel error a metric can end in. Each maps to one `CustomFunctions.ErrorCode`
 * at the edge: VALUE → #VALUE!, DIV0 → #DIV/0!, NA → #N/A, NUM → #NUM!.
 */
export type MetricErrorCode = "VALUE" | "DIV0" | "NA" | "NUM";

/**
 * An error as a value (as HyperFormula does): metrics return it instead of throwing, so that
 * it flows unchanged to the edge that shows it (a cell, the task pane, the command line).
 * The message is a key into the string tables plus its parameters, so it can be shown
 * in the user's language.
 */
export interface MetricError {
  readonly kind: "metric-error";
  readonly code: MetricErrorCode;
  readonly key: MessageKey;
  readonly params: MessageParams;
}

export function metricError(code: MetricErrorCode, key: MessageKey, params: MessageParams = {}): MetricError {
  return { kind: "metric-error", code, key, params };
}

/**
 * A metric's value as the review shows it: the number, or null (a blank figure) where the metric
 * ends in an error. The `EC.` function shows that error with its message; the review leaves the
 * figure out. So one engine function defines both.
 */
export function valueOrNone(value: number | MetricError): number | null {
  return typeof value === "number" ? value : null;
}

export function isMetricError(value: unknown): value is MetricError {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "metric-error";
}
