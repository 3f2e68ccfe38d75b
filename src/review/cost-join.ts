import type { CellGrid } from "../engine/cells/cell-value";
import { isBlankCell } from "../engine/cells/cell-value";
import { parseNumberCell } from "../engine/cells/parse-number";
import type { TableDetectionOf } from "./tables/table-detection";

/** A table as detected on its grid. */
export interface DetectedGrid<K extends "orders" | "costs" | "items"> {
  readonly grid: CellGrid;
  readonly detection: TableDetectionOf<K>;
}

/** How the cost table met the orders. */
export interface CostJoin {
  /**
   * The cost of each row of the order grid (indexed like the grid, header included): the order's
   * own cost where its cost column has one, else unit cost × quantity from the cost table; NaN
   * where neither is known.
   */
  readonly costs: Float64Array;
  /** The order column the costs were matched on. */
  readonly by: "sku" | "itemTitle";
  /** Orders whose cost came from the cost table. */
  readonly matched: number;
  /** Orders that kept the cost of their own cost column. */
  readonly kept: number;
  /** Orders with neither. */
  readonly unmatched: number;
}

/** The cost table's unit costs by key, and the column of the other table to read the key from. */
export interface UnitCostLookup {
  readonly by: "sku" | "itemTitle";
  /** The other table's column holding the key. */
  readonly column: number;
  readonly unitCosts: ReadonlyMap<string, number>;
}

/**
 * The unit costs of the cost table keyed by SKU when both tables have one, else by item title
 * (trimmed text; the first row of a key wins); `null` when they share neither or the cost table
 * has no unit cost. Shared by `joinCostTable` (order rows) and `joinItemTable` (item rows).
 */
export function unitCostLookup(columns: { readonly sku?: { readonly column: number }; readonly itemTitle?: { readonly column: number } }, costs: DetectedGrid<"costs">): UnitCostLookup | null {
  const their = costs.detection.columns;
  const by = columns.sku && their.sku ? "sku" : columns.itemTitle && their.itemTitle ? "itemTitle" : null;
  if (by === null || their.unitCost === undefined) return null;
  const costKey = their[by]!.column;
  const unitCostColumn = their.unitCost.column;
  const unitCosts = new Map<string, number>();
  for (let r = costs.detection.firstDataRow; r < costs.grid.length; r++) {
    const row = costs.grid[r];
    const key = costKeyOf(row[costKey]);
    const cost = parseNumberCell(row[unitCostColumn]);
    if (key !== null && typeof cost === "number" && !unitCosts.has(key)) unitCosts.set(key, cost);
  }
  return { by, column: columns[by]!.column, unitCosts };
}

/** A SKU or title as the cost join compares them: trimmed text, `null` when blank. */
export function costKeyOf(cell: unknown): string | null {
  if (isBlankCell(cell)) return null;
  return String(cell).trim();
}

/**
 * Gives each order a cost from the operator's cost sheet (unit cost per SKU or per item title):
 * order cost = unit cost × quantity (1 where the order has no quantity). Orders are matched on the
 * SKU when both tables have one, else on the item title, compared as trimmed text; the first row
 * of a SKU in the cost sheet wins. An order that already has a cost in its own cost column keeps
 * it; the cost sheet fills the blanks. Nothing is written: the costs come back as a column for
 * `readOrderTable`'s `costs` option. `null` when the tables share neither a SKU nor an item title
 * column, or the cost table has no unit cost.
 */
export function joinCostTable(orders: DetectedGrid<"orders">, costs: DetectedGrid<"costs">): CostJoin | null {
  const lookup = unitCostLookup(orders.detection.columns, costs);
  if (lookup === null) return null;
  const { by, unitCosts } = lookup;
  const own = orders.detection.columns;
  const orderKey = lookup.column;

  const result = new Float64Array(orders.grid.length).fill(NaN);
  const ownCost = own.cost?.column;
  const quantityColumn = own.quantity?.column;
  let matched = 0;
  let kept = 0;
  let unmatched = 0;
  for (let r = orders.detection.firstDataRow; r < orders.grid.length; r++) {
    const row = orders.grid[r];
    if (row.every(isBlankCell)) continue;
    if (ownCost !== undefined && !isBlankCell(row[ownCost])) {
      const cost = parseNumberCell(row[ownCost]);
      if (typeof cost === "number") result[r] = cost;
      kept++;
      continue;
    }
    const key = costKeyOf(row[orderKey]);
    const unitCost = key === null ? undefined : unitCosts.get(key);
    if (unitCost === undefined) {
      unmatched++;
      continue;
    }
    const quantity = quantityColumn === undefined ? null : parseNumberCell(row[quantityColumn]);
    result[r] = unitCost * (typeof quantity === "number" ? quantity : 1);
    matched++;
  }
  return { costs: result, by, matched, kept, unmatched };
}
