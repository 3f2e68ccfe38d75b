import type { ReviewSummary } from "./review-summary";
import type { SheetWriter } from "./review-sheet";
import { a1 } from "./sheet-layout";
import { storedOrNull } from "./format-figures";

/** At most this many items are listed on the sheet (all of them, up to 200, are in summary.json). */
const ITEMS_SHOWN = 30;
/** The chart shows the items with the most first-time buyers, at most this many. */
const ITEMS_CHARTED = 12;


/** `=repeat ÷ first` where first is above 0, else blank: the rate recomputes from the counts beside it. */
function rateFormula(repeat: string, first: string): string {
  return `=IF(N(${first})>0,${repeat}/${first},"")`;
}

/** The longest item label the table and its chart show: a title of thousands of characters would swamp the chart (LibreOffice hung laying out 32,767-character axis labels). */
const ITEM_LABEL_LENGTH = 60;

/** An item as the section names it: its SKU or title, with the title after a SKU, cut to `ITEM_LABEL_LENGTH` with an ellipsis. */
function itemLabel(item: { readonly item: string; readonly title: string | null }): string {
  const label = item.title === null ? item.item : `${item.item} ${item.title}`;
  const chars = [...label];
  return chars.length <= ITEM_LABEL_LENGTH ? label : `${chars.slice(0, ITEM_LABEL_LENGTH - 1).join("")}…`;
}

/**
 * The section "repurchase by first product": the buyers acquired in the period by the item of their
 * first order — first-time buyers, those who came back, the repurchase rate (a formula over the two)
 * and its 95% Wilson interval, and which eligible items are the best and the worst — then a bar
 * chart of the rate of the items with the most first-time buyers. Items with fewer first-time
 * buyers than the minimum are listed but not ranked, and a note says how many.
 */
export function writeFirstProduct(w: SheetWriter, summary: ReviewSummary): void {
  w.section("review.section.firstProduct");
  const figures = summary.firstProduct;
  if (figures.reason !== null) {
    w.note(figures.reason === "noBuyerColumn" ? "review.firstProduct.noBuyers" : figures.reason === "noItemColumn" ? "review.firstProduct.noItems" : "review.firstProduct.noFirstBuyers");
    w.endSection(null);
    return;
  }
  w.note("review.firstProduct.definition");
  w.note("review.firstProduct.small", { min: figures.minBuyers, eligible: figures.eligible, tooSmall: figures.tooSmall });
  if (figures.withoutItem > 0) w.note("review.firstProduct.withoutItem", { count: figures.withoutItem });
  w.header(["review.col.firstItem", "review.col.firstTimeBuyers", "review.col.repeatBuyers", "review.col.repurchaseRate", "review.col.ciLow", "review.col.ciHigh", "review.col.ranked"]);
  const first = w.row;
  const shown = figures.items.slice(0, ITEMS_SHOWN);
  for (const item of shown) {
    const r = w.row++;
    w.value(r, 0, itemLabel(item), "text", "label");
    w.value(r, 1, item.firstBuyers, "integer");
    w.value(r, 2, item.repeatBuyers, "integer");
    w.formula(r, 3, rateFormula(a1(r, 2), a1(r, 1)), storedOrNull(item.rate, "percent"), "percent");
    w.value(r, 4, item.ciLow, "percent");
    w.value(r, 5, item.ciHigh, "percent");
    const ranked = figures.best !== null && item.item === figures.best.item ? "review.firstProduct.best"
      : figures.worst !== null && item.item === figures.worst.item ? "review.firstProduct.worst" : null;
    if (ranked !== null) w.value(r, 6, w.text(ranked), "text");
  }
  const t = w.row++;
  w.value(t, 0, w.text("review.firstProduct.total"), undefined, "total");
  w.value(t, 1, figures.firstBuyers, "integer", "total");
  w.value(t, 2, figures.repeatBuyers, "integer", "total");
  w.formula(t, 3, rateFormula(a1(t, 2), a1(t, 1)), storedOrNull(figures.firstBuyers > 0 ? figures.repeatBuyers / figures.firstBuyers : null, "percent"), "percent", "total");
  if (figures.itemCount > shown.length) w.note("review.firstProduct.more", { count: figures.itemCount - shown.length });

  const charted = shown.slice(0, ITEMS_CHARTED);
  if (charted.length === 0) {
    w.endSection(null);
    return;
  }
  const chartTop = w.row + 1;
  const last = first + charted.length - 1;
  w.chart({
    kind: "bar", title: w.text("review.chart.firstProduct"), valueFormat: "0%", legend: "none",
    series: [{
      name: w.text("review.col.repurchaseRate"), categoriesRef: w.ref(first, 0, last), valuesRef: w.ref(first, 3, last),
      categories: charted.map(itemLabel),
      values: charted.map((item) => storedOrNull(item.rate, "percent")),
    }],
  }, chartTop, 0, w.tableColumns - 3);
  w.endSection(chartTop);
}
