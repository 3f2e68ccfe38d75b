/**
 * How many rows to read per request so that no response grows past Excel on the web's limit.
 * Excel on the web refuses a request or response larger than 5 MB
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins);
 * reads aim well below it: the first chunk is sized from the column count alone, later chunks
 * from the largest row seen so far.
 *
 * Sizes are measured as JSON with every non-ASCII character escaped (`\uXXXX`, 6 bytes): the
 * largest form the values can take in transit, so Chinese text is never under-counted.
 *
 * @example
 * const sizer = new ChunkSizer(9);
 * let rows = sizer.nextRows(200_000); // 1,820 for 9 columns
 * sizer.measure(firstChunk);
 * rows = sizer.nextRows(200_000 - firstChunk.length); // from the largest row measured
 */

/** The most a chunk's values may take: under the 5 MB limit with room for the response envelope. */
export const CHUNK_BYTE_LIMIT = 4_000_000;

/** Later chunks aim at this share of the limit, leaving room for rows longer than any seen before. */
const TARGET_SHARE = 0.75;

/** The first chunk, before anything is measured, assumes this many bytes per cell … */
const ASSUMED_CELL_BYTES = 64;
/** … and aims at this size: a quarter of the limit, so cells four times larger than assumed still fit. */
const FIRST_CHUNK_BYTES = 1_000_000;

/** JSON bytes of one cell value, non-ASCII characters counted as `\uXXXX` escapes. */
export function cellJsonBytes(value: unknown): number {
  if (typeof value === "string") {
    let bytes = 2;
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      if (code === 0x22 || code === 0x5c) bytes += 2;
      else if (code < 0x20 || code > 0x7e) bytes += 6;
      else bytes += 1;
    }
    return bytes;
  }
  if (typeof value === "number") return Number.isFinite(value) ? String(value).length : 4;
  if (typeof value === "boolean") return value ? 4 : 5;
  return 4; // null
}

/** JSON bytes of one row: brackets, commas and cells. */
export function rowJsonBytes(row: readonly unknown[]): number {
  let bytes = 2 + Math.max(0, row.length - 1);
  for (const cell of row) bytes += cellJsonBytes(cell);
  return bytes;
}

/** JSON bytes of a 2-D array of values, as `rowJsonBytes` counts them. */
export function gridJsonBytes(rows: readonly (readonly unknown[])[]): number {
  let bytes = 2 + Math.max(0, rows.length - 1);
  for (const row of rows) bytes += rowJsonBytes(row);
  return bytes;
}

/** Chooses chunk heights for one read: from the column count first, then from what the chunks measured. */
export class ChunkSizer {
  private largestRowBytes = 0;
  private rowCap = Infinity;

  constructor(private readonly columns: number) {}

  /** Rows for the next chunk, at least 1 and at most `remaining`. */
  nextRows(remaining: number): number {
    const rows = this.largestRowBytes === 0
      ? FIRST_CHUNK_BYTES / (Math.max(1, this.columns) * ASSUMED_CELL_BYTES)
      : (CHUNK_BYTE_LIMIT * TARGET_SHARE) / this.largestRowBytes;
    return Math.max(1, Math.min(remaining, this.rowCap, Math.floor(rows)));
  }

  /** Takes a chunk's rows into account; returns the chunk's size in bytes. */
  measure(rows: readonly (readonly unknown[])[]): number {
    let bytes = 2 + Math.max(0, rows.length - 1);
    for (const row of rows) {
      const rowBytes = rowJsonBytes(row);
      if (rowBytes > this.largestRowBytes) this.largestRowBytes = rowBytes;
      bytes += rowBytes;
    }
    return bytes;
  }

  /** After Excel refused a chunk of `rows` rows as too large: later chunks take at most half as many. */
  shrink(rows: number): void {
    this.rowCap = Math.max(1, Math.floor(rows / 2));
  }
}

/** True when two rows hold the same values (cell by cell, `===`; NaN never reaches `Range.values`). */
function sameRow(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Appends a chunk's rows to `grid`, taking from `previous` (the same sheet read before, when
 * given) every row that is unchanged at the same position: a sheet read again for a build shares
 * its unchanged rows with the reading the pane already holds instead of holding them twice.
 * `offset` is the position of the chunk's first row in the sheet.
 */
export function appendRows(grid: unknown[][], rows: unknown[][], offset: number, previous?: readonly (readonly unknown[])[]): void {
  for (let i = 0; i < rows.length; i++) {
    const before = previous?.[offset + i];
    grid.push(before !== undefined && sameRow(before, rows[i]) ? (before as unknown[]) : rows[i]);
  }
}
