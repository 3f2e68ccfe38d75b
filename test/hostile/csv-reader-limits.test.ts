/**
 * Excel's limits, checked before the work: a 50 MB line of 25 million fields, more rows than a
 * sheet holds, a file over the size cap. Each is refused with exit 1 and a message naming what is
 * wrong, in bounded memory. The files are written by the test to a temporary folder.
 */
import { closeSync, mkdtempSync, openSync, writeFileSync, ftruncateSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCliMeasured } from "../support/run-cli-measured";

const build = (dir: string, name: string) => runCliMeasured(["build", "--orders", name, "--out", "r.xlsx", "--json", "s.json", "--period", "2025-01..2025-06"], dir);

describe("ec-review build: a CSV past Excel's limits", () => {
  it("a 50 MB line of 25 million fields: exit 1 naming the row, peak memory under 500 MB", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ec-review-csv-"));
    writeFileSync(path.join(dir, "orders.csv"), Buffer.concat([Buffer.from("订单编号,金额\n1,88\n"), Buffer.alloc(50_000_000, "a,")]));
    const run = await build(dir, "orders.csv");
    expect(run.signal, run.stderr).toBeNull();
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/orders\.csv row 3 has more than 16,384 fields/);
    expect(run.peakMemoryMB).not.toBeNull();
    expect(run.peakMemoryMB!).toBeLessThan(500);
  }, 300_000);

  it("more lines than a sheet's 1,048,576 rows: refused before parsing", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ec-review-csv-"));
    writeFileSync(path.join(dir, "orders.csv"), Buffer.concat([Buffer.from("订单编号,金额\n"), Buffer.alloc(2 * 1_048_576, "1\n")]));
    const run = await build(dir, "orders.csv");
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/has more than 1,048,576 lines/);
  }, 300_000);

  it("a CSV over 512 MB: refused by its size, unread (a sparse file)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ec-review-csv-"));
    const fd = openSync(path.join(dir, "orders.csv"), "w");
    writeFileSync(fd, "订单编号,金额\n");
    ftruncateSync(fd, 600 * 1024 * 1024);
    closeSync(fd);
    const run = await build(dir, "orders.csv");
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/orders\.csv is 600 MB; a CSV of more than 512 MB is not read/);
    expect(run.peakMemoryMB!).toBeLessThan(500);
  }, 300_000);
});
