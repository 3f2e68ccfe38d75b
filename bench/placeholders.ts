/**
 * Cases that depend on work in progress elsewhere. Each is listed in the table as "not measured
 * yet" with its reason; replacing one with a measurement is replacing its function.
 */
import { notMeasuredYet, type BenchContext, type ResultRow } from "./harness";

/** Case 3: reading a million-row sheet from Excel and writing the review sheet back, in chunks under 5 MB. */
export async function excelRoundTripsCase(_context: BenchContext): Promise<ResultRow[]> {
  const reason = "needs the office-js host (src/taskpane/office-host.ts) reading and writing in chunks, in progress";
  return [
    notMeasuredYet("3 Excel round trips", "read 1,048,576 rows in < 5 MB chunks", "", reason),
    notMeasuredYet("3 Excel round trips", "write the review sheet", "", reason),
  ];
}

/** Case 4: what the task pane costs to load: bundle size and time to first render. */
export async function taskPaneWeightCase(_context: BenchContext): Promise<ResultRow[]> {
  return [notMeasuredYet("4 task pane weight", "bundle size and first render", "", "needs the React task pane and its production build, in progress")];
}

/** Case 6: the command line, from an .xlsx export to summary.json and the review workbook. */
export async function commandLineCase(_context: BenchContext): Promise<ResultRow[]> {
  return [notMeasuredYet("6 command line", ".xlsx → summary.json + review.xlsx", "", "needs the command line, in progress")];
}
