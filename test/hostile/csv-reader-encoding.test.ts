/**
 * A line in another encoding in an export-shaped UTF-8 CSV (with and without the BOM), and binary
 * files under a .csv name: the file stays UTF-8, the bad row is listed as skipped and only its
 * order is missing; no U+FFFD reaches the review; binary data is refused as no text table.
 */
import { isUtf8 } from "node:buffer";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { runCliMeasured } from "../support/run-cli-measured";
import { generateShopOrders } from "../support/shop-orders";
import { writeOrderLevelFile } from "../support/export-writers";
import { expectedFigures } from "../support/expected-figures";

const PERIOD = { from: "2025-01", to: "2025-06" };
const orders = generateShopOrders({ seed: 11, orders: 600, from: PERIOD.from, to: PERIOD.to });

async function build(name: string, content: string | Buffer) {
  const dir = mkdtempSync(path.join(tmpdir(), "ec-review-csv-"));
  writeFileSync(path.join(dir, name), content);
  const run = await runCliMeasured(["build", "--orders", name, "--out", "r.xlsx", "--json", "s.json", "--period", `${PERIOD.from}..${PERIOD.to}`], dir);
  const json = run.code === 0 ? readFileSync(path.join(dir, "s.json"), "utf8") : null;
  return { run, json, dir, summary: json === null ? null : (JSON.parse(json) as { orders: number; gmv: number; skipped: { sheet: string; row: number; reason: string }[] }) };
}

/** The order-level export (one row per order, sheet row r = orders[r - 2]) with sheet row `row` written in GBK. */
function withGbkRow(row: number, bom: boolean): Buffer {
  const text = writeOrderLevelFile(orders).replace(/^\uFEFF/, "");
  const lines = text.split("\r\n");
  const parts = lines.map((line, i) => (i === row - 1 ? iconv.encode(line, "gbk") : Buffer.from(line, "utf8")));
  const joined = Buffer.concat(parts.flatMap((part, i) => (i === 0 ? [part] : [Buffer.from("\r\n"), part])));
  expect(isUtf8(parts[row - 1])).toBe(false);
  return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), joined]) : joined;
}

describe("ec-review build: a line that is not UTF-8", () => {
  for (const bom of [false, true]) {
    it(`one GBK line in a UTF-8 file${bom ? " after a BOM" : ""}: the file stays UTF-8, row 52 is listed, nothing else is lost`, async () => {
      const { run, json, dir, summary } = await build("orders.csv", withGbkRow(52, bom));
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).not.toMatch(/GBK\/GB18030, the encoding/);
      expect(run.stderr).toMatch(/orders row 52: not valid UTF-8 text/);
      expect(summary!.skipped).toEqual([{ sheet: "orders", row: 52, reason: expect.stringMatching(/not valid UTF-8 text/) as string }]);
      const missing = orders[52 - 2];
      const expected = expectedFigures(orders.filter((order) => order !== missing), PERIOD);
      expect(summary!.orders).toBe(expected.orders);
      expect(summary!.gmv).toBeCloseTo(expected.gmv, 6);
      expect(json).not.toContain("\uFFFD");
      // The review sheet lists it too: sheet, row, reason on one row.
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path.join(dir, "r.xlsx"));
      const listed: unknown[][] = [];
      workbook.worksheets[0].eachRow((row) => {
        const values = (row.values as unknown[]).slice(1);
        if (values[0] === "orders" && values[1] === 52) listed.push(values);
      });
      expect(listed).toHaveLength(1);
      expect(String(listed[0][2])).toMatch(/not valid UTF-8 text/);
    }, 120_000);
  }
});

describe("ec-review build: binary files under a .csv name", () => {
  it("refuses a PNG as no text table, printing none of it", async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from("IHDR,\u0001\u0002\n\u0003,金额\n", "latin1"), Buffer.alloc(2000, 7)]);
    const { run } = await build("orders.csv", png);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/orders\.csv is not a text table/);
    expect(run.stderr).not.toContain("IHDR");
  }, 120_000);

  it("refuses a workbook renamed .csv, saying what it is", async () => {
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]), Buffer.from("[Content_Types].xml", "latin1"), Buffer.alloc(500, 0)]);
    const { run } = await build("orders.csv", zip);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/is not a text table: it is an Excel workbook/);
    expect(run.stderr).not.toContain("Content_Types");
  }, 120_000);

  it("refuses text with NUL bytes in it", async () => {
    const { run } = await build("orders.csv", Buffer.from("订单编号,金额\n1,\u0000\u0000\u0000\n", "utf8"));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/is not a text table/);
  }, 120_000);
});
