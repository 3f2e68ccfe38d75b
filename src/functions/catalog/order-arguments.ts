/**
 * The order columns the order functions share (GMV, AOV, PRICEBANDS, REPURCHASE, RETENTION, RFM,
 * CHANNELS), read from their ranges once the runner has checked that the ranges line up.
 */
import { orderColumnsOfRows, type OrderColumns, type OrderRowColumns } from "../../engine/orders/order-columns";
import { firstMissing, readCounted, readDates, readKeys, readNumbers, readStatuses, type RangeArgument } from "../arguments";
import { need } from "./runner";

/**
 * The rows of the other arguments made orders by an order-id range (see `orderColumnsOfRows`):
 * rows sharing an id are one order, its amount read in the shape the amounts show; a row without
 * an id is an order of its own.
 */
export function groupOrders(
  idRange: RangeArgument, statusRange: RangeArgument | undefined, columns: Omit<OrderRowColumns, "orderIds" | "orderIdCount" | "statuses">,
): OrderColumns {
  const statusVerdicts = need(readStatuses(statusRange));
  const ids = need(readKeys(idRange));
  return orderColumnsOfRows({ ...columns, orderIds: ids.codes, orderIdCount: ids.names.length, statuses: statusVerdicts });
}

/** 0 for a row with a buyer, NaN for one without: the rows that are orders when no amounts are given. */
function orderRowsOfBuyers(codes: Int32Array): Float64Array {
  // A loop, not Float64Array.from with a mapping function: that calls the function once per row.
  const rows = new Float64Array(codes.length);
  for (let i = 0; i < codes.length; i++) rows[i] = codes[i] >= 0 ? 0 : NaN;
  return rows;
}

/** The ranges of the order columns shared by RETENTION, RFM and CHANNELS, already lined up. */
export interface OrderRanges {
  readonly buyers: RangeArgument;
  readonly dates: RangeArgument;
  /** Absent for a function that takes no amounts. */
  readonly amounts?: RangeArgument;
  readonly statuses?: RangeArgument;
  readonly orderIds?: RangeArgument;
  readonly channels?: RangeArgument;
}

export interface OrderEntries {
  readonly buyers: Int32Array;
  readonly buyerNames: readonly string[];
  readonly dates: Float64Array;
  /** The amounts, or without amounts 0 for an entry with a buyer and NaN for the others. */
  readonly amounts: Float64Array;
  readonly counted?: Uint8Array;
  readonly channels?: Int32Array;
  readonly channelNames?: readonly string[];
  /** With order ids, the first row of each order. */
  readonly rowOf?: Int32Array;
}

/**
 * Reads the order columns shared by RETENTION, RFM and CHANNELS. With an order-id range the
 * entries are orders (rows sharing an id made one, see `orderColumnsOfRows`) and `rowOf` gives
 * each one's first row; without it they are the rows. An entry that is an order (it has a buyer,
 * and an amount when amounts are given) and is counted must have a date, a buyer and a channel:
 * the first that lacks one is an error naming its cell.
 */
export function readOrderEntries(ranges: OrderRanges): OrderEntries {
  const keys = need(readKeys(ranges.buyers));
  const serials = need(readDates(ranges.dates));
  const values = ranges.amounts === undefined ? undefined : need(readNumbers(ranges.amounts));
  const channelKeys = ranges.channels === undefined ? undefined : need(readKeys(ranges.channels));

  let buyerOf = keys.codes;
  let dateOf = serials;
  let amountOf = values;
  let channelOf = channelKeys?.codes;
  let counted: Uint8Array | undefined;
  let rowOf: Int32Array | undefined;
  if (ranges.orderIds !== undefined) {
    const orders = groupOrders(ranges.orderIds, ranges.statuses, { buyers: keys.codes, dates: serials, amounts: values, channels: channelKeys?.codes });
    buyerOf = orders.buyer!;
    dateOf = orders.date!;
    amountOf = orders.amount ?? undefined;
    channelOf = orders.channel ?? undefined;
    counted = orders.counted;
    rowOf = orders.firstRow;
  } else {
    counted = need(readCounted(ranges.statuses));
  }
  const orderEntries = amountOf ?? orderRowsOfBuyers(buyerOf);
  need(firstMissing(orderEntries, counted, (i) => dateOf[i] !== dateOf[i], ranges.dates, "cell.missingDate", rowOf));
  if (amountOf !== undefined) need(firstMissing(amountOf, counted, (i) => buyerOf[i] < 0, ranges.buyers, "cell.missingBuyer", rowOf));
  if (ranges.channels !== undefined && channelOf !== undefined) {
    const channelCodes = channelOf;
    need(firstMissing(orderEntries, counted, (i) => channelCodes[i] < 0, ranges.channels, "cell.missingChannel", rowOf));
  }
  return { buyers: buyerOf, buyerNames: keys.names, dates: dateOf, amounts: orderEntries, counted, channels: channelOf, channelNames: channelKeys?.names, rowOf };
}
