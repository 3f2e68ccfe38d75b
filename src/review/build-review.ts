import type { ReviewInputs } from "./review-inputs";
import { writeFindings, type Finding } from "./review-findings";
import { layoutReviewSheet } from "./review-sheet";
import { summarizeReviewAndBuyers, type ReviewSummary } from "./review-summary";
import type { SegmentBuyers } from "./segment-list";
import type { SheetLayout } from "./sheet-layout";

/** The review: every figure, the written findings, the layout of the review sheet and the outreach list. */
export interface ReviewModel {
  readonly summary: ReviewSummary;
  readonly findings: readonly Finding[];
  readonly sheet: SheetLayout;
  /** The period's buyers with their RFM segments, for the outreach list (`segmentListTable`); null without a buyer column. */
  readonly segmentBuyers: SegmentBuyers | null;
}

/**
 * Builds the review from the operator's tables: the one entry point that the task pane and the
 * command line share. Pure: no Office, no files.
 */
export function buildReview(inputs: ReviewInputs): ReviewModel {
  const { summary, segmentBuyers } = summarizeReviewAndBuyers(inputs);
  const findings = writeFindings(summary, inputs.locale, { aov: inputs.targets.aov });
  const sheet = layoutReviewSheet(summary, findings, {
    locale: inputs.locale, sources: inputs.sources, generatedAt: inputs.generatedAt, thresholds: inputs.thresholds, skippedListedOn: inputs.skippedListedOn,
  });
  return { summary, findings, sheet, segmentBuyers };
}
