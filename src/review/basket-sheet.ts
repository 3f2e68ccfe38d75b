import type { MessageKey } from "../i18n/messages";
import type { BasketFigures } from "../engine/metrics/basket";
import { THRESHOLD_BAND } from "../engine/metrics/threshold-bunching";
import type { AovDecomposition } from "../engine/metrics/basket";
import type { ReviewSummary } from "./review-summary";
import type { SheetWriter } from "./review-sheet";
import type { ThresholdSummary } from "./basket-review";
import { a1Range } from "./sheet-layout";
import { formatCount, formatCurrency, formatCurrencyCents, storedOrNull } from "./format-figures";


const BASKET_COLUMNS: readonly MessageKey[] = [
  "review.col.month", "review.basket.col.orders", "review.basket.col.itemsPerOrder", "review.basket.col.linesPerOrder", "review.basket.col.amountPerItem",
  "review.basket.col.aov", "review.basket.col.addOnPerOrder", "review.basket.col.aovChange", "review.basket.col.fromItems", "review.basket.col.fromPrice",
  "review.basket.col.addOnShare",
];

/**
 * The baskets section (issue 14, "What drove AOV"): per month, then the comparison period and the
 * period, items per order, lines per order, amount per item, AOV and add-on amount per order, with
 * the AOV change against the comparison period split into items per order and amount per item and
 * the add-on lines' share of it; a chart of the two parts per month; then each promotion
 * threshold: orders just under and just over it in its dates and outside them, the distribution of
 * goods around it (a table and a column chart) and the promotion's cost against the gross profit
 * of the orders that reached it. What is missing (no rule for add-on lines, no quantities, orders
 * left out, no costs) is said in a note.
 */
export function writeBasket(w: SheetWriter, summary: ReviewSummary): void {
  const basket = summary.basket;
  if (basket === undefined) return;
  w.section("review.section.basket");
  const money = (value: number) => formatCurrency(value, summary.currency, w.locale);
  w.note("review.basket.definitions");
  if (basket.addOnRule !== "none") w.note("review.basket.addOnShareNote");
  if (basket.addOnRule === "threshold") {
    const list = basket.thresholds.length > 0
      ? basket.thresholds.map((t) => w.text("review.threshold.title", { threshold: money(t.threshold), discount: money(t.discount), from: t.from, to: t.to }))
      : [];
    w.note("review.basket.rule.threshold", { thresholds: list.join(w.text("review.listSeparator")) });
  } else if (basket.addOnRule === "priceLimit") {
    w.note("review.basket.rule.priceLimit", { limit: formatCurrencyCents(basket.addOnPriceLimit!, summary.currency, w.locale) });
  } else {
    w.note("review.basket.rule.none");
  }
  if (basket.itemsAreLines) w.note("review.basket.itemsAreLines");
  if (basket.period.leftOut + basket.comparison.leftOut > 0) w.note("review.basket.leftOut", { period: formatCount(basket.period.leftOut), comparison: formatCount(basket.comparison.leftOut) });

  w.header(BASKET_COLUMNS);
  const hasAddOns = basket.addOnRule !== "none";
  const row = (name: string, figures: BasketFigures, split: AovDecomposition | null, style: "body" | "total" = "body") => {
    const r = w.row++;
    w.value(r, 0, name, "text", style === "total" ? "total" : "label");
    w.value(r, 1, figures.orders, "integer", style);
    w.value(r, 2, figures.itemsPerOrder, "ratio", style);
    w.value(r, 3, figures.linesPerOrder, "ratio", style);
    w.value(r, 4, figures.amountPerItem, "currencyCents", style);
    w.value(r, 5, figures.aov, "currencyCents", style);
    if (hasAddOns) w.value(r, 6, figures.addOnPerOrder, "currencyCents", style);
    if (split !== null) {
      w.value(r, 7, split.change, "currencyCents", style);
      w.value(r, 8, split.fromItemsPerOrder, "currencyCents", style);
      w.value(r, 9, split.fromAmountPerItem, "currencyCents", style);
      if (hasAddOns) w.value(r, 10, split.addOnShare, "percent", style);
    }
    return r;
  };
  const { comparisonPeriod, period } = summary;
  row(w.text("review.basket.comparisonRow", { from: comparisonPeriod.from, to: comparisonPeriod.to }), basket.comparison, null);
  const firstMonth = w.row;
  for (const month of basket.monthly) row(month.month, month, month.decomposition);
  const lastMonth = w.row - 1;
  row(w.text("review.basket.periodRow", { from: period.from, to: period.to }), basket.period, basket.decomposition, "total");

  const chartTop = w.row + 1;
  const months = basket.monthly.filter((m) => m.decomposition !== null);
  if (months.length > 0) {
    const categories = basket.monthly.map((m) => m.month);
    const series = (key: MessageKey, column: number, pick: (d: AovDecomposition) => number) => ({
      name: w.text(key), categoriesRef: w.ref(firstMonth, 0, lastMonth), valuesRef: w.ref(firstMonth, column, lastMonth), categories,
      values: basket.monthly.map((m) => (m.decomposition === null ? null : storedOrNull(pick(m.decomposition), "currencyCents"))),
    });
    w.chart({
      kind: "stackedColumn", title: w.text("review.chart.basketSplit"), legend: "bottom", valueFormat: "#,##0",
      series: [series("review.basket.col.fromItems", 8, (d) => d.fromItemsPerOrder), series("review.basket.col.fromPrice", 9, (d) => d.fromAmountPerItem)],
    }, chartTop);
  }
  w.endSection(months.length > 0 ? chartTop : null);
  // endSection added a blank row after the section; the thresholds follow within it.
  w.row--;

  if (basket.promotionsOutsidePeriods > 0) w.note("review.threshold.outsidePeriods", { count: basket.promotionsOutsidePeriods });
  for (const threshold of basket.thresholds) writeThreshold(w, summary, threshold);
  w.row++;
}

function writeThreshold(w: SheetWriter, summary: ReviewSummary, t: ThresholdSummary): void {
  const money = (value: number) => formatCurrency(value, summary.currency, w.locale);
  w.row++;
  w.put(w.row++, 0, { value: w.text("review.threshold.title", { threshold: money(t.threshold), discount: money(t.discount), from: t.from, to: t.to }), style: "label" });
  w.note("review.threshold.definitions", {
    low: money(t.threshold * (1 - THRESHOLD_BAND)), threshold: money(t.threshold), high: money(t.threshold * (1 + THRESHOLD_BAND)),
  });
  w.header(["label.side", "label.orders", "label.justUnder", "label.justOver", "label.underShare", "label.overShare", "label.overToUnder", "label.atOrOver"]);
  for (const [key, side] of [["label.inPromotion", t.inPromotion], ["label.outsidePromotion", t.outside]] as const) {
    const r = w.row++;
    w.value(r, 0, w.text(key), "text", "label");
    w.value(r, 1, side.orders, "integer");
    w.value(r, 2, side.justUnder, "integer");
    w.value(r, 3, side.justOver, "integer");
    w.value(r, 4, side.underShare, "percent");
    w.value(r, 5, side.overShare, "percent");
    w.value(r, 6, side.overToUnder, "ratio");
    w.value(r, 7, side.atOrOver, "integer");
  }
  // The promotion's cost against the gross profit of the orders that reached the threshold.
  const costRow = w.row++;
  w.value(costRow, 0, w.text("review.threshold.cost", { discount: money(t.discount), orders: formatCount(t.inPromotion.atOrOver) }), "text", "label");
  w.merges.push(a1Range(costRow, 0, costRow, 3));
  w.value(costRow, 4, t.promotionCost, "currency");
  if (t.grossProfit === null) {
    w.note("review.threshold.noCosts");
  } else {
    const profitRow = w.row++;
    w.value(profitRow, 0, w.text("review.threshold.grossProfit"), "text", "label");
    w.merges.push(a1Range(profitRow, 0, profitRow, 3));
    w.value(profitRow, 4, t.grossProfit, "currency");
    const ratioRow = w.row++;
    w.value(ratioRow, 0, w.text("review.threshold.profitToCost"), "text", "label");
    w.merges.push(a1Range(ratioRow, 0, ratioRow, 3));
    w.value(ratioRow, 4, t.profitToCost, "ratio");
    if (t.costUnknownOrders > 0) w.note("review.threshold.someCostsUnknown", { count: t.costUnknownOrders });
  }

  // The distribution of goods around the threshold: the table at the left, its chart beside it.
  w.row++;
  const top = w.row;
  w.header(["review.threshold.col.goods", "label.inPromotion", "label.outsidePromotion"]);
  const first = w.row;
  const bandText = (low: number, high: number) => `${edgeText(low)}–${edgeText(high)}`;
  const categories = t.bins.map((bin) => bandText(bin.low, bin.high));
  t.bins.forEach((bin, k) => {
    const r = w.row++;
    w.value(r, 0, categories[k], "text", "label");
    w.value(r, 1, bin.inPromotionShare, "percent");
    w.value(r, 2, bin.outsideShare, "percent");
  });
  const last = w.row - 1;
  const series = (key: MessageKey, column: number, pick: (bin: ThresholdSummary["bins"][number]) => number | null) => ({
    name: w.text(key), categoriesRef: w.ref(first, 0, last), valuesRef: w.ref(first, column, last), categories,
    values: t.bins.map((bin) => storedOrNull(pick(bin), "percent")),
  });
  w.chart({
    kind: "clusteredColumn", title: w.text("review.chart.thresholdBins", { threshold: money(t.threshold) }), legend: "bottom", valueFormat: "0%",
    series: [series("label.inPromotion", 1, (bin) => bin.inPromotionShare), series("label.outsidePromotion", 2, (bin) => bin.outsideShare)],
  }, top, 4, w.tableColumns - 4);
  w.row = Math.max(w.row, w.charts[w.charts.length - 1].anchor.toRow);
}

/** A band edge as the sheet writes it: whole where whole, else two decimals. */
function edgeText(value: number): string {
  return Number.isInteger(Math.round(value * 100) / 100) ? String(Math.round(value)) : value.toFixed(2);
}
