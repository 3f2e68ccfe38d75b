import type { ReviewModel } from "../review/build-review";
import type { Finding } from "../review/review-findings";
import type { ReviewSummary } from "../review/review-summary";

/**
 * summary.json: every figure of the review under the stable keys of `ReviewSummary`, plus the
 * written findings with their message key, their text in the review's language and the figures
 * behind them. Documented key by key in docs/summary-json.md.
 */
export type SummaryJson = ReviewSummary & { readonly findings: readonly Pick<Finding, "key" | "text" | "figures">[] };

export function summaryJson(model: ReviewModel): SummaryJson {
  return { ...model.summary, findings: model.findings.map(({ key, text, figures }) => ({ key, text, figures })) };
}

/** The file's text: indented JSON (a number that is not finite, which the summary never holds, would be written as null). */
export function summaryJsonText(model: ReviewModel): string {
  return `${JSON.stringify(summaryJson(model), null, 2)}\n`;
}
