/**
 * The outreach list (分层触达名单) of `ec-review build`, as the review workbook's sheet and as the
 * `--segments-out` CSV, against an RFM segmentation of a small shop recomputed here from the
 * definitions alone (PRODUCT.md: recency, frequency and monetary of the period's counted orders,
 * quintile scores of rank, the usual segment grid), without the engine; both files read back with
 * the project's own reader (`readTableFile`).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csvText, runCaptured, scratchFolder } from "../support/cli-test-harness";
import { readTableFile } from "../../src/cli/read-table-file";
import { translate, type Locale } from "../../src/i18n/messages";
import { mulberry32 } from "../../src/sample-shop/prng";

const folder = scratchFolder("ec-review-outreach-");
const SERIAL_OF_1970 = 25569;
const serialOf = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / 86_400_000 + SERIAL_OF_1970;
/** The review period: June–August 2025; the list is as of its last day. */
const PERIOD = "2025-06..2025-08";
const FIRST_DAY = serialOf(2025, 6, 1);
const AS_OF = serialOf(2025, 8, 31);

/** Buyer ids as shops have them, and as no spreadsheet should run: formula-like, quoted, Chinese, digits. */
const BUYERS = [
  "tb001", "tb002", "小鱼儿88", "=HYPERLINK(\"x\")", "+8613800138000", "-dash", "@at", "a,b", "say \"hi\"", "13800138000",
  ...Array.from({ length: 30 }, (_, i) => `buyer${String(i).padStart(2, "0")}`),
];

interface Order { readonly id: string; readonly buyer: string; readonly time: number; readonly amount: number; readonly status: string }

/** 260 orders from March to August: most buyers order once or twice, a few often; some orders closed. */
function shopOrders(): Order[] {
  const random = mulberry32(20250901);
  const orders: Order[] = [];
  const first = serialOf(2025, 3, 1);
  for (let i = 0; i < 260; i++) {
    // Buyers early in the list order more often.
    const buyer = BUYERS[Math.floor(BUYERS.length * random() ** 1.6)];
    const time = first + Math.floor(random() * (AS_OF + 1 - first)) + Math.round(random() * 86_000) / 86_400;
    const amount = Math.round((20 + random() * 480) * 100) / 100;
    orders.push({ id: String(880000 + i), buyer, time, amount, status: random() < 0.06 ? "交易关闭" : "交易成功" });
  }
  return orders;
}

/** The quintile score of rank: 1 + ⌊5 × (values strictly worse) ÷ n⌋, at most 5. */
function quintile(value: number, all: readonly number[], higherIsBetter: boolean): number {
  const worse = all.filter((other) => (higherIsBetter ? other < value : other > value)).length;
  return 1 + Math.min(4, Math.floor((5 * worse) / all.length));
}

/** The usual RFM grid: rows R = 5 … 1, columns F = 1 … 5. */
const GRID = [
  ["newCustomers", "potentialLoyalists", "loyal", "champions", "champions"],
  ["promising", "potentialLoyalists", "loyal", "champions", "champions"],
  ["aboutToSleep", "needAttention", "loyal", "loyal", "loyal"],
  ["aboutToSleep", "aboutToSleep", "atRisk", "atRisk", "atRisk"],
  ["lost", "hibernating", "atRisk", "cannotLose", "cannotLose"],
] as const;
const ORDER = ["champions", "loyal", "potentialLoyalists", "newCustomers", "promising", "needAttention", "aboutToSleep", "atRisk", "cannotLose", "hibernating", "lost"];

interface Expected { buyer: string; segment: string; recencyDays: number; frequency: number; monetaryCents: number; lastOrder: number }

/** Every buyer with a counted order in the period, with their segment, in the list's order. */
function expectedList(orders: readonly Order[]): Expected[] {
  const byBuyer = new Map<string, { frequency: number; cents: number; last: number }>();
  for (const order of orders) {
    if (order.status !== "交易成功" || order.time < FIRST_DAY || order.time >= AS_OF + 1) continue;
    const entry = byBuyer.get(order.buyer) ?? { frequency: 0, cents: 0, last: -Infinity };
    entry.frequency++;
    entry.cents += Math.round(order.amount * 100);
    entry.last = Math.max(entry.last, Math.floor(order.time));
    byBuyer.set(order.buyer, entry);
  }
  const recencies = [...byBuyer.values()].map((entry) => AS_OF - entry.last);
  const frequencies = [...byBuyer.values()].map((entry) => entry.frequency);
  const list = [...byBuyer].map(([buyer, entry]) => {
    const r = quintile(AS_OF - entry.last, recencies, false);
    const f = quintile(entry.frequency, frequencies, true);
    return { buyer, segment: GRID[5 - r][f - 1], recencyDays: AS_OF - entry.last, frequency: entry.frequency, monetaryCents: entry.cents, lastOrder: entry.last };
  });
  return list.sort((a, b) => ORDER.indexOf(a.segment) - ORDER.indexOf(b.segment) || b.monetaryCents - a.monetaryCents || (a.buyer < b.buyer ? -1 : a.buyer > b.buyer ? 1 : 0));
}

/** A serial as the CSV writes the last order's day. */
const dayText = (serial: number) => new Date((serial - SERIAL_OF_1970) * 86_400_000).toISOString().slice(0, 10);

let orders: Order[];
let expected: Expected[];

beforeAll(() => {
  orders = shopOrders();
  expected = expectedList(orders);
  const grid = [["订单编号", "买家会员名", "订单付款时间", "实付金额", "订单状态"], ...orders.map((o) => [o.id, o.buyer, o.time, o.amount.toFixed(2), o.status])];
  writeFileSync(folder.file("orders.csv"), csvText(grid, [2]));
});

afterAll(() => folder.remove());

describe.each(["en-US", "zh-CN"] as Locale[])("the outreach list of ec-review build (%s)", (locale) => {
  let sheetRows: unknown[][];
  let csvRows: unknown[][];
  let csvBytes: Buffer;
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);

  beforeAll(async () => {
    const run = await runCaptured(["build", "--orders", "orders.csv", "--period", PERIOD, "--lang", locale, "--out", `r-${locale}.xlsx`, "--segments-out", `s-${locale}.csv`], folder.dir);
    expect(run.code, run.stderr).toBe(0);
    const workbook = await readTableFile(`r-${locale}.xlsx`, { cwd: folder.dir });
    const sheet = workbook.sheets.find((s) => s.name === t("review.segments.sheetName"));
    expect(sheet, workbook.sheets.map((s) => s.name).join(", ")).toBeDefined();
    sheetRows = sheet!.grid;
    csvBytes = readFileSync(folder.file(`s-${locale}.csv`));
    csvRows = (await readTableFile(`s-${locale}.csv`, { cwd: folder.dir })).sheets[0].grid;
  });

  it("has some buyers in several segments (the check below is not vacuous)", () => {
    expect(expected.length).toBeGreaterThan(25);
    expect(new Set(expected.map((row) => row.segment)).size).toBeGreaterThanOrEqual(4);
  });

  it("lists on its sheet every buyer of the period with the segment recomputed here, and the segment's action", () => {
    const header = [t("review.segments.col.buyer"), t("review.col.segment"), t("review.segments.col.recencyDays"), t("review.segments.col.frequency"),
      t("review.segments.col.monetary"), t("review.segments.col.lastOrder"), t("review.col.action")];
    expect(sheetRows[0]).toEqual(header);
    const rows = sheetRows.slice(1).filter((row) => row.some((cell) => cell !== null && cell !== ""));
    expect(rows.map((row) => [row[0], row[1], row[2], row[3], Math.round(Number(row[4]) * 100), row[5], row[6]])).toEqual(expected.map((row) => [
      row.buyer, translate(locale, `segment.${row.segment}` as never), row.recencyDays, row.frequency, row.monetaryCents, row.lastOrder, translate(locale, `segment.action.${row.segment}` as never),
    ]));
  });

  it("writes the same list to the CSV, UTF-8 with a BOM, read back by the project's CSV reader", () => {
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvRows.slice(1).filter((row) => row.some((cell) => cell !== ""));
    expect(csvRows[0]).toEqual(sheetRows[0]);
    expect(rows).toEqual(expected.map((row) => [
      // A buyer id Excel would run as a formula carries a leading apostrophe in the CSV.
      /^[=+\-@]/.test(row.buyer) ? `'${row.buyer}` : row.buyer,
      translate(locale, `segment.${row.segment}` as never), String(row.recencyDays), String(row.frequency), (row.monetaryCents / 100).toFixed(2),
      dayText(row.lastOrder), translate(locale, `segment.action.${row.segment}` as never),
    ]));
  });
});

describe("--segments-out", () => {
  it("refuses to overwrite an input file, before reading anything", async () => {
    const run = await runCaptured(["build", "--orders", "orders.csv", "--out", "r.xlsx", "--segments-out", "./orders.csv"], folder.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("./orders.csv is one of the input files");
    expect(readFileSync(folder.file("orders.csv"), "utf8").startsWith("订单编号")).toBe(true);
  });

  it("names a .csv file", async () => {
    const run = await runCaptured(["build", "--orders", "orders.csv", "--out", "r.xlsx", "--segments-out", "list.xlsx"], folder.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--segments-out must name a .csv file, not \"list.xlsx\".");
  });

  it("writes nothing, and says why, when the orders have no buyer column", async () => {
    const grid = [["订单编号", "订单付款时间", "实付金额"], ...orders.map((o) => [o.id, o.time, o.amount.toFixed(2)])];
    writeFileSync(folder.file("no-buyer.csv"), csvText(grid, [1]));
    const run = await runCaptured(["build", "--orders", "no-buyer.csv", "--period", PERIOD, "--out", "nb.xlsx", "--segments-out", "nb.csv"], folder.dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("nb.csv not written: the orders have no buyer column, so no buyer has a segment.");
    expect(() => readFileSync(folder.file("nb.csv"))).toThrow();
    expect(run.stdout).not.toContain("nb.csv");
  });
});
