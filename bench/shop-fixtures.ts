/**
 * The benchmark's data: sample shops in the shape Excel hands them (2-D arrays with a header row,
 * about 5% of cells written the messy ways operators' sheets hold them, a few blank rows at the
 * end), generated once per size and shared by the cases.
 */
import {
  AD_SPEND_HEADERS, ORDER_HEADERS, TRAFFIC_HEADERS, generateSampleShop, sampleShopRecords,
  type SampleShopOptions, type SampleShopRecords, type SampleShopTables,
} from "../src/sample-shop/generate-sample-shop";
import type { OrderColumnMapping } from "../src/review/order-table";
import type { ChannelMonthMapping } from "../src/review/channel-month-table";

export const SHOP_SEED = 20250601;
/** The share of messy-but-readable cells. */
export const DIRTY_RATE = 0.05;

export function shopOptions(orders: number): SampleShopOptions {
  return { orders, seed: SHOP_SEED, dirtyRate: DIRTY_RATE };
}

const tables = new Map<number, SampleShopTables>();

/**
 * A sheet as it reaches JavaScript from Excel: office-js and the custom functions runtime hand
 * `Range.values` over as JSON, so every cell is its own string — the ten thousand orders of one
 * buyer are ten thousand equal strings, not one string shared, and nothing about them (such as a
 * hash) has been computed yet. The generator shares strings; this round trip undoes that.
 * Done a block of rows at a time, as the pane reads a sheet in chunks.
 */
function asDeserialized(sheet: unknown[][]): unknown[][] {
  const rows: unknown[][] = [];
  for (let start = 0; start < sheet.length; start += 50_000) {
    for (const row of JSON.parse(JSON.stringify(sheet.slice(start, start + 50_000))) as unknown[][]) rows.push(row);
  }
  return rows;
}

/** The shop's sheets as `Range.values` gives them (cached: generating a million orders takes seconds). */
export function shopTables(orders: number): SampleShopTables {
  let shop = tables.get(orders);
  if (shop === undefined) {
    const generated = generateSampleShop(shopOptions(orders));
    shop = { ...generated, orders: asDeserialized(generated.orders), adSpend: asDeserialized(generated.adSpend), traffic: asDeserialized(generated.traffic) };
    tables.set(orders, shop);
  }
  return shop;
}

const itemSheets = new Map<number, unknown[][]>();

/**
 * The shop's item report (千牛 宝贝报表, one row per line) as `Range.values` gives it: through JSON
 * like the other sheets. Apart from `shopTables` (and cached apart) so that the cases that do not
 * read it do not pay for it.
 */
export function shopItemsSheet(orders: number): unknown[][] {
  let items = itemSheets.get(orders);
  if (items === undefined) {
    items = asDeserialized(shopTables(orders).items);
    itemSheets.set(orders, items);
  }
  return items;
}

/** The same shop as records of clean values (what DuckDB is given). Not cached: only loading needs it. */
export function shopRecords(orders: number): SampleShopRecords {
  return sampleShopRecords(shopOptions(orders));
}

const orderColumn = (header: (typeof ORDER_HEADERS)[number]) => ORDER_HEADERS.indexOf(header);

/** Where the review finds each field in the order sheet (what the task pane's column mapping gives). */
export const ORDER_MAPPING: OrderColumnMapping = {
  orderId: orderColumn("订单编号"),
  amount: orderColumn("实付金额"),
  time: orderColumn("订单付款时间"),
  timeKind: "paid",
  buyer: orderColumn("买家会员名"),
  channel: orderColumn("流量来源"),
  status: orderColumn("订单状态"),
  cost: orderColumn("成本"),
  itemTitle: orderColumn("宝贝标题"),
  quantity: orderColumn("购买数量"),
};

export const AD_SPEND_MAPPING: ChannelMonthMapping = {
  date: AD_SPEND_HEADERS.indexOf("日期"), channel: AD_SPEND_HEADERS.indexOf("渠道"), value: AD_SPEND_HEADERS.indexOf("花费"),
};

export const TRAFFIC_MAPPING: ChannelMonthMapping = {
  date: TRAFFIC_HEADERS.indexOf("日期"), channel: TRAFFIC_HEADERS.indexOf("流量来源"), value: TRAFFIC_HEADERS.indexOf("访客数"),
};

/**
 * One column of a sheet as Excel passes a range of it to a custom function (=EC.AOV(D2:D1000006)):
 * an n × 1 array, one single-cell row per sheet row, header excluded, the trailing blank rows included.
 */
export function excelColumn(sheet: readonly (readonly unknown[])[], column: number): unknown[][] {
  const cells = new Array<unknown[]>(sheet.length - 1);
  for (let r = 1; r < sheet.length; r++) cells[r - 1] = [sheet[r][column]];
  return cells;
}

/** The A1 address of that column range on a sheet, as `invocation.parameterAddresses` gives it. */
export function excelColumnAddress(sheetName: string, column: number, rows: number): string {
  const letter = String.fromCharCode(65 + column);
  return `${sheetName}!${letter}2:${letter}${rows + 1}`;
}
