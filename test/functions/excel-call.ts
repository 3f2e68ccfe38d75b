/**
 * How Excel calls the `EC.` functions, for the tests beside this file: ranges arrive as 2-D arrays
 * (rows × columns), an omitted optional argument as `null` or `undefined`, and the last argument is
 * the invocation, which carries `parameterAddresses` because of `@requiresParameterAddresses`.
 */
import { expect } from "vitest";
import { setDisplayLanguage } from "../support/custom-functions-runtime";

export { invocation, NO_ADDRESSES } from "../support/custom-functions-runtime";

/** A column range B2:B5 as Excel passes it: one single-cell row per cell. */
export function column(...cells: unknown[]): unknown[][] {
  return cells.map((cell) => [cell]);
}

/** A row range B2:E2 as Excel passes it: one row. */
export function row(...cells: unknown[]): unknown[][] {
  return [cells];
}

/** A one-cell range, e.g. =EC.ROI(B2, C2). */
export function cell(value: unknown): unknown[][] {
  return [[value]];
}

/**
 * `null` where a parameter is declared `any[][]`, `number` …: Excel passes it for an omitted
 * optional argument, which TypeScript's optional types do not allow.
 */
export const OMITTED_AS_NULL = null as never;

/** The two ways Excel leaves out an optional argument. */
export const OMITTED: readonly { name: string; value: never }[] = [
  { name: "null", value: null as never },
  { name: "undefined", value: undefined as never },
];

/** The two ways an empty cell reaches a function. */
export const BLANKS: readonly { name: string; value: string | null }[] = [
  { name: "\"\"", value: "" },
  { name: "null", value: null },
];

/** Asserts that `result` is a `CustomFunctions.Error` with this code (and message, when given). */
export function expectError(result: unknown, code: string, message?: string | RegExp): CustomFunctions.Error {
  // A function's own error reaches Excel as a 1 × 1 array (every EC. function returns a matrix).
  const value = Array.isArray(result) && result.length === 1 && Array.isArray(result[0]) && result[0].length === 1 ? result[0][0] : result;
  expect(value).toBeInstanceOf(CustomFunctions.Error);
  const error = value as CustomFunctions.Error;
  expect(error.code).toBe(code);
  if (typeof message === "string") expect(error.message).toBe(message);
  else if (message instanceof RegExp) expect(error.message).toMatch(message);
  return error;
}

/** Runs `body` with Office's display language set to `language`, restoring English after. */
export function inLanguage<T>(language: string, body: () => T): T {
  setDisplayLanguage(language);
  try {
    return body();
  } finally {
    setDisplayLanguage("en-US");
  }
}

/** Runs `body` in Chinese (Office reports `zh-CN`). */
export function inChinese<T>(body: () => T): T {
  return inLanguage("zh-CN", body);
}

/** The result as a 2-D array (asserting that it is one). */
export function asTable(result: unknown): unknown[][] {
  expect(Array.isArray(result)).toBe(true);
  const table = result as unknown[][];
  for (const line of table) expect(Array.isArray(line)).toBe(true);
  return table;
}

/** Every cell of a 2-D result: numbers rounded to 9 decimals so that hand-computed tables compare. */
export function rounded(table: unknown[][], digits = 9): unknown[][] {
  const factor = 10 ** digits;
  return table.map((line) => line.map((value) => (typeof value === "number" ? Math.round(value * factor) / factor : value)));
}
