import { BLANK_STATUS, CLOSED_STATUS, COUNTED_STATUS, UNPAID_STATUS } from "../cells/read-columns";
import { detectAmountShape, groupRowsByOrder, orderAmounts, orderCodesOfRows, orderStatusOfLines, type AmountShape } from "./order-groups";

/**
 * Row-level columns of an export, aligned row by row, with the order id of each row. Every column
 * but the ids is optional: a metric reads only what it needs.
 */
export interface OrderRowColumns {
  /** Order-id code of each row (−1 blank), as `readKeyColumn` gives them. */
  readonly orderIds: Int32Array;
  /** The number of distinct ids (`names.length`). */
  readonly orderIdCount: number;
  /** Amount of each row, NaN for a blank. */
  readonly amounts?: Float64Array;
  /** Status verdict of each row (`COUNTED_STATUS`, `CLOSED_STATUS`, `UNPAID_STATUS`, `BLANK_STATUS`; see `readStatusColumn`). */
  readonly statuses?: Uint8Array;
  /** Date of each row as an Excel serial, NaN for a blank. */
  readonly dates?: Float64Array;
  /** Buyer code of each row, −1 for a blank. */
  readonly buyers?: Int32Array;
  /** Channel code of each row, −1 for a blank. */
  readonly channels?: Int32Array;
}

/**
 * One entry per order, in the order of the orders' first rows. A column is `null` where its row
 * column was not given.
 */
export interface OrderColumns {
  readonly length: number;
  /** Index of each order's first row (to name a cell in a message). */
  readonly firstRow: Int32Array;
  /** The order's amount in `amountShape`; NaN where no row of it has one (not an order with an amount). */
  readonly amount: Float64Array | null;
  /** 1 for an order that counts, 0 for one closed, cancelled, refunded or unpaid. */
  readonly counted: Uint8Array;
  /** The date of the order's first row that has one, NaN if none. */
  readonly date: Float64Array | null;
  /** The buyer of the order's first row that has one, −1 if none. */
  readonly buyer: Int32Array | null;
  /** The channel of the order's first row that has one, −1 if none. */
  readonly channel: Int32Array | null;
  /** How the amounts were read; `null` without amounts or when no order has two rows with them. */
  readonly amountShape: AmountShape | null;
}

/**
 * Rows made orders: the rows sharing an order id are one order (PRODUCT.md, "Orders, lines and what
 * each export means"); a row without an id is an order of its own; a row with nothing in any given
 * column is none. The rules are those of the review's reader (`readOrderTable`):
 *
 * - **Amount** in the shape recognised from the data (`detectAmountShape`) or given: the sum of the
 *   lines (a line closed, refunded or unpaid adds nothing), or the order total repeated on every
 *   row or written on the first row only, taken once.
 * - **Counted.** An order counts while any of its lines counts. Otherwise an unpaid line makes it
 *   unpaid, and a closed line closes it — unless a line with a blank status counts, which it does
 *   except where the total is on the first row only (Shopify writes the status there too, and
 *   blank statuses on the other rows take the order's). An order whose statuses are all blank counts.
 * - **Date, buyer, channel** come from the order's first row that has one.
 *
 * Complexity: O(rows + orders), a few passes.
 *
 * @example
 * // A ledger: order A1 has lines of 100 and 50, A2 one of 30.
 * const orders = orderColumnsOfRows({ orderIds: Int32Array.of(0, 0, 1), orderIdCount: 2, amounts: Float64Array.of(100, 50, 30) });
 * orders.amount // [150, 30]
 */
export function orderColumnsOfRows(rows: OrderRowColumns, options: { readonly amountShape?: AmountShape } = {}): OrderColumns {
  const { orderIds, amounts, statuses, dates, buyers, channels } = rows;
  const rowCount = orderIds.length;
  const isBlankRow = (i: number) => (amounts === undefined || amounts[i] !== amounts[i])
    && (dates === undefined || dates[i] !== dates[i])
    && (buyers === undefined || buyers[i] < 0)
    && (channels === undefined || channels[i] < 0)
    && (statuses === undefined || statuses[i] === BLANK_STATUS);
  const { orderOfRow, orderCount } = orderCodesOfRows(rowCount, orderIds, rows.orderIdCount, isBlankRow);
  const groups = groupRowsByOrder(orderOfRow, orderCount);

  // Orders numbered by their first row, so that ties ("the first order") fall as they do on the sheet.
  const rank = new Int32Array(orderCount).fill(-1);
  let length = 0;
  for (let i = 0; i < rowCount; i++) {
    const order = orderOfRow[i];
    if (order >= 0 && rank[order] < 0) rank[order] = length++;
  }

  const detected = amounts === undefined ? null : detectAmountShape(groups, amounts).shape;
  const shape: AmountShape = options.amountShape ?? detected ?? "lines";
  const blankLineCounts = shape !== "orderTotalFirstRow";
  let amount: Float64Array | null = null;
  if (amounts !== undefined) {
    let lineCounted: Uint8Array | undefined;
    if (statuses !== undefined) {
      lineCounted = new Uint8Array(rowCount);
      for (let i = 0; i < rowCount; i++) lineCounted[i] = statuses[i] === CLOSED_STATUS || statuses[i] === UNPAID_STATUS ? 0 : 1;
    }
    const byCode = orderAmounts(groups, amounts, shape, lineCounted);
    amount = new Float64Array(length);
    for (let o = 0; o < orderCount; o++) if (rank[o] >= 0) amount[rank[o]] = byCode[o];
  }

  const firstRow = new Int32Array(length);
  const counted = new Uint8Array(length);
  const date = dates === undefined ? null : new Float64Array(length).fill(NaN);
  const buyer = buyers === undefined ? null : new Int32Array(length).fill(-1);
  const channel = channels === undefined ? null : new Int32Array(length).fill(-1);
  for (let o = 0; o < orderCount; o++) {
    const r = rank[o];
    if (r < 0) continue;
    const from = groups.start[o];
    const to = groups.start[o + 1];
    firstRow[r] = groups.rows[from];
    for (let k = from; k < to; k++) {
      const row = groups.rows[k];
      if (date !== null && date[r] !== date[r]) date[r] = dates![row];
      if (buyer !== null && buyer[r] < 0) buyer[r] = buyers![row];
      if (channel !== null && channel[r] < 0) channel[r] = channels![row];
    }
    const status = statuses === undefined ? BLANK_STATUS : orderStatusOfLines(statuses, groups.rows, from, to, blankLineCounts);
    counted[r] = status === COUNTED_STATUS || status === BLANK_STATUS ? 1 : 0;
  }
  return { length, firstRow, amount, counted, date, buyer, channel, amountShape: detected === null ? null : shape };
}
