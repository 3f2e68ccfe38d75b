import type { MessageKey, MessageParams } from "../i18n/messages";
import { afterSalesKind } from "../engine/after-sales";
import { dateTimeLabel } from "../engine/calendar";
import { describeCell, excelErrorText, isBlankCell, type CellGrid } from "../engine/cells/cell-value";
import { gridColumn, readDateColumn, readNumberColumn, type NumberColumn } from "../engine/cells/read-columns";
import type { OrderColumnMapping } from "./order-table";

/**
 * The fulfilment and after-sales columns of the orders read (issue 14): per counted order, and for
 * the orders left out by their status that were paid (closed or fully refunded after payment), whose
 * after-sales and refunds the rates must count.
 */
export interface OrderFulfilment {
  /** Shipping time of each counted order (Excel serial), NaN when not shipped; null without a shipping column. */
  readonly shipped: Float64Array | null;
  /** 1 for a counted order with an after-sales case; null without an after-sales column. */
  readonly afterSales: Uint8Array | null;
  /** 1 for a counted order refunded in part; null without a refund amount or after-sales column. */
  readonly refunded: Uint8Array | null;
  /** The orders left out by their status that were paid (they have a payment time, or a refund), with the same columns. */
  readonly closedPaid: {
    readonly time: Float64Array;
    readonly shipped: Float64Array | null;
    readonly afterSales: Uint8Array | null;
    readonly refunded: Uint8Array | null;
  };
}

/** A row the reader lists without skipping its order: what it could not read, and that the order was kept. */
export interface FulfilmentNotice {
  readonly index: number;
  readonly reason: MessageKey;
  readonly params: MessageParams;
}

/**
 * Reads the shipping time (`shipped`), after-sales status (`afterSales`) and refund amount
 * (`refundAmount`) columns of an order table for `readOrderTable`, order by order:
 *
 * - **Shipping time**: the latest shipping time of the order's rows (an order whose sub-orders
 *   shipped apart is shipped when its last one is; Shopify writes `Fulfilled at` on the first row
 *   only). A blank is an order not shipped, not a problem. A cell that is not a date, and a shipping
 *   time before the order's time, are listed (`notices`) and the order is kept without a shipping time.
 * - **After-sales case**: any row whose after-sales status is a case (`afterSalesKind`: not blank,
 *   `无售后`, `-` …). A cell holding an Excel error is listed and read as no case.
 * - **Refund**: a refund amount above 0 on any row, or an after-sales status naming a finished
 *   refund (`退款成功`) — as `EC.FULFILMENT` reads them. An unreadable refund amount is listed and
 *   read as none.
 *
 * `null` when the mapping has none of the three columns.
 */
export function fulfilmentReader(grid: CellGrid, mapping: OrderColumnMapping, dataStart: number, header: (column: number | undefined) => string, timeIsPaid: boolean) {
  if (mapping.shipped === undefined && mapping.afterSales === undefined && mapping.refundAmount === undefined) return null;
  const ships: NumberColumn | null = mapping.shipped === undefined ? null : readDateColumn(gridColumn(grid, mapping.shipped, dataStart));
  const refundAmounts: NumberColumn | null = mapping.refundAmount === undefined ? null : readNumberColumn(gridColumn(grid, mapping.refundAmount, dataStart));
  const hasRefunds = mapping.refundAmount !== undefined || mapping.afterSales !== undefined;
  const unreadableShip = new Set((ships?.unreadable ?? []).map((cell) => cell.index));
  const unreadableRefund = new Set((refundAmounts?.unreadable ?? []).map((cell) => cell.index));
  const notices: FulfilmentNotice[] = [];
  const cellOf = (column: number | undefined, row: number): unknown => (column === undefined ? undefined : grid[dataStart + row]?.[column]);

  const shipped: number[] = [];
  const cases: number[] = [];
  const refunds: number[] = [];
  const closed = { time: [] as number[], shipped: [] as number[], afterSales: [] as number[], refunded: [] as number[] };

  /** The order's shipping time, after-sales case and refund from its rows `rows[from..to)`, its problems noted. */
  function readOrder(rows: Int32Array, from: number, to: number, time: number): { ship: number; afterSales: number; refunded: number } {
    let ship = NaN;
    let shipRow = -1;
    let afterSales = 0;
    let refunded = 0;
    for (let k = from; k < to; k++) {
      const row = rows[k];
      if (ships !== null) {
        if (unreadableShip.has(row)) {
          notices.push({ index: row, reason: "skip.unreadableShippedTimeIn", params: { found: describeCell(cellOf(mapping.shipped, row)), column: header(mapping.shipped) } });
        } else {
          const value = ships.values[row];
          if (value === value && !(ship >= value)) {
            ship = value;
            shipRow = row;
          }
        }
      }
      if (mapping.afterSales !== undefined) {
        const cell = cellOf(mapping.afterSales, row);
        if (excelErrorText(cell) !== null) {
          notices.push({ index: row, reason: "skip.unreadableAfterSalesIn", params: { found: describeCell(cell), column: header(mapping.afterSales) } });
        } else if (!isBlankCell(cell)) {
          const kind = afterSalesKind(String(cell));
          if (kind !== "none") afterSales = 1;
          if (kind === "refund") refunded = 1;
        }
      }
      if (refundAmounts !== null) {
        if (unreadableRefund.has(row)) {
          notices.push({ index: row, reason: "skip.unreadableRefundIn", params: { found: describeCell(cellOf(mapping.refundAmount, row)), column: header(mapping.refundAmount) } });
        } else if (refundAmounts.values[row] > 0) refunded = 1;
      }
    }
    // Shipped before it was paid (or created): a date typed wrong, or a column mapped wrong. Listed, not used.
    if (ship === ship && time === time && ship < time) {
      notices.push({
        index: shipRow, reason: "skip.shippedBeforePaid",
        params: { column: header(mapping.shipped), shipped: dateTimeLabel(ship), paid: dateTimeLabel(time) },
      });
      ship = NaN;
    }
    return { ship, afterSales, refunded };
  }

  return {
    notices,
    /** A counted order, the `kept`-th. */
    keep(rows: Int32Array, from: number, to: number, time: number): void {
      const order = readOrder(rows, from, to, time);
      shipped.push(order.ship);
      cases.push(order.afterSales);
      refunds.push(order.refunded);
    },
    /** An order left out by its status: kept aside when it was paid (a payment time, or a refund). */
    closed(rows: Int32Array, from: number, to: number, time: number): void {
      const noticesBefore = notices.length;
      const order = readOrder(rows, from, to, time);
      const paid = (timeIsPaid && time === time) || order.refunded === 1;
      if (!paid || time !== time) {
        // Not in any figure: what its rows could not give does not matter (as for its other columns).
        notices.length = noticesBefore;
        return;
      }
      closed.time.push(time);
      closed.shipped.push(order.ship);
      closed.afterSales.push(order.afterSales);
      closed.refunded.push(order.refunded);
    },
    finish(): OrderFulfilment {
      return {
        shipped: ships === null ? null : Float64Array.from(shipped),
        afterSales: mapping.afterSales === undefined ? null : Uint8Array.from(cases),
        refunded: hasRefunds ? Uint8Array.from(refunds) : null,
        closedPaid: {
          time: Float64Array.from(closed.time),
          shipped: ships === null ? null : Float64Array.from(closed.shipped),
          afterSales: mapping.afterSales === undefined ? null : Uint8Array.from(closed.afterSales),
          refunded: hasRefunds ? Uint8Array.from(closed.refunded) : null,
        },
      };
    },
  };
}
