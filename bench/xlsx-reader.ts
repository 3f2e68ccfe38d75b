/**
 * The command line's .xlsx reader (src/cli/read-xlsx.ts) against the ExcelJS stream reader it
 * replaced (kept as the test oracle, test/support/exceljs-grid-reader.ts), on the sample shop's
 * order sheet written by ExcelJS (shared strings, date-formatted payment times). Each read runs in
 * a fresh Node process, so that its peak RSS is its own; runs alternate between the readers.
 *
 *   node --import ./bench/ts-loader.mjs bench/xlsx-reader.ts [rows, default 200000] [runs, default 3]
 *
 * Prints the median seconds and peak RSS of each reader and the ratios new ÷ old. Not part of
 * `npm run bench` (no goal; the figures are for the change that brought the reader in).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { generateSampleShop } from "../src/sample-shop/generate-sample-shop";
import { shopOptions } from "./shop-fixtures";

const SELF = fileURLToPath(import.meta.url);
const LOADER = fileURLToPath(new URL("./ts-loader.mjs", import.meta.url));

interface ReadReport {
  readonly seconds: number;
  readonly rows: number;
  readonly peakMB: number;
}

async function child(reader: string, file: string): Promise<void> {
  const read = reader === "old" ? (await import("../test/support/exceljs-grid-reader")).readXlsxSheetsWithExcelJs : (await import("../src/cli/read-xlsx")).readXlsxSheets;
  const started = process.hrtime.bigint();
  const sheets = await read(file);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const report: ReadReport = { seconds, rows: sheets.reduce((sum, sheet) => sum + sheet.grid.length, 0), peakMB: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

async function writeOrders(file: string, rows: number): Promise<void> {
  const orders = generateSampleShop({ ...shopOptions(rows), orders: rows }).orders;
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const sheet = writer.addWorksheet("订单");
  const dateColumns = new Set([2]);
  for (const [r, cells] of orders.entries()) {
    const row = sheet.addRow(cells);
    if (r > 0) for (const c of dateColumns) row.getCell(c + 1).numFmt = "yyyy-mm-dd hh:mm:ss";
    row.commit();
  }
  sheet.commit();
  await writer.commit();
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  if (process.argv[2] === "--child") return child(process.argv[3], process.argv[4]);
  const rows = Number(process.argv[2] ?? 200_000);
  const runs = Number(process.argv[3] ?? 3);
  const scratch = mkdtempSync(path.join(tmpdir(), "ec-review-xlsx-bench-"));
  try {
    const file = path.join(scratch, "orders.xlsx");
    await writeOrders(file, rows);
    console.log(`orders.xlsx: ${rows.toLocaleString("en-US")} orders, ${(statSync(file).size / 2 ** 20).toFixed(1)} MB`);
    const reports: Record<string, ReadReport[]> = { old: [], new: [] };
    for (let run = 0; run < runs; run++) {
      for (const reader of ["old", "new"]) {
        const result = spawnSync(process.execPath, ["--import", LOADER, SELF, "--child", reader, file], { encoding: "utf8", maxBuffer: 1 << 24 });
        if (result.status !== 0) throw new Error(`${reader} reader failed: ${result.stderr}`);
        reports[reader].push(JSON.parse(result.stdout.trim().split("\n").pop()!) as ReadReport);
      }
    }
    const summary = (reader: string) => ({ seconds: median(reports[reader].map((r) => r.seconds)), peakMB: median(reports[reader].map((r) => r.peakMB)), rows: reports[reader][0].rows });
    const old = summary("old");
    const now = summary("new");
    console.log(`old (ExcelJS stream): ${old.seconds.toFixed(2)} s, peak RSS ${old.peakMB.toFixed(0)} MB, ${old.rows} rows`);
    console.log(`new (read-xlsx.ts):   ${now.seconds.toFixed(2)} s, peak RSS ${now.peakMB.toFixed(0)} MB, ${now.rows} rows`);
    console.log(`new ÷ old: time ${(now.seconds / old.seconds).toFixed(2)}, peak RSS ${(now.peakMB / old.peakMB).toFixed(2)} (medians of ${runs})`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
