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
