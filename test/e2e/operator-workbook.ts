/**
 * The operator's workbook for the browser test, built in Node: a sample shop's orders, ad spend
 * and traffic (src/sample-shop) as the sheets 订单, 推广 and 流量, with two order rows damaged so
 * that the pane has rows to skip, and the cost column headed 进货价 (purchase price), a name the
 * pane does not recognise, so that the operator maps it by hand; and what the review must then
 * say, computed here from the shop's ground-truth records, independently of the engine.
 */
import { ORDER_HEADERS, generateSampleShop, sampleShopRecords, type SampleShopOptions } from "../../src/sample-shop/generate-sample-shop";

export const SHOP: SampleShopOptions = { orders: 3000, seed: 20250611 };
export const SHEETS = { orders: "订单", adSpend: "推广", traffic: "流量" } as const;
/** The review period the test types, as months "YYYY-MM". */
export const PERIOD = { from: "2025-06", to: "2025-10" } as const;
/** Statuses that take an order out of every figure in a Taobao export (PRODUCT.md: closed, fully refunded). */
const EXCLUDED_STATUSES = new Set(["交易关闭", "退款成功"]);
/** The order table's cost column, under a header the detection does not know. */
export const COST_COLUMN = { index: ORDER_HEADERS.indexOf("成本"), header: "进货价" } as const;
/** The amount written into one counted order: nobody can read it. */
export const UNREADABLE_AMOUNT = "约80元左右";

export interface ExpectedSkip {
  /** The sheet row (1-based, the header is row 1). */
  readonly row: number;
  readonly reason: "skip.unreadableAmountIn" | "skip.noPaidTime";
  readonly params: Record<string, string>;
}

export interface OperatorWorkbook {
  /** Sheet name → cells, as `Range.values` gives a used range: header row first, no trailing blank rows. */
  readonly sheets: Record<string, unknown[][]>;
  readonly skipped: readonly ExpectedSkip[];
  /** GMV of the period: the sum of the counted orders' amounts paid in it. */
  readonly periodGmv: number;
  /** Orders left out by their status, in the whole table. */
  readonly excludedByStatus: number;
}

const isBlankCell = (cell: unknown) => cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");

/** Excel's used range (values only) ends at the last filled row: the blank rows the sample ends in are not part of it. */
function withoutTrailingBlankRows(grid: unknown[][]): unknown[][] {
  let end = grid.length;
  while (end > 0 && grid[end - 1].every(isBlankCell)) end--;
  return grid.slice(0, end);
}

export function operatorWorkbook(): OperatorWorkbook {
  const tables = generateSampleShop(SHOP);
  const truth = sampleShopRecords(SHOP);
  const orders = withoutTrailingBlankRows(tables.orders).map((row) => row.slice());
  orders[0][COST_COLUMN.index] = COST_COLUMN.header;
  const adSpend = withoutTrailingBlankRows(tables.adSpend);
  const traffic = withoutTrailingBlankRows(tables.traffic);

  const inPeriod = (paidAt: string | null) => paidAt !== null && paidAt.slice(0, 7) >= PERIOD.from && paidAt.slice(0, 7) <= PERIOD.to;
  const counted = truth.orders.filter((order) => !EXCLUDED_STATUSES.has(order.status.trim()) && order.paidAt !== null);
  // Two counted orders of the period are damaged: the first loses its amount, the second its payment time.
  const [badAmount, noTime] = counted.filter((order) => inPeriod(order.paidAt));
  orders[badAmount.row + 1][ORDER_HEADERS.indexOf("实付金额")] = UNREADABLE_AMOUNT;
  orders[noTime.row + 1][ORDER_HEADERS.indexOf("订单付款时间")] = "";
  const damaged = new Set([badAmount.row, noTime.row]);

  let periodGmv = 0;
  for (const order of counted) if (!damaged.has(order.row) && inPeriod(order.paidAt)) periodGmv += order.amount;

  const skipped: ExpectedSkip[] = [
    { row: badAmount.row + 2, reason: "skip.unreadableAmountIn", params: { found: UNREADABLE_AMOUNT, column: "实付金额" } },
    { row: noTime.row + 2, reason: "skip.noPaidTime", params: { column: "订单付款时间" } },
  ];
  skipped.sort((a, b) => a.row - b.row);

  return {
    sheets: { [SHEETS.orders]: orders, [SHEETS.adSpend]: adSpend, [SHEETS.traffic]: traffic },
    skipped,
    periodGmv,
    excludedByStatus: truth.orders.filter((order) => EXCLUDED_STATUSES.has(order.status.trim())).length,
  };
}
