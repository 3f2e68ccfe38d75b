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
 * The share actions (check, Turn into values, Restore formulas) work on the `EC.` formulas of
 * `__ecReviewStandinData.formulas` (`{ sheet: [{ cell: "B2", formula, value }] }`, a `value` of rows
 * for a result that spills), shown in the sheets' cells by their values; the selection is
 * `__ecReviewStandinData.selection` (`{ sheet, range: "B1:B7" }`). As the Excel gateway does, a
 * converted cell keeps its formula in a note (`sheetNotes()`), a value still computing or an error
 * is refused, a spill is converted whole, and other formulas are never touched.
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

  /** sheet → cell ("B2") → { formula, value, spill }: the EC. formulas (and any other) the share actions see. */
  const formulas = new Map(Object.entries(data.formulas ?? {}).map(([sheet, list]) => [sheet, new Map(list.map((entry) => [entry.cell, { ...entry }]))]));
  /** "sheet!cell" → { formula, spill }: formulas kept by Turn into values. */
  const notes = new Map();
  const selection = data.selection ?? null;

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
    /** The formulas kept in notes, by "sheet!cell". */
    sheetNotes() {
      return Object.fromEntries(notes);
    },
    /** Each sheet's formula cells now, by cell. */
    formulaCells() {
      return Object.fromEntries([...formulas].map(([sheet, cells]) => [sheet, Object.fromEntries([...cells].map(([cell, entry]) => [cell, entry.formula]))]));
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

  // ---- A1 addresses and the share actions ----

  function cellIndex(cell) {
    const match = /^([A-Z]+)(\d+)$/.exec(cell);
    let column = 0;
    for (const char of match[1]) column = column * 26 + (char.charCodeAt(0) - 64);
    return { row: Number(match[2]) - 1, column: column - 1 };
  }

  function boundsOf(range) {
    const [from, to = from] = range.split(":");
    const a = cellIndex(from);
    const b = cellIndex(to);
    return { top: a.row, left: a.column, bottom: b.row, right: b.column };
  }

  const cellName = (row, column) => `${columnName(column)}${row + 1}`;
  const isEcFormula = (formula) => /(?<![\w.$])(?:_xldudf_EC_|EC\.)[A-Za-z][A-Za-z0-9]*\s*\(/i.test(formula);
  const isError = (value) => typeof value === "string" && /^#[A-Z/0-9_]+[!?]?$/.test(value);

  /** The cells a formula covers: its spill (a value of rows), or its cell. */
  function extentOf(cell, value) {
    const { row, column } = cellIndex(cell);
    const rows = Array.isArray(value) ? value.length : 1;
    const columns = Array.isArray(value) ? value[0].length : 1;
    return { top: row, left: column, bottom: row + rows - 1, right: column + columns - 1 };
  }

  const intersects = (a, b) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
  const rangeText = (b) => `${cellName(b.top, b.left)}:${cellName(b.bottom, b.right)}`;

  function scopeOf(scope) {
    if (scope.kind === "sheet") return { sheet: scope.sheet, looked: { sheet: scope.sheet }, bounds: null };
    if (selection === null) throw new Error("The stand-in has no selection.");
    return { sheet: selection.sheet, looked: { sheet: selection.sheet, range: selection.range }, bounds: boundsOf(selection.range) };
  }

  /** Writes a value (or a spill's rows) into a sheet's grid, from `cell`. */
  function writeValues(sheetName, cell, value) {
    const grid = sheets.get(sheetName).grid;
    const rows = Array.isArray(value) ? value : [[value]];
    const { row, column } = cellIndex(cell);
    rows.forEach((cells, r) => cells.forEach((item, c) => {
      while (grid.length <= row + r) grid.push([]);
      grid[row + r][column + c] = item;
    }));
  }

  function byPosition(a, b) {
    const x = cellIndex(a);
    const y = cellIndex(b);
    return x.row - y.row || x.column - y.column;
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

    async checkEcFormulas() {
      record.calls.push("checkEcFormulas");
      await nextTask();
      const cells = [];
      const counts = [];
      for (const name of sheets.keys()) {
        const found = [...(formulas.get(name) ?? new Map()).values()].filter((entry) => isEcFormula(entry.formula)).sort((a, b) => byPosition(a.cell, b.cell));
        if (found.length === 0) continue;
        counts.push({ sheet: name, count: found.length });
        for (const entry of found) {
          if (cells.length < 500) cells.push({ sheet: name, cell: entry.cell, formula: entry.formula, ...(Array.isArray(entry.value) ? { spill: rangeText(extentOf(entry.cell, entry.value)) } : {}) });
        }
      }
      return { cells, sheets: counts, total: counts.reduce((sum, item) => sum + item.count, 0) };
    },

    async convertEcFormulas(scope) {
      record.calls.push(`convertEcFormulas:${JSON.stringify(scope)}`);
      await nextTask();
      const { sheet, looked, bounds } = scopeOf(scope);
      const cells = formulas.get(sheet) ?? new Map();
      const converted = [];
      const refused = [];
      for (const entry of [...cells.values()].sort((a, b) => byPosition(a.cell, b.cell))) {
        const extent = extentOf(entry.cell, entry.value);
        if (!isEcFormula(entry.formula) || (bounds !== null && !intersects(extent, bounds))) continue;
        const spill = Array.isArray(entry.value) ? { spill: rangeText(extent) } : {};
        const shown = Array.isArray(entry.value) ? entry.value[0][0] : entry.value;
        if (isError(shown)) {
          const reason = shown === "#BUSY!" ? "pending" : shown === "#NAME?" ? "unknown" : "error";
          refused.push({ sheet, cell: entry.cell, formula: entry.formula, ...spill, reason, value: shown });
          continue;
        }
        notes.set(`${sheet}!${entry.cell}`, { formula: entry.formula.replace(/_xldudf_EC_/gi, "EC."), value: entry.value });
        writeValues(sheet, entry.cell, entry.value);
        cells.delete(entry.cell);
        converted.push({ sheet, cell: entry.cell, formula: entry.formula, ...spill, keptIn: "note" });
      }
      return { scope: looked, converted, refused };
    },

    async restoreEcFormulas(scope) {
      record.calls.push(`restoreEcFormulas:${JSON.stringify(scope)}`);
      await nextTask();
      const { sheet, looked, bounds } = scopeOf(scope);
      const restored = [];
      const skipped = [];
      for (const [key, kept] of [...notes].sort(([a], [b]) => byPosition(a.split("!")[1], b.split("!")[1]))) {
        const [noteSheet, cell] = key.split("!");
        const extent = extentOf(cell, kept.value);
        if (noteSheet !== sheet || (bounds !== null && !intersects(extent, bounds))) continue;
        const spill = Array.isArray(kept.value) ? { spill: rangeText(extent) } : {};
        const cells = formulas.get(sheet) ?? new Map();
        if (cells.has(cell)) {
          skipped.push({ sheet, cell, formula: kept.formula, ...spill, reason: "hasFormula" });
          continue;
        }
        cells.set(cell, { cell, formula: kept.formula, value: kept.value });
        formulas.set(sheet, cells);
        notes.delete(key);
        restored.push({ sheet, cell, formula: kept.formula, ...spill });
      }
      return { scope: looked, restored, skipped };
    },
  };
})();
