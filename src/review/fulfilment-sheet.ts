import type { MessageKey } from "../i18n/messages";
import type { ReviewSummary } from "./review-summary";
import type { SheetWriter } from "./review-sheet";
import { a1 } from "./sheet-layout";
import { axisNumberFormats, formatCount, storedOrNull } from "./format-figures";


/** `=numerator ÷ denominator` where the denominator is above 0, else blank. */
function shareFormula(numerator: string, denominator: string): string {
  return `=IF(N(${denominator})>0,${numerator}/${denominator},"")`;
}

/** What `shareFormula` gives from the stored cells. */
function shareOf(numerator: number | null, denominator: number | null): number | "" {
  return numerator !== null && denominator !== null && denominator > 0 ? numerator / denominator : "";
}

/**
 * The fulfilment and after-sales section (issue 14): per month of payment, the paid orders, the
 * orders shipped, the median and 90th percentile hours from payment to shipping, the orders shipped
 * late and their share (a formula over the cells beside it), the after-sales and refund rates; a
 * chart of the hours (columns) and the share late (a line on its own axis); then the repurchase
 * of the period's new buyers whose first order shipped late against on time, with the difference
 * in points and its confidence interval. Columns whose data is missing are left out, and a note
 * says so; without any of the columns the section is not written.
 */
export function writeFulfilment(w: SheetWriter, summary: ReviewSummary): void {
  const f = summary.fulfilment;
  // Without a shipping, after-sales or refund column there is nothing to show: no section (the README says which columns it reads).
  if (f === null || f === undefined) return;
  w.section("review.section.fulfilment");
  w.note("review.fulfilment.definitions", { limit: f.limitHours });
  if (f.hasAfterSales || f.hasRefunds) w.note("review.fulfilment.rates", { closed: formatCount(f.closedPaidOrders) });
  if (!f.hasShipping) w.note("review.fulfilment.noShipping");

  const keys: MessageKey[] = ["review.col.month", "review.col.paidOrders"];
  if (f.hasShipping) keys.push("review.col.shippedOrders", "review.col.medianHours", "review.col.p90Hours", "review.col.lateOrders", "review.col.lateShare");
  if (f.hasAfterSales) keys.push("review.col.afterSalesRate");
  if (f.hasRefunds) keys.push("review.col.refundRate");
  const col = (key: MessageKey) => keys.indexOf(key);
  w.header(keys);
  const first = w.row;
  for (const month of f.months) {
    const r = w.row++;
    w.value(r, 0, month.month, "text", "label");
    w.value(r, 1, month.orders, "integer");
    if (f.hasShipping) {
      w.value(r, col("review.col.shippedOrders"), month.shipped, "integer");
      w.value(r, col("review.col.medianHours"), month.medianHours, "ratio");
      w.value(r, col("review.col.p90Hours"), month.p90Hours, "ratio");
      const lateCol = col("review.col.lateOrders");
      w.value(r, lateCol, month.late, "integer");
      w.formula(r, col("review.col.lateShare"), shareFormula(a1(r, lateCol), a1(r, col("review.col.shippedOrders"))), shareOf(month.late, month.shipped), "percent");
    }
    if (f.hasAfterSales) w.value(r, col("review.col.afterSalesRate"), month.afterSalesRate, "percent");
    if (f.hasRefunds) w.value(r, col("review.col.refundRate"), month.refundRate, "percent");
  }
  const last = w.row - 1;

  let chartTop: number | null = null;
  if (f.hasShipping && f.months.length > 0) {
    chartTop = w.row + 1;
    const months = f.months.map((m) => m.month);
    const series = (key: MessageKey, column: number, values: (number | null)[], plot: "column" | "line") => ({
      name: w.text(key), categoriesRef: w.ref(first, 0, last), valuesRef: w.ref(first, column, last), categories: months, values, plot,
    });
    w.chart({
      kind: "columnWithLine", title: w.text("review.chart.shippingDelay"), valueFormat: "0", secondaryValueFormat: axisNumberFormats(w.locale).share, legend: "bottom",
      series: [
        series("review.col.medianHours", col("review.col.medianHours"), f.months.map((m) => storedOrNull(m.medianHours, "ratio")), "column"),
        series("review.col.p90Hours", col("review.col.p90Hours"), f.months.map((m) => storedOrNull(m.p90Hours, "ratio")), "column"),
        series("review.col.lateShare", col("review.col.lateShare"), f.months.map((m) => (m.shipped > 0 ? m.late / m.shipped : null)), "line"),
      ],
    }, chartTop);
  }
  w.endSection(chartTop);

  writeFirstShipping(w, summary);
}

/** The repurchase of the new buyers by how their first order shipped, and the difference with its interval, in points. */
function writeFirstShipping(w: SheetWriter, summary: ReviewSummary): void {
  const f = summary.fulfilment!;
  const groups = f.firstShipping;
  if (!f.hasShipping) return;
  w.put(w.row, 0, { value: w.text("review.fulfilment.byFirstShipping", { limit: f.limitHours }), style: "label" });
  w.row++;
  if (groups === null || groups.difference === null) {
    w.note("review.fulfilment.noRepurchase");
    w.endSection(null);
    return;
  }
  w.header(["review.col.firstOrderShipped", "review.col.newBuyers", "review.col.repurchased", "review.col.newBuyerRepurchase", "review.col.ciLowPoints", "review.col.ciHighPoints"]);
  const rows: [MessageKey, typeof groups.late][] = [["review.fulfilment.late", groups.late], ["review.fulfilment.onTime", groups.onTime]];
  const top = w.row;
  for (const [key, group] of rows) {
    const r = w.row++;
    w.value(r, 0, w.text(key), "text", "label");
    w.value(r, 1, group.buyers, "integer");
    w.value(r, 2, group.repurchased, "integer");
    w.formula(r, 3, shareFormula(a1(r, 2), a1(r, 1)), shareOf(group.repurchased, group.buyers), "percent");
  }
  const d = w.row++;
  w.value(d, 0, w.text("review.fulfilment.difference"), "text", "total");
  const late = storedOrNull(groups.late.repurchaseRate, "percent");
  const onTime = storedOrNull(groups.onTime.repurchaseRate, "percent");
  w.formula(d, 3, `=IF(OR(${a1(top, 3)}="",${a1(top + 1, 3)}=""),"",(${a1(top, 3)}-${a1(top + 1, 3)})*100)`, late === null || onTime === null ? null : (late - onTime) * 100, "points", "total");
  w.value(d, 4, groups.ciLow === null ? null : groups.ciLow * 100, "points", "total");
  w.value(d, 5, groups.ciHigh === null ? null : groups.ciHigh * 100, "points", "total");
  w.note("review.fulfilment.ciNote", { confidence: "95%" });
  if (groups.unshipped > 0) w.note("review.fulfilment.unshipped", { unshipped: groups.unshipped });
  w.endSection(null);
}
