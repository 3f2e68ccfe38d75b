/**
 * Stray quotes in export-shaped CSVs: the command line keeps every row it can read, names the row
 * where a quote was read as text, and lists a row it cannot read among the skipped rows, so that
 * the summary's orders and GMV are those of the orders minus exactly the listed rows' orders.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCliMeasured } from "../support/run-cli-measured";
import { generateShopOrders, type ShopOrder } from "../support/shop-orders";
import { writeOrderLevelFile, writeShopifyOrders } from "../support/export-writers";
import { expectedFigures } from "../support/expected-figures";

const PERIOD = { from: "2025-01", to: "2025-06" };
const orders = generateShopOrders({ seed: 7, orders: 600, from: PERIOD.from, to: PERIOD.to });

interface Summary { orders: number; gmv: number; skipped: { sheet: string; row: number; reason: string }[] }

async function build(name: string, content: string | Buffer) {
  const dir = mkdtempSync(path.join(tmpdir(), "ec-review-csv-"));
  writeFileSync(path.join(dir, name), content);
  const run = await runCliMeasured(["build", "--orders", name, "--out", "r.xlsx", "--json", "s.json", "--period", `${PERIOD.from}..${PERIOD.to}`], dir);
  const summary = run.code === 0 ? (JSON.parse(readFileSync(path.join(dir, "s.json"), "utf8")) as Summary) : null;
  return { run, summary };
}

/** The order of each data row of a file with one row per line (index 0 = sheet row 2). */
const rowsOfLines = (list: readonly ShopOrder[]) => list.flatMap((order) => order.lines.map(() => order));

/** The text with `edit` applied to the cell `header` of sheet row `row` (the file has no line breaks in cells). */
function editCell(text: string, row: number, header: string, edit: (cell: string) => string): string {
  const lines = text.split("\n");
  const headers = lines[0].replace(/^\uFEFF/, "").replace(/\r$/, "").split(",");
  const column = headers.indexOf(header);
  if (column === -1) throw new Error(`no column ${header}`);
  const cells = lines[row - 1].split(",");
  cells[column] = edit(cells[column]);
  lines[row - 1] = cells.join(",");
  return lines.join("\n");
}

function expectFigures(summary: Summary | null, kept: readonly ShopOrder[], gmv: "gmv" | "chargedGmv") {
  const expected = expectedFigures(kept, PERIOD);
  expect(summary).not.toBeNull();
  expect(summary!.orders).toBe(expected.orders);
  expect(summary!.gmv).toBeCloseTo(expected[gmv], 6);
}

describe("ec-review build: stray quotes in a CSV", () => {
  // The engine reads Shopify's Total, the charged amount, without taking off Refunded Amount.
  const shopify = writeShopifyOrders(orders);
  const lineOrders = rowsOfLines(orders);

  it("the clean Shopify export reads to the expected figures (the baseline of the cases below)", async () => {
    const { run, summary } = await build("orders_export.csv", shopify);
    expect(run.code, run.stderr).toBe(0);
    expectFigures(summary, orders, "chargedGmv");
    expect(summary!.skipped).toEqual([]);
  }, 120_000);

  it("one unbalanced quote in row 52: every row kept, the row named, nothing lost", async () => {
    expect(lineOrders.length).toBeGreaterThan(600);
    const text = editCell(shopify, 52, "Vendor", (cell) => `"${cell}`);
    const { run, summary } = await build("orders_export.csv", text);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/quote mark that is never closed was read as text in row 52 \(1 in all\)/);
    expectFigures(summary, orders, "chargedGmv");
    // editCell splits on every comma, so behind a quoted title the quote lands in the line's blank
    // Refunded Amount: a cell the order table now reads, so it is listed with its order kept — never dropped.
    for (const skipped of summary!.skipped) expect(skipped).toMatchObject({ row: 52, reason: expect.stringMatching(/the order is kept/) });
  }, 120_000);

  it("two stray quotes in the same column, rows 52 and 300: nothing between them is swallowed", async () => {
    let text = editCell(shopify, 52, "Vendor", (cell) => `"${cell}`);
    text = editCell(text, 300, "Vendor", (cell) => `${cell}"`);
    const { run, summary } = await build("orders_export.csv", text);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/row 52\b/);
    expectFigures(summary, orders, "chargedGmv");
  }, 120_000);

  it("a quote opened in an amount that holds a comma: the row is listed as skipped and only its order is missing", async () => {
    const oneRowPerOrder = writeOrderLevelFile(orders, { dirtyShare: 0 });
    const text = editCell(oneRowPerOrder, 52, "买家实际支付金额", (cell) => `"¥1,${cell}`);
    const { run, summary } = await build("orders.csv", text);
    expect(run.code, run.stderr).toBe(0);
    const listed = summary!.skipped.filter((s) => s.sheet === "orders");
    expect(listed).toEqual([{ sheet: "orders", row: 52, reason: expect.stringMatching(/quote mark in this row is never closed/) as string }]);
    expect(run.stderr).toMatch(/orders row 52: a quote mark/);
    const missing = new Set(listed.map((s) => orders[s.row - 2]));
    expectFigures(summary, orders.filter((order) => !missing.has(order)), "gmv");
  }, 120_000);
});
