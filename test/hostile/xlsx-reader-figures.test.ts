/**
 * The new .xlsx reader on realistic exports, through the command line in its own process: the
 * same order export as .xlsx, written by ExcelJS (shared strings, cell references) and written
 * without any `r` attribute (allowed by the spec, written by some tools), gives the independent
 * figures of test/support/expected-figures.ts, as the CSV of it does.
 */
import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scratchFolder } from "../support/cli-test-harness";
import { parseCsvRows } from "../support/csv-rows";
import { expectedFigures, type ExpectedFigures } from "../support/expected-figures";
import { writeOrderLevelFile, writeShopifyOrders } from "../support/export-writers";
import { escapeXmlText, workbookEntries, worksheetXml, zipOf } from "../support/hostile-xlsx";
import { runCliMeasured } from "../support/run-cli-measured";
import { generateShopOrders, type ShopOrder } from "../support/shop-orders";

const PERIOD = { from: "2025-02", to: "2025-05" } as const;
const folder = scratchFolder("ec-review-xlsx-figures-");
let orders: ShopOrder[];
let expected: ExpectedFigures;

beforeAll(() => {
  orders = generateShopOrders({ seed: 20250601, orders: 400, from: "2025-01", to: "2025-06", partialRefundShare: 0 });
  expected = expectedFigures(orders, PERIOD);
});
afterAll(() => folder.remove());

/** A cell as a spreadsheet holds it: short plain numbers as numbers, the rest (ids, dates, "$1,234.50") as text. */
const cellOf = (text: string): string | number => (/^-?\d{1,9}(\.\d+)?$/.test(text) ? Number(text) : text);

async function summaryOf(name: string, bytes: Buffer | string): Promise<{ orders: number; gmv: number }> {
  writeFileSync(folder.file(name), bytes);
  const json = `${name}.json`;
  const run = await runCliMeasured(["build", "--orders", name, "--out", `${name}.review.xlsx`, "--json", json, "--period", `${PERIOD.from}..${PERIOD.to}`], folder.dir);
  expect(run.code, run.stderr).toBe(0);
  expect(run.peakMemoryMB!, run.stderr).toBeLessThan(500);
  return JSON.parse(readFileSync(folder.file(json), "utf8")) as { orders: number; gmv: number };
}

function expectFigures(summary: { orders: number; gmv: number }): void {
  expect(summary.orders).toBe(expected.orders);
  expect(Math.abs(summary.gmv - expected.gmv)).toBeLessThan(1e-6 * expected.gmv);
}

describe("a realistic order export as .xlsx", () => {
  it("written by ExcelJS, gives the figures its CSV gives", async () => {
    const csv = writeShopifyOrders(orders);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("orders_export");
    for (const row of parseCsvRows(csv)) sheet.addRow(row.map(cellOf));
    const fromXlsx = await summaryOf("shopify.xlsx", Buffer.from(await workbook.xlsx.writeBuffer()));
    expectFigures(fromXlsx);
    expectFigures(await summaryOf("shopify.csv", csv));
  });

  it("written without any r attribute on rows or cells (placed by position), gives the figures", async () => {
    const rows = parseCsvRows(writeOrderLevelFile(orders));
    const strings: string[] = [];
    const index = new Map<string, number>();
    const sharedIndex = (text: string) => {
      if (!index.has(text)) {
        index.set(text, strings.length);
        strings.push(text);
      }
      return index.get(text)!;
    };
    const xmlRows = rows.map(
      (row, r) =>
        `<row>${row
          .map((text, c) => {
            const value = cellOf(text);
            if (typeof value === "number") return `<c><v>${value}</v></c>`;
            // Alternate shared and inline strings, as some tools mix them.
            return (r + c) % 2 === 0 ? `<c t="s"><v>${sharedIndex(text)}</v></c>` : `<c t="inlineStr"><is><t xml:space="preserve">${escapeXmlText(text)}</t></is></c>`;
          })
          .join("")}</row>`,
    );
    const sharedStrings = `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings.map((text) => `<si><t xml:space="preserve">${escapeXmlText(text)}</t></si>`).join("")}</sst>`;
    const bytes = zipOf(workbookEntries({ sheetName: "订单报表", sheet: worksheetXml(xmlRows.join("")), sharedStrings }));
    expectFigures(await summaryOf("no-refs.xlsx", bytes));
  });
});
