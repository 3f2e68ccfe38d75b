/**
 * The command line on the 千牛 订单报表 with its 宝贝报表 (`--items`) and a cost sheet (`--costs`),
 * both reports written from the same generated shop (test/support/export-writers.ts): the item
 * table gives the orders' lines and changes no order, and margin per item agrees with a plain
 * computation over the shop's lines, written here without the engine.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCaptured, scratchFolder } from "../support/cli-test-harness";
import { writeQianniuReports, csvField } from "../support/export-writers";
import { SHOP_CATALOG, generateShopOrders, isCountedOrder, lineCost, orderMonth, toCents, type ShopOrder } from "../support/shop-orders";

const PERIOD = { from: "2025-02", to: "2025-05" } as const;
/** A band the catalog's margins (32%–60%) fall below, inside and above. */
const BAND = { low: 0.4, high: 0.55 } as const;
const folder = scratchFolder("ec-review-items-");

interface ItemOutside { item: string; orders: number; revenue: number; cost: number; margin: number; position: "below" | "above" }
interface Summary {
  gmv: number; orders: number; buyers: number; aov: number | null; aovPerBuyer: number | null; repurchaseRate: number | null;
  newBuyers: number; ordersRead: number; orderLines: number; excludedByStatus: number; unpaidOrders: number;
  monthly: { month: string; gmv: number; orders: number }[];
  itemsOutsideMarginBand: ItemOutside[];
}

let orders: ShopOrder[];
let withItems: { summary: Summary; stderr: string };
let withoutItems: { summary: Summary; stderr: string };

async function build(name: string, extra: string[]): Promise<{ summary: Summary; stderr: string }> {
  const run = await runCaptured([
    "build", "--orders", "订单报表.csv", "--costs", "costs.csv", "--targets", "targets.json", "--period", `${PERIOD.from}..${PERIOD.to}`,
    "--out", `${name}.xlsx`, "--json", `${name}.json`, ...extra,
  ], folder.dir);
  expect(run.code, run.stderr).toBe(0);
  return { summary: JSON.parse(readFileSync(folder.file(`${name}.json`), "utf8")) as Summary, stderr: run.stderr };
}

/**
 * Margin per item as the 宝贝报表 gives it, from the shop's lines: over the counted orders of the
 * period, the lines not refunded; revenue 价格 × 购买数量 (the report has no line amount), cost
 * unit cost × quantity; the orders with the item counted once each.
 */
function expectedItemsOutsideBand(): ItemOutside[] {
  const byTitle = new Map<string, { revenueCents: number; costCents: number; orders: Set<string> }>();
  for (const order of orders) {
    const month = orderMonth(order);
    if (!isCountedOrder(order) || month < PERIOD.from || month > PERIOD.to) continue;
    for (const line of order.lines) {
      if (line.refunded) continue;
      const entry = byTitle.get(line.title) ?? { revenueCents: 0, costCents: 0, orders: new Set<string>() };
      entry.revenueCents += toCents(line.unitPrice) * line.quantity;
      entry.costCents += toCents(lineCost(line));
      entry.orders.add(order.id);
      byTitle.set(line.title, entry);
    }
  }
  const outside: ItemOutside[] = [];
  for (const [item, { revenueCents, costCents, orders: withItem }] of byTitle) {
    const margin = (revenueCents - costCents) / revenueCents;
    if (margin >= BAND.low && margin <= BAND.high) continue;
    outside.push({ item, orders: withItem.size, revenue: revenueCents / 100, cost: costCents / 100, margin, position: margin < BAND.low ? "below" : "above" });
  }
  return outside.sort((a, b) => b.revenue - a.revenue);
}

beforeAll(async () => {
  orders = generateShopOrders({ seed: 20250815, orders: 400, from: "2025-01", to: "2025-06" });
  const files = writeQianniuReports(orders);
  writeFileSync(folder.file("订单报表.csv"), files.orders);
  writeFileSync(folder.file("宝贝报表.csv"), files.items);
  // 宝贝标题 too, so that the 订单报表 alone (which has no SKU) can be costed by title.
  writeFileSync(folder.file("costs.csv"), ["商家编码,宝贝标题,成本", ...SHOP_CATALOG.map((item) => `${csvField(item.sku)},${csvField(item.title)},${item.cost.toFixed(2)}`)].join("\r\n"));
  // Every item of the catalog a promotion item, so that the band is checked on each of them.
  writeFileSync(folder.file("targets.json"), JSON.stringify({ marginBand: [BAND.low, BAND.high], promotionItems: SHOP_CATALOG.map((item) => item.title) }));
  withItems = await build("with-items", ["--items", "宝贝报表.csv"]);
  withoutItems = await build("without-items", []);
});

afterAll(() => folder.remove());

describe("build --orders 订单报表.csv --items 宝贝报表.csv --costs costs.csv", () => {
  it("changes no order: orders, GMV, buyers, AOV and the months are those of the 订单报表 alone", () => {
    const a = withItems.summary;
    const b = withoutItems.summary;
    const counted = orders.filter((order) => isCountedOrder(order) && orderMonth(order) >= PERIOD.from && orderMonth(order) <= PERIOD.to).length;
    expect(a.orders).toBe(counted);
    for (const key of ["gmv", "orders", "buyers", "aov", "aovPerBuyer", "repurchaseRate", "newBuyers", "ordersRead", "excludedByStatus", "unpaidOrders"] as const) {
      expect(a[key], key).toBe(b[key]);
    }
    const ordersOf = (summary: Summary) => summary.monthly.map((m) => [m.month, m.orders, m.gmv]);
    expect(ordersOf(a)).toEqual(ordersOf(b));
    // The lines do change: one per item row of a counted order instead of one per order.
    expect(b.orderLines).toBe(b.ordersRead);
    expect(a.orderLines).toBe(orders.filter(isCountedOrder).reduce((sum, order) => sum + order.lines.length, 0));
  });

  it("gives margin per item as the shop's lines have it, items below, inside and above the band", () => {
    const wanted = expectedItemsOutsideBand();
    const got = withItems.summary.itemsOutsideMarginBand;
    expect(got.map((item) => [item.item, item.position, item.orders])).toEqual(wanted.map((item) => [item.item, item.position, item.orders]));
    got.forEach((item, i) => {
      expect(item.revenue, item.item).toBeCloseTo(wanted[i].revenue, 6);
      expect(item.cost, item.item).toBeCloseTo(wanted[i].cost, 6);
      expect(item.margin, item.item).toBeCloseTo(wanted[i].margin, 9);
    });
    expect(new Set(got.map((item) => item.position))).toEqual(new Set(["below", "above"]));
    // Some items are inside the band, so not listed.
    expect(got.length).toBeLessThan(SHOP_CATALOG.length);
    // Without the item report, orders of several items (宝贝标题 "A，B") have no item of the catalog.
    expect(withoutItems.summary.itemsOutsideMarginBand).not.toEqual(got);
  });

  it("says on stderr how the items met the orders", () => {
    const counted = orders.filter(isCountedOrder);
    const lines = counted.reduce((sum, order) => sum + order.lines.length, 0);
    const notCounted = orders.filter((order) => !isCountedOrder(order)).reduce((sum, order) => sum + order.lines.length, 0);
    const count = (n: number) => n.toLocaleString("en-US");
    expect(withItems.stderr).toContain(
      `Items from 宝贝报表.csv, joined by 订单编号: ${count(lines)} lines of ${count(counted.length)} orders; 0 lines of no order read; ${count(notCounted)} lines of orders not counted (closed, unpaid or skipped).`,
    );
    expect(withItems.stderr).toMatch(/Costs from costs\.csv, matched to the items by sku: [\d,]+ item lines costed, 0 have none\./);
    expect(withoutItems.stderr).not.toContain("Items from");
  });

  it("counts and lists item rows of an order the order report does not have", async () => {
    const files = writeQianniuReports(orders);
    const stray = Buffer.concat([files.items, Buffer.from("4202599999999999999,X,1.00,1,,,,,交易成功,SKU-001\r\n")]);
    writeFileSync(folder.file("宝贝报表-多一行.csv"), stray);
    const run = await runCaptured([
      "build", "--orders", "订单报表.csv", "--items", "宝贝报表-多一行.csv", "--period", `${PERIOD.from}..${PERIOD.to}`, "--out", "stray.xlsx", "--json", "stray.json",
    ], folder.dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/; 1 lines of no order read;/);
    const summary = JSON.parse(readFileSync(folder.file("stray.json"), "utf8")) as { skipped: { sheet: string; row: number; reason: string }[] };
    expect(summary.skipped).toEqual([
      { sheet: "宝贝报表-多一行", row: orders.reduce((sum, order) => sum + order.lines.length, 0) + 2, reason: "an item of order 4202599999999999999, which the order table does not have" },
    ]);
  });
});
