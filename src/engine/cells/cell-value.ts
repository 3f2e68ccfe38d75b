/**
 * What Excel hands a custom function for one cell of an `any[][]` parameter, and what
 * `Range.values` returns to the task pane: a number, a string, a boolean, an empty cell
 * (`""` or `null`, depending on the host and API — both are handled), or an error value.
 * An error value reaches us as its display text (`"#N/A"`, as `Range.values` gives it) or as an
 * object carrying an error code (as the custom functions runtime represents it).
 */
export type CellValue = number | string | boolean | null | undefined | { readonly code?: unknown; readonly type?: unknown };

/** A 2-D block of cells, row-major, as Excel passes a range. */
export type CellGrid = readonly (readonly unknown[])[];

const EXCEL_ERROR_TEXTS = new Set([
  "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!",
  "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#PYTHON!",
]);

/** Codes of `CustomFunctions.ErrorCode` and of `Excel.ErrorCellValue`, by their display text. */
const ERROR_CODE_TEXTS: Readonly<Record<string, string>> = {
  divisionByZero: "#DIV/0!", invalidName: "#NAME?", invalidNumber: "#NUM!", invalidReference: "#REF!",
  invalidValue: "#VALUE!", notAvailable: "#N/A", nullReference: "#NULL!", Div0: "#DIV/0!", NotAvailable: "#N/A",
  Name: "#NAME?", Null: "#NULL!", Num: "#NUM!", Ref: "#REF!", Value: "#VALUE!", Spill: "#SPILL!", Calc: "#CALC!",
};

/** True for an empty cell: `null`, `undefined`, or a string of only white space. */
export function isBlankCell(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") {
    if (value.length === 0) return true;
    return value.trim().length === 0;
  }
  return false;
}

/** The Excel error a cell holds (`"#N/A"` …), or `null` when it holds none. */
export function excelErrorText(value: unknown): string | null {
  if (typeof value === "string") {
    return value.charCodeAt(0) === 35 /* # */ && EXCEL_ERROR_TEXTS.has(value.trim().toUpperCase()) ? value.trim().toUpperCase() : null;
  }
  if (typeof value === "object" && value !== null) {
    const record = value as { code?: unknown; errorType?: unknown; type?: unknown };
    const code = typeof record.code === "string" ? record.code : typeof record.errorType === "string" ? record.errorType : null;
    if (code !== null) return ERROR_CODE_TEXTS[code] ?? (EXCEL_ERROR_TEXTS.has(code) ? code : "#VALUE!");
    if (record.type === "Error") return "#VALUE!";
  }
  return null;
}

/** A short, printable rendering of a cell for an error message (long text is cut). */
export function describeCell(value: unknown): string {
  const error = excelErrorText(value);
  if (error !== null) return error;
  if (typeof value === "string") return value.length > 40 ? `${value.slice(0, 37)}…` : value;
  if (typeof value === "object" && value !== null) return "[object]";
  return String(value);
}
