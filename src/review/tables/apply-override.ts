import { normalizeHeader } from "./normalize-header";
import type { ColumnMapping, TableDetectionOf } from "./table-detection";
import { DESIRED_FIELDS, REQUIRED_FIELDS, TABLE_FIELDS, isFieldOf, unmetFields, type FieldOf, type TableKind } from "./table-fields";

/**
 * The detection with one field's column chosen by the operator: `column` (0-based) maps the field
 * to that column with confidence 1 and source `override`; `null` says the table has no such
 * column and unmaps the field. A column holds one field, so a field that held the chosen column
 * before is unmapped. The override confirms or refuses the field's suggestion (`suggestions`), which
 * is dropped, as is a suggestion of another field in the chosen column. The missing fields are
 * worked out again; the kind and its confidence stay.
 * Pure: the detection given is left as it was.
 *
 * @throws RangeError when the field is not a field of the detection's kind, or the column is not
 *   a column of the table
 * @example applyOverride(detection, "buyer", 4).columns.buyer // { column: 4, header: "会员", confidence: 1, source: "override" }
 */
export function applyOverride<K extends TableKind>(detection: TableDetectionOf<K>, field: FieldOf<K>, column: number | null): TableDetectionOf<K> {
  if (!isFieldOf(detection.kind, field)) throw new RangeError(`${field} is not a field of ${detection.kind} tables`);
  if (column !== null && (!Number.isInteger(column) || column < 0 || column >= detection.columnCount)) {
    throw new RangeError(`column ${column} is not a column of the table (0 to ${detection.columnCount - 1})`);
  }
  const previous = detection.columns as Readonly<Partial<Record<FieldOf<K>, ColumnMapping>>>;
  const columns: Partial<Record<FieldOf<K>, ColumnMapping>> = {};
  for (const name of TABLE_FIELDS[detection.kind] as readonly FieldOf<K>[]) {
    if (name === field) {
      if (column !== null) columns[name] = { column, header: detection.headers[column] ?? null, confidence: 1, source: "override" };
      continue;
    }
    const mapping = previous[name];
    if (mapping !== undefined && mapping.column !== column) columns[name] = mapping;
  }
  // The operator has decided the field; and a column holds one field, so no other field is suggested in it.
  const suggestions: Partial<Record<FieldOf<K>, ColumnMapping>> = {};
  for (const [name, mapping] of Object.entries(detection.suggestions) as [FieldOf<K>, ColumnMapping | undefined][]) {
    if (mapping !== undefined && name !== field && mapping.column !== column) suggestions[name] = mapping;
  }
  const isMapped = (name: FieldOf<K>) => columns[name] !== undefined;
  return {
    ...detection,
    columns,
    suggestions,
    missingRequired: unmetFields(REQUIRED_FIELDS[detection.kind] as readonly (readonly FieldOf<K>[])[], isMapped),
    missingDesired: unmetFields(DESIRED_FIELDS[detection.kind] as readonly (readonly FieldOf<K>[])[], isMapped),
  };
}

/** A field and the column the operator names for it by its header (see `columnNamed`), `null` for "no such column". */
export interface ColumnChoice<K extends TableKind> {
  readonly field: FieldOf<K>;
  readonly header: string | null;
}

/**
 * The detection with the operator's choices of columns by header (the command line's `--map`)
 * applied as overrides (`applyOverride`), in the order given; `null` when a header named is not a
 * column of the table (see `columnNamed`). Pure.
 *
 * @example applyColumnChoices(detection, [{ field: "channel", header: "流量来源" }, { field: "cost", header: null }])
 */
export function applyColumnChoices<K extends TableKind>(detection: TableDetectionOf<K>, choices: readonly ColumnChoice<K>[]): TableDetectionOf<K> | null {
  let chosen = detection;
  for (const { field, header } of choices) {
    const column = header === null ? null : columnNamed(detection, header);
    if (header !== null && column === null) return null;
    chosen = applyOverride(chosen, field, column);
  }
  return chosen;
}

/**
 * The column of a table that an operator names as text, as the command line's `--map` does: the
 * column whose header is that text (trimmed), else the one whose header reads the same after
 * `normalizeHeader` (`order id` for `Order ID`, `商品数量(件)` for `商品数量（件）`) when only one does;
 * in a table without a header row, the column's letter (`C`). `null` when no column answers to it.
 *
 * @example columnNamed(detection, "流量来源") // 7
 */
export function columnNamed(detection: Pick<TableDetectionOf<TableKind>, "headers" | "headerRow" | "columnCount">, text: string): number | null {
  const wanted = text.trim();
  if (detection.headerRow === null) {
    const column = columnIndexOfLetters(wanted);
    return column !== null && column < detection.columnCount ? column : null;
  }
  const exact = detection.headers.indexOf(wanted);
  if (exact !== -1) return exact;
  const normalized = normalizeHeader(wanted);
  if (normalized.length === 0) return null;
  const alike = detection.headers.flatMap((header, column) => (header !== null && normalizeHeader(header) === normalized ? [column] : []));
  return alike.length === 1 ? alike[0] : null;
}

/** 0 for `A`, 26 for `AA`; `null` for anything but column letters. */
function columnIndexOfLetters(text: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(text)) return null;
  let index = 0;
  for (const letter of text.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}
