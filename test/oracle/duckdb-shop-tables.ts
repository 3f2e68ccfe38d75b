/**
 * A sample shop's ground-truth records as DuckDB tables — `orders`, `spend`, `traffic` — for the
 * review oracle (test/oracle/review-oracle.test.ts) and the benchmark's SQL side
 * (bench/duckdb-review.ts): one loader, the column types chosen by the caller (exact DECIMALs for
 * the oracle, DOUBLEs for the benchmark's speed comparison).
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { SampleShopRecords } from "../../src/sample-shop/generate-sample-shop";

/** An order as the SQL sees it: the sample's record, and whether its amount cell can be read. */
export interface OrderForSql {
  readonly row: number;
  readonly buyer: string;
  readonly paidAt: string | null;
  readonly amount: number;
  readonly cost: number;
  readonly status: string;
  readonly channel: string;
  /** false when the amount cell was made unreadable (the reader must skip the row); default true */
  readonly amountReadable?: boolean;
}

export interface ShopColumnTypes {
  /** Amounts, costs and spend. */
  readonly money: "DOUBLE" | "DECIMAL(18, 2)";
  readonly visitors: "DOUBLE" | "BIGINT";
}

/**
 * Creates and fills `orders (row_idx, buyer, paid_at, amount, cost, status, channel,
 * amount_readable)`, `spend (day, channel, amount)` and `traffic (day, channel, visitors)`.
 */
export async function createShopTables(
  connection: DuckDBConnection,
  shop: { readonly orders: readonly OrderForSql[]; readonly adSpend: SampleShopRecords["adSpend"]; readonly traffic: SampleShopRecords["traffic"] },
  types: ShopColumnTypes,
): Promise<void> {
  await connection.run(`CREATE TABLE orders (row_idx INTEGER, buyer VARCHAR, paid_at TIMESTAMP, amount ${types.money}, cost ${types.money},
    status VARCHAR, channel VARCHAR, amount_readable BOOLEAN)`);
  await connection.run(`CREATE TABLE spend (day DATE, channel VARCHAR, amount ${types.money})`);
  await connection.run(`CREATE TABLE traffic (day DATE, channel VARCHAR, visitors ${types.visitors})`);
  const orders = await connection.createAppender("orders");
  for (const order of shop.orders) {
    orders.appendInteger(order.row);
    orders.appendVarchar(order.buyer);
    if (order.paidAt === null) orders.appendNull();
    else orders.appendVarchar(order.paidAt);
    orders.appendDouble(order.amount);
    orders.appendDouble(order.cost);
    orders.appendVarchar(order.status);
    orders.appendVarchar(order.channel);
    orders.appendBoolean(order.amountReadable ?? true);
    orders.endRow();
  }
  orders.closeSync();
  const spend = await connection.createAppender("spend");
  for (const row of shop.adSpend) {
    spend.appendVarchar(row.date);
    spend.appendVarchar(row.channel);
    spend.appendDouble(row.spend);
    spend.endRow();
  }
  spend.closeSync();
  const traffic = await connection.createAppender("traffic");
  for (const row of shop.traffic) {
    traffic.appendVarchar(row.date);
    traffic.appendVarchar(row.channel);
    if (types.visitors === "BIGINT") traffic.appendBigInt(BigInt(row.visitors));
    else traffic.appendDouble(row.visitors);
    traffic.endRow();
  }
  traffic.closeSync();
}
