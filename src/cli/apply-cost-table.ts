import { isBlankCell } from "../engine/cells/cell-value";
import { parseNumberCell } from "../engine/cells/parse-number";
import type { ChosenTable } from "./choose-tables";

/** How the cost table met the orders. */
export interface CostJoin {
  /** The column of the order grid that now holds each order's cost. */
  readonly column: number;
  /** The order column the costs were matched on. */
  readonly by: "sku" | "itemTitle";
  /** Orders whose cost came from the cost table. */
  readonly matched: number;
  /** Orders that kept the cost of their own cost column. */
  readonly kept: number;
  /** Orders with neither. */
  readonly unmatched: number;
}

function keyOf(cell: unknown): string | null {
  if (isBlankCell(cell)) return null;
  return String(cell).trim();
}

/**
 * Gives each order a cost from the operator's cost sheet (unit cost per SKU or per item title):
 * order cost = unit cost × quantity (1 where the order has no quantity). Orders are matched on the
 * SKU when both tables have one, else on the item title, compared as trimmed text. An order that
 * already has a cost in its own cost column keeps it; the cost sheet fills the blanks.
 *
 * Writes the costs into a new column after the order table's last column (its header cell named
 * `header`) and returns it; the caller maps the orders' cost to it. The order grid is the one read
 * from the file, not the operator's workbook, which is never modified. Returns `null` when the
 * tables share neither a SKU nor an item title column.
 */
export function applyCostTable(orders: ChosenTable<"orders">, costs: ChosenTable<"costs">, header: string): CostJoin | null {
  const own = orders.detection.columns;
  const their = costs.detection.columns;
  const by = own.sku && their.sku ? "sku" : own.itemTitle && their.itemTitle ? "itemTitle" : null;
  if (by === null) return null;
  const orderKey = own[by]!.column;
  const costKey = their[by]!.column;
  const unitCostColumn = their.unitCost!.column;

  const unitCosts = new Map<string, number>();
  for (let r = costs.detection.firstDataRow; r < costs.grid.length; r++) {
    const row = costs.grid[r];
    const key = keyOf(row[costKey]);
    const cost = parseNumberCell(row[unitCostColumn]);
    if (key !== null && typeof cost === "number" && !unitCosts.has(key)) unitCosts.set(key, cost);
  }

  const column = orders.detection.columnCount;
  if (orders.detection.headerRow !== null) orders.grid[orders.detection.headerRow][column] = header;
  const ownCost = own.cost?.column;
  const quantityColumn = own.quantity?.column;
  let matched = 0;
  let kept = 0;
  let unmatched = 0;
  for (let r = orders.detection.firstDataRow; r < orders.grid.length; r++) {
    const row = orders.grid[r];
    if (row.every(isBlankCell)) continue;
    if (ownCost !== undefined && !isBlankCell(row[ownCost])) {
      row[column] = row[ownCost];
      kept++;
      continue;
    }
    const key = keyOf(row[orderKey]);
    const unitCost = key === null ? undefined : unitCosts.get(key);
    if (unitCost === undefined) {
      unmatched++;
      continue;
    }
    const quantity = quantityColumn === undefined ? null : parseNumberCell(row[quantityColumn]);
    row[column] = unitCost * (typeof quantity === "number" ? quantity : 1);
    matched++;
  }
  return { column, by, matched, kept, unmatched };
}
