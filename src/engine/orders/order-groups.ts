import { BLANK_STATUS, CLOSED_STATUS, COUNTED_STATUS, UNPAID_STATUS } from "../cells/read-columns";

/**
 * Rows grouped into orders. PRODUCT.md: "An order is all the rows that share an order id." Exports
 * write one row per order (拼多多, 千牛 订单报表), one row per line item (Shopify, WooCommerce, a
 * sales ledger, 千牛 宝贝报表) or one row per sub-order (抖店 子订单编号 under 主订单编号).
 *
 * The rows of order `o` are `rows[start[o]]` … `rows[start[o + 1] − 1]`, in sheet order; a row
 * whose code is negative (a blank row) belongs to no order.
 */
export interface OrderGroups {
  readonly orderCount: number;
  readonly start: Int32Array;
  readonly rows: Int32Array;
}

/**
 * Groups rows by their order code (a counting sort: O(rows + orders), two passes).
 *
 * @param orderOfRow the order code of each row, in `[0, orderCount)`, or −1 for a row of no order
 * @example groupRowsByOrder(Int32Array.of(0, 1, 0), 2) // rows [0, 2, 1], start [0, 2, 3]
 */
export function groupRowsByOrder(orderOfRow: Int32Array, orderCount: number): OrderGroups {
  const start = new Int32Array(orderCount + 1);
  for (let i = 0; i < orderOfRow.length; i++) if (orderOfRow[i] >= 0) start[orderOfRow[i] + 1]++;
  for (let o = 0; o < orderCount; o++) start[o + 1] += start[o];
  const next = start.slice(0, orderCount);
  const rows = new Int32Array(start[orderCount]);
  for (let i = 0; i < orderOfRow.length; i++) {
    const order = orderOfRow[i];
    if (order >= 0) rows[next[order]++] = i;
  }
  return { orderCount, start, rows };
}

/**
 * Where an export puts the order's money when an order has several rows:
 * - `lines`: a line amount on every row (a sales ledger, 千牛 宝贝报表, WooCommerce's line total):
 *   the order's amount is the sum of its lines;
 * - `orderTotalRepeated`: the order's total on every row (抖店 订单应付金额 on each 子订单,
 *   WooCommerce's `Order Total`): taken once;
 * - `orderTotalFirstRow`: the order's total on its first row only, blank on the others (Shopify's
 *   `Total`): taken from that row.
 */
export type AmountShape = "lines" | "orderTotalRepeated" | "orderTotalFirstRow";

export const AMOUNT_SHAPES: readonly AmountShape[] = ["lines", "orderTotalRepeated", "orderTotalFirstRow"];

/** Share of the orders of several rows that must show a total's pattern for the column to be read as a total. */
const SHAPE_SHARE = 0.9;

/** What the amounts of the orders of several rows look like, and the shape read from them. */
export interface AmountShapeEvidence {
  /** `null` when no order has two rows or more: every shape reads the same. */
  readonly shape: AmountShape | null;
  readonly multiRowOrders: number;
  /** Orders of several rows with an amount on the first row only. */
  readonly firstRowOnly: number;
  /** Orders of several rows with the same amount on every row. */
  readonly sameOnEveryRow: number;
}

/**
 * Recognises the amount shape from the data: when at least 90% of the orders with several rows
 * have an amount on their first row only, the column holds the order's total on its first row;
 * when at least 90% have the same amount on every row, the order's total repeated — unless the
 * column's header names a line amount (`商品金额`, `Sales`, `Line Total`: lines of one price are
 * then lines of one price); otherwise line amounts. The shape is always shown, and the operator
 * corrects it (`--amount-shape`, the Data tab) where the data misleads.
 *
 * @param amounts the amount of each row, NaN for a blank
 * @param options `headerNamesLine`: the amount column's header names a line amount
 * @example
 * const groups = groupRowsByOrder(Int32Array.of(0, 0, 1, 1), 2);
 * detectAmountShape(groups, Float64Array.of(150, 150, 30, 30)).shape // "orderTotalRepeated"
 */
export function detectAmountShape(groups: OrderGroups, amounts: Float64Array, options: { headerNamesLine?: boolean } = {}): AmountShapeEvidence {
  const { start, rows, orderCount } = groups;
  let multiRowOrders = 0;
  let firstRowOnly = 0;
  let sameOnEveryRow = 0;
  for (let o = 0; o < orderCount; o++) {
    const from = start[o];
    const to = start[o + 1];
    if (to - from < 2) continue;
    multiRowOrders++;
    const first = amounts[rows[from]];
    if (first !== first) continue;
    let blanks = 0;
    let same = 0;
    for (let k = from + 1; k < to; k++) {
      const amount = amounts[rows[k]];
      if (amount !== amount) blanks++;
      else if (amount === first) same++;
    }
    if (blanks === to - from - 1) firstRowOnly++;
    else if (same === to - from - 1) sameOnEveryRow++;
  }
  let shape: AmountShape | null = null;
  if (multiRowOrders > 0) {
    shape = firstRowOnly >= SHAPE_SHARE * multiRowOrders ? "orderTotalFirstRow"
      : sameOnEveryRow >= SHAPE_SHARE * multiRowOrders && options.headerNamesLine !== true ? "orderTotalRepeated"
        : "lines";
  }
  return { shape, multiRowOrders, firstRowOnly, sameOnEveryRow };
}

/**
 * Order codes for rows from their order-id codes: rows sharing an id share a code; a row without
 * an id (or with no id column at all, `ids` null) is an order of its own; a blank row is none (−1).
 * Codes are dense, `[0, orderCount)`, numbered in the order of each order's first row: an order's
 * code is never above its first row's index, which lets a reader write orders over the rows it
 * has read.
 *
 * @param ids order-id codes (−1 blank), as `readKeyColumn` gives them, or `null`
 * @param idCount the number of distinct ids (`names.length`)
 * @param isBlankRow whether row `i` is wholly blank
 */
export function orderCodesOfRows(
  rowCount: number, ids: Int32Array | null, idCount: number, isBlankRow: (row: number) => boolean,
): { orderOfRow: Int32Array; orderCount: number } {
  const orderOfRow = new Int32Array(rowCount);
  const orderOfId = ids === null ? null : new Int32Array(idCount).fill(-1);
  let next = 0;
  for (let i = 0; i < rowCount; i++) {
    const id = ids === null ? -1 : ids[i];
    if (id >= 0) {
      let order = orderOfId![id];
      if (order < 0) orderOfId![id] = order = next++;
      orderOfRow[i] = order;
    } else orderOfRow[i] = isBlankRow(i) ? -1 : next++;
  }
  return { orderOfRow, orderCount: next };
}

/**
 * The amount of each order from the amounts of its rows, in the given shape (see `AmountShape`);
 * rows whose `counted` byte is 0 add nothing to a sum of lines. NaN for an order none of whose rows
 * has an amount. Used by the `EC.` functions that take an order-id range; the review's reader
 * (`readOrderTable`) applies the same rules while it reads the other columns.
 *
 * @example orderAmounts(groupRowsByOrder(Int32Array.of(0, 0, 1), 2), Float64Array.of(100, 50, 30), "lines") // [150, 30]
 */
export function orderAmounts(groups: OrderGroups, amounts: Float64Array, shape: AmountShape, counted?: Uint8Array): Float64Array {
  const { start, rows, orderCount } = groups;
  const result = new Float64Array(orderCount);
  for (let o = 0; o < orderCount; o++) {
    let amount = NaN;
    for (let k = start[o]; k < start[o + 1]; k++) {
      const row = rows[k];
      const value = amounts[row];
      if (value !== value) continue;
      if (shape === "lines") {
        if (counted !== undefined && counted[row] !== 1) continue;
        amount = amount === amount ? amount + value : value;
      } else {
        amount = value;
        break;
      }
    }
    result[o] = amount;
  }
  return result;
}

/**
 * What the statuses of an order's lines say of the order: an order counts while any of its lines
 * counts (`COUNTED_STATUS`); else one unpaid line makes it unpaid (`UNPAID_STATUS`); else a closed,
 * cancelled or refunded line closes it (`CLOSED_STATUS`) — unless a line with a blank status
 * counts, which it does except where the total is on the first row only (Shopify writes the status
 * there too, and the blank statuses below take the order's); `BLANK_STATUS` for an order that
 * counts though no line says it was paid (every status blank, or blank lines beside closed ones).
 *
 * @param statuses the status verdict of each row (see `readStatusColumn`)
 * @param rows the rows of the order: `groups.rows[from]` … `groups.rows[to − 1]`
 * @param blankLineCounts false where the amount shape is `orderTotalFirstRow`
 */
export function orderStatusOfLines(statuses: Uint8Array, rows: Int32Array, from: number, to: number, blankLineCounts: boolean): number {
  let anyUnpaid = false;
  let anyClosed = false;
  let anyBlank = false;
  for (let k = from; k < to; k++) {
    const verdict = statuses[rows[k]];
    if (verdict === COUNTED_STATUS) return COUNTED_STATUS;
    if (verdict === UNPAID_STATUS) anyUnpaid = true;
    else if (verdict === CLOSED_STATUS) anyClosed = true;
    else if (verdict === BLANK_STATUS) anyBlank = true;
  }
  if (anyUnpaid) return UNPAID_STATUS;
  if (anyClosed && !(anyBlank && blankLineCounts)) return CLOSED_STATUS;
  return BLANK_STATUS;
}
