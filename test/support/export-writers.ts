/**
 * The same shop's orders ({@link ShopOrder}) written as each platform writes its order export,
 * with the header sets of shared/EXPORTS.md in their order and the platforms' habits, for tests
 * of the reading of real exports. Made-up data only: buyers are "B00042"-style ids, e-mails are at
 * example.com, names and phone numbers are masked.
 *
 * What each file's money and status columns hold (amount rules: ./shop-orders.ts):
 *
 * | writer | rows | order amount column | refunds | unpaid / closed / fully refunded |
 * | --- | --- | --- | --- | --- |
 * | Shopify | one per line | `Total` = charged amount, on the order's first row only | `Refunded Amount` (first row), `Financial Status` partially_refunded | pending + blank `Paid at` / voided + `Cancelled at` / refunded |
 * | 抖店 | one per line (子订单) | `订单应付金额` = charged amount, repeated on every sub-order row; `商品金额` = the line amount | `售后状态` 退款成功 on the refunded sub-order | 待支付 + blank `支付完成时间` / 已关闭 / 已关闭 with every sub-order 退款成功 |
 * | 千牛 订单报表 | one per order | `买家实际支付金额` = charged amount (0.00 when nothing was paid) | `退款金额` | 等待买家付款 + `订单付款时间` 0000-00-00 00:00:00 or blank / 交易关闭 (`订单关闭原因` 买家取消) / 交易关闭 (`订单关闭原因` 退款, `退款金额` = all) |
 * | 千牛 宝贝报表 | one per line | none (`价格` is the unit price) | the refunded line's `订单状态` is 交易关闭 | the order's status on each line |
 * | 拼多多 | one per order (商品 = first title, 商品数量(件) = Σ quantity) | `用户实付金额(元)` = charged amount | `售后状态` 部分退款成功 (amount not given) | 待付款 + blank `订单成交时间` / 已取消 / 已取消 + 售后状态 退款成功 |
 * | WooCommerce | one per line | `Order Total` = charged amount, repeated on every row | not shown (status stays completed/processing) | pending / cancelled / refunded |
 * | sales ledger | one per kept line of counted orders only | `Sales` = the line amount (sum them) | refunded lines left out | not listed (a hand ledger holds sales only) |
 * | order-level file | one per order | `买家实际支付金额` = {@link orderAmount} for counted orders (refunds taken off), the charged amount otherwise | taken off the amount | 等待买家付款 / 交易关闭 / 退款成功, `订单付款时间` blank when unpaid |
 *
 * The generator's orders have no shipping; a writer given shipping puts it in the platform's
 * shipping column and in its order total, except the ledger, which refuses it.
 *
 * Dirty cells, on a seeded share of rows (`dirtyShare`, default 0.1): amounts as currency text
 * (`¥1,234.50` in UTF-8 Chinese files, `￥1,234.50` in GBK ones, as GBK has no `¥`; `$1,234.50` in
 * Shopify and WooCommerce), order times as `2025/6/1 10:22` or `2025年6月1日` in Chinese files and
 * the ledger, trailing spaces on statuses and buyers.
 */
import iconv from "iconv-lite";
import {
  addMinutes, orderAmount, orderChargedAmount, orderCost, orderRefundedAmount, isCountedOrder, lineCost, seededRandom, sumMoney,
  type ShopOrder,
} from "./shop-orders";

export interface WriterOptions {
  /** seed of the dirty cells and the derived details (ship times, masked phones); default 1 */
  seed?: number;
  /** share of cells made dirty, 0 for a clean file; default 0.1 */
  dirtyShare?: number;
}

const UTF8_BOM = "\uFEFF";

export const SHOPIFY_HEADERS = [
  "Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at", "Currency", "Subtotal", "Shipping", "Taxes",
  "Total", "Discount Code", "Discount Amount", "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price",
  "Lineitem compare at price", "Lineitem sku", "Lineitem fulfillment status", "Cancelled at", "Payment Method", "Refunded Amount",
  "Vendor", "Id", "Tags", "Source", "Lineitem discount",
] as const;

export const DOUYIN_HEADERS = [
  "主订单编号", "子订单编号", "选购商品", "商品规格", "商品数量", "商品ID", "商家编码", "商品单价", "商品金额", "订单应付金额", "运费",
  "优惠总金额", "订单提交时间", "支付完成时间", "订单状态", "售后状态", "流量来源", "流量渠道", "广告渠道", "达人ID", "达人昵称", "收件人",
  "收件人手机号", "省", "市", "发货时间", "订单完成时间", "取消原因",
] as const;

export const QIANNIU_ORDER_HEADERS = [
  "订单编号", "买家会员名", "买家支付宝账号", "买家应付货款", "买家应付邮费", "总金额", "买家实际支付金额", "订单状态", "买家留言", "收货人姓名",
  "收货地址", "订单创建时间", "订单付款时间", "宝贝标题", "宝贝种类", "物流单号", "物流公司", "订单备注", "宝贝总数量", "店铺名称",
  "订单关闭原因", "退款金额", "确认收货时间", "发货时间",
] as const;

export const QIANNIU_ITEM_HEADERS = ["订单编号", "标题", "价格", "购买数量", "外部系统编号", "商品属性", "套餐信息", "备注", "订单状态", "商家编码"] as const;

export const PINDUODUO_HEADERS = [
  "订单号", "商品", "订单状态", "商品总价(元)", "店铺优惠折扣(元)", "平台优惠折扣(元)", "用户实付金额(元)", "商家实收金额(元)", "商品数量(件)",
  "订单成交时间", "发货时间", "确认收货时间", "售后状态", "快递单号", "商品id", "商品规格", "样式ID", "商家编码-规格维度",
] as const;

export const WOOCOMMERCE_HEADERS = [
  "Order Number", "Order Date", "Order Status", "Customer Email", "Order Total", "Item Name", "Quantity", "Item Cost", "SKU", "Payment Method",
] as const;

export const LEDGER_HEADERS = ["Order ID", "Order Date", "Ship Date", "Customer ID", "Channel", "Product Name", "Quantity", "Sales", "Cost"] as const;

export const ORDER_LEVEL_HEADERS = ["订单编号", "买家会员名", "订单付款时间", "买家实际支付金额", "订单状态", "流量来源", "宝贝标题", "成本"] as const;

// ---- ids as each platform writes them (one-to-one with the model's id) -------------------------

const serial = (order: ShopOrder) => Number(order.id) - 100000;

/** Shopify `Name`: "#1001" for the first order. */
export const shopifyOrderName = (order: ShopOrder) => `#${1000 + serial(order)}`;
/** 抖店 主订单编号, 19 digits (without the leading tab the file adds). */
export const douyinOrderId = (order: ShopOrder) => `6928${String(serial(order)).padStart(15, "0")}`;
/** 抖店 子订单编号 of the line at `index`, 19 digits. */
export const douyinSubOrderId = (order: ShopOrder, index: number) => `6929${String(serial(order)).padStart(13, "0")}${String(index + 1).padStart(2, "0")}`;
/** 千牛 订单编号, 19 digits (without the `'` or `="…"` some rows carry). */
export const qianniuOrderId = (order: ShopOrder) => `42025${String(serial(order)).padStart(14, "0")}`;
/** 拼多多 订单号: "250601-" and 15 digits. */
export const pinduoduoOrderId = (order: ShopOrder) => `${order.createdAt.slice(2, 4)}${order.createdAt.slice(5, 7)}${order.createdAt.slice(8, 10)}-${String(serial(order)).padStart(15, "0")}`;
/** WooCommerce `Order Number`. */
export const woocommerceOrderNumber = (order: ShopOrder) => String(5000 + serial(order));
/** Sales ledger `Order ID`. */
export const ledgerOrderId = (order: ShopOrder) => `SO-${order.id}`;

/** Shopify / WooCommerce `Email` of a buyer. */
export const buyerEmail = (buyer: string) => `${buyer.toLowerCase()}@example.com`;
/** 千牛 买家会员名 (and the order-level file's) of a buyer. */
export const buyerNickname = (buyer: string) => `tb_${buyer.toLowerCase()}`;

// ---- CSV ---------------------------------------------------------------------------------------

/** One CSV field: quoted when it holds a comma, a double quote or a line break (quotes doubled). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csvText(headers: readonly string[], rows: readonly string[][], format: { bom: boolean; eol: "\n" | "\r\n" }): string {
  for (const row of rows) if (row.length !== headers.length) throw new Error(`row of ${row.length} cells under ${headers.length} headers`);
  const lines = [headers, ...rows].map((row) => row.map(csvField).join(","));
  return (format.bom ? UTF8_BOM : "") + lines.join(format.eol) + format.eol;
}

// ---- cells -------------------------------------------------------------------------------------

const money = (amount: number) => amount.toFixed(2);

function grouped(amount: number): string {
  const [whole, cents] = amount.toFixed(2).split(".");
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${cents}`;
}

type CurrencyStyle = "cny" | "cny-gbk" | "usd";
const CURRENCY_SIGN: Record<CurrencyStyle, string> = { cny: "¥", "cny-gbk": "￥", usd: "$" };

interface Cells {
  random: () => number;
  /** true on the dirty share of draws */
  dirty(): boolean;
  money(amount: number, style: CurrencyStyle): string;
  /** a "YYYY-MM-DD HH:MM:SS" time, or on a dirty draw `2025/6/1 10:22` or `2025年6月1日` */
  time(text: string): string;
  /** text, or on a dirty draw text with a trailing space */
  spaced(text: string): string;
  /** a time `minutes` after `text`, jittered by up to `jitter` minutes */
  later(text: string, minutes: number, jitter: number): string;
  maskedPhone(): string;
}

function cells(options: WriterOptions): Cells {
  const random = seededRandom(options.seed ?? 1);
  const share = options.dirtyShare ?? 0.1;
  const dirty = () => random() < share;
  return {
    random,
    dirty,
    money: (amount, style) => (dirty() ? `${CURRENCY_SIGN[style]}${grouped(amount)}` : money(amount)),
    time: (text) => {
      if (!dirty()) return text;
      const [year, month, day] = text.slice(0, 10).split("-").map(Number);
      return random() < 0.5 ? `${year}/${month}/${day} ${text.slice(11, 16)}` : `${year}年${month}月${day}日`;
    },
    spaced: (text) => (dirty() ? `${text} ` : text),
    later: (text, minutes, jitter) => addMinutes(text, minutes + Math.floor(random() * jitter)),
    maskedPhone: () => `1${3 + Math.floor(random() * 6)}${Math.floor(random() * 10)}****${String(Math.floor(random() * 10000)).padStart(4, "0")}`,
  };
}

const isShippedStatus = (order: ShopOrder) => order.status === "shipped" || order.status === "finished";
const DAY = 24 * 60;

/** Σ (unitPrice × quantity) − Σ lineAmount over all lines: the line discounts. */
const discountOf = (order: ShopOrder) => sumMoney(order.lines.map((line) => line.unitPrice * line.quantity)) - sumMoney(order.lines.map((line) => line.lineAmount));
const listPriceOf = (order: ShopOrder) => sumMoney(order.lines.map((line) => Math.round(line.unitPrice * 100) * line.quantity / 100));

// ---- Shopify -----------------------------------------------------------------------------------

const SHOPIFY_SOURCES: Record<string, string> = { 手淘搜索: "web", 直通车: "google", 抖音短视频: "tiktok", 腾讯广告: "facebook", 小红书种草: "instagram" };

function shopifyFinancialStatus(order: ShopOrder): string {
  switch (order.status) {
    case "unpaid": return "pending";
    case "closed": return "voided";
    case "refunded": return "refunded";
    default: return order.lines.some((line) => line.refunded) ? "partially_refunded" : "paid";
  }
}

/**
 * Shopify Orders › Export (UTF-8, no BOM, `\n` line ends): one row per line item, `Name` "#1001";
 * order-level columns (Email … Total, Created at, Cancelled at, Refunded Amount, Source …) on the
 * order's first row only, blank on its other rows; `Total` = charged amount (Subtotal + Shipping
 * + Taxes 0); `Refunded Amount` the refunded lines; times "2025-06-01 10:22:33 +0800".
 */
export function writeShopifyOrders(orders: readonly ShopOrder[], options: WriterOptions = {}): string {
  const c = cells(options);
  const stamp = (time: string) => `${time} +0800`;
  const rows: string[][] = [];
  for (const order of orders) {
    const fulfilledAt = isShippedStatus(order) && order.paidAt !== null ? stamp(c.later(order.paidAt, DAY, 600)) : "";
    const cancelledAt = order.status === "closed" ? stamp(c.later(order.createdAt, 30, 60))
      : order.status === "refunded" && order.paidAt !== null ? stamp(c.later(order.paidAt, 2 * DAY, 600)) : "";
    order.lines.forEach((line, k) => {
      const first = k === 0;
      const orderCell = (value: string) => (first ? value : "");
      const row: Record<(typeof SHOPIFY_HEADERS)[number], string> = {
        Name: shopifyOrderName(order),
        Email: orderCell(c.spaced(buyerEmail(order.buyer))),
        "Financial Status": orderCell(c.spaced(shopifyFinancialStatus(order))),
        "Paid at": orderCell(order.paidAt === null ? "" : stamp(order.paidAt)),
        "Fulfillment Status": orderCell(fulfilledAt ? "fulfilled" : "unfulfilled"),
        "Fulfilled at": orderCell(fulfilledAt),
        Currency: orderCell("USD"),
        Subtotal: orderCell(money(sumMoney(order.lines.map((l) => l.lineAmount)))),
        Shipping: orderCell(money(order.shipping)),
        Taxes: orderCell("0.00"),
        Total: orderCell(c.money(orderChargedAmount(order), "usd")),
        "Discount Code": orderCell(""),
        "Discount Amount": orderCell("0.00"),
        "Created at": orderCell(stamp(order.createdAt)),
        "Lineitem quantity": String(line.quantity),
        "Lineitem name": line.title,
        "Lineitem price": money(line.unitPrice),
        "Lineitem compare at price": "",
        "Lineitem sku": line.sku,
        "Lineitem fulfillment status": fulfilledAt ? "fulfilled" : "pending",
        "Cancelled at": orderCell(cancelledAt),
        "Payment Method": orderCell(order.paidAt === null ? "manual" : "Shopify Payments"),
        "Refunded Amount": orderCell(money(orderRefundedAmount(order))),
        Vendor: "EC Sample",
        Id: orderCell(String(5_600_000_000_000 + serial(order))),
        Tags: orderCell(""),
        Source: orderCell(SHOPIFY_SOURCES[order.channel] ?? "web"),
        "Lineitem discount": money(sumMoney([line.unitPrice * line.quantity]) - line.lineAmount),
      };
      rows.push(SHOPIFY_HEADERS.map((header) => row[header]));
    });
  }
  return csvText(SHOPIFY_HEADERS, rows, { bom: false, eol: "\n" });
}

// ---- 抖店 ---------------------------------------------------------------------------------------

function douyinStatus(order: ShopOrder): string {
  switch (order.status) {
    case "unpaid": return "待支付";
    case "closed": case "refunded": return "已关闭";
    case "paid": return "待发货";
    case "shipped": return "已发货";
    case "finished": return "已完成";
  }
}

/**
 * 抖店 订单管理 › 导出 (UTF-8 with BOM, `\r\n`): one row per sub-order (line) under its 主订单编号,
 * ids with a leading tab; `商品金额` = the line amount; `订单应付金额` = the main order's charged
 * amount, repeated on every sub-order row; `售后状态` 退款成功 on a refunded sub-order. No buyer
 * column (the real export has none, and the masked phone is not a buyer id), so this file can
 * check orders, GMV and AOV, not buyers or repurchase.
 */
export function writeDouyinOrders(orders: readonly ShopOrder[], options: WriterOptions = {}): string {
  const c = cells(options);
  const rows: string[][] = [];
  for (const order of orders) {
    const shippedAt = isShippedStatus(order) && order.paidAt !== null ? c.later(order.paidAt, DAY, 600) : "";
    const finishedAt = order.status === "finished" && order.paidAt !== null ? c.later(order.paidAt, 7 * DAY, 600) : "";
    const phone = c.maskedPhone();
    const charged = orderChargedAmount(order);
    order.lines.forEach((line, k) => {
      const row: Record<(typeof DOUYIN_HEADERS)[number], string> = {
        主订单编号: `\t${douyinOrderId(order)}`,
        子订单编号: `\t${douyinSubOrderId(order, k)}`,
        选购商品: line.title,
        商品规格: "默认",
        商品数量: String(line.quantity),
        商品ID: `\t${3_600_000_000_000 + Number(line.sku.slice(4))}`,
        商家编码: line.sku,
        商品单价: money(line.unitPrice),
        商品金额: c.money(line.lineAmount, "cny"),
        订单应付金额: c.money(charged, "cny"),
        运费: money(order.shipping),
        优惠总金额: money(discountOf(order)),
        订单提交时间: c.time(order.createdAt),
        支付完成时间: order.paidAt === null ? "" : c.time(order.paidAt),
        订单状态: c.spaced(douyinStatus(order)),
        售后状态: line.refunded ? "退款成功" : "",
        流量来源: order.channel,
        流量渠道: "",
        广告渠道: "",
        达人ID: "",
        达人昵称: "",
        收件人: "李*",
        收件人手机号: phone,
        省: "浙江省",
        市: "杭州市",
        发货时间: shippedAt,
        订单完成时间: finishedAt,
        取消原因: order.status === "closed" ? "买家取消" : order.status === "refunded" ? "退款成功" : "",
      };
      rows.push(DOUYIN_HEADERS.map((header) => row[header]));
    });
  }
  return csvText(DOUYIN_HEADERS, rows, { bom: true, eol: "\r\n" });
}

// ---- 千牛 ---------------------------------------------------------------------------------------

function qianniuStatus(order: ShopOrder): string {
  switch (order.status) {
    case "unpaid": return "等待买家付款";
    case "closed": case "refunded": return "交易关闭";
    case "paid": return "买家已付款，等待卖家发货";
    case "shipped": return "卖家已发货，等待买家确认";
    case "finished": return "交易成功";
  }
}

/** A long id as Chinese Excel users save it: plain, `'…` or `="…"`. */
function textId(id: string, random: () => number): string {
  const draw = random();
  return draw < 0.4 ? `'${id}` : draw < 0.8 ? `="${id}"` : id;
}

export interface QianniuFiles {
  /** 订单报表, GBK */
  orders: Buffer;
  /** 宝贝报表, GBK */
  items: Buffer;
}

/**
 * 千牛 订单报表 and 宝贝报表 as Chinese Excel saves them (GBK, `\r\n`), joined by 订单编号, written
 * as text (`'…` or `="…"` on most rows). Order report: `总金额` = charged amount; `买家实际支付金额`
 * = charged amount when paid, 0.00 when nothing was paid (unpaid, closed); `退款金额` the refunded
 * lines (all of them for a fully refunded order, which is 交易关闭 with `订单关闭原因` 退款);
 * unpaid orders have `订单付款时间` `0000-00-00 00:00:00` or blank and status 等待买家付款.
 * Item report: one row per line, `价格` the unit price, the refunded line's status 交易关闭.
 */
export function writeQianniuReports(orders: readonly ShopOrder[], options: WriterOptions = {}): QianniuFiles {
  const c = cells(options);
  const orderRows: string[][] = [];
  const itemRows: string[][] = [];
  for (const order of orders) {
    const id = qianniuOrderId(order);
    const status = qianniuStatus(order);
    const shippedAt = isShippedStatus(order) && order.paidAt !== null ? c.later(order.paidAt, DAY, 600) : "";
    const receivedAt = order.status === "finished" && order.paidAt !== null ? c.later(order.paidAt, 8 * DAY, 600) : "";
    const row: Record<(typeof QIANNIU_ORDER_HEADERS)[number], string> = {
      订单编号: textId(id, c.random),
      买家会员名: c.spaced(buyerNickname(order.buyer)),
      买家支付宝账号: `${order.buyer.toLowerCase().slice(0, 2)}***@example.com`,
      买家应付货款: money(sumMoney(order.lines.map((line) => line.lineAmount))),
      买家应付邮费: money(order.shipping),
      总金额: money(orderChargedAmount(order)),
      买家实际支付金额: order.paidAt === null ? "0.00" : c.money(orderChargedAmount(order), "cny-gbk"),
      订单状态: c.spaced(status),
      买家留言: "",
      收货人姓名: "王*",
      收货地址: "浙江省 杭州市 西湖区 ***",
      订单创建时间: c.time(order.createdAt),
      订单付款时间: order.paidAt === null ? (c.random() < 0.5 ? "0000-00-00 00:00:00" : "") : c.time(order.paidAt),
      宝贝标题: order.lines.map((line) => line.title).join("，"),
      宝贝种类: String(order.lines.length),
      物流单号: shippedAt ? `No:YT${String(serial(order)).padStart(13, "0")}` : "",
      物流公司: shippedAt ? "圆通速递" : "",
      订单备注: "",
      宝贝总数量: String(order.lines.reduce((sum, line) => sum + line.quantity, 0)),
      店铺名称: "示例旗舰店",
      订单关闭原因: order.status === "closed" ? "买家不想买了" : order.status === "refunded" ? "退款" : "",
      退款金额: money(orderRefundedAmount(order)),
      确认收货时间: receivedAt,
      发货时间: shippedAt,
    };
    orderRows.push(QIANNIU_ORDER_HEADERS.map((header) => row[header]));
    for (const line of order.lines) {
      itemRows.push([
        textId(id, c.random), line.title, money(line.unitPrice), String(line.quantity), "", "颜色分类：默认", "", "",
        line.refunded ? "交易关闭" : status, line.sku,
      ]);
    }
  }
  const gbk = (text: string) => iconv.encode(text, "gbk");
  return {
    orders: gbk(csvText(QIANNIU_ORDER_HEADERS, orderRows, { bom: false, eol: "\r\n" })),
    items: gbk(csvText(QIANNIU_ITEM_HEADERS, itemRows, { bom: false, eol: "\r\n" })),
  };
}

// ---- 拼多多 -------------------------------------------------------------------------------------

function pinduoduoStatus(order: ShopOrder): string {
  switch (order.status) {
    case "unpaid": return "待付款";
    case "closed": case "refunded": return "已取消";
    case "paid": return "待发货";
    case "shipped": return "已发货";
    case "finished": return "已收货";
  }
}

/**
 * 拼多多 订单查询 › 导出 (UTF-8 with BOM, `\r\n`): one row per order — a multi-line order collapses
 * to 商品 = its first title, 商品数量(件) = Σ quantity; `用户实付金额(元)` and `商家实收金额(元)` =
 * charged amount; `订单成交时间` = payment time, blank when unpaid or cancelled (so those orders
 * have no time); `售后状态` 退款成功 (fully refunded) or 部分退款成功 (amount not in the file). No
 * buyer column.
 */
export function writePinduoduoOrders(orders: readonly ShopOrder[], options: WriterOptions = {}): string {
  const c = cells(options);
  const rows: string[][] = [];
  for (const order of orders) {
    const shippedAt = isShippedStatus(order) && order.paidAt !== null ? c.later(order.paidAt, DAY, 600) : "";
    const receivedAt = order.status === "finished" && order.paidAt !== null ? c.later(order.paidAt, 6 * DAY, 600) : "";
    const charged = orderChargedAmount(order);
    const first = order.lines[0];
    const row: Record<(typeof PINDUODUO_HEADERS)[number], string> = {
      订单号: pinduoduoOrderId(order),
      商品: first.title,
      订单状态: c.spaced(pinduoduoStatus(order)),
      "商品总价(元)": money(listPriceOf(order)),
      "店铺优惠折扣(元)": money(discountOf(order)),
      "平台优惠折扣(元)": "0.00",
      "用户实付金额(元)": c.money(charged, "cny"),
      "商家实收金额(元)": money(charged),
      "商品数量(件)": String(order.lines.reduce((sum, line) => sum + line.quantity, 0)),
      订单成交时间: order.paidAt === null ? "" : c.time(order.paidAt),
      发货时间: shippedAt,
      确认收货时间: receivedAt,
      售后状态: order.status === "refunded" ? "退款成功" : order.lines.some((line) => line.refunded) ? "部分退款成功" : "",
      快递单号: shippedAt ? `YT${String(serial(order)).padStart(13, "0")}` : "",
      商品id: String(600_000_000 + Number(first.sku.slice(4))),
      商品规格: "默认",
      样式ID: "",
      "商家编码-规格维度": first.sku,
    };
    rows.push(PINDUODUO_HEADERS.map((header) => row[header]));
  }
  return csvText(PINDUODUO_HEADERS, rows, { bom: true, eol: "\r\n" });
}

// ---- WooCommerce -------------------------------------------------------------------------------

function woocommerceStatus(order: ShopOrder): string {
  switch (order.status) {
    case "unpaid": return "pending";
    case "closed": return "cancelled";
    case "refunded": return "refunded";
    case "paid": return "processing";
    case "shipped": case "finished": return "completed";
  }
}

/**
 * WooCommerce order export (UTF-8, no BOM, `\n`): one row per line item; `Order Date` = creation
 * time "2025-06-01 10:22" (the only time in the file; the same month as payment by the
 * generator's rule); `Order Total` = charged amount, repeated on every row; `Item Cost` the unit
 * price. Partial refunds are not visible (no refund column in this plugin's set).
 */
export function writeWooCommerceOrders(orders: readonly ShopOrder[], options: WriterOptions = {}): string {
  const c = cells(options);
  const rows: string[][] = [];
  for (const order of orders) {
    const status = woocommerceStatus(order);
    const charged = orderChargedAmount(order);
    for (const line of order.lines) {
      rows.push([
        woocommerceOrderNumber(order), order.createdAt.slice(0, 16), c.spaced(status), c.spaced(buyerEmail(order.buyer)),
        c.money(charged, "usd"), line.title, String(line.quantity), money(line.unitPrice), line.sku,
        order.paidAt === null ? "" : "Credit Card (Stripe)",
      ]);
    }
  }
  return csvText(WOOCOMMERCE_HEADERS, rows, { bom: false, eol: "\n" });
}

// ---- a hand-kept sales ledger ------------------------------------------------------------------

/**
 * A sales ledger as a shop keeps it by hand (UTF-8 with BOM, as Excel saves "CSV UTF-8", `\r\n`):
 * one row per KEPT line of each COUNTED order only — unpaid, closed and fully refunded orders and
 * refunded lines are not in it; `Order Date` = payment date ("2025-06-01", sometimes
 * `2025/6/1` or `2025年6月1日`); `Ship Date` 2–5 days later; `Sales` = the line amount on every row
 * (an order's amount is the sum of its rows); `Cost` = the line's cost (unit cost × quantity).
 * Throws when an order has shipping (the ledger has no place for it).
 */
export function writeSalesLedger(orders: readonly ShopOrder[], options: WriterOptions = {}): string {
  const c = cells(options);
  const rows: string[][] = [];
  for (const order of orders) {
    if (order.shipping !== 0) throw new Error(`order ${order.id}: a sales ledger has no shipping column`);
    if (!isCountedOrder(order) || order.paidAt === null) continue;
    const day = order.paidAt.slice(0, 10);
    const shipDay = addMinutes(`${day} 00:00:00`, (2 + Math.floor(c.random() * 4)) * DAY).slice(0, 10);
    for (const line of order.lines) {
      if (line.refunded) continue;
      rows.push([
        ledgerOrderId(order), c.time(`${day} 00:00:00`).replace(/ 00:00(:00)?$/, ""), shipDay, c.spaced(order.buyer), order.channel,
        line.title, String(line.quantity), c.money(line.lineAmount, "cny"), money(lineCost(line)),
      ]);
    }
  }
  return csvText(LEDGER_HEADERS, rows, { bom: true, eol: "\r\n" });
}

// ---- the same shop, one row per order ----------------------------------------------------------

/**
 * The shop's orders as one row per order (UTF-8 with BOM, `\r\n`), the reference every line-level
 * shape must agree with: 订单编号 = the 千牛 id; `买家实际支付金额` = {@link orderAmount} (kept lines
 * + shipping) for a counted order, the charged amount for the others; `订单状态` 千牛's words, and
 * 退款成功 for a fully refunded order; `订单付款时间` blank when unpaid or closed before payment;
 * `宝贝标题` the titles joined by "；"; `成本` = {@link orderCost} (kept lines).
 */
export function writeOrderLevelFile(orders: readonly ShopOrder[], options: WriterOptions = {}): string {
  const c = cells(options);
  const rows = orders.map((order) => [
    qianniuOrderId(order),
    c.spaced(buyerNickname(order.buyer)),
    order.paidAt === null ? "" : c.time(order.paidAt),
    c.money(isCountedOrder(order) ? orderAmount(order) : orderChargedAmount(order), "cny"),
    c.spaced(order.status === "refunded" ? "退款成功" : qianniuStatus(order)),
    order.channel,
    order.lines.map((line) => line.title).join("；"),
    money(orderCost(order)),
  ]);
  return csvText(ORDER_LEVEL_HEADERS, rows, { bom: true, eol: "\r\n" });
}
