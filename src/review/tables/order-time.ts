import type { ColumnMapping, TableDetectionOf } from "./table-detection";

/**
 * How much less sure the payment time's column may be than the creation time's and still be
 * preferred: between columns found about as surely, payment is the order's time (an order counts
 * when it is paid); a payment time much less sure than the creation time is more likely another
 * date of the order (its shipping, its delivery) than its payment.
 */
export const COMPARABLE_TIME_CONFIDENCE = 0.2;

/**
 * Which of an order table's two time columns dates its orders: the payment time (`paidTime`) when
 * both are found about as surely — its confidence at least the creation time's less 0.2 — else the
 * creation time (`createdTime`). A payment time guessed from its contents never beats a creation
 * time the operator chose or whose header names it (`Order Date`): a header says what a column is,
 * contents only that it holds dates. With one of the two mapped, that one; with neither,
 * `createdTime` (which the detection then lists among the missing fields).
 *
 * The one rule for the command line and the task pane, so that both date the same orders alike.
 *
 * @example orderTimeField(detection) // "paidTime" for 订单付款时间 (header, 1.0) beside 订单创建时间 (header, 1.0)
 * @example orderTimeField(detection) // "createdTime" for Order Date (header, 0.9) beside an unknown date column (content, 0.4)
 */
export function orderTimeField(detection: Pick<TableDetectionOf<"orders">, "columns">): "paidTime" | "createdTime" {
  const { paidTime: paid, createdTime: created } = detection.columns;
  if (paid === undefined) return "createdTime";
  if (created === undefined) return "paidTime";
  if (paid.source === "content" && created.source !== "content") return "createdTime";
  if (created.source === "content" && paid.source !== "content") return "paidTime";
  return paid.confidence >= created.confidence - COMPARABLE_TIME_CONFIDENCE ? "paidTime" : "createdTime";
}

/** The column that dates an order table's orders (see `orderTimeField`), or undefined when it has no time column. */
export function orderTimeColumn(detection: Pick<TableDetectionOf<"orders">, "columns">): ColumnMapping | undefined {
  return detection.columns[orderTimeField(detection)];
}
