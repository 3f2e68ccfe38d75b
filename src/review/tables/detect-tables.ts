import type { CellGrid } from "../../engine/cells/cell-value";
import { detectTable } from "./detect-table";
import type { TableDetection, TableDetectionOf } from "./table-detection";
import { TABLE_KINDS, type TableKind } from "./table-fields";

/** A sheet of the workbook, as the task pane reads it. */
export interface NamedGrid {
  readonly name: string;
  readonly grid: CellGrid;
}

/** The table chosen for one kind and the sheet it is on. */
export interface SheetTable<K extends TableKind> {
  readonly sheet: string;
  readonly detection: TableDetectionOf<K>;
}

/** The tables found in a workbook: the best sheet for each kind (or `null`), and what each sheet was taken for. */
export type WorkbookTables = { readonly [K in TableKind]: SheetTable<K> | null } & {
  readonly sheets: readonly { readonly name: string; readonly detection: TableDetection | null }[];
};

export interface DetectTablesOptions {
  /** Sheets recognised with less confidence are not chosen for their kind (default 0.25). */
  readonly minConfidence?: number;
  /** Non-blank data rows to look at per sheet (default 200). */
  readonly sampleRows?: number;
  /**
   * What sheets were already taken for, by name (a sheet read again and found unchanged): used as
   * it is, not detected again. Its detection must have been made with the same `sampleRows`.
   */
  readonly known?: ReadonlyMap<string, TableDetection | null>;
}

const DEFAULT_MIN_CONFIDENCE = 0.25;

/**
 * Recognises the table on each sheet (`detectTable`, the sheet's name as a hint) and chooses the
 * best sheet for each kind: among the sheets taken for that kind with at least `minConfidence`,
 * one with all its required fields before one without, then the most confident, then the first.
 * A sheet serves one kind only.
 *
 * @example
 * detectTables([{ name: "订单", grid: orders }, { name: "推广", grid: ads }]).orders?.sheet // "订单"
 */
export function detectTables(sheets: readonly NamedGrid[], options: DetectTablesOptions = {}): WorkbookTables {
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const found = sheets.map((sheet) => ({
    name: sheet.name,
    detection: options.known?.has(sheet.name) ? (options.known.get(sheet.name) as TableDetection | null) : detectTable(sheet.grid, { sheetName: sheet.name, sampleRows: options.sampleRows }),
  }));
  const best: Partial<Record<TableKind, { sheet: string; detection: TableDetection }>> = {};
  for (const { name, detection } of found) {
    if (detection === null || detection.confidence < minConfidence) continue;
    const held = best[detection.kind];
    if (held === undefined || isBetter(detection, held.detection)) best[detection.kind] = { sheet: name, detection };
  }
  const tables: Record<string, unknown> = { sheets: found };
  for (const kind of TABLE_KINDS) tables[kind] = best[kind] ?? null;
  return tables as WorkbookTables;
}

function isBetter(candidate: TableDetection, held: TableDetection): boolean {
  const candidateComplete = candidate.missingRequired.length === 0;
  const heldComplete = held.missingRequired.length === 0;
  if (candidateComplete !== heldComplete) return candidateComplete;
  return candidate.confidence > held.confidence;
}
