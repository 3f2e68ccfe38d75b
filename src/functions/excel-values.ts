import { translate, type Locale } from "../i18n/messages";
import { isMetricError, type MetricError, type MetricErrorCode } from "../engine/metric-error";

/** A value a custom function may put in a cell. */
export type ExcelScalar = number | string | boolean | CustomFunctions.Error;

const ERROR_CODES: Readonly<Record<MetricErrorCode, CustomFunctions.ErrorCode>> = {
  VALUE: "#VALUE!" as CustomFunctions.ErrorCode.invalidValue,
  DIV0: "#DIV/0!" as CustomFunctions.ErrorCode.divisionByZero,
  NA: "#N/A" as CustomFunctions.ErrorCode.notAvailable,
  NUM: "#NUM!" as CustomFunctions.ErrorCode.invalidNumber,
};

/**
 * A `CustomFunctions.Error` carrying the error's message in the user's language.
 * (Excel shows custom messages for #VALUE! and #N/A; other codes still carry theirs for the
 * pane and the tests: https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors)
 */
export function toExcelError(error: MetricError, locale: Locale): CustomFunctions.Error {
  return new CustomFunctions.Error(ERROR_CODES[error.code], translate(locale, error.key, error.params));
}

/**
 * A number for a cell: NaN or ±Infinity never reach Excel, they become #NUM! (amounts so large
 * that their sum overflows, or a ratio of such sums).
 */
export function toCellNumber(value: number, locale: Locale): number | CustomFunctions.Error {
  if (Number.isFinite(value)) return value;
  return toExcelError({ kind: "metric-error", code: "NUM", key: "result.notFinite", params: {} }, locale);
}

/** A metric's scalar result, or its error, as a cell value. */
export function toCell(result: number | MetricError, locale: Locale): number | CustomFunctions.Error {
  return isMetricError(result) ? toExcelError(result, locale) : toCellNumber(result, locale);
}

/**
 * Runs a custom function body so that it can never throw into Excel: an unexpected exception
 * becomes #VALUE! with its message rather than a broken cell.
 *
 * Every result is a 2-D array, a single value being a 1 × 1 array: the functions ask Excel for
 * their parameters' addresses (to name a bad cell), and `requiresParameterAddresses` requires a
 * matrix result (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#options).
 * A 1 × 1 array shows as a plain value and works as one in formulas.
 */
export function guarded(locale: Locale, body: () => ExcelScalar | ExcelScalar[][] | MetricError): ExcelScalar[][] {
  let result: ExcelScalar | ExcelScalar[][] | MetricError;
  try {
    result = body();
  } catch (exception) {
    const message = exception instanceof Error ? exception.message : String(exception);
    return [[new CustomFunctions.Error("#VALUE!" as CustomFunctions.ErrorCode.invalidValue, message)]];
  }
  if (isMetricError(result)) return [[toExcelError(result, locale)]];
  return Array.isArray(result) ? result : [[result]];
}
