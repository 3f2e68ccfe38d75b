/**
 * A line-item shop for the baskets and promotion thresholds (issue 14): March to October 2025, one
 * row per line, with an August 满200减30 promotion during which buyers whose basket falls just
 * short of 200 add a cheap add-on line to reach it. Some lines are refunded (退款成功) within
 * orders that count, some orders are closed (交易关闭) on every line. Seeded: the same shop every run.
 */

export interface BasketShopLine {
  readonly orderId: string;
  readonly buyer: string;
  /** `2025-08-03 10:22:33`. */
  readonly paidAt: string;
  readonly title: string;
  readonly unitPrice: number;
  readonly quantity: number;
  /** unitPrice × quantity, before any promotion's discount. */
  readonly amount: number;
  readonly cost: number;
  readonly status: "交易成功" | "退款成功" | "交易关闭";
}

export const BASKET_PROMOTION = { threshold: 200, discount: 30, from: "2025-08-01", to: "2025-08-31" } as const;

const MAIN_ITEMS: readonly [string, number][] = [
  ["玻尿酸补水面膜 10片装", 59], ["防晒乳 SPF50+ 50ml", 89], ["氨基酸洁面乳", 39], ["精华液 30ml", 129], ["面霜 50g", 159], ["眼霜 15g", 189],
];
const ADD_ONS: readonly [string, number][] = [["化妆棉 100片", 9.9], ["旅行装洗面奶", 15], ["发圈 3个装", 19.9], ["唇膏", 29]];

/** A small seeded generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, "0");
const cents = (value: number) => Math.round(value * 100) / 100;

/** The shop's lines, in sheet order (an order's lines together). */
export function basketShopLines(options: { readonly ordersPerMonth?: number; readonly seed?: number } = {}): BasketShopLine[] {
  const next = random(options.seed ?? 14);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const perMonth = options.ordersPerMonth ?? 240;
  const lines: BasketShopLine[] = [];
  let id = 4_202_508_000_000;
  for (let month = 3; month <= 10; month++) {
    for (let k = 0; k < perMonth; k++) {
      const orderId = String(id++);
      const buyer = `buyer-${Math.floor(next() * perMonth * 3)}`;
      const day = 1 + Math.floor(next() * 28);
      const paidAt = `2025-${pad(month)}-${pad(day)} ${pad(8 + Math.floor(next() * 14))}:${pad(Math.floor(next() * 60))}:${pad(Math.floor(next() * 60))}`;
      const items: [string, number, number][] = [];
      const count = 1 + Math.floor(next() * next() * 3);
      for (let i = 0; i < count; i++) {
        const [title, price] = pick(MAIN_ITEMS);
        items.push([title, price, next() < 0.2 ? 2 : 1]);
      }
      if (month !== 8 && next() < 0.08) items.push([...pick(ADD_ONS), 1]);
      // August: a basket just short of the threshold takes the cheapest add-on that reaches it, else one more item.
      const goods = () => items.reduce((s, [, price, quantity]) => s + price * quantity, 0);
      if (month === 8 && goods() >= 150 && goods() < BASKET_PROMOTION.threshold && next() < 0.7) {
        const reach = ADD_ONS.find(([, price]) => goods() + price >= BASKET_PROMOTION.threshold);
        items.push(reach === undefined ? [...pick(MAIN_ITEMS), 1] : [...reach, 1]);
      }
      const closed = next() < 0.04;
      for (const [title, price, quantity] of items) {
        const refunded = !closed && items.length > 1 && next() < 0.05;
        const amount = cents(price * quantity);
        lines.push({
          orderId, buyer, paidAt, title, unitPrice: price, quantity, amount, cost: cents(amount * 0.6),
          status: closed ? "交易关闭" : refunded ? "退款成功" : "交易成功",
        });
      }
    }
  }
  return lines;
}

/** The ledger headers (one row per line: 千牛 宝贝报表 joined to its orders, as a hand-made sheet holds them). */
export const BASKET_LEDGER_HEADERS = ["订单编号", "买家会员名", "订单付款时间", "宝贝标题", "购买数量", "商品金额", "成本", "订单状态"] as const;

/** The lines as a sheet: a header row, then one row per line. */
export function basketLedgerGrid(lines: readonly BasketShopLine[]): (string | number)[][] {
  return [[...BASKET_LEDGER_HEADERS], ...lines.map((l) => [l.orderId, l.buyer, l.paidAt, l.title, l.quantity, l.amount, l.cost, l.status])];
}

/** CSV text of a grid (values quoted where they need it). */
export function csvText(grid: readonly (readonly (string | number)[])[]): string {
  const quote = (value: string | number) => {
    const text = String(value);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `${grid.map((row) => row.map(quote).join(",")).join("\n")}\n`;
}
