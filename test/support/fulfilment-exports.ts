/**
 * Order exports with shipping, after-sales and refund columns, shaped like the real ones
 * (shared/EXPORTS.md), for the fulfilment tests (test/oracle/fulfilment-oracle.test.ts,
 * test/functions/fulfilment.test.ts) and the review's rendering check: a 千牛 订单报表 (one row per
 * order, 发货时间, 退款金额), a 抖店 export (one row per 子订单, 售后状态, no buyer) and a Shopify export
 * (one row per line item, Fulfilled at and Refunded Amount on the first row only). June–September
 * 2025; September ships late (a warehouse move); buyers whose first order shipped late come back
 * less often. Closed, fully refunded, partly refunded and unpaid orders are among them.
 */
import { mulberry32 } from "../../src/sample-shop/prng";

export type ExportShape = "qianniu" | "douyin" | "shopify";

/** One order as the generator made it (the truth the exports are written from). */
export interface FulfilmentOrder {
  readonly id: string;
  readonly buyer: string;
  /** Minutes since 2025-01-01 00:00 the order was placed (paid, when it was). */
  readonly placed: number;
  /** "counted", "closedPaid" (fully refunded after payment), "closedUnpaid", "unpaid". */
  readonly kind: "counted" | "closedPaid" | "closedUnpaid" | "unpaid";
  /** Minutes since 2025-01-01 00:00; null unpaid. */
  readonly paid: number | null;
  readonly shipped: number | null;
  readonly lines: number;
  readonly amount: number;
  /** Part refund of a counted order, or the whole of a closed paid one; 0 none. */
  readonly refund: number;
  /** An after-sales case without a refund. */
  readonly caseOnly: boolean;
}

const START = Date.UTC(2025, 0, 1);
const two = (n: number) => String(n).padStart(2, "0");

/** "2025-06-01 10:22:00" (or with slashes) for minutes since 2025-01-01. */
export function timeText(minutes: number, separator = "-"): string {
  const d = new Date(START + minutes * 60_000);
  return `${d.getUTCFullYear()}${separator}${two(d.getUTCMonth() + 1)}${separator}${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:00`;
}

const minutesAt = (month: number, day: number) => (Date.UTC(2025, month - 1, day) - START) / 60_000;

/**
 * The orders: `buyers` new buyers, first orders spread over June–September; each comes back with
 * probability 0.35 (0.15 when their first order shipped late). September's orders ship late 45% of
 * the time, other months' 6%.
 */
export function fulfilmentOrders(seed = 14, buyers = 700, lateMonth = 9): FulfilmentOrder[] {
  const random = mulberry32(seed);
  const orders: FulfilmentOrder[] = [];
  let next = 1;
  const order = (buyer: string, paidAt: number, forceCounted: boolean): FulfilmentOrder => {
    const month = new Date(START + paidAt * 60_000).getUTCMonth() + 1;
    const late = random() < (month === lateMonth ? 0.45 : 0.06);
    const delayHours = late ? 49 + random() * 90 : 1 + random() * 40;
    const draw = random();
    const kind = forceCounted ? "counted" : draw < 0.05 ? "closedPaid" : draw < 0.08 ? "closedUnpaid" : draw < 0.12 ? "unpaid" : "counted";
    const paid = kind === "counted" || kind === "closedPaid" ? paidAt : null;
    // A counted order ships unless it is recent (5% unshipped); a refunded one half the time.
    const ships = paid !== null && (kind === "counted" ? random() > 0.05 : random() < 0.5);
    const amount = Math.round((30 + random() * 300) * 100) / 100;
    const partial = kind === "counted" && random() < 0.06;
    return {
      id: String(300000 + next++), buyer, placed: paidAt, kind, paid, shipped: ships ? paid! + Math.round(delayHours * 60) : null,
      lines: 1 + Math.floor(random() * 3), amount, refund: kind === "closedPaid" ? amount : partial ? Math.round(amount * 30) / 100 : 0,
      caseOnly: kind === "counted" && !partial && random() < 0.05,
    };
  };
  const span = minutesAt(10, 1) - minutesAt(6, 1);
  for (let b = 0; b < buyers; b++) {
    const buyer = `buyer${String(b).padStart(4, "0")}`;
    const firstAt = minutesAt(6, 1) + Math.floor(random() * span * 0.9);
    const first = order(buyer, firstAt, true);
    orders.push(first);
    const late = first.shipped !== null && first.paid !== null && first.shipped - first.paid > 48 * 60;
    if (random() < (late ? 0.15 : 0.35)) {
      const againAt = firstAt + 60 * 24 * (3 + Math.floor(random() * 40));
      if (againAt < minutesAt(10, 1)) orders.push(order(buyer, againAt, false));
    }
  }
  return orders.sort((a, b) => (a.paid ?? 0) - (b.paid ?? 0) || a.id.localeCompare(b.id));
}

const QIANNIU_STATUS = { counted: "交易成功", closedPaid: "交易关闭", closedUnpaid: "交易关闭", unpaid: "等待买家付款" } as const;
const DOUYIN_STATUS = { counted: "已完成", closedPaid: "已关闭", closedUnpaid: "已关闭", unpaid: "待支付" } as const;
const SHOPIFY_STATUS = { counted: "paid", closedPaid: "refunded", closedUnpaid: "voided", unpaid: "pending" } as const;

/** The orders written as an export of the given shape: header row first. */
export function fulfilmentExport(orders: readonly FulfilmentOrder[], shape: ExportShape): unknown[][] {
  if (shape === "qianniu") {
    const grid: unknown[][] = [["订单编号", "买家会员名", "买家实际支付金额", "订单状态", "订单创建时间", "订单付款时间", "发货时间", "退款金额", "物流单号"]];
    for (const o of orders) {
      grid.push([
        o.id, o.buyer, o.amount.toFixed(2), QIANNIU_STATUS[o.kind], timeText(o.placed - 3), o.paid === null ? "0000-00-00 00:00:00" : timeText(o.paid),
        o.shipped === null ? "" : timeText(o.shipped), o.refund.toFixed(2), o.shipped === null ? "" : `YT${o.id}88`,
      ]);
    }
    return grid;
  }
  if (shape === "douyin") {
    const grid: unknown[][] = [["主订单编号", "子订单编号", "商品金额", "订单应付金额", "订单提交时间", "支付完成时间", "订单状态", "售后状态", "发货时间"]];
    for (const o of orders) {
      for (let line = 0; line < o.lines; line++) {
        // A part refund is one sub-order refunded on its own (closed, 退款成功) when there are several.
        const lineRefunded = o.refund > 0 && o.kind === "counted" && (o.lines === 1 ? true : line === o.lines - 1);
        const lineClosed = lineRefunded && o.lines > 1;
        const afterSales = o.kind === "closedPaid" ? "退款成功" : lineRefunded ? "售后完成-退款成功" : o.caseOnly && line === 0 ? "售后关闭" : "-";
        grid.push([
          `\t${o.id}`, `\t${o.id}-${line + 1}`, (o.amount / o.lines).toFixed(2), o.amount.toFixed(2), timeText(o.placed - 2, "/"),
          o.paid === null ? "" : timeText(o.paid, "/"), lineClosed ? "已关闭" : DOUYIN_STATUS[o.kind], afterSales,
          o.shipped === null ? "" : timeText(o.shipped, "/"),
        ]);
      }
    }
    return grid;
  }
  const grid: unknown[][] = [["Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at", "Total", "Refunded Amount", "Created at", "Lineitem name", "Lineitem quantity"]];
  for (const o of orders) {
    for (let line = 0; line < o.lines; line++) {
      const first = line === 0;
      const status = o.kind === "counted" && o.refund > 0 ? "partially_refunded" : SHOPIFY_STATUS[o.kind];
      grid.push([
        `#${o.id}`, first ? `${o.buyer}@example.com` : "", first ? status : "", first && o.paid !== null ? `${timeText(o.paid)} +0800` : "",
        first ? (o.shipped === null ? "unfulfilled" : "fulfilled") : "", first && o.shipped !== null ? `${timeText(o.shipped)} +0800` : "",
        first ? o.amount.toFixed(2) : "", first ? o.refund.toFixed(2) : "", first ? `${timeText(o.placed - 2)} +0800` : "", `Item ${line + 1}`, 1,
      ]);
    }
  }
  return grid;
}
