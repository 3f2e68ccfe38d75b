/**
 * Skipped rows: ten on the terminal, the first 100 on the review sheet with where the rest are,
 * and every one of them written — on a sheet of the review workbook, and in summary.json with --json.
 */
import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeOrderLevelFile } from "../../test/support/export-writers";
import { generateShopOrders, isCountedOrder } from "../../test/support/shop-orders";
import { runCaptured, scratchFolder } from "../../test/support/cli-test-harness";

const scratch = scratchFolder("ec-review-skipped-");
afterAll(() => scratch.remove());

/** The order file with the amount of `count` counted orders made unreadable; returns their sheet rows. */
function withBadAmounts(name: string, count: number): number[] {
  const orders = generateShopOrders({ seed: 21, orders: 5000, from: "2025-01", to: "2025-10" });
  const lines = writeOrderLevelFile(orders).split("\r\n");
  // Spread out (every 20th order), so that the amount column is still recognised by its numbers.
  const rows = orders.map((order, i) => (isCountedOrder(order) ? i + 2 : -1)).filter((row, i) => row > 0 && i % 20 === 19).slice(0, count);
  for (const row of rows) lines[row - 1] = lines[row - 1].replace(/^([^,]*,[^,]*,[^,]*,)[^,]*/, "$1abc");
  writeFileSync(scratch.file(name), lines.join("\r\n"));
  return rows;
}

async function sheetRows(file: string, sheet: string): Promise<unknown[][] | null> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(scratch.file(file));
  const worksheet = workbook.getWorksheet(sheet);
  if (worksheet === undefined) return null;
  const rows: unknown[][] = [];
  worksheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe("skipped rows", () => {
  let many: number[];
  beforeAll(() => {
    many = withBadAmounts("many.csv", 150);
    withBadAmounts("few.csv", 20);
  });

  it("names ten on the terminal and lists every one on a sheet of the workbook, saying where", async () => {
    const result = await runCaptured(["build", "--orders", "many.csv", "--out", "many.xlsx"], scratch.dir);
    expect(result.code).toBe(0);
    const line = result.stderr.split("\n").find((text) => text.includes("rows could not be used"))!;
    expect(line).toContain("150 rows could not be used; the first 10:");
    // The first ten of the list (the reader's own skipped rows come first), no more.
    expect(line.match(/many row \d+:/g)).toHaveLength(10);
    expect(line).toContain('All of them are listed on the sheet "Skipped rows" of many.xlsx.');
    const listed = await sheetRows("many.xlsx", "Skipped rows");
    expect(listed).toHaveLength(151);
    expect(listed!.slice(1).map((row) => row[1])).toEqual(expect.arrayContaining(many.slice(0, 100)));
    for (const [, row] of line.matchAll(/many row (\d+):/g)) expect(listed!.slice(1, 11).map((cells) => cells[1])).toContain(Number(row));
    // The review sheet's own list is cut at 100 and says where the rest are.
    const review = (await sheetRows("many.xlsx", "Review")) ?? (await sheetRows("many.xlsx", "复盘"));
    const texts = review!.flat().filter((cell): cell is string => typeof cell === "string");
    expect(texts).toContain('… and 50 more rows: all 150 are listed on the sheet "Skipped rows"');
  });

  it("writes every one to summary.json as well with --json, and says so", async () => {
    const result = await runCaptured(["build", "--orders", "many.csv", "--out", "many2.xlsx", "--json", "many2.json"], scratch.dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('All of them are listed on the sheet "Skipped rows" of many2.xlsx and in many2.json.');
    expect(JSON.parse(readFileSync(scratch.file("many2.json"), "utf8")).skipped).toHaveLength(150);
  });

  it("keeps a list of 100 or fewer on the review sheet alone", async () => {
    const result = await runCaptured(["build", "--orders", "few.csv", "--out", "few.xlsx"], scratch.dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/20 rows could not be used and are listed in the review sheet; the first: .* … and 10 more\./);
    expect(await sheetRows("few.xlsx", "Skipped rows")).toBeNull();
  });
});
