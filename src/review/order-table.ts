import type { MessageKey, MessageParams } from "../i18n/messages";
import type { CellGrid } from "../engine/cells/cell-value";
import { gridColumn, readCountedMask, readDateColumn, readKeyColumn, readNumberColumn, type CellColumn, type UnreadableCell } from "../engine/cells/read-columns";
import { monthIndexColumn } from "../engine/calendar";

/** The columns of an order table the review reads (0-based column indexes in the grid). */
export interface OrderColumnMapping {
  readonly amount: number;
  /** Payment time, or creation time where the export has no payment time. */
  readonly time: number;
  readonly buyer: number;
  readonly channel?: number;
  readonly status?: number;
  readonly cost?: number;
  readonly itemTitle?: number;
  readonly quantity?: number;
}

/** A row the review could not use, with the sheet row number (1-based, as Excel shows it). */
export interface SkippedRow {
  readonly sheet: string;
  readonly row: number;
  readonly reason: MessageKey;
  readonly params: MessageParams;
}

/**
 * The operator's orders as typed columns, one entry per usable row (header and skipped rows
 * removed): the shape every review figure is computed from in single passes.
 */
export interface OrderTable {
  readonly length: number;
  /** Sheet row number of each order (1-based). */
  readonly sheetRow: Int32Array;
  readonly amount: Float64Array;
  /** Cost per order; NaN where unknown. `null` when the table has no cost column. */
  readonly cost: Float64Array | null;
  /** Order time as an Excel serial. */
  readonly time: Float64Array;
  /** Month index of `time` (`year × 12 + month − 1`). */
  readonly month: Int32Array;
  readonly buyer: Int32Array;
  readonly buyerNames: readonly string[];
  /** Channel code, `-1` when the table has no channel column or the cell is blank. */
  readonly channel: Int32Array;
  readonly channelNames: readonly string[];
  /** 1 for a counted order, 0 for closed / cancelled / refunded. */
  readonly counted: Uint8Array;
  readonly item: Int32Array | null;
  readonly itemNames: readonly string[];
  /** Rows left out because their status marks them closed, cancelled or fully refunded. */
  readonly excludedByStatus: number;
}

function columnOf(grid: CellGrid, column: number | undefined, firstRow: number): CellColumn | null {
  return column === undefined ? null : gridColumn(grid, column, firstRow);
}

function isBlankRow(row: readonly unknown[]): boolean {
  for (const cell of row) {
    if (cell === null || cell === undefined) continue;
    if (typeof cell === "string" && cell.trim().length === 0) continue;
    return false;
  }
  return true;
}

/**
 * Reads an order table from its grid. A row is skipped — and listed with its reason — when its
 * amount is blank or unreadable, its time is missing or unreadable, it has no buyer, or its status
 * is an Excel error; wholly blank rows are not orders and are passed over; closed, cancelled and
 * refunded orders are left out and counted in `excludedByStatus`. Nothing is dropped silently or
 * read as 0.
 *
 * @param grid the sheet's cells, as `Range.values` gives them
 * @param mapping which column holds what
 * @param options `headerRow`: 0-based index of the header row (data starts below it), `null` when
 *   there is none; `sheet`: the sheet's name for the skipped list; `firstSheetRow`: the sheet row of
 *   `grid[0]` (1 unless the grid starts lower); `costs`: the cost of each grid row (NaN unknown), from
 *   a cost table (see `joinCostTable`), read instead of the mapping's cost column
 */
export function readOrderTable(
  grid: CellGrid, mapping: OrderColumnMapping, options: { sheet: string; headerRow: number | null; firstSheetRow?: number; costs?: Float64Array },
): { table: OrderTable; skipped: SkippedRow[] } {
  const dataStart = options.headerRow === null ? 0 : options.headerRow + 1;
  const sheetRowOfGrid0 = options.firstSheetRow ?? 1;
  const amounts = readNumberColumn(columnOf(grid, mapping.amount, dataStart)!);
  const times = readDateColumn(columnOf(grid, mapping.time, dataStart)!);
  const buyers = readKeyColumn(columnOf(grid, mapping.buyer, dataStart)!);
  const channelCells = columnOf(grid, mapping.channel, dataStart);
  const channels = channelCells === null ? null : readKeyColumn(channelCells);
  const statusCells = columnOf(grid, mapping.status, dataStart);
  const statuses = statusCells === null ? null : readCountedMask(statusCells);
  const costCells = columnOf(grid, mapping.cost, dataStart);
  // Costs joined from a cost table (joinCostTable) take the place of the cost column.
  const costs = options.costs !== undefined
    ? { values: options.costs.slice(dataStart, grid.length) }
    : costCells === null ? null : readNumberColumn(costCells);
  const itemCells = columnOf(grid, mapping.itemTitle, dataStart);
  const items = itemCells === null ? null : readKeyColumn(itemCells);

  const n = grid.length - dataStart;
  // The first problem of each row, by index; `hasProblem` answers "any?" without a Map lookup per row.
  const problems = new Map<number, { reason: MessageKey; params: MessageParams }>();
  const hasProblem = new Uint8Array(n);
  const setProblem = (index: number, reason: MessageKey, params: MessageParams) => {
    problems.set(index, { reason, params });
    hasProblem[index] = 1;
  };
  const note = (list: readonly UnreadableCell[], reason: MessageKey) => {
    for (const cell of list) if (hasProblem[cell.index] === 0) setProblem(cell.index, reason, { found: cell.found });
  };
  note(amounts.unreadable, "skip.unreadableAmount");
  note(times.unreadable, "skip.unreadableTime");
  note(buyers.unreadable, "skip.unreadableBuyer");
  // A status that cannot be read (an Excel error) says nothing about whether the order was closed:
  // the row is listed as skipped rather than silently counted among the closed orders.
  const unreadableStatus = new Uint8Array(n);
  for (const cell of statuses?.unreadable ?? []) {
    unreadableStatus[cell.index] = 1;
    if (hasProblem[cell.index] === 0) {
      setProblem(cell.index, cell.reason === "error" ? "cell.errorValue" : "cell.unreadableKey", { where: "what.statuses", found: cell.found });
    }
  }

  const keep = new Uint8Array(n);
  let kept = 0;
  let excludedByStatus = 0;
  for (let i = 0; i < n; i++) {
    // A closed, cancelled or refunded order counts in no figure: it is excluded by its status
    // (and counted as such), whatever else it lacks — unpaid closed orders have no payment time.
    if (statuses !== null && statuses.mask[i] === 0 && unreadableStatus[i] === 0 && !isBlankRow(grid[dataStart + i])) {
      excludedByStatus++;
      if (hasProblem[i] === 1) {
        problems.delete(i);
        hasProblem[i] = 0;
      }
      continue;
    }
    if (hasProblem[i] === 1) continue;
    const amountBlank = amounts.values[i] !== amounts.values[i];
    if (amountBlank && isBlankRow(grid[dataStart + i])) continue;
    if (amountBlank) setProblem(i, "skip.noAmount", {});
    else if (times.values[i] !== times.values[i]) setProblem(i, "skip.noTime", {});
    else if (buyers.codes[i] < 0) setProblem(i, "skip.noBuyer", {});
    else {
      keep[i] = 1;
      kept++;
    }
  }

  // The kept rows are moved to the front of the columns just read, which are then cut to them:
  // no second set of columns is allocated (on a million orders that is ~45 MB less to allocate,
  // and fewer collections of a heap that still holds the sheet).
  const sheetRow = new Int32Array(kept);
  const amount = amounts.values;
  const time = times.values;
  const buyer = buyers.codes;
  const channel = channels?.codes ?? null;
  const counted = statuses?.mask ?? null;
  const cost = costs?.values ?? null;
  const item = items?.codes ?? null;
  let j = 0;
  for (let i = 0; i < n; i++) {
    if (keep[i] === 0) continue;
    sheetRow[j] = sheetRowOfGrid0 + dataStart + i;
    amount[j] = amount[i];
    time[j] = time[i];
    buyer[j] = buyer[i];
    if (channel !== null) channel[j] = channel[i];
    if (counted !== null) counted[j] = counted[i];
    if (cost !== null) cost[j] = cost[i];
    if (item !== null) item[j] = item[i];
    j++;
  }
  const keptTime = time.subarray(0, kept);
  const skipped: SkippedRow[] = [];
  for (const [index, problem] of [...problems.entries()].sort((a, b) => a[0] - b[0])) {
    skipped.push({ sheet: options.sheet, row: sheetRowOfGrid0 + dataStart + index, reason: problem.reason, params: problem.params });
  }
  return {
    table: {
      length: kept, sheetRow, amount: amount.subarray(0, kept), cost: cost?.subarray(0, kept) ?? null, time: keptTime,
      month: monthIndexColumn(keptTime), buyer: buyer.subarray(0, kept), buyerNames: buyers.names,
      channel: channel?.subarray(0, kept) ?? new Int32Array(kept).fill(-1), channelNames: channels?.names ?? [],
      counted: counted?.subarray(0, kept) ?? new Uint8Array(kept).fill(1), item: item?.subarray(0, kept) ?? null,
      itemNames: items?.names ?? [], excludedByStatus,
    },
    skipped,
  };
}
