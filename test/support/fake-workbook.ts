/**
 * A workbook gateway over grids in memory, for the pane's tests: it reads in chunks with
 * progress, honours abort signals like the Excel gateway (rejecting with an AbortError), reports
 * the write stages, and records every call. Not part of the bundle (only tests import it).
 */
import { generateSampleShop } from "../../src/sample-shop/generate-sample-shop";
import { appendRows } from "../../src/taskpane/workbook/read-chunks";
import type { SheetLayout } from "../../src/review/sheet-layout";
import type { PaneGateway } from "../../src/taskpane/pane-gateway";
import { a1 } from "../../src/review/sheet-layout";
import type { ListSheet, ReviewSettings, SourceSheet, WriteReviewResult, WriteReviewStage } from "../../src/taskpane/workbook/workbook-gateway";

export interface FakeWorkbookOptions {
  readonly sheets: Readonly<Record<string, unknown[][]>>;
  readonly settings?: ReviewSettings | null;
  /** Rows per reported chunk (default 500). */
  readonly chunkRows?: number;
  /** When set, reading stops after the first chunk until the read is aborted (to test Cancel); see also `FakeWorkbook.control`. */
  readonly holdReads?: boolean;
  readonly supported?: boolean;
  /**
   * Without it the fake has no `insertFormula`. With it, Insert writes into `sheets` as the Excel
   * gateway does: into the selected cell when it is empty, else into the first empty cell below.
   */
  readonly canInsert?: boolean;
  /** The selected cell (0-based) for Insert; default A1 of the first sheet. */
  readonly selection?: { readonly sheet: string; readonly row: number; readonly column: number };
  /** Extra facts writeReview reports (`leftAlone`, `keptInputs`), as the Excel gateway would. */
  readonly writeResult?: Pick<WriteReviewResult, "leftAlone" | "keptInputs">;
  /** Rejects writeReview with this message. */
  readonly writeError?: string;
}

export interface FakeWorkbook extends PaneGateway {
  /**
   * Switches the test can flip while the pane runs: `holdReads` as the option; `pauses` holds the
   * points ("read:<sheet>" after the first chunk, "write:<stage>") where the fake waits for a promise.
   */
  readonly control: { holdReads: boolean; readonly pauses: Map<string, Promise<void>> };
  readonly calls: string[];
  readonly written: SheetLayout[];
  /** The lists written beside the review (the outreach list). */
  readonly lists: ListSheet[];
  readonly saved: ReviewSettings[];
  readonly selected: string[];
  readonly inserted: string[];
}

function abortError(): Error {
  const error = new Error("The operation was aborted.");
  error.name = "AbortError";
  return error;
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function fakeWorkbook(options: FakeWorkbookOptions): FakeWorkbook {
  const calls: string[] = [];
  const written: SheetLayout[] = [];
  const lists: ListSheet[] = [];
  const saved: ReviewSettings[] = [];
  const selected: string[] = [];
  const inserted: string[] = [];
  let settings = options.settings ?? null;
  const chunkRows = options.chunkRows ?? 500;
  const sources = (): SourceSheet[] => Object.entries(options.sheets).map(([name, grid]) => ({
    name, kind: "worksheet", rows: grid.length, columns: grid[0]?.length ?? 0, owned: false,
    address: `${name}!A1`, firstRow: 1,
  }));

  const control = { holdReads: options.holdReads ?? false, pauses: new Map<string, Promise<void>>() };
  const gateway: FakeWorkbook = {
    control, calls, written, lists, saved, selected, inserted,
    async hostSupport() {
      calls.push("hostSupport");
      return options.supported === false ? { supported: false, missing: ["ExcelApi 1.12"] } : { supported: true, missing: [] };
    },
    async listSources() {
      calls.push("listSources");
      await tick();
      return sources();
    },
    async readSource(name, read = {}) {
      calls.push(`readSource:${name}`);
      const grid = options.sheets[name];
      if (grid === undefined) throw new Error(`No sheet ${name}`);
      for (let done = 0; done < grid.length;) {
        if (read.signal?.aborted) throw abortError();
        done = Math.min(grid.length, done + chunkRows);
        read.onProgress?.(done, grid.length);
        await tick();
        await control.pauses.get(`read:${name}`);
        if (control.holdReads) {
          await new Promise<void>((_resolve, reject) => {
            if (read.signal?.aborted) reject(abortError());
            read.signal?.addEventListener("abort", () => reject(abortError()));
          });
        }
      }
      // As the Excel gateway does: rows unchanged since `previous` are taken from it.
      const rows: unknown[][] = [];
      appendRows(rows, grid.map((row) => row.slice()), 0, read.previous);
      return rows;
    },
    async writeReview(layout, write = {}) {
      calls.push("writeReview");
      for (const stage of ["inspect", "cells", "formats", "charts", "commit"] as WriteReviewStage[]) {
        if (write.signal?.aborted) throw abortError();
        write.onProgress?.(stage);
        await tick();
        await control.pauses.get(`write:${stage}`);
      }
      if (options.writeError !== undefined) throw new Error(options.writeError);
      written.push(layout);
      return { sheetName: layout.name, ...options.writeResult };
    },
    async writeListSheet(list, write = {}) {
      calls.push("writeListSheet");
      if (write.signal?.aborted) throw abortError();
      await tick();
      lists.push(list);
      return { sheetName: list.name };
    },
    async loadSettings() {
      calls.push("loadSettings");
      return settings;
    },
    async saveSettings(next) {
      calls.push("saveSettings");
      settings = next;
      saved.push(next);
    },
    async selectSheet(name) {
      calls.push(`selectSheet:${name}`);
      selected.push(name);
    },
  };
  if (options.canInsert) {
    gateway.insertFormula = async (formula) => {
      calls.push("insertFormula");
      const { sheet, row, column } = options.selection ?? { sheet: Object.keys(options.sheets)[0], row: 0, column: 0 };
      const grid = options.sheets[sheet] as unknown[][];
      const empty = (r: number) => {
        const value = grid[r]?.[column];
        return value === undefined || value === null || value === "";
      };
      let target = row;
      while (!empty(target)) target++;
      while (grid.length <= target) grid.push([]);
      grid[target][column] = formula;
      inserted.push(formula);
      const address = (r: number) => `${sheet}!${a1(r, column)}`;
      return { address: address(target), selected: address(row) };
    };
  }
  return gateway;
}

/**
 * A small shop as an operator's workbook: 订单 (orders, with two unreadable rows), 推广 (ad spend)
 * and 流量 (traffic), June–October 2025 and the five months before.
 */
export function sampleWorkbookSheets(orders = 600): Record<string, unknown[][]> {
  const shop = generateSampleShop({ orders, seed: 7, startMonth: "2025-01", months: 10, dirtyRate: 0 });
  const orderGrid = shop.orders.map((row) => row.slice());
  // Row 3 (sheet row) gets an amount nobody can read, row 5 loses its payment time.
  orderGrid[2][3] = "about 80";
  orderGrid[4][2] = "";
  return { 订单: orderGrid, 推广: shop.adSpend, 流量: shop.traffic };
}
