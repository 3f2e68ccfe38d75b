import type { MessageKey } from "../i18n/messages";
import type { ReviewSummary } from "./review-summary";
import type { ChartSpec } from "./sheet-layout/chart-spec";
import type { SheetWriter } from "./review-sheet";
import { a1 } from "./sheet-layout";
import { storedOrNull } from "./format-figures";

/** At most this many unclassified channels are named in the note (all of them are in summary.json). */
const UNCLASSIFIED_NAMED = 8;


/** A number as its cell stores it, or null for none: what the formulas and charts over the cell read. */
const stored = storedOrNull;

/** What `shareFormula` computes from the stored cells: the share where the denominator is above 0, else "". */
function shareOf(numerator: number | null, denominator: number | null): number | "" {
  return numerator !== null && denominator !== null && denominator > 0 ? numerator / denominator : "";
}

/** `=numerator ÷ denominator` where the denominator is above 0 (N(): an empty or text cell is 0), else blank. */
function shareFormula(numerator: string, denominator: string): string {
  return `=IF(N(${denominator})>0,${numerator}/${denominator},"")`;
}

/**
 * The on-site / off-site section (PRODUCT.md: off-site traffic 68%, conversion 1.8% off-site
 * against 2.5% on-site, repurchase of the buyers each side brought 18% against 34%, and
 * "腾讯广告 ROI 1.2 → 0.9"):
 *
 * - per side, then the whole shop: visitors, visitor share, paying buyers, conversion, GMV, GMV
 *   share, new buyers and their repurchase rate; shares and conversion are formulas over the cells
 *   beside them;
 * - three charts, each on its own scale: visitor share against GMV share, conversion, and the
 *   repurchase of the new buyers, per side;
 * - per channel, grouped by side: visitor share, GMV and its share, conversion, new buyers and
 *   their repurchase, and the ROI of the comparison period against this period's, with the change.
 *
 * Columns whose data is missing (no traffic, no buyer column, no spend) are left out and a note
 * says what is missing, rather than a table of blanks.
 */
export function writeSites(w: SheetWriter, summary: ReviewSummary): void {
  w.section("review.section.sites");
  // Orders without a channel (no channel column) leave nothing to split: spend and visitors alone would show a conversion of 0.
  if (!summary.channels.some((c) => c.orders > 0)) {
    w.note("review.site.noChannels");
    w.endSection(null);
    return;
  }
  const hasTraffic = summary.visitors !== null;
  const hasBuyers = summary.buyers !== null;
  if (hasTraffic) w.note(hasBuyers ? "review.site.definitions" : "review.site.definitionsNoBuyer");
  else w.note("review.site.noTraffic");
  if (!hasBuyers) w.note("review.site.noBuyers");
  const unclassified = summary.channels.filter((c) => c.site === null && (c.gmv !== 0 || c.orders > 0 || c.spend > 0 || (c.visitors ?? 0) > 0));
  if (unclassified.length > 0) {
    const names = unclassified.slice(0, UNCLASSIFIED_NAMED).map((c) => c.channel);
    if (unclassified.length > UNCLASSIFIED_NAMED) names.push("…");
    w.note("review.site.unclassifiedChannels", { channels: names.join(w.locale === "zh-CN" ? "、" : ", ") });
  }

  // ---- per side, then the whole shop ----
  const keys: MessageKey[] = ["review.col.site"];
  if (hasTraffic) keys.push("review.col.visitors", "review.col.trafficShare", hasBuyers ? "review.col.payingBuyers" : "review.col.orders", "review.metric.conversionRate");
  keys.push("review.col.gmv", "review.col.gmvShare");
  if (hasBuyers) keys.push("review.col.newBuyers", "review.col.newBuyerRepurchase");
  const col = (key: MessageKey) => keys.indexOf(key);
  const visitorsCol = col("review.col.visitors");
  const shareCol = col("review.col.trafficShare");
  const convertedCol = hasTraffic ? 3 : -1;
  const conversionCol = col("review.metric.conversionRate");
  const gmvCol = col("review.col.gmv");
  const gmvShareCol = col("review.col.gmvShare");
  const newCol = col("review.col.newBuyers");
  const repurchaseCol = col("review.col.newBuyerRepurchase");
  w.header(keys);
  const first = w.row;
  const total = first + summary.siteSplit.length;
  const conversionFormula = (r: number) => `=IF(AND(N(${a1(r, visitorsCol)})>0,${a1(r, convertedCol)}<=${a1(r, visitorsCol)}),${a1(r, convertedCol)}/${a1(r, visitorsCol)},"")`;
  for (const side of summary.siteSplit) {
    const r = w.row++;
    w.value(r, 0, w.text(`review.site.${side.site}`), "text", "label");
    if (hasTraffic) {
      w.value(r, visitorsCol, side.visitors, "integer");
      w.formula(r, shareCol, shareFormula(a1(r, visitorsCol), a1(total, visitorsCol, true)), shareOf(side.visitors, summary.visitors), "percent");
      w.value(r, convertedCol, side.converted, "integer");
      w.formula(r, conversionCol, conversionFormula(r), side.conversionRate, "percent");
    }
    w.value(r, gmvCol, side.gmv, "currency");
    w.formula(r, gmvShareCol, shareFormula(a1(r, gmvCol), a1(total, gmvCol, true)), shareOf(stored(side.gmv, "currency"), stored(summary.gmv, "currency")), "percent");
    if (hasBuyers) {
      w.value(r, newCol, side.newBuyers, "integer");
      w.value(r, repurchaseCol, side.repurchaseRate, "percent");
    }
  }
  const last = w.row - 1;
  const t = w.row++;
  w.value(t, 0, w.text("review.site.wholeShop"), undefined, "total");
  if (hasTraffic) {
    w.value(t, visitorsCol, summary.visitors, "integer", "total");
    w.value(t, convertedCol, summary.convertedBuyers, "integer", "total");
    w.formula(t, conversionCol, conversionFormula(t), summary.conversionRate, "percent", "total");
  }
  w.value(t, gmvCol, summary.gmv, "currency", "total");
  if (hasBuyers) w.value(t, newCol, summary.newBuyers, "integer", "total");

  // ---- charts: three side by side, each on its own scale (conversion of 1–3% would vanish beside repurchase of 30%) ----
  const chartTop = w.row + 1;
  const sides = summary.siteSplit.map((side) => w.text(`review.site.${side.site}`));
  // The values a chart caches are those of the cells it points at (a stored value or a formula's result).
  const cellNumber = (row: number, column: number): number | null => {
    const cell = w.cells.find((c) => c.row === row && c.column === column);
    const value = cell === undefined ? null : cell.formula !== undefined ? cell.result : cell.value;
    return typeof value === "number" ? value : null;
  };
  const series = (key: MessageKey, column: number) => ({
    name: w.text(key), categoriesRef: w.ref(first, 0, last), valuesRef: w.ref(first, column, last), categories: sides,
    values: summary.siteSplit.map((_, k) => cellNumber(first + k, column)),
  });
  const charts: Omit<ChartSpec, "anchor">[] = [];
  const shares = [series("review.col.gmvShare", gmvShareCol)];
  if (hasTraffic) shares.unshift(series("review.col.trafficShare", shareCol));
  charts.push({ kind: "clusteredColumn", title: w.text(hasTraffic ? "review.chart.siteShares" : "review.chart.siteGmvShare"), valueFormat: "0%", legend: hasTraffic ? "bottom" : "none", series: shares });
  if (hasTraffic) {
    charts.push({
      kind: "clusteredColumn", title: w.text("review.chart.siteConversion"), valueFormat: "0.0%", legend: "none",
      series: [series("review.metric.conversionRate", conversionCol)],
    });
  }
  if (hasBuyers) {
    charts.push({
      kind: "clusteredColumn", title: w.text("review.chart.siteRepurchase"), valueFormat: "0%", legend: "none",
      series: [series("review.col.newBuyerRepurchase", repurchaseCol)],
    });
  }
  // Across the table's columns A–K: A–C, D–G, H–K.
  const slots = [{ column: 0, width: 3 }, { column: 3, width: 4 }, { column: 7, width: w.tableColumns - 7 }];
  charts.forEach((chart, k) => w.chart(chart, chartTop, slots[k].column, slots[k].width));
  w.endSection(chartTop);

  // ---- per channel, grouped by side ----
  writeChannelsBySite(w, summary, a1(t, gmvCol, true));
  w.endSection(null);
}

/** The channels by side, with their ROI against the comparison period's; GMV shares over the whole shop's GMV at `shopGmv`. */
function writeChannelsBySite(w: SheetWriter, summary: ReviewSummary, shopGmv: string): void {
  const hasTraffic = summary.visitors !== null;
  const hasBuyers = summary.buyers !== null;
  const hasSpend = summary.channels.some((c) => c.spend > 0 || c.comparisonSpend > 0);
  w.put(w.row, 0, { value: w.text("review.site.byChannel"), style: "label" });
  w.row++;
  if (!hasSpend) w.note("review.site.noSpend");
  else if (summary.comparisonRoiMissingMonths.length > 0) w.note("review.site.roiNotCompared", { months: summary.comparisonRoiMissingMonths.join(", ") });
  else if (!summary.channels.some((c) => c.comparisonSpend > 0)) w.note("review.site.noComparisonSpend", { from: summary.comparisonPeriod.from, to: summary.comparisonPeriod.to });

  const keys: MessageKey[] = ["review.col.channel", "review.col.site"];
  if (hasTraffic) keys.push("review.col.trafficShare", "review.metric.conversionRate");
  keys.push("review.col.gmv", "review.col.gmvShare");
  if (hasBuyers) keys.push("review.col.newBuyers", "review.col.newBuyerRepurchase");
  if (hasSpend) keys.push("review.col.comparisonRoi", "review.col.periodRoi", "review.col.roiChange");
  const col = (key: MessageKey) => keys.indexOf(key);
  w.header(keys);
  const order = ["onsite", "offsite", null] as const;
  const channels = order.flatMap((site) => summary.channels.filter((c) => c.site === site));
  for (const channel of channels) {
    const r = w.row++;
    w.value(r, 0, channel.channel, "text", "label");
    w.value(r, 1, w.text(`review.site.${channel.site ?? "unclassified"}`), "text");
    if (hasTraffic) {
      w.value(r, col("review.col.trafficShare"), channel.trafficShare, "percent");
      w.value(r, col("review.metric.conversionRate"), channel.conversionRate, "percent");
    }
    const gmvCol = col("review.col.gmv");
    w.value(r, gmvCol, channel.gmv, "currency");
    w.formula(r, col("review.col.gmvShare"), shareFormula(a1(r, gmvCol), shopGmv), shareOf(stored(channel.gmv, "currency"), stored(summary.gmv, "currency")), "percent");
    if (hasBuyers) {
      w.value(r, col("review.col.newBuyers"), channel.newBuyers, "integer");
      w.value(r, col("review.col.newBuyerRepurchase"), channel.repurchaseRate, "percent");
    }
    if (hasSpend) {
      const before = col("review.col.comparisonRoi");
      const now = col("review.col.periodRoi");
      w.value(r, before, channel.comparisonRoi, "ratio");
      w.value(r, now, channel.roi, "ratio");
      // The engine's growth: none from a comparison ROI of 0 (or none), −100% to a ROI of 0.
      const beforeStored = stored(channel.comparisonRoi, "ratio");
      const nowStored = stored(channel.roi, "ratio");
      const change = beforeStored === null || beforeStored <= 0 || nowStored === null ? "" : nowStored / beforeStored - 1;
      w.formula(r, col("review.col.roiChange"), `=IF(OR(N(${a1(r, before)})<=0,${a1(r, now)}=""),"",${a1(r, now)}/${a1(r, before)}-1)`, change, "percent");
    }
  }
}
