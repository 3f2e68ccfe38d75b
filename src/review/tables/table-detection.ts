import type { FieldOf, TableKind } from "./table-fields";

/**
 * Where a field's column was found: by its `header`, by its `content` (the header being unknown
 * or missing), or chosen by the operator (`override`).
 */
export type MappingSource = "header" | "content" | "override";

/** The column a field was mapped to. */
export interface ColumnMapping {
  /** 0-based column index in the grid. */
  readonly column: number;
  /** The column's header as the sheet writes it (trimmed); `null` without a header row or for a blank header. */
  readonly header: string | null;
  /** How sure the mapping is, in [0, 1]; 1 for an override. */
  readonly confidence: number;
  readonly source: MappingSource;
}

/** A table recognised in a grid: what kind it is, where it starts and which column holds which field. */
export interface TableDetectionOf<K extends TableKind> {
  readonly kind: K;
  /** How sure the kind is, in [0, 1]: how fully the sheet fits it and how clearly better than the other kinds. */
  readonly confidence: number;
  /** 0-based index of the header row in the grid, or `null` when the table has none. */
  readonly headerRow: number | null;
  /** 0-based index of the first data row (the row below the header, or the first non-blank row). */
  readonly firstDataRow: number;
  /** Columns of the table (the widest of the header and the sampled rows). */
  readonly columnCount: number;
  /** Each column's header (trimmed text), `null` when blank or when there is no header row. */
  readonly headers: readonly (string | null)[];
  /** The columns used for each field. */
  readonly columns: Readonly<Partial<Record<FieldOf<K>, ColumnMapping>>>;
  /**
   * Columns found for a field too unsurely to be used for it (a `Ship Mode` column guessed to be
   * the channel at 0.18): shown to the operator, who confirms one by choosing it
   * (`applyOverride`); read by nothing else. A field is in `columns` or in `suggestions`, never
   * both. See `isSuggestion` for which columns are suggested.
   */
  readonly suggestions: Readonly<Partial<Record<FieldOf<K>, ColumnMapping>>>;
  /**
   * Required fields not mapped. Where a requirement has alternatives (orders need a payment time
   * or a creation time) all of them are listed when none is mapped; see `REQUIRED_FIELDS`.
   */
  readonly missingRequired: readonly FieldOf<K>[];
  /** Fields the review works without but loses a part for (the buyer of orders); see `DESIRED_FIELDS`. */
  readonly missingDesired: readonly FieldOf<K>[];
  /** Non-blank data rows the detection looked at. */
  readonly sampledRows: number;
}

/** A detection of any kind; narrow it on `kind`. */
export type TableDetection = { [K in TableKind]: TableDetectionOf<K> }[TableKind];
