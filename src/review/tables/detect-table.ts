import type { CellGrid } from "../../engine/cells/cell-value";
import type { AssignedColumn } from "./assign-columns";
import { splitSuggestions } from "./column-suggestions";
import { SHEET_NAME_HINTS } from "./header-dictionary";
import { mapColumns } from "./map-columns";
import { normalizeHeader } from "./normalize-header";
import { DEFAULT_SAMPLE_ROWS, gatherSheetEvidence, type SheetEvidence } from "./sheet-evidence";
import type { ColumnMapping, TableDetection, TableDetectionOf } from "./table-detection";
import {
  CORE_FIELDS, DESIRED_FIELDS, FIELD_WEIGHTS, REQUIRED_FIELDS, SIGNATURE_FIELDS, TABLE_FIELDS, TABLE_KINDS, unmetFields,
  type FieldOf, type TableKind,
} from "./table-fields";

export interface DetectTableOptions {
  /** Map the columns for this kind instead of choosing the kind (the operator said what the sheet is). */
  readonly kind?: TableKind;
  /** The sheet's name: `6月订单`, `推广花费`, `Traffic` hint at the kind. */
  readonly sheetName?: string;
  /** Non-blank data rows to look at (default 200). */
  readonly sampleRows?: number;
}

/** What a sheet's name adds to the score of the kind it hints at. */
const SHEET_NAME_BONUS = 1.5;
/** A column with another kind's signature header (展现量 in an "order table") counts this much of its weight against. */
const FOREIGN_SIGNATURE_FACTOR = 0.5;
/** A kind without its required fields ranks as if it had half its score. */
const MISSING_REQUIRED_FACTOR = 0.5;
/** Below this score (a sheet of notes, one lone column) a sheet is no table at all. */
const MIN_KIND_SCORE = 1;

/**
 * Recognises the table a sheet holds and maps its columns: the first step of the review builder.
 * Pure; reads the header search rows and a sample of at most `sampleRows` data rows, never a
 * whole million-row sheet.
 *
 * The header row is found by `findHeaderRow` (or found missing); each column is profiled and mapped
 * by `mapColumns`, for each kind. A kind's score is the sum of its mapped fields' confidences
 * weighted by `FIELD_WEIGHTS`, less half the weight of other kinds' signature headers the sheet has
 * and the kind leaves unused (an ad report's 展现量, 点击量), plus a bonus when the sheet's name
 * hints at the kind, halved when a required field is missing. The kind with the best score wins
 * (ties in `TABLE_KINDS` order). Its confidence is its fit — score ÷ the score of a table with all
 * its core fields, at most 1 — times its lead over the runner-up (1 − ½ (runner-up ÷ score)²),
 * halved when a required field is missing. Columns found for a field that changes the figures
 * less surely than `SUGGESTION_THRESHOLD` are kept apart as `suggestions`, not used until the
 * operator confirms them (see `isSuggestion`).
 *
 * @returns the detection; without `options.kind`, `null` when the sheet holds no recognisable
 *   table (an empty sheet, a sheet of notes)
 * @example
 * detectTable([["订单编号", "买家会员名", "订单付款时间", "实付金额"], ["3012…", "tb1234", "2025-06-01 10:22:33", 88]])
 * // { kind: "orders", headerRow: 0, columns: { orderId: { column: 0, … }, buyer: …, paidTime: …, amount: … }, … }
 */
export function detectTable<K extends TableKind>(grid: CellGrid, options: DetectTableOptions & { readonly kind: K }): TableDetectionOf<K>;
export function detectTable(grid: CellGrid, options?: DetectTableOptions): TableDetection | null;
export function detectTable(grid: CellGrid, options: DetectTableOptions = {}): TableDetection | null {
  const evidence = gatherSheetEvidence(grid, options.sampleRows ?? DEFAULT_SAMPLE_ROWS);
  const hinted = sheetNameHints(options.sheetName);
  const scored = TABLE_KINDS.map((kind) => scoreKind(kind, evidence, hinted.has(kind)));
  const isEmpty = evidence.sample.length === 0 && evidence.headerRow === null;

  let chosen: KindScore;
  if (options.kind !== undefined) {
    chosen = scored[TABLE_KINDS.indexOf(options.kind)];
  } else {
    chosen = scored[0];
    for (const candidate of scored) if (candidate.rank > chosen.rank) chosen = candidate;
    if (isEmpty || chosen.rank < MIN_KIND_SCORE) return null;
  }
  let runnerUp = 0;
  for (const other of scored) if (other !== chosen && other.rank > runnerUp) runnerUp = other.rank;
  const lead = chosen.rank <= 0 ? 0 : 1 - 0.5 * Math.min(1, runnerUp / chosen.rank) ** 2;
  const confidence = isEmpty ? 0 : chosen.fit * lead * (chosen.missingRequired.length > 0 ? MISSING_REQUIRED_FACTOR : 1);
  return buildDetection(chosen, evidence, confidence);
}

interface KindScore {
  readonly kind: TableKind;
  readonly assigned: Map<string, AssignedColumn>;
  readonly missingRequired: readonly string[];
  /** Score the kinds are ranked by. */
  readonly rank: number;
  /** Score ÷ the score of a full table of the kind, in [0, 1]. */
  readonly fit: number;
}

function scoreKind<K extends TableKind>(kind: K, evidence: SheetEvidence, hintedByName: boolean): KindScore {
  const assigned = mapColumns(kind, evidence);
  const weights = FIELD_WEIGHTS[kind] as Readonly<Record<FieldOf<K>, number>>;
  let score = 0;
  const usedColumns = new Set<number>();
  for (const [field, mapping] of assigned) {
    score += weights[field] * mapping.confidence;
    usedColumns.add(mapping.column);
  }
  for (let column = 0; column < evidence.columnCount; column++) {
    if (!usedColumns.has(column)) score -= foreignSignatureWeight(kind, evidence, column) * FOREIGN_SIGNATURE_FACTOR;
  }
  if (hintedByName) score += SHEET_NAME_BONUS;
  score = Math.max(0, score);

  let ideal = 0;
  for (const group of CORE_FIELDS[kind] as readonly (readonly FieldOf<K>[])[]) ideal += Math.max(...group.map((field) => weights[field]));
  const missingRequired = unmetFields(REQUIRED_FIELDS[kind] as readonly (readonly FieldOf<K>[])[], (field) => assigned.has(field));
  return {
    kind,
    assigned,
    missingRequired,
    rank: missingRequired.length > 0 ? score * MISSING_REQUIRED_FACTOR : score,
    fit: Math.min(1, score / ideal),
  };
}

/** The largest weight × confidence with which a column's header names a signature field of another kind. */
function foreignSignatureWeight(kind: TableKind, evidence: SheetEvidence, column: number): number {
  let worst = 0;
  for (const match of evidence.lookups[column].matches) {
    if (match.kind === kind || match.by !== "exact") continue;
    const signature = SIGNATURE_FIELDS[match.kind] as readonly string[];
    if (!signature.includes(match.field)) continue;
    const weight = (FIELD_WEIGHTS[match.kind] as Readonly<Record<string, number>>)[match.field] * match.confidence;
    if (weight > worst) worst = weight;
  }
  return worst;
}

function sheetNameHints(sheetName: string | undefined): Set<TableKind> {
  const hinted = new Set<TableKind>();
  if (sheetName === undefined) return hinted;
  const name = normalizeHeader(sheetName);
  for (const kind of TABLE_KINDS) if (SHEET_NAME_HINTS[kind].some((hint) => name.includes(normalizeHeader(hint)))) hinted.add(kind);
  return hinted;
}

function buildDetection(chosen: KindScore, evidence: SheetEvidence, confidence: number): TableDetection {
  const kind = chosen.kind;
  const found: Record<string, ColumnMapping> = {};
  for (const field of TABLE_FIELDS[kind]) {
    const mapping = chosen.assigned.get(field);
    if (mapping === undefined) continue;
    found[field] = {
      column: mapping.column,
      header: evidence.headers[mapping.column],
      confidence: clamp01(mapping.confidence),
      source: mapping.source,
    };
  }
  const { columns, suggestions } = splitSuggestions(kind, found as Partial<Record<FieldOf<typeof kind>, ColumnMapping>>);
  return {
    kind,
    confidence: clamp01(confidence),
    headerRow: evidence.headerRow,
    firstDataRow: evidence.firstDataRow,
    columnCount: evidence.columnCount,
    headers: evidence.headers,
    columns,
    suggestions,
    missingRequired: chosen.missingRequired,
    missingDesired: unmetFields(DESIRED_FIELDS[kind] as readonly (readonly string[])[], (field) => field in columns),
    sampledRows: evidence.sample.length,
  } as TableDetection;
}

function clamp01(value: number): number {
  return value < 0 ? 0 : value > 1 ? 1 : value;
}
