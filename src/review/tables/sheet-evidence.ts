import type { CellGrid } from "../../engine/cells/cell-value";
import { excelErrorText, isBlankCell } from "../../engine/cells/cell-value";
import { profileColumn, type ColumnProfile } from "./column-profile";
import { findHeaderRow, isBlankRow } from "./find-header-row";
import { lookupHeader, type HeaderLookup } from "./match-header";

/** What detection knows of a sheet: its header row, its headers and a profile of each column. */
export interface SheetEvidence {
  readonly headerRow: number | null;
  readonly firstDataRow: number;
  readonly columnCount: number;
  readonly headers: readonly (string | null)[];
  readonly lookups: readonly HeaderLookup[];
  readonly profiles: readonly ColumnProfile[];
  /** The sampled data rows, as the grid holds them. */
  readonly sample: readonly (readonly unknown[])[];
}

/** Non-blank data rows sampled by default: enough to see repeats, few enough to stay instant. */
export const DEFAULT_SAMPLE_ROWS = 200;
/** Blank rows tolerated among the sampled ones before sampling stops (a range selected far past the data). */
const SCAN_FACTOR = 5;

/**
 * Gathers the evidence of a sheet, reading the header search rows and at most `sampleRows`
 * non-blank data rows (scanning at most five times as many), never the whole sheet.
 */
export function gatherSheetEvidence(grid: CellGrid, sampleRows = DEFAULT_SAMPLE_ROWS): SheetEvidence {
  const { headerRow, firstDataRow } = findHeaderRow(grid);
  const sample = sampleDataRows(grid, firstDataRow, sampleRows);
  const headerCells = headerRow === null ? [] : grid[headerRow];
  let columnCount = headerCells.length;
  for (const row of sample) if (row.length > columnCount) columnCount = row.length;

  const headers: (string | null)[] = [];
  const lookups: HeaderLookup[] = [];
  const profiles: ColumnProfile[] = [];
  const cells = new Array<unknown>(sample.length);
  for (let c = 0; c < columnCount; c++) {
    const header = headerText(headerCells[c]);
    headers.push(header);
    lookups.push(lookupHeader(header));
    for (let r = 0; r < sample.length; r++) cells[r] = sample[r][c];
    profiles.push(profileColumn(cells));
  }
  return { headerRow, firstDataRow, columnCount, headers, lookups, profiles, sample };
}

/** The first `count` non-blank rows from `from` on. */
export function sampleDataRows(grid: CellGrid, from: number, count: number): (readonly unknown[])[] {
  const rows: (readonly unknown[])[] = [];
  const end = Math.min(grid.length, from + count * SCAN_FACTOR);
  for (let r = from; r < end && rows.length < count; r++) {
    const row = grid[r];
    if (!isBlankRow(row)) rows.push(row);
  }
  return rows;
}

function headerText(cell: unknown): string | null {
  if (isBlankCell(cell) || excelErrorText(cell) !== null) return null;
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "number" || typeof cell === "boolean") return String(cell);
  return null;
}
