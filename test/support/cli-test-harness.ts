/**
 * What the command line's tests share: a scratch folder, the sample shop written as the files an
 * operator would hand over, and `runCli` with its output captured. Test support only; nothing in
 * the command line imports it.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { civilFromSerial } from "../../src/engine/calendar";
import { runCli, type CliIo } from "../../src/cli/ec-review";

/** A fresh folder under the system's temp folder; `remove()` deletes it. */
export function scratchFolder(prefix = "ec-review-cli-"): { dir: string; file(name: string): string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, file: (name) => path.join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command line in-process in `cwd`, English unless `env` says otherwise, with a fixed clock. */
export async function runCaptured(argv: readonly string[], cwd: string, io: Partial<CliIo> = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    env: { LANG: "en_US.UTF-8" },
    now: () => new Date(Date.UTC(2025, 10, 3, 9, 30)),
    ...io,
  });
  return { code, stdout, stderr };
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** An Excel serial as Excel writes it when it saves a date-time cell to CSV: "2025-06-01 10:22:33". */
export function dateTimeText(serial: number): string {
  const { year, month, day } = civilFromSerial(serial);
  const seconds = Math.round((serial - Math.floor(serial)) * 86_400);
  const time = seconds === 0 ? "" : ` ${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
  return `${year}-${two(month)}-${two(day)}${time}`;
}

function csvField(cell: unknown): string {
  const text = cell === null || cell === undefined ? "" : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A grid as the CSV Excel saves: CRLF rows, fields quoted where needed, and numbers in the date
 * columns written as dates (Excel saves what the cell shows, not its serial).
 */
export function csvText(grid: readonly (readonly unknown[])[], dateColumns: readonly number[] = []): string {
  const dates = new Set(dateColumns);
  return grid.map((row, r) => row.map((cell, c) => csvField(r > 0 && dates.has(c) && typeof cell === "number" ? dateTimeText(cell) : cell)).join(",")).join("\r\n") + "\r\n";
}

export function writeCsv(file: string, grid: readonly (readonly unknown[])[], dateColumns: readonly number[] = []): void {
  writeFileSync(file, csvText(grid, dateColumns));
}

/** Writes the grids as the sheets of an .xlsx file, cells as they are (numbers, text, blanks). */
export async function writeXlsx(file: string, sheets: readonly { name: string; grid: readonly (readonly unknown[])[] }[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    for (const row of sheet.grid) worksheet.addRow(row.map((cell) => (cell === "" ? null : cell)));
  }
  await workbook.xlsx.writeFile(file);
}
