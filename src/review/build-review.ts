import type { ReviewInputs } from "./review-inputs";
import { writeFindings, type Finding } from "./review-findings";
import { layoutReviewSheet } from "./review-sheet";
import { summarizeReview, type ReviewSummary } from "./review-summary";
import type { SheetLayout } from "./sheet-layout";
import { translate } from "../i18n/messages";

/** The review: every figure, the written findings and the layout of the review sheet. */
export interface ReviewModel {
  readonly summary: ReviewSummary;
  readonly findings: readonly Finding[];
  readonly sheet: SheetLayout;
}

/**
 * Builds the review from the operator's tables: the one entry point that the task pane and the
 * command line share. Pure: no Office, no files.
 */
export function buildReview(inputs: ReviewInputs): ReviewModel {
  const computed = summarizeReview(inputs);
  // Skipped reasons are message keys in the model; the sheet and summary.json show them translated.
  const summary: ReviewSummary = {
    ...computed,
    skipped: inputs.skipped.map((row) => ({ sheet: row.sheet, row: row.row, reason: translate(inputs.locale, row.reason, row.params) })),
  };
  const edges = inputs.priceBandEdges;
  const findings = writeFindings(summary, inputs.locale, { aov: inputs.targets.aov, priceBandEdge: edges?.[0] });
  const sheet = layoutReviewSheet(summary, findings, {
    locale: inputs.locale, sources: inputs.sources, generatedAt: inputs.generatedAt, thresholds: inputs.thresholds,
  });
  return { summary, findings, sheet };
}
