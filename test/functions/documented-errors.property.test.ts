import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as functions from "../../src/functions/functions";
import { FUNCTION_CATALOG } from "../../src/functions/catalog";
import type { ErrorKey, FunctionEntry, ParameterSpec } from "../../src/functions/catalog/function-entry";
import { ERROR_CODE_OF, EXCEL_ERROR_TEXT, documentedErrorKeys } from "../../src/functions/catalog/function-errors";
import { enUS } from "../../src/i18n/strings.en-US";
import { invocation, setDisplayLanguage } from "../support/custom-functions-runtime";

/**
 * Each function's help page lists the errors it returns (src/functions/catalog/function-errors.ts:
 * those of reading its arguments, from its parameters, and those its catalog entry lists). Held
 * here both ways, on many random calls of every function with cells of every sort, blank and
 * wrong ones among them: every error a function returned is one its page explains, with the code
 * the page gives it; and every error its page explains, the function returned at least once (a
 * page claims no error that cannot happen).
 */

const RUNS = 4000;
const SEED = 20251203;

/**
 * Each error message of the string tables as a pattern, placeholders matching anything, the most
 * specific first (the most text outside its placeholders): "cannot read … as an id." before
 * "cannot read … as {what}.".
 */
const MESSAGE_PATTERNS = (Object.keys(ERROR_CODE_OF) as ErrorKey[]).map((key) => {
  const escaped = enUS[key].replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\\\{\w+\\\}/g, "[\\s\\S]*");
  return { key, pattern: new RegExp(`^${escaped}$`), literal: enUS[key].replace(/\{\w+\}/g, "").length };
}).sort((a, b) => b.literal - a.literal);

/** The message `message` is the text of: the most specific that matches; none when it matches none. */
function keysOf(message: string): ErrorKey[] {
  const match = MESSAGE_PATTERNS.find(({ pattern }) => pattern.test(message));
  return match === undefined ? [] : [match.key];
}

/** An Excel data type (a linked entity): neither text, a number, nor an error. */
const dataType = { type: "Entity", text: "Shanghai" };
const errorCell = "#N/A";
const blank = fc.constantFrom<unknown>("", null);
const amount = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom<unknown>(0, 1, 5, 88, 100, 250.5, "¥1,234", "1.2万", -3, -100) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(1e308, -1e308) },
);
const count = fc.constantFrom<unknown>(0, 1, 2, 3, 10, 100, 1000, -1);
const date = fc.constantFrom<unknown>(45809, 45840, 45870, "2025-06-01", "2025/7/15 10:22", 45900.5);
/** Ids and names; among them a conversion path (小红书 > 站内搜索) and one of 60 touches, over EC.ATTRIBUTION's limit. */
const key = fc.constantFrom<unknown>("a", "b", "c", 10086, "Douyin", "Natural", "小红书 > 站内搜索", Array.from({ length: 60 }, (_, i) => `c${i % 7}`).join(" > "));
const status = fc.constantFrom<unknown>("交易成功", "交易关闭", "退款成功", "cancelled", "已发货", "等待买家付款");
const orderId = fc.constantFrom<unknown>("A1", "A2", "A3", 1001);
const junk = fc.constantFrom<unknown>("n/a", "abc", "6/1/2025", errorCell, dataType, true);

/** A cell of `base` mostly, blank often, junk now and then. */
function messy(base: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 8, arbitrary: base }, { weight: 3, arbitrary: blank }, { weight: 1, arbitrary: junk });
}

/** Numbers whose sums and ratios overflow: 1e308 + 1e308 is Infinity, and so is 1e308 ÷ 5e-324. */
const overflowing = fc.constantFrom<unknown>(1e308, 1e308, -1e308, 5, 5e-324);

type RangeKind = "amounts" | "numbers" | "keys" | "dates" | "statuses" | "orderIds";
const CELLS: Record<RangeKind, fc.Arbitrary<unknown>> = {
  amounts: messy(amount),
  numbers: messy(fc.oneof(count, amount)),
  keys: messy(key),
  dates: messy(date),
  statuses: messy(status),
  orderIds: messy(orderId),
};

/** The cells of a range of this kind; in a call with `huge` numbers, its amounts and numbers overflow. */
function cellsOf(kind: RangeKind, huge: boolean): fc.Arbitrary<unknown> {
  return huge && (kind === "amounts" || kind === "numbers") ? overflowing : CELLS[kind];
}

/** A range of `n` rows as Excel passes it: mostly a column, sometimes a row, of another length, or two columns wide. */
function range(cell: fc.Arbitrary<unknown>, n: number): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 12, arbitrary: fc.array(cell, { minLength: n, maxLength: n }).map((cells) => cells.map((value) => [value])) },
    { weight: 2, arbitrary: fc.array(cell, { minLength: n, maxLength: n }).map((cells) => [cells]) },
    { weight: 1, arbitrary: fc.array(cell, { maxLength: 5 }).map((cells) => cells.map((value) => [value])) },
    { weight: 1, arbitrary: fc.array(fc.tuple(cell, cell), { minLength: 2, maxLength: 3 }).map((rows) => rows.map(([a, b]) => [a, b])) },
  );
}

/** A scalar argument: a cell, left out, a one-cell range, or (wrongly) a larger range. */
function scalar(cell: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 10, arbitrary: cell },
    { weight: 2, arbitrary: fc.constantFrom(null, undefined) },
    { weight: 1, arbitrary: cell.map((value) => [[value]]) },
    { weight: 1, arbitrary: fc.constant([[1], [2]]) },
  );
}

const numberCell = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom<unknown>(0, 0.12, 0.5, 0.95, 1, 2, 6, 30, 90, 500, 546, 10000, -0.5, -1, -3, "12%", 1e308) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>("", "abc", errorCell, dataType) },
);
const dateCell = fc.oneof(fc.constantFrom<unknown>(45900, "2025-09-30"), fc.constantFrom<unknown>("", "abc", "6/1/2025", errorCell));

function argumentOf(spec: ParameterSpec, n: number, huge: boolean): fc.Arbitrary<unknown> {
  const optional = (arbitrary: fc.Arbitrary<unknown>) => (spec.optional === true ? fc.oneof({ weight: 3, arbitrary }, { weight: 1, arbitrary: fc.constantFrom(null, undefined) }) : arbitrary);
  switch (spec.kind) {
    case "amounts": case "numbers": case "keys": case "dates": case "statuses": case "orderIds":
      return optional(range(cellsOf(spec.kind, huge), n));
    case "total": return fc.oneof(scalar(numberCell), range(cellsOf("amounts", huge), n));
    case "list": return optional(fc.oneof(fc.constantFrom([[50], [100], [200]], [[100, 50]], [[0], [10]]), range(CELLS.amounts, 3)));
    case "number": return scalar(numberCell);
    case "date": return scalar(dateCell);
    case "text": return fc.constantFrom(...spec.choices, spec.choices[0].toUpperCase(), "", null, "other");
    case "boolean": return fc.constantFrom(true, false, null);
  }
}

const ADDRESSES = ["Sheet1!B2:B9", "Sheet1!C2:C9", "Sheet1!D2:D9", "Sheet1!E2:E9", "Sheet1!F2:F9", "Sheet1!G2:G9", "Sheet1!H2:H9", "Sheet1!I2:I9"];

/** Every error value among the cells a call returned. */
function errorsIn(result: unknown): { code: string; message: string }[] {
  const cells = Array.isArray(result) ? (result as unknown[][]).flat() : [result];
  return cells.filter((value): value is CustomFunctions.Error => value instanceof CustomFunctions.Error).map((error) => ({ code: error.code, message: error.message ?? "" }));
}

/** The messages `entry`'s function returned over the random calls, each with the codes it came with. */
function observedErrors(entry: FunctionEntry): Map<ErrorKey, Set<string>> {
  const fn = (functions as unknown as Record<string, (...args: unknown[]) => unknown>)[entry.exportName];
  const seen = new Map<ErrorKey, Set<string>>();
  const unknown: string[] = [];
  const calls = fc.tuple(fc.integer({ min: 0, max: 5 }), fc.boolean()).chain(([n, huge]) => fc.tuple(...entry.parameters.map((spec) => argumentOf(spec, n, huge))));
  fc.assert(fc.property(calls, (args) => {
    const result = fn(...args, ...(entry.addresses === false ? [] : [invocation(...ADDRESSES.slice(0, args.length))]));
    for (const { code, message } of errorsIn(result)) {
      const keys = keysOf(message);
      if (keys.length !== 1) unknown.push(message);
      for (const key of keys) seen.set(key, (seen.get(key) ?? new Set()).add(code));
    }
  }), { numRuns: RUNS, seed: SEED });
  expect(unknown, `${entry.id}: messages that are not exactly one of the string tables'`).toEqual([]);
  return seen;
}

describe("the errors each function's help page lists", () => {
  setDisplayLanguage("en-US");

  it.each(FUNCTION_CATALOG.map((entry) => ({ id: entry.id, entry })))("are the errors EC.$id returns, with their codes", ({ entry }) => {
    const observed = observedErrors(entry);
    const documented = documentedErrorKeys(entry);
    const undocumented = [...observed.keys()].filter((key) => !documented.has(key));
    expect(undocumented, `${entry.id} returned errors its help page does not explain`).toEqual([]);
    const neverSeen = [...documented].filter((key) => !observed.has(key));
    expect(neverSeen, `${entry.id}'s help page explains errors no call returned`).toEqual([]);
    for (const [key, codes] of observed) expect([...codes], `${entry.id}: ${key}`).toEqual([EXCEL_ERROR_TEXT[ERROR_CODE_OF[key]]]);
  });
});
