/**
 * Orders, GMV and buyers of a period computed in DuckDB SQL straight from an export file as a
 * platform writes it (./export-writers.ts), one query per shape — independent of the engine, to
 * hold the CLI's summary.json against. The SQL groups rows by the order id and takes each
 * order's money the way its shape needs (PRODUCT.md "Orders, lines and what each export means"):
 *
 * | shape | order | `gmv` (refunds taken off) | `chargedGmv` | buyers | unpaid / closed |
 * | --- | --- | --- | --- | --- | --- |
 * | `shopify` | rows sharing `Name` | `Total` − `Refunded Amount`, from the order's first row | Σ `Total` | `Email` | pending / refunded, voided |
 * | `douyin` | rows sharing `主订单编号` | `订单应付金额` once − Σ `商品金额` of 退款成功 sub-orders | Σ `订单应付金额` once per order | — | 待支付 / 已关闭 |
 * | `qianniuOrders` | one row (`订单编号`) | `买家实际支付金额` − `退款金额` | Σ `买家实际支付金额` | `买家会员名` | 等待买家付款 / 交易关闭 |
 * | `pinduoduo` | one row (`订单号`) | — (no refund amount in the file) | Σ `用户实付金额(元)` | — | — (no time when unpaid) |
 * | `woocommerce` | rows sharing `Order Number` | — (no refund column) | `Order Total` once | `Customer Email` | pending / cancelled, refunded, failed |
 * | `ledger` | rows sharing `Order ID` | Σ `Sales` | — | `Customer ID` | — (not in a ledger) |
 * | `orderLevel` | one row (`订单编号`) | Σ `买家实际支付金额` | — | `买家会员名` | — (unpaid rows have no time) |
 *
 * A figure a shape cannot give is null. Counted orders: every status but the unpaid and closed
 * ones above; the order's month is its payment time's, else its creation time's (WooCommerce:
 * `Order Date`, the ledger: `Order Date`). Amount cells are read by dropping everything but
 * digits, `.` and `-` (`¥1,234.50` → 1234.50); a month is the first "year, separator, month" of
 * the cell (`2025-06-01 …`, `2025/6/1 …`, `2025年6月1日`); `0000-00-00 …` and blanks are no time;
 * ids lose tabs, spaces, `'`, `=` and `"`.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";

export type ExportShape = "shopify" | "douyin" | "qianniuOrders" | "pinduoduo" | "woocommerce" | "ledger" | "orderLevel";

export const EXPORT_SHAPES: readonly ExportShape[] = ["shopify", "douyin", "qianniuOrders", "pinduoduo", "woocommerce", "ledger", "orderLevel"];

export interface FileFigures {
  /** counted orders in the period */
  orders: number;
  /** Σ the paid amount of counted orders, refunded lines taken off; null when the file does not say what was refunded */
  gmv: number | null;
  /** Σ the order-total column over counted orders (what was charged, partial refunds not taken off); null without one */
  chargedGmv: number | null;
  /** distinct buyers with a counted order; null without a buyer column */
  buyers: number | null;
  /** buyers with ≥ 2 counted orders ÷ buyers; null without a buyer column or buyers */
  repurchaseRate: number | null;
  /** unpaid orders of the period; null when the file cannot place them in time */
  unpaidOrders: number | null;
  /** closed or fully refunded orders of the period; null when the file cannot place them in time */
  closedOrders: number | null;
  /** (gmv − cost) ÷ gmv with the file's cost column; null without one */
  grossMargin: number | null;
}

interface Capabilities { gmv: boolean; chargedGmv: boolean; buyers: boolean; unpaidClosed: boolean; cost: boolean }

const CAN: Record<ExportShape, Capabilities> = {
  shopify: { gmv: true, chargedGmv: true, buyers: true, unpaidClosed: true, cost: false },
  douyin: { gmv: true, chargedGmv: true, buyers: false, unpaidClosed: true, cost: false },
  qianniuOrders: { gmv: true, chargedGmv: true, buyers: true, unpaidClosed: true, cost: false },
  pinduoduo: { gmv: false, chargedGmv: true, buyers: false, unpaidClosed: false, cost: false },
  woocommerce: { gmv: false, chargedGmv: true, buyers: true, unpaidClosed: true, cost: false },
  ledger: { gmv: true, chargedGmv: false, buyers: true, unpaidClosed: false, cost: true },
  orderLevel: { gmv: true, chargedGmv: false, buyers: true, unpaidClosed: false, cost: true },
};

// ---- SQL expressions on a VARCHAR cell -----------------------------------------------------------

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
/** An amount cell as DECIMAL: everything but digits, "." and "-" dropped; NULL when nothing is left. */
const money = (column: string) => `TRY_CAST(NULLIF(regexp_replace(${q(column)}, '[^0-9.\\-]', '', 'g'), '') AS DECIMAL(18, 2))`;
/** "YYYY-MM" of a time cell; NULL for blanks and 0000-00-00. */
const month = (column: string) => {
  const cell = q(column);
  const part = (k: number) => `CAST(regexp_extract(${cell}, '([1-9][0-9]{3})[^0-9]+([0-9]{1,2})', ${k}) AS INTEGER)`;
  return `CASE WHEN regexp_matches(${cell}, '^\\s*[1-9][0-9]{3}[^0-9]+[0-9]{1,2}') THEN printf('%04d-%02d', ${part(1)}, ${part(2)}) END`;
};
/** An id cell without tabs, spaces, ' = and ". */
const id = (column: string) => `regexp_replace(${q(column)}, '[\\s''="]', '', 'g')`;
/** A text cell without surrounding white space. */
const text = (column: string) => `regexp_replace(${q(column)}, '^\\s+|\\s+$', '', 'g')`;
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * The per-order rows of a shape: `id, buyer, kind ('counted' | 'unpaid' | 'closed'), month, net,
 * charged, cost` from the table `raw` (the file's cells, all VARCHAR).
 */
function ordersSql(shape: ExportShape): string {
  switch (shape) {
    case "shopify":
      return `
        SELECT id, buyer, CASE WHEN status = 'pending' THEN 'unpaid' WHEN status IN ('refunded', 'voided') THEN 'closed' ELSE 'counted' END AS kind,
               month, charged - coalesce(refunded, 0) AS net, charged, NULL::DECIMAL(18, 2) AS cost
        FROM (SELECT ${text("Name")} AS id, max(lower(${text("Email")})) AS buyer, max(lower(${text("Financial Status")})) AS status,
                     coalesce(max(${month("Paid at")}), max(${month("Created at")})) AS month,
                     max(${money("Total")}) AS charged, max(${money("Refunded Amount")}) AS refunded
              FROM raw GROUP BY 1)`;
    case "douyin":
      return `
        SELECT id, NULL::VARCHAR AS buyer, CASE WHEN status = '待支付' THEN 'unpaid' WHEN status = '已关闭' THEN 'closed' ELSE 'counted' END AS kind,
               month, charged - refunded AS net, charged, NULL::DECIMAL(18, 2) AS cost
        FROM (SELECT ${id("主订单编号")} AS id, max(${text("订单状态")}) AS status,
                     coalesce(max(${month("支付完成时间")}), max(${month("订单提交时间")})) AS month,
                     max(${money("订单应付金额")}) AS charged,
                     coalesce(sum(${money("商品金额")}) FILTER (WHERE ${text("售后状态")} = '退款成功'), 0) AS refunded
              FROM raw GROUP BY 1)`;
    case "qianniuOrders":
      return `
        SELECT ${id("订单编号")} AS id, ${text("买家会员名")} AS buyer,
               CASE WHEN ${text("订单状态")} = '等待买家付款' THEN 'unpaid' WHEN ${text("订单状态")} = '交易关闭' THEN 'closed' ELSE 'counted' END AS kind,
               coalesce(${month("订单付款时间")}, ${month("订单创建时间")}) AS month,
               ${money("买家实际支付金额")} - coalesce(${money("退款金额")}, 0) AS net, ${money("买家实际支付金额")} AS charged, NULL::DECIMAL(18, 2) AS cost
        FROM raw`;
    case "pinduoduo":
      return `
        SELECT ${id("订单号")} AS id, NULL::VARCHAR AS buyer,
               CASE WHEN ${text("订单状态")} = '待付款' THEN 'unpaid' WHEN ${text("订单状态")} = '已取消' THEN 'closed' ELSE 'counted' END AS kind,
               ${month("订单成交时间")} AS month, NULL::DECIMAL(18, 2) AS net, ${money("用户实付金额(元)")} AS charged, NULL::DECIMAL(18, 2) AS cost
        FROM raw`;
    case "woocommerce":
      return `
        SELECT id, buyer, CASE WHEN status = 'pending' THEN 'unpaid' WHEN status IN ('cancelled', 'refunded', 'failed') THEN 'closed' ELSE 'counted' END AS kind,
               month, NULL::DECIMAL(18, 2) AS net, charged, NULL::DECIMAL(18, 2) AS cost
        FROM (SELECT ${text("Order Number")} AS id, max(lower(${text("Customer Email")})) AS buyer, max(lower(${text("Order Status")})) AS status,
                     max(${month("Order Date")}) AS month, max(${money("Order Total")}) AS charged
              FROM raw GROUP BY 1)`;
    case "ledger":
      return `
        SELECT ${text("Order ID")} AS id, max(${text("Customer ID")}) AS buyer, 'counted' AS kind, min(${month("Order Date")}) AS month,
               sum(${money("Sales")}) AS net, NULL::DECIMAL(18, 2) AS charged, sum(${money("Cost")}) AS cost
        FROM raw GROUP BY 1`;
    case "orderLevel":
      return `
        SELECT ${id("订单编号")} AS id, ${text("买家会员名")} AS buyer,
               CASE WHEN ${text("订单状态")} = '等待买家付款' THEN 'unpaid' WHEN ${text("订单状态")} IN ('交易关闭', '退款成功') THEN 'closed' ELSE 'counted' END AS kind,
               ${month("订单付款时间")} AS month, ${money("买家实际支付金额")} AS net, NULL::DECIMAL(18, 2) AS charged, ${money("成本")} AS cost
        FROM raw`;
  }
}

/**
 * The query computing a shape's figures for the months `from`..`to` ("YYYY-MM") from the UTF-8
 * CSV file at `csvPath`: one row of `orders, gmv, charged_gmv, buyers, repeat_buyers,
 * unpaid_orders, closed_orders, cost`.
 */
export function lineFiguresSql(shape: ExportShape, csvPath: string, period: { from: string; to: string }): string {
  const inPeriod = `month BETWEEN ${literal(period.from)} AND ${literal(period.to)}`;
  return `
    WITH raw AS (SELECT * FROM read_csv(${literal(csvPath)}, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')),
    shaped AS (SELECT *, (${inPeriod}) AS in_period FROM (${ordersSql(shape)})),
    counted AS (SELECT * FROM shaped WHERE kind = 'counted' AND in_period)
    SELECT
      (SELECT count(*) FROM counted)::INTEGER AS orders,
      (SELECT coalesce(sum(net), 0) FROM counted)::DOUBLE AS gmv,
      (SELECT coalesce(sum(charged), 0) FROM counted)::DOUBLE AS charged_gmv,
      (SELECT count(DISTINCT buyer) FROM counted)::INTEGER AS buyers,
      (SELECT count(*) FROM (SELECT buyer FROM counted GROUP BY buyer HAVING count(*) >= 2))::INTEGER AS repeat_buyers,
      (SELECT count(*) FROM shaped WHERE kind = 'unpaid' AND in_period)::INTEGER AS unpaid_orders,
      (SELECT count(*) FROM shaped WHERE kind = 'closed' AND in_period)::INTEGER AS closed_orders,
      (SELECT coalesce(sum(cost), 0) FROM counted)::DOUBLE AS cost`;
}

/** A shape's figures from the UTF-8 CSV file at `csvPath`, on an open DuckDB connection. */
export async function lineFileFigures(
  connection: DuckDBConnection, shape: ExportShape, csvPath: string, period: { from: string; to: string },
): Promise<FileFigures> {
  const reader = await connection.runAndReadAll(lineFiguresSql(shape, csvPath, period));
  const [row] = reader.getRowObjectsJS() as { orders: number; gmv: number; charged_gmv: number; buyers: number; repeat_buyers: number; unpaid_orders: number; closed_orders: number; cost: number }[];
  const can = CAN[shape];
  return {
    orders: row.orders,
    gmv: can.gmv ? row.gmv : null,
    chargedGmv: can.chargedGmv ? row.charged_gmv : null,
    buyers: can.buyers ? row.buyers : null,
    repurchaseRate: can.buyers && row.buyers > 0 ? row.repeat_buyers / row.buyers : null,
    unpaidOrders: can.unpaidClosed ? row.unpaid_orders : null,
    closedOrders: can.unpaidClosed ? row.closed_orders : null,
    grossMargin: can.cost && row.gmv > 0 ? (row.gmv - row.cost) / row.gmv : null,
  };
}

/**
 * A shape's figures from a file as a writer returns it: a string is written as is (UTF-8, its
 * BOM kept), a Buffer is decoded from `encoding` (default GBK) and written as UTF-8, to a temporary
 * file in the OS temp directory that is removed afterwards; DuckDB runs in memory.
 */
export async function exportFileFigures(
  shape: ExportShape, file: string | Buffer, period: { from: string; to: string }, encoding = "gbk",
): Promise<FileFigures> {
  const dir = mkdtempSync(join(tmpdir(), "ec-review-export-"));
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const path = join(dir, `${shape}.csv`);
    writeFileSync(path, typeof file === "string" ? file : iconv.decode(file, encoding), "utf8");
    return await lineFileFigures(connection, shape, path, period);
  } finally {
    connection.closeSync();
    instance.closeSync();
    rmSync(dir, { recursive: true, force: true });
  }
}
