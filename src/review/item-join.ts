import type { MessageKey, MessageParams } from "../i18n/messages";
import { describeCell, isBlankCell, type CellGrid } from "../engine/cells/cell-value";
import { keyOfCell } from "../engine/cells/key-encoder";
import { parseNumberCell } from "../engine/cells/parse-number";
import { BLANK_STATUS, COUNTED_STATUS, StatusVerdicts, UNREADABLE_STATUS } from "../engine/cells/read-columns";
import { isPlausibleAmount } from "./amount-limit";
import { costKeyOf, unitCostLookup, type DetectedGrid } from "./cost-join";
import type { OrderLines, OrderTable, SkippedRow } from "./order-table";
import { columnName } from "./sheet-layout";

/**
 * An order id as the two tables are joined on: the cell's key (`keyOfCell`: trimmed, a leading tab
 * included, a number's shortest text) without the wrappers Chinese Excel users put around long
 * ids to keep them text — a leading `'` or `="…"`. `null` for a blank cell or one that is no key.
 *
 * @example orderIdKey("'4202500000000000001") // "4202500000000000001"
 * @example orderIdKey('="4202500000000000001"') // "4202500000000000001"
 * @example orderIdKey("\t6928000000000000001") // "6928000000000000001"
 */
export function orderIdKey(cell: unknown): string | null {
  const key = keyOfCell(cell);
  if (typeof key !== "string") return null;
  let id = key;
  if (id.length >= 3 && id.startsWith("=\"") && id.endsWith("\"")) id = id.slice(2, -1).trim();
  else if (id.startsWith("'")) id = id.slice(1).trim();
  return id.length === 0 ? null : id;
}

/** Where the order table's ids are: its grid as read (`tableRows`), the id column and the sheet row of `grid[0]`. */
export interface OrderIdColumn {
  readonly grid: CellGrid;
  readonly column: number;
  /** The first data row (0-based, in `grid`). */
  readonly dataStart: number;
  /** The sheet row (1-based) of `grid[0]`, as `readOrderTable` was given it. */
  readonly firstSheetRow: number;
}

/** An item table as detected on its grid, and the name it is reported under. */
export interface ItemSource extends DetectedGrid<"items"> {
  readonly sheet: string;
  /** The sheet row (1-based) of `grid[0]`; default 1. */
  readonly firstSheetRow?: number;
}

/** The orders with their lines from the item table, and how the two tables met. */
export interface ItemJoin {
  /** The order table with `lines` (and the item of each order, and the cost where a cost table gave one) from the item rows. */
  readonly table: OrderTable;
  /** The item table's order id header (its column letter without a header). */
  readonly by: string;
  /** Item rows joined to counted orders, and the orders they belong to. */
  readonly lines: number;
  readonly orders: number;
  /** Item rows whose order id is not in the order table (or blank): listed in `skipped` too. */
  readonly unmatched: number;
  /** Item rows of orders the order table has but does not count (closed, unpaid or skipped). */
  readonly notCounted: number;
  /** Item rows that could not be read (a quantity, price or status that is no value), listed in `skipped`. */
  readonly skipped: readonly SkippedRow[];
  /** How a cost table met the item lines; `null` without a cost table, or when it shares no key with the items. */
  readonly costs: { readonly by: "sku" | "itemTitle"; readonly matched: number; readonly unmatched: number } | null;
}

interface ItemLine {
  readonly row: number;
  readonly item: string | null;
  readonly sku: string | null;
  readonly quantity: number;
  readonly amount: number;
  readonly cost: number;
  readonly counted: boolean;
}

/**
 * Joins an item table (one row per item of an order, 千牛 宝贝报表) to the orders read from the
 * order table, by order id (`orderIdKey` on both sides). Pure: the tables are not written.
 *
 * - **What it gives: the order lines.** An order with item rows takes them as its lines, in the item
 *   table's row order: the item title, the SKU, the quantity and the line amount — the line amount
 *   column, else unit price × quantity (quantity 1 where the table has no quantity column; unknown
 *   where the cell is blank). A line whose own status is closed, refunded or unpaid does not count.
 *   An order without item rows keeps its own lines. The orders' amount, time, buyer, channel and
 *   status are the order table's: the items change no order.
 * - **Costs.** With a cost table, a line costs unit cost × quantity, matched by SKU when both have
 *   one, else by title (`unitCostLookup`); an order with item lines then costs the sum of its counted
 *   lines' costs, or keeps the order table's cost when one of them is unknown.
 * - **Nothing is dropped silently.** Item rows whose id the order table lacks are counted
 *   (`unmatched`) and listed as skipped; rows of orders the order table leaves out are counted
 *   (`notCounted`); rows with a cell that cannot be read are listed and left out of the lines.
 *
 * @param orders the order table's reading (`readOrderTable`)
 * @param ids where the order table's ids are
 * @param costs the cost table, when there is one
 */
export function joinItemTable(orders: OrderTable, ids: OrderIdColumn, items: ItemSource, costs?: DetectedGrid<"costs">): ItemJoin | null {
  const c = items.detection.columns;
  if (c.orderId === undefined) return null;
  const idColumn = c.orderId.column;
  const header = (mapping: { column: number; header: string | null } | undefined) => (mapping === undefined ? "" : mapping.header ?? columnName(mapping.column));
  const sheetRowOf = (r: number) => (items.firstSheetRow ?? 1) + r;

  // Every id of the order table, and the counted order of each id (its first, should one repeat).
  const allIds = new Set<string>();
  for (let r = ids.dataStart; r < ids.grid.length; r++) {
    const id = orderIdKey(ids.grid[r]?.[ids.column]);
    if (id !== null) allIds.add(id);
  }
  const orderOfId = new Map<string, number>();
  for (let k = 0; k < orders.length; k++) {
    const id = orderIdKey(ids.grid[orders.sheetRow[k] - ids.firstSheetRow]?.[ids.column]);
    if (id !== null && !orderOfId.has(id)) orderOfId.set(id, k);
  }

  const lookup = costs === undefined ? null : unitCostLookup(c, costs);
  const verdicts = new StatusVerdicts();
  const skipped: SkippedRow[] = [];
  const skip = (r: number, reason: MessageKey, params: MessageParams) => skipped.push({ sheet: items.sheet, row: sheetRowOf(r), reason, params });
  const linesOf = new Map<number, ItemLine[]>();
  let unmatched = 0;
  let notCounted = 0;
  let joined = 0;
  let costed = 0;
  let uncosted = 0;
  const text = (cell: unknown) => (isBlankCell(cell) ? null : String(cell).trim());

  for (let r = items.detection.firstDataRow; r < items.grid.length; r++) {
    const row = items.grid[r];
    if (row === undefined || row.every(isBlankCell)) continue;
    const id = orderIdKey(row[idColumn]);
    const order = id === null ? undefined : orderOfId.get(id);
    if (order === undefined) {
      if (id !== null && allIds.has(id)) {
        notCounted++;
        continue;
      }
      unmatched++;
      skip(r, "skip.itemNoOrder", { order: id ?? describeCell(row[idColumn] ?? "") });
      continue;
    }
    // A number that cannot be read leaves the line out, listed; a blank one is unknown.
    let unreadable = false;
    const numberOf = (mapping: { column: number; header: string | null } | undefined): number => {
      if (mapping === undefined) return NaN;
      const value = parseNumberCell(row[mapping.column]);
      if (value === undefined) {
        if (!unreadable) skip(r, "skip.unreadableItemValue", { found: describeCell(row[mapping.column]), column: header(mapping) });
        unreadable = true;
        return NaN;
      }
      return value === null ? NaN : value;
    };
    const quantity = c.quantity === undefined ? 1 : numberOf(c.quantity);
    const lineAmount = numberOf(c.lineAmount);
    const unitPrice = numberOf(c.unitPrice);
    const verdict = c.status === undefined ? BLANK_STATUS : verdicts.of(row[c.status.column]);
    if (verdict === UNREADABLE_STATUS && !unreadable) {
      skip(r, "cell.errorValue", { where: "what.statuses", found: describeCell(row[c.status!.column]) });
      unreadable = true;
    }
    if (unreadable) continue;
    const counted = verdict === COUNTED_STATUS || verdict === BLANK_STATUS;
    const amount = lineAmount === lineAmount ? lineAmount : unitPrice * quantity;
    let cost = NaN;
    if (lookup !== null) {
      const unitCost = lookup.unitCosts.get(costKeyOf(row[lookup.column]) ?? "");
      if (unitCost !== undefined) cost = unitCost * quantity;
    }
    const priceTimesQuantity = () => (c.quantity === undefined ? describeCell(row[c.unitPrice!.column]) : `${describeCell(row[c.unitPrice!.column])} × ${describeCell(row[c.quantity.column])}`);
    // A number no order can hold leaves the line out, listed (amount-limit.ts): the item totals stay finite and exact.
    const implausible =
      !isPlausibleOrBlank(quantity) ? { reason: "skip.implausibleQuantityIn" as const, found: describeCell(row[c.quantity!.column]), column: header(c.quantity) }
      : !isPlausibleOrBlank(amount) ? { reason: "skip.implausibleAmountIn" as const, found: lineAmount === lineAmount ? describeCell(row[c.lineAmount!.column]) : priceTimesQuantity(), column: header(lineAmount === lineAmount ? c.lineAmount : c.unitPrice) }
      : !isPlausibleOrBlank(cost) ? { reason: "skip.implausibleJoinedCost" as const, found: String(cost), column: "" }
      : null;
    if (implausible !== null) {
      skip(r, implausible.reason, implausible.reason === "skip.implausibleJoinedCost" ? { found: implausible.found } : { found: implausible.found, column: implausible.column });
      continue;
    }
    if (lookup !== null) {
      if (cost === cost) costed++;
      else uncosted++;
    }
    const line: ItemLine = {
      row: sheetRowOf(r), item: c.itemTitle === undefined ? null : text(row[c.itemTitle.column]),
      sku: c.sku === undefined ? null : text(row[c.sku.column]), quantity: c.quantity === undefined ? NaN : quantity, amount, cost, counted,
    };
    const list = linesOf.get(order);
    if (list === undefined) linesOf.set(order, [line]);
    else list.push(line);
    joined++;
  }

  return {
    table: withItemLines(orders, linesOf, lookup !== null),
    by: header(c.orderId), lines: joined, orders: linesOf.size, unmatched, notCounted, skipped,
    costs: lookup === null ? null : { by: lookup.by, matched: costed, unmatched: uncosted },
  };
}

/** The order table with each order's lines from `linesOf` where it has some, its own lines otherwise. */
function withItemLines(orders: OrderTable, linesOf: ReadonlyMap<number, readonly ItemLine[]>, hasCosts: boolean): OrderTable {
  const own = orders.lines;
  const itemNames = [...orders.itemNames];
  const skuNames = [...own.skuNames];
  const codeIn = (names: string[], index: Map<string, number>) => (name: string | null): number => {
    if (name === null || name.length === 0) return -1;
    let code = index.get(name);
    if (code === undefined) {
      code = names.length;
      names.push(name);
      index.set(name, code);
    }
    return code;
  };
  const itemCode = codeIn(itemNames, new Map(itemNames.map((name, i) => [name, i])));
  const skuCode = codeIn(skuNames, new Map(skuNames.map((name, i) => [name, i])));

  // Own lines by order (they are in sheet order, not necessarily grouped).
  const ownLinesOf: number[][] = Array.from({ length: orders.length }, () => []);
  for (let i = 0; i < own.length; i++) if (!linesOf.has(own.order[i])) ownLinesOf[own.order[i]].push(i);
  let length = 0;
  for (let k = 0; k < orders.length; k++) length += linesOf.get(k)?.length ?? ownLinesOf[k].length;

  const hasCost = hasCosts || own.cost !== null;
  const lines = {
    length, order: new Int32Array(length), sheetRow: new Int32Array(length), amount: new Float64Array(length),
    cost: hasCost ? new Float64Array(length) : null, quantity: new Float64Array(length), item: new Int32Array(length),
    sku: new Int32Array(length), skuNames, counted: new Uint8Array(length),
  } satisfies OrderLines;
  const orderItem = new Int32Array(orders.length).fill(-1);
  const orderCost = hasCost ? new Float64Array(orders.length) : null;
  let j = 0;
  for (let k = 0; k < orders.length; k++) {
    if (orderCost !== null) orderCost[k] = orders.cost === null ? NaN : orders.cost[k];
    const itemLines = linesOf.get(k);
    if (itemLines === undefined) {
      for (const i of ownLinesOf[k]) {
        lines.order[j] = k;
        lines.sheetRow[j] = own.sheetRow[i];
        lines.amount[j] = own.amount[i];
        if (lines.cost !== null) lines.cost[j] = own.cost === null ? NaN : own.cost[i];
        lines.quantity[j] = own.quantity === null ? NaN : own.quantity[i];
        lines.item[j] = own.item === null ? -1 : own.item[i];
        lines.sku[j] = own.sku === null ? -1 : own.sku[i];
        lines.counted[j] = own.counted[i];
        if (orderItem[k] < 0) orderItem[k] = lines.item[j];
        j++;
      }
      continue;
    }
    let cost = 0;
    for (const line of itemLines) {
      lines.order[j] = k;
      lines.sheetRow[j] = line.row;
      lines.amount[j] = line.counted ? line.amount : NaN;
      if (lines.cost !== null) lines.cost[j] = line.cost;
      lines.quantity[j] = line.quantity;
      lines.item[j] = itemCode(line.item);
      lines.sku[j] = skuCode(line.sku);
      lines.counted[j] = line.counted ? 1 : 0;
      if (line.counted) cost += line.cost;
      if (orderItem[k] < 0) orderItem[k] = lines.item[j];
      j++;
    }
    // The counted lines' costs, all known; else the order keeps the cost the order table gave it.
    if (orderCost !== null && hasCosts && cost === cost) orderCost[k] = cost;
  }
  return { ...orders, item: orderItem, itemNames, cost: orderCost, lines };
}

/** A number of an item line that is blank (NaN) or one an order can hold. */
function isPlausibleOrBlank(value: number): boolean {
  return value !== value || isPlausibleAmount(value);
}
