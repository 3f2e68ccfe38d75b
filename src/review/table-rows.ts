import { describeCell, type CellGrid } from "../engine/cells/cell-value";
import { columnName } from "./sheet-layout";

/** What the table readers (`readOrderTable`, `readChannelMonthTable`) are given for a detected table. */
export interface TableRows {
  readonly grid: CellGrid;
  /** Rows cut off the top of the sheet's grid: `grid[0]` is row `rowsCut` of the grid read. */
  readonly rowsCut: number;
  readonly options: { readonly sheet: string; readonly headerRow: number | null; readonly firstSheetRow: number };
}

/**
 * The grid and reading options of a detected table. A table without a header row starts at its
 * first data row (the rows above it are a title or notes), so the grid is cut there.
 * `firstSheetRow` is the sheet row (1-based) of the table's grid's first row.
 */
export function tableRows(
  table: { readonly grid: CellGrid; readonly sheet: string; readonly detection: { readonly headerRow: number | null; readonly firstDataRow: number } },
  firstSheetRow = 1,
): TableRows {
  const { detection, grid, sheet } = table;
  if (detection.headerRow === null && detection.firstDataRow > 0) {
    const rowsCut = detection.firstDataRow;
    return { grid: grid.slice(rowsCut), rowsCut, options: { sheet, headerRow: null, firstSheetRow: firstSheetRow + rowsCut } };
  }
  return { grid, rowsCut: 0, options: { sheet, headerRow: detection.headerRow, firstSheetRow } };
}

/** The rows below the header (or from the first data row): the table's data rows, blank ones included. */
export function dataRowCount(rows: TableRows): number {
  return Math.max(0, rows.grid.length - (rows.options.headerRow === null ? 0 : rows.options.headerRow + 1));
}

/** How a skipped-row message names a column: its header as the sheet shows it (made safe to print), else its letter. */
export function columnHeaderText(grid: CellGrid, headerRow: number | null, column: number): string {
  const cell = headerRow === null ? undefined : grid[headerRow]?.[column];
  return cell === null || cell === undefined || String(cell).trim() === "" ? columnName(column) : describeCell(String(cell).trim());
}
