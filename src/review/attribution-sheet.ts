import type { MessageKey } from "../i18n/messages";
import type { ReviewSummary } from "./review-summary";
import type { SheetWriter } from "./review-sheet";
import type { AttributionSummary, ReviewModel } from "./attribution-review";
import { a1 } from "./sheet-layout";
import { formatCount, formatRatio, storedOrNull } from "./format-figures";

const MODEL_LABELS: Readonly<Record<ReviewModel, MessageKey>> = {
  lastTouch: "label.model.lastTouch", firstTouch: "label.model.firstTouch", linear: "label.model.linear", positionBased: "label.model.positionBased",
  timeDecay: "label.model.timeDecay", markov: "label.model.markov", shapley: "label.model.shapley",
};
/** The models drawn in the chart: the rule-based extremes beside the data-driven two (seven series would crowd a channel's columns). */
const CHARTED: readonly ReviewModel[] = ["lastTouch", "firstTouch", "linear", "markov", "shapley"];
/** At most this many channels are charted: those with the most last-touch conversions. */
const CHANNELS_CHARTED = 10;

/**
 * The section "channel contribution": the period's orders credited to their channels under each
 * attribution model side by side (conversions, a total row adding each model up), the channels'
 * ROI under each model where ad spend is given, the channels whose data-driven ROI stands well
 * apart from last touch, and a column chart comparing the models per channel.
 */
export function writeAttribution(w: SheetWriter, summary: ReviewSummary): void {
  const a = summary.attribution;
  if (a === null) return;
  w.section("review.section.attribution");
  w.note("review.attribution.definition");
  w.note("review.attribution.definitionRules");
  w.note("review.attribution.definitionDataDriven");
  if (a.source === "touchpoints") {
    w.note("review.attribution.fromTouchpoints", { lookback: a.lookbackDays, halfLife: a.halfLifeDays });
    w.note("review.attribution.pathCounts", { withTouches: formatCount(a.ordersWithTouches), ownSource: formatCount(a.ordersOwnSource), nonConverting: formatCount(a.nonConverting) });
  } else {
    w.note("review.attribution.fromOrderSources");
    w.note("review.attribution.addTouchpoints");
  }
  if (a.merged.length > 0) w.note("review.attribution.merged", { names: a.merged.map((m) => `${m.spelling} → ${m.channel}`).join(w.text("review.listSeparator")) });
  if (a.cutPaths > 0) w.note("review.attribution.cut", { count: formatCount(a.cutPaths) });

  const models = a.models;
  w.header(["review.col.channel", ...models.map((m) => MODEL_LABELS[m])]);
  const first = w.row;
  for (const row of a.channels) {
    const r = w.row++;
    w.value(r, 0, row.channel, "text", "label");
    models.forEach((m, k) => w.value(r, 1 + k, row.conversions[m], "integer"));
  }
  const last = w.row - 1;
  const t = w.row++;
  w.value(t, 0, w.text("review.attribution.total"), undefined, "total");
  models.forEach((m, k) => {
    const total = a.channels.reduce((sum, row) => sum + (row.conversions[m] ?? 0), 0);
    w.formula(t, 1 + k, `=SUM(${a1(first, 1 + k)}:${a1(last, 1 + k)})`, total, "integer", "total");
  });

  writeRoi(w, a);

  // Channels no model credits (spend without an order) have no column to draw.
  const charted = a.channels.filter((row) => models.some((m) => (row.conversions[m] ?? 0) > 0)).slice(0, CHANNELS_CHARTED);
  const chartModels = CHARTED.filter((m) => models.includes(m));
  const chartTop = w.row + 1;
  const chartLast = first + charted.length - 1;
  w.chart({
    kind: "clusteredColumn", title: w.text("review.chart.attribution"), valueFormat: "#,##0", legend: "bottom",
    series: chartModels.map((m) => ({
      name: w.text(MODEL_LABELS[m]), categoriesRef: w.ref(first, 0, chartLast), valuesRef: w.ref(first, 1 + models.indexOf(m), chartLast),
      categories: charted.map((row) => row.channel), values: charted.map((row) => storedOrNull(row.conversions[m], "integer")),
    })),
  }, chartTop, 0, 9);
  w.endSection(chartTop);
}

/** ROI per channel under each model (credited value ÷ spend) for the channels with spend, and the reallocation notes. */
function writeRoi(w: SheetWriter, a: AttributionSummary): void {
  const withSpend = a.channels.filter((row) => row.spend !== null && row.spend > 0);
  if (withSpend.length === 0 || !a.models.includes("markov")) return;
  w.row++;
  w.note("review.attribution.roiDefinition");
  const models = a.models;
  w.header(["review.col.channel", "review.col.spend", ...models.map((m) => MODEL_LABELS[m])]);
  for (const row of withSpend) {
    const r = w.row++;
    w.value(r, 0, row.channel, "text", "label");
    w.value(r, 1, row.spend, "currency");
    models.forEach((m, k) => w.value(r, 2 + k, row.roi[m], "ratio"));
  }
  for (const move of a.reallocation) {
    w.note(move.direction === "more" ? "review.attribution.underCredited" : "review.attribution.overCredited", {
      channel: move.channel, lastTouch: formatRatio(move.lastTouchRoi), markov: formatRatio(move.markovRoi), shapley: formatRatio(move.shapleyRoi),
    });
  }
}
