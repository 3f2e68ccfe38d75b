import type { MessageKey } from "../i18n/messages";
import type { ReviewSummary } from "./review-summary";
import { pValueText, type ExperimentSummary } from "./experiments";
import type { SheetWriter } from "./review-sheet";
import { a1 } from "./sheet-layout";
import { formatPercent, storedOrNull } from "./format-figures";

/** Colours of the interval's bounds and of the rate in the chart: the rate stands out. */
const BOUND_COLOR = "BFBFBF";
const RATE_COLOR = "4472C4";


/**
 * The experiments section: per experiment, each arm's visitors, conversions, conversion (a formula
 * over the two) with its 95% Wilson interval, revenue per visitor where revenue was given, and
 * against the control the lift, its 95% interval, the p-value and the minimum detectable effect;
 * a verdict line per arm (significant, not significant, significant but below the MDE), and a chart
 * of the conversion per arm between its interval's bounds.
 */
export function writeExperiments(w: SheetWriter, summary: ReviewSummary): void {
  if (summary.experiments.length === 0) return;
  w.section("review.section.experiments");
  w.note("review.experiments.definition");
  w.note("review.experiments.mdeDefinition");
  for (const experiment of summary.experiments) writeExperiment(w, experiment);
}

function writeExperiment(w: SheetWriter, experiment: ExperimentSummary): void {
  const name = experiment.name === "" ? "—" : experiment.name;
  w.put(w.row, 0, { value: w.text("review.experiments.title", { name, control: experiment.control ?? "—" }), style: "label" });
  w.row++;
  if (experiment.error !== null) {
    w.note("review.experiments.error", { reason: experiment.error });
    w.row++;
    return;
  }
  if (experiment.armsFromOrders.length > 0) w.note("review.experiments.fromOrders", { arms: experiment.armsFromOrders.join(w.text("review.listSeparator")) });
  if (experiment.armsWithoutOrders.length > 0) w.note("review.experiments.withoutOrders", { arms: experiment.armsWithoutOrders.join(w.text("review.listSeparator")) });
  const hasRevenue = experiment.arms.some((arm) => arm.revenuePerVisitor !== null);
  const keys: MessageKey[] = ["review.col.arm", "review.col.armVisitors", "review.col.conversions", "review.col.armConversion", "review.col.ciLow", "review.col.ciHigh"];
  if (hasRevenue) keys.push("review.col.revenuePerVisitor");
  keys.push("review.col.lift", "review.col.liftInterval", "review.col.pValue", "review.col.mde");
  const col = (key: MessageKey) => keys.indexOf(key);
  w.header(keys);
  const first = w.row;
  for (const arm of experiment.arms) {
    const r = w.row++;
    w.value(r, 0, arm.name, "text", "label");
    w.value(r, 1, arm.visitors, "integer");
    w.value(r, 2, arm.conversions, "integer");
    w.formula(r, 3, `=IF(N(${a1(r, 1)})>0,${a1(r, 2)}/${a1(r, 1)},"")`, storedOrNull(arm.rate, "percent"), "percent");
    w.value(r, 4, arm.rateLow, "percent");
    w.value(r, 5, arm.rateHigh, "percent");
    if (hasRevenue) w.value(r, col("review.col.revenuePerVisitor"), arm.revenuePerVisitor, "currencyCents");
    const c = arm.comparison;
    if (arm.isControl) w.value(r, col("review.col.lift"), w.text("review.experiments.control"), "text");
    else if (c === null) w.value(r, col("review.col.lift"), w.text("review.experiments.noComparison"), "text");
    else {
      w.value(r, col("review.col.lift"), c.lift, "percent");
      w.value(r, col("review.col.liftInterval"), `${formatPercent(c.ciLow)}~${formatPercent(c.ciHigh)}`, "text");
      w.value(r, col("review.col.pValue"), pValueText(c.pValue), "text");
      w.value(r, col("review.col.mde"), c.mdeRelative, "percent");
    }
  }
  const last = w.row - 1;
  for (const arm of experiment.arms) {
    const c = arm.comparison;
    if (arm.isControl) continue;
    // A reason is a sentence of its own: its closing stop is dropped, the verdict line ends with one.
    const verdict = c === null ? (arm.comparisonError?.replace(/[.。]+$/, "") ?? w.text("review.experiments.noComparison"))
      : c.warning === "notSignificant" ? w.text("review.experiments.notSignificant")
        : c.warning === "belowMde" ? `${w.text("review.experiments.belowMde")} (${formatPercent(c.mdeRelative!)})` : w.text("review.experiments.significant");
    w.note("review.experiments.verdict", { arm: arm.name, verdict });
  }

  const chartTop = w.row + 1;
  const categories = experiment.arms.map((arm) => arm.name);
  const series = (key: MessageKey, column: number, values: readonly number[], color: string) => ({
    name: w.text(key), categoriesRef: w.ref(first, 0, last), valuesRef: w.ref(first, column, last), categories,
    values: values.map((value) => storedOrNull(value, "percent")), color,
  });
  w.chart({
    kind: "clusteredColumn", title: w.text("review.chart.experiment", { name }), valueFormat: "0.0%", legend: "bottom",
    series: [
      series("review.col.ciLow", 4, experiment.arms.map((arm) => arm.rateLow), BOUND_COLOR),
      series("review.col.armConversion", 3, experiment.arms.map((arm) => arm.rate), RATE_COLOR),
      series("review.col.ciHigh", 5, experiment.arms.map((arm) => arm.rateHigh), BOUND_COLOR),
    ],
  }, chartTop, 0, 7);
  w.endSection(chartTop);
}
