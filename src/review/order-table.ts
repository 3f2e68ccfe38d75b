import type { MessageKey, MessageParams } from "../i18n/messages";
import { describeCell, type CellGrid } from "../engine/cells/cell-value";
import {
  BLANK_STATUS, CLOSED_STATUS, UNPAID_STATUS, gridColumn, readDateColumn, readKeyColumn, readNumberColumn, readStatusColumn,
  type CellColumn, type KeyColumn, type UnreadableCell,
} from "../engine/cells/read-columns";
import { dateTimeLabel, monthIndexColumn, sameMoment } from "../engine/calendar";
import { detectAmountShape, groupRowsByOrder, orderCodesOfRows, orderStatusOfLines, type AmountShape, type AmountShapeEvidence } from "../engine/orders/order-groups";
import { isPlausibleAmount } from "./amount-limit";
import { columnName } from "./sheet-layout";
import { LINE_AMOUNT_HEADERS } from "./tables/header-dictionary";
import { normalizeHeader } from "./tables/normalize-header";
import { fulfilmentReader, type OrderFulfilment } from "./order-fulfilment";

/** The columns of an order table the review reads (0-based column indexes in the grid). */
export interface OrderColumnMapping {
  /** Rows sharing an order id are one order; without it every row is an order. */
  readonly orderId?: number;
  readonly amount: number;
  /** The order's time: its payment time, or its creation time where the export has no payment time. */
  readonly time: number;
  /**
   * Whether `time` is the payment time (default) or the creation time. An order without a payment
   * time is unpaid, counted apart; an order without a creation time is a problem.
   */
  readonly timeKind?: "paid" | "created";
  /** The buyer; without it (抖店, 拼多多 exports) every order's buyer is unknown (−1) and no figure per buyer is made. */
  readonly buyer?: number;
  readonly channel?: number;
  readonly status?: number;
  readonly cost?: number;
  readonly itemTitle?: number;
  readonly sku?: number;
  readonly quantity?: number;
  /** Shipping time (发货时间, Fulfilled at): never the order's time; see `fulfilmentReader`. */
  readonly shipped?: number;
  /** After-sales status (抖店 and 拼多多 售后状态). */
  readonly afterSales?: number;
  /** Refund amount (千牛 退款金额, Shopify Refunded Amount). */
  readonly refundAmount?: number;
  /** The experiment arm the order was placed in (实验分组, Variant): conversions and revenue per arm (see experiments.ts). */
  readonly experimentArm?: number;
}

/** A row the review could not use, with the sheet row number (1-based, as Excel shows it). */
export interface SkippedRow {
  readonly sheet: string;
  readonly row: number;
  readonly reason: MessageKey;
  readonly params: MessageParams;
}

/**
 * The lines of the orders read (one per row of a kept order), for the analyses that need the
 * items: margin per item, items per order, add-on items.
 */
export interface OrderLines {
  readonly length: number;
  /** Index of the line's order in the `OrderTable`. */
  readonly order: Int32Array;
  readonly sheetRow: Int32Array;
  /** The line's own amount: set where the amount column holds line amounts (`lines`) or the order has one line, else NaN. */
  readonly amount: Float64Array;
  /** The line's cost; NaN unknown. `null` when the table has no cost. */
  readonly cost: Float64Array | null;
  /** NaN where not given. `null` without a quantity column. */
  readonly quantity: Float64Array | null;
  /** Item code (`itemNames`), −1 blank; `null` without an item column. */
  readonly item: Int32Array | null;
  /** SKU code (`skuNames`), −1 blank; `null` without a SKU column. */
  readonly sku: Int32Array | null;
  readonly skuNames: readonly string[];
  /** 1 for a line that counts, 0 for a line refunded or closed within a counted order. */
  readonly counted: Uint8Array;
}

/**
 * The operator's orders as typed columns, one entry per counted order (rows sharing an order id
 * made one; header, skipped, closed and unpaid orders removed): the shape every review figure is
 * computed from in single passes.
 */
export interface OrderTable {
  readonly length: number;
  /** Sheet row number of each order's first row (1-based). */
  readonly sheetRow: Int32Array;
  readonly amount: Float64Array;
  /** Cost per order (the sum of its lines' costs); NaN where unknown. `null` when the table has no cost. */
  readonly cost: Float64Array | null;
  /** Order time as an Excel serial. */
  readonly time: Float64Array;
  /** Month index of `time` (`year × 12 + month − 1`). */
  readonly month: Int32Array;
  /** Buyer code (`buyerNames`); −1 for every order when the table has no buyer column. */
  readonly buyer: Int32Array;
  readonly buyerNames: readonly string[];
  /** False when the table has no buyer column: buyers, repurchase, new buyers, cohorts and RFM cannot be computed. */
  readonly hasBuyers: boolean;
  /** Channel code, `-1` when the table has no channel column or the cell is blank. */
  readonly channel: Int32Array;
  readonly channelNames: readonly string[];
  /** 1 for a counted order (every order kept is one). */
  readonly counted: Uint8Array;
  /** The item of each order's first line with one; `null` without an item column. */
  readonly item: Int32Array | null;
  readonly itemNames: readonly string[];
  readonly lines: OrderLines;
  /** Orders left out because their status marks them closed, cancelled or fully refunded. */
  readonly excludedByStatus: number;
  /** The time of each of those orders (Excel serial; NaN when no line has one, as for orders closed before payment). */
  readonly excludedTimes?: Float64Array;
  /** Orders never paid (unpaid status, or no payment time): counted apart, not skipped. */
  readonly unpaidOrders: number;
  /** How the amount column was read when orders have several rows; `null` when every order has one row. */
  readonly amountShape: AmountShape | null;
  /** What the amounts of the orders of several rows looked like (what the shape was read from). */
  readonly amountShapeEvidence: AmountShapeEvidence;
  /** Shipping, after-sales and refunds (`fulfilmentReader`); absent when the table has none of their columns. */
  readonly fulfilment?: OrderFulfilment;
  /** The experiment arm of each order (from its first row naming one; −1 none); absent without an arm column. */
  readonly arm?: { readonly codes: Int32Array; readonly names: readonly string[] };
}

export interface ReadOrderTableOptions {
  /** The sheet's name for the skipped list. */
  readonly sheet: string;
  /** 0-based index of the header row (data starts below it), `null` when there is none. */
  readonly headerRow: number | null;
  /** The sheet row of `grid[0]` (1 unless the grid starts lower). */
  readonly firstSheetRow?: number;
  /** The cost of each grid row (NaN unknown), from a cost table (see `joinCostTable`), read instead of the mapping's cost column. */
  readonly costs?: Float64Array;
  /** How to read the amounts of orders of several rows; recognised from the data when left out. */
  readonly amountShape?: AmountShape;
}

const LINE_AMOUNT_KEYS = new Set(LINE_AMOUNT_HEADERS.map(normalizeHeader));

/** Whether a header names the amount of one line rather than the order's total (see `LINE_AMOUNT_HEADERS`). */
function namesLineAmount(header: unknown): boolean {
  return typeof header === "string" && LINE_AMOUNT_KEYS.has(normalizeHeader(header));
}

function columnOf(grid: CellGrid, column: number | undefined, firstRow: number): CellColumn | null {
  return column === undefined ? null : gridColumn(grid, column, firstRow);
}

function isBlankRow(row: readonly unknown[] | undefined): boolean {
  if (row === undefined) return true;
  for (const cell of row) {
    if (cell === null || cell === undefined) continue;
    if (typeof cell === "string" && cell.trim().length === 0) continue;
    return false;
  }
  return true;
}

/**
 * Reads an order table from its grid, rows sharing an order id made one order (PRODUCT.md, "Orders,
 * lines and what each export means").
 *
 * - **Amount.** In the shape recognised from the data or given (`AmountShape`): the sum of the
 *   lines, the total repeated on every row taken once, or the total on the first row. A line
 *   refunded or closed within a counted order adds nothing to a sum of lines.
 * - **Status.** An order counts while any of its lines counts; an order all of whose lines are
 *   closed, cancelled or refunded is left out and counted in `excludedByStatus`; an unpaid order
 *   (unpaid status, or — when `time` is the payment time — no payment time on any row, `0000-00-00`
 *   and the platforms' other nulls included) is counted in `unpaidOrders`. Neither is a skipped row.
 *   Where the total is on the first row only, a blank status on the other rows takes the order's
 *   (Shopify writes `Financial Status` on the first row); elsewhere a line's blank status counts.
 * - **Buyer, time, channel** come from the order's first row that has them. Rows of one order that
 *   disagree on the buyer, the time or a repeated total are listed (row numbers, both values) and
 *   the order keeps its first row's value: reported, never resolved silently.
 * - **Cost** is the sum of the counted lines' costs, unknown when one of them is unknown.
 * - **Problems.** An order is skipped — each of its rows listed with the reason, naming the column
 *   read — when a cell of it cannot be read, it has no amount, no time, or (when the table has a
 *   buyer column) no buyer. Wholly blank rows are passed over. Nothing is dropped silently or read as 0.
 *
 * - **Shipping, after-sales, refunds** (optional columns) are read by `fulfilmentReader`: what
 *   they cannot read is listed and the order kept. A shipping time is never the order's time.
 *
 * Rows without an order-id column (or with a blank id) are each an order of their own.
 *
 * @param grid the sheet's cells, as `Range.values` gives them
 * @param mapping which column holds what
 */
export function readOrderTable(grid: CellGrid, mapping: OrderColumnMapping, options: ReadOrderTableOptions): { table: OrderTable; skipped: SkippedRow[] } {
  const dataStart = options.headerRow === null ? 0 : options.headerRow + 1;
  const sheetRowOfGrid0 = options.firstSheetRow ?? 1;
  const n = Math.max(0, grid.length - dataStart);
  const header = (column: number | undefined): string => {
    if (column === undefined) return "";
    const cell = options.headerRow === null ? undefined : grid[options.headerRow]?.[column];
    const text = cell === null || cell === undefined ? "" : String(cell).trim();
    return text.length > 0 ? describeCell(text) : columnName(column);
  };
  const timeIsPaid = (mapping.timeKind ?? "paid") === "paid";

  const amounts = readNumberColumn(columnOf(grid, mapping.amount, dataStart)!);
  const times = readDateColumn(columnOf(grid, mapping.time, dataStart)!);
  const buyerCells = columnOf(grid, mapping.buyer, dataStart);
  const buyers = buyerCells === null ? null : readKeyColumn(buyerCells);
  const readKeys = (column: number | undefined): KeyColumn | null => {
    const cells = columnOf(grid, column, dataStart);
    return cells === null ? null : readKeyColumn(cells);
  };
  const ids = readKeys(mapping.orderId);
  const channels = readKeys(mapping.channel);
  const arms = readKeys(mapping.experimentArm);
  const items = readKeys(mapping.itemTitle);
  const skus = readKeys(mapping.sku);
  const statusCells = columnOf(grid, mapping.status, dataStart);
  const statuses = statusCells === null ? null : readStatusColumn(statusCells);
  const costCells = columnOf(grid, mapping.cost, dataStart);
  // Costs joined from a cost table (joinCostTable) take the place of the cost column.
  const costs = options.costs !== undefined
    ? { values: options.costs.slice(dataStart, grid.length), unreadable: [] as UnreadableCell[] }
    : costCells === null ? null : readNumberColumn(costCells);
  const quantityCells = columnOf(grid, mapping.quantity, dataStart);
  const quantities = quantityCells === null ? null : readNumberColumn(quantityCells);
  const fulfilment = fulfilmentReader(grid, mapping, dataStart, header, timeIsPaid);

  // The first problem of each row, by index; `hasProblem` answers "any?" without a Map lookup per row.
  const problems = new Map<number, { reason: MessageKey; params: MessageParams }>();
  const hasProblem = new Uint8Array(n);
  const setProblem = (index: number, reason: MessageKey, params: MessageParams) => {
    if (hasProblem[index] === 1) return;
    problems.set(index, { reason, params });
    hasProblem[index] = 1;
  };
  const note = (list: readonly UnreadableCell[] | undefined, reason: MessageKey, column: number | undefined) => {
    for (const cell of list ?? []) setProblem(cell.index, reason, { found: cell.found, column: header(column) });
  };
  note(ids?.unreadable, "skip.unreadableOrderId", mapping.orderId);
  note(amounts.unreadable, "skip.unreadableAmountIn", mapping.amount);
  note(times.unreadable, timeIsPaid ? "skip.unreadablePaidTime" : "skip.unreadableCreatedTime", mapping.time);
  note(buyers?.unreadable, "skip.unreadableBuyerIn", mapping.buyer);
  // A number no order can hold (beyond ±10¹⁵, or not finite) takes its order out, listed: kept, it
  // would make the totals Infinity or cost the other orders their cents (amount-limit.ts).
  const noteImplausible = (values: Float64Array | undefined, reason: MessageKey, column: number | undefined) => {
    if (values === undefined) return;
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (value !== value || isPlausibleAmount(value)) continue;
      const cell = column === undefined ? undefined : grid[dataStart + i]?.[column];
      const found = cell === null || cell === undefined ? String(value) : describeCell(cell);
      setProblem(i, reason, column === undefined ? { found } : { found, column: header(column) });
    }
  };
  noteImplausible(amounts.values, "skip.implausibleAmountIn", mapping.amount);
  noteImplausible(costs?.values, options.costs !== undefined ? "skip.implausibleJoinedCost" : "skip.implausibleCostIn", options.costs !== undefined ? undefined : mapping.cost);
  noteImplausible(quantities?.values, "skip.implausibleQuantityIn", mapping.quantity);
  // A status that cannot be read (an Excel error) says nothing about whether the order was closed:
  // its rows are listed as skipped rather than silently counted among the closed orders.
  for (const cell of statuses?.unreadable ?? []) {
    setProblem(cell.index, cell.reason === "error" ? "cell.errorValue" : "cell.unreadableKey", { where: "what.statuses", found: cell.found });
  }
  const unreadableStatus = new Uint8Array(n);
  for (const cell of statuses?.unreadable ?? []) unreadableStatus[cell.index] = 1;

  const { orderOfRow, orderCount } = orderCodesOfRows(n, ids?.codes ?? null, ids?.names.length ?? 0, (i) => isBlankRow(grid[dataStart + i]));
  const groups = groupRowsByOrder(orderOfRow, orderCount);
  const evidence = detectAmountShape(groups, amounts.values, { headerNamesLine: namesLineAmount(options.headerRow === null ? undefined : grid[options.headerRow]?.[mapping.amount]) });
  const shape: AmountShape = options.amountShape ?? evidence.shape ?? "lines";
  const verdicts = statuses?.verdicts ?? null;
  // Where the total is on the first row only (Shopify), so is the status: a blank status on the
  // other rows takes the order's. Elsewhere a line's blank status (抖店 售后状态) says nothing happened to it.
  const blankLineCounts = shape !== "orderTotalFirstRow";

  const sheetRowOf = (i: number) => sheetRowOfGrid0 + dataStart + i;
  const orderName = (o: number) => (ids !== null && o < ids.names.length ? ids.names[o] : String(sheetRowOf(groups.rows[groups.start[o]])));
  const conflicts: { index: number; reason: MessageKey; params: MessageParams }[] = [];
  const conflict = (row: number, firstRow: number, o: number, column: number | undefined, found: string, kept: string) => {
    conflicts.push({ index: row, reason: "skip.orderConflict", params: { column: header(column), order: orderName(o), row: sheetRowOf(firstRow), found, kept } });
  };

  // The kept orders' columns, cut to them at the end. When every order has one row (an order-level
  // export) they are written over the columns just read — an order's index is never above its
  // row's (see `orderCodesOfRows`) — and the lines are the orders themselves: no second set of
  // columns is allocated (~45 MB less at a million orders, and fewer collections of a heap that
  // still holds the sheet).
  const oneRowEach = evidence.multiRowOrders === 0;
  const orderFirstRow = new Int32Array(orderCount);
  const orderAmount = oneRowEach ? amounts.values : new Float64Array(orderCount);
  const orderCost = costs === null ? null : oneRowEach ? costs.values : new Float64Array(orderCount);
  const orderTime = oneRowEach ? times.values : new Float64Array(orderCount);
  const orderBuyer = oneRowEach && buyers !== null ? buyers.codes : new Int32Array(orderCount);
  const orderChannel = oneRowEach && channels !== null ? channels.codes : new Int32Array(orderCount);
  const orderArm = arms === null ? null : oneRowEach ? arms.codes : new Int32Array(orderCount);
  const orderItem = items === null ? null : oneRowEach ? items.codes : new Int32Array(orderCount);
  const lineCounted = new Uint8Array(n);
  const keptOrderOfRow = new Int32Array(n).fill(-1);
  let kept = 0;
  let lineCount = 0;
  let excludedByStatus = 0;
  const excludedTimes: number[] = [];
  let unpaidOrders = 0;

  const unreadableTime = new Uint8Array(n);
  for (const cell of times.unreadable) unreadableTime[cell.index] = 1;
  /** Takes an order out of every figure (closed or unpaid): what its rows could not give does not matter. */
  const setAside = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      const row = groups.rows[k];
      if (hasProblem[row] === 1) {
        problems.delete(row);
        hasProblem[row] = 0;
      }
    }
  };

  for (let o = 0; o < orderCount; o++) {
    const from = groups.start[o];
    const to = groups.start[o + 1];
    const first = groups.rows[from];
    // The order's status (see `orderStatusOfLines`); a line whose status cannot be read leaves it open.
    let anyUnreadableStatus = false;
    for (let k = from; k < to; k++) if (unreadableStatus[groups.rows[k]] === 1) anyUnreadableStatus = true;
    const status = verdicts === null ? BLANK_STATUS : orderStatusOfLines(verdicts, groups.rows, from, to, blankLineCounts);
    // A closed, cancelled or refunded order counts in no figure, whatever else it lacks (unpaid
    // closed orders have no payment time): it is excluded by its status and counted as such.
    if (status === CLOSED_STATUS && !anyUnreadableStatus) {
      excludedByStatus++;
      // Its time, when a line has one, so that the review counts the closed orders of its period.
      let closedTime = NaN;
      for (let k = from; k < to && closedTime !== closedTime; k++) closedTime = times.values[groups.rows[k]];
      excludedTimes.push(closedTime);
      fulfilment?.closed(groups.rows, from, to, closedTime);
      setAside(from, to);
      continue;
    }
    let time = NaN;
    let timeRow = -1;
    let timeUnreadable = false;
    for (let k = from; k < to; k++) {
      const row = groups.rows[k];
      if (unreadableTime[row] === 1) timeUnreadable = true;
      if (timeRow < 0 && times.values[row] === times.values[row]) {
        time = times.values[row];
        timeRow = row;
      }
    }
    // Never paid: an unpaid status, or no payment time (none unreadable) and no status saying it was paid.
    const neverPaid = status === UNPAID_STATUS || (timeIsPaid && timeRow < 0 && !timeUnreadable && status === BLANK_STATUS && !anyUnreadableStatus);
    if (neverPaid) {
      unpaidOrders++;
      setAside(from, to);
      continue;
    }

    // Amount, in the table's shape; a line counts unless its own status closes it.
    let amount = NaN;
    let amountRow = -1;
    for (let k = from; k < to; k++) {
      const row = groups.rows[k];
      const verdict = verdicts === null ? BLANK_STATUS : verdicts[row];
      lineCounted[row] = verdict === CLOSED_STATUS || verdict === UNPAID_STATUS ? 0 : 1;
      const value = amounts.values[row];
      if (value !== value) {
        if (shape === "lines" && lineCounted[row] === 1 && !isBlankRow(grid[dataStart + row])) setProblem(row, "skip.noAmountIn", { column: header(mapping.amount) });
        continue;
      }
      if (shape === "lines") {
        if (lineCounted[row] === 1) amount = amount === amount ? amount + value : value;
      } else if (amountRow < 0) {
        amount = value;
        amountRow = row;
      }
    }
    if (amount !== amount) setProblem(first, "skip.noAmountIn", { column: header(mapping.amount) });
    if (timeRow < 0) setProblem(first, timeIsPaid ? "skip.noPaidTime" : "skip.noCreatedTime", { column: header(mapping.time) });
    let buyer = -1;
    let buyerRow = -1;
    for (let k = from; k < to && buyer < 0 && buyers !== null; k++) {
      const row = groups.rows[k];
      if (buyers.codes[row] >= 0) {
        buyer = buyers.codes[row];
        buyerRow = row;
      }
    }
    if (buyer < 0 && buyers !== null) setProblem(first, "skip.noBuyerIn", { column: header(mapping.buyer) });

    let problemRow = -1;
    for (let k = from; k < to && problemRow < 0; k++) if (hasProblem[groups.rows[k]] === 1) problemRow = groups.rows[k];
    if (problemRow >= 0) {
      // Every row of a skipped order is listed: its own problem, or the row whose problem took the order out.
      for (let k = from; k < to; k++) {
        const row = groups.rows[k];
        if (hasProblem[row] === 0) setProblem(row, "skip.sameOrder", { order: orderName(o), row: sheetRowOf(problemRow) });
      }
      continue;
    }

    let channel = -1;
    let arm = -1;
    let item = -1;
    let cost = 0;
    for (let k = from; k < to; k++) {
      const row = groups.rows[k];
      // Rows that disagree with the row the order takes its buyer, time or total from are listed.
      if (buyers !== null && buyers.codes[row] >= 0 && buyers.codes[row] !== buyer) conflict(row, buyerRow, o, mapping.buyer, buyers.names[buyers.codes[row]], buyers.names[buyer]);
      const rowTime = times.values[row];
      if (rowTime === rowTime && !sameMoment(rowTime, time)) conflict(row, timeRow, o, mapping.time, dateTimeLabel(rowTime), dateTimeLabel(time));
      const rowAmount = amounts.values[row];
      if (shape !== "lines" && rowAmount === rowAmount && rowAmount !== amount) conflict(row, amountRow, o, mapping.amount, String(rowAmount), String(amount));
      if (channel < 0 && channels !== null) channel = channels.codes[row];
      if (arm < 0 && arms !== null) arm = arms.codes[row];
      if (item < 0 && items !== null) item = items.codes[row];
      if (costs !== null && lineCounted[row] === 1) cost += costs.values[row];
      keptOrderOfRow[row] = kept;
    }
    orderFirstRow[kept] = first;
    orderAmount[kept] = amount;
    orderTime[kept] = time;
    orderBuyer[kept] = buyer;
    orderChannel[kept] = channel;
    if (orderArm !== null) orderArm[kept] = arm;
    if (orderCost !== null) orderCost[kept] = cost;
    if (orderItem !== null) orderItem[kept] = item;
    if (oneRowEach) {
      if (quantities !== null) quantities.values[kept] = quantities.values[first];
      if (skus !== null) skus.codes[kept] = skus.codes[first];
    }
    fulfilment?.keep(groups.rows, from, to, time);
    lineCount += to - from;
    kept++;
  }

  const skipped: SkippedRow[] = [];
  const listed: [number, { reason: MessageKey; params: MessageParams }][] = [...problems.entries(), ...conflicts.map((c) => [c.index, c] as [number, typeof c]), ...(fulfilment?.notices ?? []).map((c) => [c.index, c] as [number, typeof c])];
  for (const [index, problem] of listed.sort((a, b) => a[0] - b[0])) {
    skipped.push({ sheet: options.sheet, row: sheetRowOf(index), reason: problem.reason, params: problem.params });
  }

  const sheetRow = new Int32Array(kept);
  for (let k = 0; k < kept; k++) sheetRow[k] = sheetRowOf(orderFirstRow[k]);
  const keptTime = orderTime.subarray(0, kept);
  const counted = new Uint8Array(kept).fill(1);
  const lines: OrderLines = oneRowEach
    ? {
      length: kept, order: Int32Array.from({ length: kept }, (_, k) => k), sheetRow, amount: orderAmount.subarray(0, kept),
      cost: orderCost?.subarray(0, kept) ?? null, quantity: quantities?.values.subarray(0, kept) ?? null, item: orderItem?.subarray(0, kept) ?? null,
      sku: skus?.codes.subarray(0, kept) ?? null, skuNames: skus?.names ?? [], counted,
    }
    : linesOfRows();

  /** The lines of orders of several rows, in sheet order; a line's own amount where the export gives one (line amounts, or an order of one row). */
  function linesOfRows(): OrderLines {
    const rowsOfOrder = new Int32Array(kept);
    for (let i = 0; i < n; i++) if (keptOrderOfRow[i] >= 0) rowsOfOrder[keptOrderOfRow[i]]++;
    const order = new Int32Array(lineCount);
    const row = new Int32Array(lineCount);
    const amount = new Float64Array(lineCount);
    const cost = costs === null ? null : new Float64Array(lineCount);
    const quantity = quantities === null ? null : new Float64Array(lineCount);
    const item = items === null ? null : new Int32Array(lineCount);
    const sku = skus === null ? null : new Int32Array(lineCount);
    const isCounted = new Uint8Array(lineCount);
    let j = 0;
    for (let i = 0; i < n; i++) {
      const o = keptOrderOfRow[i];
      if (o < 0) continue;
      order[j] = o;
      row[j] = sheetRowOf(i);
      amount[j] = lineCounted[i] === 1 && (shape === "lines" || rowsOfOrder[o] === 1) ? amounts.values[i] : NaN;
      if (cost !== null) cost[j] = costs!.values[i];
      if (quantity !== null) quantity[j] = quantities!.values[i];
      if (item !== null) item[j] = items!.codes[i];
      if (sku !== null) sku[j] = skus!.codes[i];
      isCounted[j] = lineCounted[i];
      j++;
    }
    return { length: lineCount, order, sheetRow: row, amount, cost, quantity, item, sku, skuNames: skus?.names ?? [], counted: isCounted };
  }
  return {
    table: {
      length: kept, sheetRow, amount: orderAmount.subarray(0, kept), cost: orderCost?.subarray(0, kept) ?? null, time: keptTime,
      month: monthIndexColumn(keptTime), buyer: orderBuyer.subarray(0, kept), buyerNames: buyers?.names ?? [], hasBuyers: buyers !== null,
      channel: orderChannel.subarray(0, kept), channelNames: channels?.names ?? [],
      counted, item: orderItem?.subarray(0, kept) ?? null, itemNames: items?.names ?? [], lines,
      excludedByStatus, excludedTimes: Float64Array.from(excludedTimes), unpaidOrders, amountShape: evidence.shape === null ? null : shape, amountShapeEvidence: evidence,
      ...(fulfilment === null ? {} : { fulfilment: fulfilment.finish() }),
      ...(orderArm === null ? {} : { arm: { codes: orderArm.subarray(0, kept), names: arms!.names } }),
    },
    skipped,
  };
}
