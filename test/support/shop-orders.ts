/**
 * An order-level model of a shop's orders, and a seeded generator of them, for building test
 * files shaped like the platforms' exports (./export-writers.ts) and the figures a correct review
 * must report on them (./expected-figures.ts).
 *
 * Imports nothing from src/: the model is the ground truth the engine is tested against.
 *
 * Money rules (used by every writer and by the expected figures):
 * - `lineAmount` is what the buyer paid for the line, 2 decimals: `unitPrice × quantity` less an
 *   occasional line discount.
 * - {@link orderAmount}, *the* amount of an order: the sum of the `lineAmount` of its lines that
 *   were not refunded, plus `shipping`. This is the paid amount the review's GMV adds up.
 * - {@link orderChargedAmount}: the sum of the `lineAmount` of all its lines plus `shipping`, i.e.
 *   what was charged at payment, before any refund. It differs from {@link orderAmount} only for
 *   refunded lines. Platforms' order-total columns (Shopify `Total`, 抖店 `订单应付金额`, …) hold this.
 * - The generator always writes `shipping: 0`, so that the paid amount of an order is also the
 *   sum of its kept lines in every line-level shape (a sales ledger has nowhere to put shipping).
 *
 * Status rules:
 * - `unpaid`: `paidAt` null. `closed`: cancelled before payment, `paidAt` null.
 * - `refunded`: paid, then every line refunded (`refunded: true` on every line).
 * - `paid` / `shipped` / `finished`: counted orders; at most one line may be refunded (a partial
 *   refund), the status stays.
 * - Payment comes 1–50 minutes after creation on the same day (creation is before 23:00), so the
 *   month of `createdAt` is always the month of `paidAt`: exports that only carry the creation
 *   time (WooCommerce `Order Date`) put an order in the same month as those carrying payment time.
 */
import { mulberry32 } from "../../src/sample-shop/prng";

export interface ShopLine {
  title: string;
  sku: string;
  quantity: number;
  unitPrice: number;
  /** paid for the line, 2 decimals */
  lineAmount: number;
  /** cost of one unit, 2 decimals */
  unitCost: number;
  refunded: boolean;
}

export type ShopOrderStatus = "paid" | "shipped" | "finished" | "closed" | "unpaid" | "refunded";

export interface ShopOrder {
  /** Sequential digits ("100001", …) in order of creation; each writer turns it into its platform's id form. */
  id: string;
  /** A made-up buyer id ("B00042"); writers derive e-mails / nicknames from it one-to-one. */
  buyer: string;
  /** "YYYY-MM-DD HH:MM:SS", shop-local time (UTC+8) */
  createdAt: string;
  /** null = unpaid (status unpaid or closed) */
  paidAt: string | null;
  status: ShopOrderStatus;
  /** The order's traffic source (流量来源), one of {@link SHOP_CHANNELS}. */
  channel: string;
  lines: ShopLine[];
  shipping: number;
}

export interface GenerateShopOrdersOptions {
  seed: number;
  orders: number;
  /** first month of creation, "2025-01" */
  from: string;
  /** last month of creation, "2025-06" */
  to: string;
  /** share of unpaid orders (default 0.06) */
  unpaidShare?: number;
  /** share of orders closed before payment (default 0.04) */
  closedShare?: number;
  /** share of fully refunded orders (default 0.03) */
  refundedShare?: number;
  /** share of counted multi-line orders with one line refunded (default 0.1, i.e. a few orders) */
  partialRefundShare?: number;
  /** share of orders with 2–5 lines (default 0.35); the others have one line */
  multiLineShare?: number;
  /** distinct buyers to draw from (default 70% of `orders`); draws are skewed so that some buy often */
  buyers?: number;
}

/** Traffic sources the orders come through. */
export const SHOP_CHANNELS = ["手淘搜索", "直通车", "抖音短视频", "腾讯广告", "小红书种草"] as const;

interface CatalogItem { title: string; sku: string; price: number; cost: number }

/**
 * What the shop sells: prices from ¥9.90 to ¥899 so that orders fall in every price band. Two
 * titles carry a comma and double quotes, which every CSV writer must quote.
 */
export const SHOP_CATALOG: readonly CatalogItem[] = [
  { title: "凑单小样 洗脸巾", sku: "SKU-001", price: 9.9, cost: 4.1 },
  { title: "抽纸 3包装", sku: "SKU-002", price: 15.8, cost: 9.2 },
  { title: "陶瓷马克杯 350ml", sku: "SKU-003", price: 29.9, cost: 12.5 },
  { title: "保温杯 500ml, 不锈钢 \"经典款\"", sku: "SKU-004", price: 59, cost: 31.4 },
  { title: "帆布托特包", sku: "SKU-005", price: 45.5, cost: 18 },
  { title: "纯棉T恤 男女同款", sku: "SKU-006", price: 79, cost: 35.6 },
  { title: "蓝牙耳机 \"Air\" 版, 白色", sku: "SKU-007", price: 199, cost: 120.3 },
  { title: "双肩背包 20L", sku: "SKU-008", price: 149, cost: 70 },
  { title: "羊毛围巾", sku: "SKU-009", price: 269, cost: 130 },
  { title: "电动牙刷", sku: "SKU-010", price: 329, cost: 180.8 },
  { title: "空气炸锅 4L", sku: "SKU-011", price: 459, cost: 290 },
  { title: "机械键盘 87键", sku: "SKU-012", price: 899, cost: 610 },
];

/**
 * A small seeded generator: the same seed gives the same orders everywhere. The sample shop's
 * mulberry32 is borrowed: a source of random numbers computes no figure, so the independence of
 * these files from the engine is kept.
 */
export function seededRandom(seed: number): () => number {
  return mulberry32(seed);
}

/** Integer cents of a 2-decimal amount. */
export function toCents(amount: number): number {
  return Math.round(amount * 100);
}

/** Sum of 2-decimal amounts, exact to the cent. */
export function sumMoney(amounts: Iterable<number>): number {
  let cents = 0;
  for (const amount of amounts) cents += toCents(amount);
  return cents / 100;
}

/** Cost of a line's goods: `unitCost × quantity`, 2 decimals. */
export function lineCost(line: ShopLine): number {
  return toCents(line.unitCost) * line.quantity / 100;
}

/** The paid amount of an order: Σ `lineAmount` of the lines not refunded, plus `shipping`. 0 for a fully refunded order. */
export function orderAmount(order: ShopOrder): number {
  return sumMoney([...order.lines.filter((line) => !line.refunded).map((line) => line.lineAmount), order.shipping]);
}

/** What was charged at payment: Σ `lineAmount` of all lines, plus `shipping` (refunds not taken off). */
export function orderChargedAmount(order: ShopOrder): number {
  return sumMoney([...order.lines.map((line) => line.lineAmount), order.shipping]);
}

/** Σ `lineAmount` of the refunded lines (the whole line amount is refunded). */
export function orderRefundedAmount(order: ShopOrder): number {
  return sumMoney(order.lines.filter((line) => line.refunded).map((line) => line.lineAmount));
}

/** Cost of the goods the buyer kept: Σ `unitCost × quantity` over the lines not refunded. */
export function orderCost(order: ShopOrder): number {
  return sumMoney(order.lines.filter((line) => !line.refunded).map(lineCost));
}

/** A counted order of the review: paid and neither closed nor fully refunded (a partial refund still counts). */
export function isCountedOrder(order: ShopOrder): boolean {
  return order.paidAt !== null && (order.status === "paid" || order.status === "shipped" || order.status === "finished");
}

/** The order's time (PRODUCT.md): its payment time, else its creation time. */
export function orderTime(order: ShopOrder): string {
  return order.paidAt ?? order.createdAt;
}

/** "YYYY-MM" of {@link orderTime}. */
export function orderMonth(order: ShopOrder): string {
  return orderTime(order).slice(0, 7);
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** "YYYY-MM-DD HH:MM:SS" of a UTC-based Date used as shop-local wall time. */
export function formatTime(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

/** A "YYYY-MM-DD HH:MM:SS" wall time as a Date (UTC fields = wall-clock fields). */
export function parseTime(text: string): Date {
  return new Date(`${text.replace(" ", "T")}Z`);
}

/** `text` moved by whole minutes / days. */
export function addMinutes(text: string, minutes: number): string {
  return formatTime(new Date(parseTime(text).getTime() + minutes * 60_000));
}

/** The months "YYYY-MM" from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split("-").map(Number);
  const [toYear, toMonth] = to.split("-").map(Number);
  if (!(year * 12 + month <= toYear * 12 + toMonth)) throw new Error(`empty month range ${from}..${to}`);
  while (year * 12 + month <= toYear * 12 + toMonth) {
    months.push(`${year}-${pad(month)}`);
    month += 1;
    if (month > 12) { month = 1; year += 1; }
  }
  return months;
}

function daysInMonth(month: string): number {
  const [year, m] = month.split("-").map(Number);
  return new Date(Date.UTC(year, m, 0)).getUTCDate();
}

/**
 * Seeded random orders created between the first day of `from` and the last day of `to`, sorted
 * by creation time, ids "100001", "100002", … in that order. Orders have 1 line, or 2–5 distinct
 * catalog items (`multiLineShare`); buyers repeat (a skewed draw from a pool), so repurchase is
 * not zero; a share is unpaid, closed before payment, fully refunded, and a few counted
 * multi-line orders have one line refunded. Shipping is always 0 (see the module comment).
 */
export function generateShopOrders(options: GenerateShopOrdersOptions): ShopOrder[] {
  const random = seededRandom(options.seed);
  const int = (n: number) => Math.floor(random() * n);
  const months = monthsBetween(options.from, options.to);
  const unpaidShare = options.unpaidShare ?? 0.06;
  const closedShare = options.closedShare ?? 0.04;
  const refundedShare = options.refundedShare ?? 0.03;
  const partialRefundShare = options.partialRefundShare ?? 0.1;
  const multiLineShare = options.multiLineShare ?? 0.35;
  const buyerPool = Math.max(1, options.buyers ?? Math.round(options.orders * 0.7));

  const drafts: Omit<ShopOrder, "id">[] = [];
  for (let i = 0; i < options.orders; i++) {
    const month = months[int(months.length)];
    const createdAt = `${month}-${pad(1 + int(daysInMonth(month)))} ${pad(8 + int(15))}:${pad(int(60))}:${pad(int(60))}`;
    // Skewed: low-numbered buyers come back often, most buy once or twice.
    const buyer = `B${pad(1 + Math.floor(buyerPool * random() ** 2), 5)}`;
    const channel = SHOP_CHANNELS[Math.min(SHOP_CHANNELS.length - 1, Math.floor(SHOP_CHANNELS.length * random() ** 1.3))];

    const lineCount = random() < multiLineShare ? 2 + int(4) : 1;
    const items = [...SHOP_CATALOG];
    const lines: ShopLine[] = [];
    for (let k = 0; k < lineCount; k++) {
      const item = items.splice(int(items.length), 1)[0];
      const quantity = random() < 0.75 ? 1 : 2 + int(2);
      const full = toCents(item.price) * quantity;
      const discount = random() < 0.15 ? Math.round(full * (0.05 + 0.1 * random())) : 0;
      lines.push({ title: item.title, sku: item.sku, quantity, unitPrice: item.price, lineAmount: (full - discount) / 100, unitCost: item.cost, refunded: false });
    }

    const draw = random();
    let status: ShopOrderStatus;
    if (draw < unpaidShare) status = "unpaid";
    else if (draw < unpaidShare + closedShare) status = "closed";
    else if (draw < unpaidShare + closedShare + refundedShare) status = "refunded";
    else {
      const stage = random();
      status = stage < 0.6 ? "finished" : stage < 0.85 ? "shipped" : "paid";
    }
    const paidAt = status === "unpaid" || status === "closed" ? null : addMinutes(createdAt, 1 + int(50));
    if (status === "refunded") for (const line of lines) line.refunded = true;
    else if (paidAt !== null && lines.length >= 2 && random() < partialRefundShare) lines[int(lines.length)].refunded = true;

    drafts.push({ buyer, createdAt, paidAt, status, channel, lines, shipping: 0 });
  }
  drafts.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  return drafts.map((draft, i) => ({ id: String(100001 + i), ...draft }));
}
