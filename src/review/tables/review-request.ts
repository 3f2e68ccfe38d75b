/**
 * What a review is asked for, the same for the task pane and the command line: the table chosen
 * for each kind (`ChosenTable`: its cells and how its columns map), the columns each table is read
 * by (`orderMappingOf`, `channelMonthMappingOf`), and the operator's choices (`ReviewRequest`).
 *
 * The pane chooses its tables on the Data tab from the sheets of the open workbook
 * (src/taskpane/review-controller.ts, `chooseTables`), the command line from the files it was
 * given (src/cli/choose-tables.ts, `chooseTable`); both read them with the mappings of this module.
 */
import type { CellGrid } from "../../engine/cells/cell-value";
import type { CurrencyCode } from "../../engine/cells/detect-currency";
import type { AmountShape } from "../../engine/orders/order-groups";
import type { Locale } from "../../i18n/messages";
import type { ChannelMonthMapping } from "../channel-month-table";
import type { OrderColumnMapping } from "../order-table";
import type { ExperimentMapping } from "../experiments";
import type { ReviewTargets } from "../review-inputs";
import type { ComparisonMode, MonthRange } from "../review-period";
import { orderTimeColumn, orderTimeField } from "./order-time";
import type { TableDetectionOf } from "./table-detection";
import type { TouchpointMapping } from "../attribution-review";
import type { TableKind } from "./table-fields";

/** A table chosen for a kind: the sheet it is on, its cells, and its columns as detected and overridden. */
export interface ChosenTable<K extends TableKind> {
  /** The sheet (a CSV file's one sheet is named after the file). */
  readonly sheet: string;
  readonly grid: CellGrid;
  /** The sheet row (1-based) of the grid's first row: 1 for a file read whole. */
  readonly firstRow: number;
  readonly detection: TableDetectionOf<K>;
  /** The file it was read from (the command line's); absent for a sheet of the open workbook. */
  readonly file?: string;
  /** Orders only: how an order's amount is held over its rows, as the operator set it; recognised from the data when absent. */
  readonly amountShape?: AmountShape;
}

/** The table of each kind a review reads; `null`: none. */
export type ChosenTables = { readonly [K in TableKind]: ChosenTable<K> | null };

/**
 * The order table's columns for `readOrderTable`, or the fields it lacks: an amount and a time
 * (either time; `orderTimeField` chooses). The buyer is optional: without it the review leaves
 * out the figures of buyers.
 */
export function orderMappingOf(detection: TableDetectionOf<"orders">): { mapping: OrderColumnMapping } | { missing: string[] } {
  const c = detection.columns;
  const time = orderTimeColumn(detection);
  const missing: string[] = [];
  if (c.amount === undefined) missing.push("amount");
  // Either time does; the message names them together.
  if (time === undefined) missing.push("orderTime");
  if (c.amount === undefined || time === undefined) return { missing };
  return {
    mapping: {
      orderId: c.orderId?.column, amount: c.amount.column, time: time.column, timeKind: orderTimeField(detection) === "paidTime" ? "paid" : "created",
      buyer: c.buyer?.column, channel: c.channel?.column, status: c.status?.column,
      cost: c.cost?.column, itemTitle: c.itemTitle?.column, sku: c.sku?.column, quantity: c.quantity?.column,
      shipped: c.shippedTime?.column, afterSales: c.afterSales?.column, refundAmount: c.refundAmount?.column,
      experimentArm: c.experimentArm?.column,
    },
  };
}

/**
 * An ad spend or traffic table's columns for `readChannelMonthTable` — the day before the month,
 * the channel, the spend or the visitors — or the fields it lacks.
 */
export function channelMonthMappingOf(detection: TableDetectionOf<"adSpend"> | TableDetectionOf<"traffic">): { mapping: ChannelMonthMapping } | { missing: string[] } {
  const columns = detection.columns as Partial<Record<string, { column: number }>>;
  const date = columns.date ?? columns.month;
  const channel = columns.channel;
  const valueField = detection.kind === "adSpend" ? "spend" : "visitors";
  const value = columns[valueField];
  const missing: string[] = [];
  if (date === undefined) missing.push("date");
  if (channel === undefined) missing.push("channel");
  if (value === undefined) missing.push(valueField);
  if (date === undefined || channel === undefined || value === undefined) return { missing };
  return { mapping: { date: date.column, channel: channel.column, value: value.column } };
}

/**
 * An experiment table's columns for `readExperimentTable` — arm, visitors, conversions; experiment
 * and revenue where found — or the fields it lacks. The conversions may be left to the orders when
 * they mark each order's arm (`ordersMarkArms`: the order table's `experimentArm` column).
 */
export function experimentMappingOf(detection: TableDetectionOf<"experiments">, ordersMarkArms = false): { mapping: ExperimentMapping } | { missing: string[] } {
  const c = detection.columns;
  const needed = ordersMarkArms ? (["arm", "visitors"] as const) : (["arm", "visitors", "conversions"] as const);
  const missing = needed.filter((field) => c[field] === undefined);
  if (c.arm === undefined || c.visitors === undefined || missing.length > 0) return { missing };
  return { mapping: { experiment: c.experiment?.column, arm: c.arm.column, visitors: c.visitors.column, conversions: c.conversions?.column, revenue: c.revenue?.column } };
}

/** A touchpoint table's columns for `readTouchpointTable` — visitor, time, channel — or the fields it lacks. */
export function touchpointMappingOf(detection: TableDetectionOf<"touchpoints">): { mapping: TouchpointMapping } | { missing: string[] } {
  const c = detection.columns;
  const missing = (["visitor", "touchTime", "channel"] as const).filter((field) => c[field] === undefined);
  if (c.visitor === undefined || c.touchTime === undefined || c.channel === undefined) return { missing };
  return { mapping: { visitor: c.visitor.column, touchTime: c.touchTime.column, channel: c.channel.column } };
}

/**
 * A review asked for: the tables and the operator's choices, as the pane's Build button and
 * `ec-review build` hand them over. What only one edge knows stays with it: the pane's column
 * choices and settings (saved beside the review), the command line's file names and skipped rows.
 */
export interface ReviewRequest {
  readonly tables: ChosenTables;
  /** The period; absent: the default period of the orders (the command line's default; the pane always sets one). */
  readonly period?: MonthRange;
  readonly compare: ComparisonMode;
  readonly targets: ReviewTargets;
  /** Attainment at or above `met` is met, at or above `near` is near; absent: `DEFAULT_STATUS_THRESHOLDS`. */
  readonly thresholds?: { readonly met: number; readonly near: number };
  /** The operator's currency; absent: the one found in the orders, else CNY. */
  readonly currency?: CurrencyCode;
  /** The review's language. */
  readonly locale: Locale;
}
