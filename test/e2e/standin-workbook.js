/**
 * The stand-in for Excel in the browser end-to-end test: runs in the page before taskpane.js
 * (Playwright `addInitScript`) and puts a workbook gateway on `window.__ecReviewGateway`, the hook
 * that src/taskpane/standin-gateway.ts documents for `taskpane.html?standin=1`.
 *
 * The workbook lives in memory: the operator's sheets come from `window.__ecReviewStandinData`
 * (`{ sheets: { name: grid }, chunkRows }`, set by an init script registered just before this one). The
 * gateway behaves as the office-js one (src/taskpane/workbook/excel-workbook.ts) does where the
 * pane can see it: used ranges from A1, chunked reads with progress and abort, the five write
 * stages with abort, the review written to a sheet of its own that later listings report as owned,
 * a sheet of the operator's never written, settings kept in the workbook, `selectSheet` failing for
 * a sheet that does not exist.
 *
 * Everything the pane asks the workbook to do is recorded on `window.__ecReviewRecord` for the
 * test to read back with `page.evaluate`. `window.__ecReviewStandin.hold(point)` makes the gateway
 * wait at a point ("read:<sheet>" after the first chunk, "write:<stage>") until `release(point)`,
 * so the test can look at the progress without racing it.
 *
 * Plain browser JavaScript, not bundled: Playwright injects this file as it is.
 */
(() => {
  const data = window.__ecReviewStandinData;
  delete window.__ecReviewStandinData;
  if (data === undefined) throw new Error("standin-workbook.js: window.__ecReviewStandinData was not set before it");

  /** Rows per chunk of readSource (the Excel gateway sizes its chunks by bytes; a fixed count will do here). */
  const chunkRows = data.chunkRows ?? 500;
  const WRITE_STAGES = ["inspect", "cells", "formats", "charts", "commit"];

  /** name → { grid, owned }, in workbook order; the operator's sheets first. */
  const sheets = new Map(Object.entries(data.sheets).map(([name, grid]) => [name, { grid, owned: false }]));
  let settings = null;

  const record = {
    calls: [],
    /** [sheet, read, total] for every onProgress call of readSource. */
    readProgress: [],
    /** The write stages reported, per writeReview call. */
    writeStages: [],
    written: [],
    /** The lists written beside the review (the outreach list): sheet name, header, row count. */
    lists: [],
    savedSettings: [],
    selectedSheets: [],
    insertedFormulas: [],
  };

  const holds = new Map();
  const control = {
    hold(point) {
      let release;
      const promise = new Promise((resolve) => { release = resolve; });
      holds.set(point, { promise, release });
    },
    release(point) {
      holds.get(point)?.release();
      holds.delete(point);
    },
    /** The sheets as they are now (the review's cells are not kept: the layout is in `record.written`). */
    sheets() {
      return Object.fromEntries([...sheets].filter(([, sheet]) => !sheet.owned).map(([name, sheet]) => [name, sheet.grid]));
    },
    sheetNames() {
      return [...sheets.keys()];
    },
  };

  const copy = (value) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
  const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
  const waitAt = (point) => holds.get(point)?.promise;
  const sameName = (a, b) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

  function abortError() {
    const error = new Error("The operation was cancelled.");
    error.name = "AbortError";
    return error;
  }

  function throwIfAborted(signal) {
    if (signal?.aborted) throw abortError();
  }

  function columnName(column) {
    let name = "";
    for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    return name;
  }

  function sourceOf(name, sheet) {
    const rows = sheet.grid.length;
    const columns = rows === 0 ? 0 : Math.max(...sheet.grid.map((row) => row.length));
    const quoted = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
    return {
      name, kind: "worksheet", rows, columns, owned: sheet.owned,
      address: rows === 0 ? "" : `${quoted}!A1:${columnName(columns - 1)}${rows}`, firstRow: 1,
    };
  }

  window.__ecReviewRecord = record;
  window.__ecReviewStandin = control;
  window.__ecReviewGateway = {
    async hostSupport() {
      record.calls.push("hostSupport");
      return { supported: true, missing: [] };
    },

    async listSources() {
      record.calls.push("listSources");
      await nextTask();
      return [...sheets].map(([name, sheet]) => sourceOf(name, sheet));
    },

    async readSource(name, options = {}) {
      record.calls.push(`readSource:${name}`);
      const { onProgress, signal } = options;
      throwIfAborted(signal);
      const sheet = sheets.get(name);
      if (sheet === undefined) throw new Error(`The requested resource doesn't exist. (sheet ${name})`);
      const total = sheet.grid.length;
      const grid = [];
      onProgress?.(0, total);
      record.readProgress.push([name, 0, total]);
      while (grid.length < total) {
        throwIfAborted(signal);
        // Each chunk is a copy, as a response from Excel is: the pane can never reach the sheet's own cells.
        grid.push(...copy(sheet.grid.slice(grid.length, grid.length + chunkRows)));
        onProgress?.(grid.length, total);
        record.readProgress.push([name, grid.length, total]);
        await nextTask();
        await waitAt(`read:${name}`);
      }
      throwIfAborted(signal);
      return grid;
    },

    async writeReview(layout, options = {}) {
      record.calls.push("writeReview");
      const { onProgress, signal } = options;
      const stages = [];
      record.writeStages.push(stages);
      // The sheet of the layout's name when it is the review's, else "name (2)" … (review-sheet-name.ts).
      let name = layout.name;
      for (let n = 2; [...sheets].some(([existing, sheet]) => sameName(existing, name) && !sheet.owned); n++) name = `${layout.name} (${n})`;
      for (const stage of WRITE_STAGES) {
        throwIfAborted(signal);
        onProgress?.(stage);
        stages.push(stage);
        await nextTask();
        await waitAt(`write:${stage}`);
      }
      record.written.push({ sheetName: name, layout: copy(layout) });
      sheets.set(name, { grid: [], owned: true });
      return name === layout.name ? { sheetName: name } : { sheetName: name, renamedBecauseTaken: layout.name };
    },

    async writeListSheet(list, options = {}) {
      record.calls.push("writeListSheet");
      throwIfAborted(options.signal);
      let name = list.name;
      for (let n = 2; [...sheets].some(([existing, sheet]) => sameName(existing, name) && !sheet.owned); n++) name = `${list.name} (${n})`;
      record.lists.push({ sheetName: name, header: copy(list.header), rows: list.rows.length });
      sheets.set(name, { grid: [], owned: true });
      return name === list.name ? { sheetName: name } : { sheetName: name, renamedBecauseTaken: list.name };
    },

    async loadSettings() {
      record.calls.push("loadSettings");
      return copy(settings) ?? null;
    },

    async saveSettings(next) {
      record.calls.push("saveSettings");
      settings = copy(next);
      record.savedSettings.push(copy(next));
    },

    async selectSheet(name) {
      record.calls.push(`selectSheet:${name}`);
      if (![...sheets.keys()].some((existing) => sameName(existing, name))) throw new Error(`The requested resource doesn't exist. (sheet ${name})`);
      record.selectedSheets.push(name);
    },

    async insertFormula(formula) {
      record.calls.push("insertFormula");
      record.insertedFormulas.push(formula);
    },
  };
})();
