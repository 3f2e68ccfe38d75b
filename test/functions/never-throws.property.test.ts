import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as functions from "../../src/functions/functions";
import { FUNCTION_CATALOG } from "../../src/functions/catalog";
import type { ParameterSpec } from "../../src/functions/catalog/function-entry";
import { enUS } from "../../src/i18n/strings.en-US";
import { zhCN } from "../../src/i18n/strings.zh-CN";
import { invocation as invocationOf, setDisplayLanguage } from "../support/custom-functions-runtime";

/**
 * Property: whatever messy cells Excel hands over, no `EC.` function throws, no cell it returns is
 * NaN or ±Infinity, and every error is a `CustomFunctions.Error` with one of the four codes and a
 * message from the string tables of the user's language (an exception swallowed by `guarded`
 * would carry a raw JavaScript message and fail here).
 */

const errorObject = new CustomFunctions.Error("#N/A" as CustomFunctions.ErrorCode.notAvailable);

const blank = fc.constantFrom<unknown>("", null, "   ");
const junk = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.boolean(),
  fc.constantFrom<unknown>("#N/A", "#DIV/0!", "#VALUE!", "n/a", "—", "TRUE", "6/1/2025", "1,23", "¥", "--5", errorObject),
);
const number = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1000, max: 100_000 }),
  fc.double({ min: 0, max: 1, noNaN: true }),
  // Sums of these overflow to ±Infinity, and Infinity − Infinity is NaN.
  fc.constantFrom(1e308, 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, -0),
);
const numericText = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }).map((n) => `¥${n.toLocaleString("en-US")}`),
  fc.integer({ min: 0, max: 1000 }).map((n) => `${n / 10}万`),
  fc.constantFrom("12.5%", "3亿", "(1,234)", "$12.00", "￥88", "88元", "1.2E+05", "１２３", "-¥12"),
);
const dateLike = fc.oneof(
  fc.integer({ min: 45658, max: 46022 }),
  fc.double({ min: 1, max: 2_958_465, noNaN: true }),
  fc.constantFrom("2025-06-01", "2025/6/1 10:22:33", "2025年6月1日", "2025-07", "20250815", "2025-09-30T10:00:00+08:00"),
);
const key = fc.constantFrom<unknown>("a", "b", "c", " a ", 10086, "10086", "Tencent Ads", "tencent ads", "Douyin", "Natural");
const status = fc.constantFrom<unknown>("交易成功", "交易关闭", "退款成功", "cancelled", "refunded", "voided", "partially_refunded", "已发货", "等待买家付款", "pending", 1);
/** Few distinct ids, so that rows often share an order. */
const orderId = fc.constantFrom<unknown>("A1", "A2", "A3", 1001, "1001", "#1001", "6930000000000000001");

/** A cell of one kind most of the time, blank sometimes, junk rarely. */
function messy(base: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 10, arbitrary: base }, { weight: 3, arbitrary: blank }, { weight: 1, arbitrary: junk });
}
const anyCell = messy(fc.oneof(number, numericText, dateLike, key, status));
const cells = {
  amount: messy(fc.oneof(number, numericText)),
  /** Amounts whose sums overflow. */
  huge: messy(fc.constantFrom(1e308, Number.MAX_VALUE, -1e308, 1e307, 5)),
  /** Margins, confidence levels: mostly between −1 and 1. */
  fraction: messy(fc.oneof(fc.double({ min: -0.99, max: 0.99, noNaN: true }), fc.constantFrom("12%", "8%", "-1.5%", "0.95", 1, 2))),
  conversions: messy(fc.oneof(fc.integer({ min: 0, max: 600 }), fc.constantFrom(-1, "1,000"))),
  visitors: messy(fc.oneof(fc.integer({ min: 500, max: 20_000 }), fc.constantFrom(0, 100, "1万"))),
  /** Counts of visitors, conversions, days, months. */
  count: messy(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 20_000 }), fc.constantFrom(-1, 0.5, "1万", "30"))),
  date: messy(dateLike),
  key: messy(key),
  status: messy(status),
  orderId: messy(orderId),
  any: anyCell,
};
type CellKind = keyof typeof cells;

/** A range of `n` rows as Excel passes it, sometimes a row, sometimes of another length or two columns wide. */
function range(kind: CellKind, n: number): fc.Arbitrary<unknown> {
  const cell = cells[kind];
  return fc.oneof(
    { weight: 12, arbitrary: fc.array(cell, { minLength: n, maxLength: n }).map((values) => values.map((value) => [value])) },
    { weight: 2, arbitrary: fc.array(cell, { minLength: n, maxLength: n }).map((values) => [values]) },
    { weight: 1, arbitrary: fc.array(cell, { maxLength: 9 }).map((values) => values.map((value) => [value])) },
    { weight: 1, arbitrary: fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 4 }).map((rows) => rows.map(([a, b]) => [a, b])) },
  );
}
function optionalRange(kind: CellKind, n: number): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary: range(kind, n) }, { weight: 1, arbitrary: fc.constantFrom(null, undefined) });
}
/** A scalar parameter: a cell, left out, or (as some hosts pass it) a one-cell range. */
function scalar(kind: CellKind): fc.Arbitrary<unknown> {
  const cell = cells[kind];
  return fc.oneof({ weight: 8, arbitrary: cell }, { weight: 1, arbitrary: fc.constantFrom(null, undefined) }, { weight: 1, arbitrary: cell.map((value) => [[value]]) });
}
/** Price band edges: increasing most of the time, messy otherwise. */
const edges = fc.oneof(
  { weight: 3, arbitrary: fc.uniqueArray(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 5 }).map((values) => values.sort((a, b) => a - b).map((value) => [value])) },
  { weight: 1, arbitrary: range("amount", 3) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
);
const flag = fc.oneof(fc.boolean(), fc.constantFrom(null, undefined));
const mode = fc.oneof(fc.constantFrom("gmv", "profit", "PROFIT", "", null, undefined), fc.string({ maxLength: 5 }));
const invocation = fc.oneof(
  fc.constant(undefined),
  fc.constant({}),
  fc.array(fc.constantFrom("Sheet1!B2:B9", "'My Sheet'!$C$10:$C$20", "", "Sheet1!B2:E2", "A:A", "Sheet1!H1"), { minLength: 0, maxLength: 8 })
    .map((parameterAddresses) => invocationOf(...parameterAddresses)),
);

type Call = (...args: unknown[]) => unknown;
/**
 * Each function with the arguments Excel passes it (`n` rows; `amount` is the kind of the amount
 * cells, ordinary or overflowing), the invocation last where it takes one.
 */
interface CallSpec {
  name: string;
  fn: Call;
  args: (n: number, amount: CellKind) => fc.Arbitrary<unknown>[];
  invocation: boolean;
  /** False where no amount is summed (no overflow to try) or every cell is of any kind (results are rare). */
  typedAmounts?: false;
}
const CALLS: CallSpec[] = [
  { name: "GMV", fn: functions.gmvFunction as Call, args: (n, a) => [range(a, n), optionalRange("status", n), optionalRange("orderId", n)], invocation: true },
  {
    name: "AOV", fn: functions.aovFunction as Call,
    args: (n, a) => [range(a, n), optionalRange("key", n), optionalRange("status", n), optionalRange("orderId", n)], invocation: true,
  },
  { name: "MARGIN", fn: functions.marginFunction as Call, args: (n, a) => [range(a, n), range(a, n)], invocation: true },
  { name: "MARGINBAND", fn: functions.marginBandFunction as Call, args: (n, a) => [range(a, n), range(a, n), scalar("fraction"), scalar("fraction")], invocation: true },
  { name: "PRICEFORMARGIN", fn: functions.priceForMarginFunction as Call, args: (n, a) => [range(a, n), scalar("fraction")], invocation: true },
  { name: "PRICEBANDS", fn: functions.priceBandsFunction as Call, args: (n, a) => [range(a, n), edges, optionalRange("status", n), optionalRange("orderId", n)], invocation: true },
  { name: "ROI", fn: functions.roiFunction as Call, args: (n, a) => [range(a, n), range(a, n), mode, scalar("fraction")], invocation: true },
  { name: "CAC", fn: functions.cacFunction as Call, args: (n, a) => [range(a, n), range("count", n)], invocation: true },
  { name: "CONVERSION", fn: functions.conversionFunction as Call, args: (n) => [range("count", n), range("count", n)], invocation: true, typedAmounts: false },
  { name: "REPURCHASE", fn: functions.repurchaseFunction as Call, args: (n, a) => [range("key", n), optionalRange(a, n), optionalRange("status", n), optionalRange("orderId", n)], invocation: true },
  {
    name: "RETENTION", fn: functions.retentionFunction as Call,
    args: (n) => [range("key", n), range("date", n), optionalRange("status", n), scalar("count"), optionalRange("orderId", n)], invocation: true, typedAmounts: false,
  },
  { name: "GROWTH", fn: functions.growthFunction as Call, args: (n, a) => [range(a, n), range(a, n)], invocation: true },
  { name: "ATTAINMENT", fn: functions.attainmentFunction as Call, args: (n, a) => [range(a, n), range(a, n)], invocation: true },
  {
    name: "ABTEST", fn: functions.abTestFunction as Call,
    args: () => [scalar("conversions"), scalar("visitors"), scalar("conversions"), scalar("visitors"), scalar("fraction")], invocation: false, typedAmounts: false,
  },
  {
    name: "RFM", fn: functions.rfmFunction as Call,
    args: (n, a) => [range("key", n), range("date", n), range(a, n), scalar("date"), flag, optionalRange("status", n), optionalRange("orderId", n)], invocation: true,
  },
  { name: "SLOWMOVING", fn: functions.slowMovingFunction as Call, args: (n, a) => [range(a, n), range("count", n), scalar("count"), scalar("count")], invocation: true },
  {
    name: "CHANNELS", fn: functions.channelsFunction as Call,
    args: (n, a) => [
      range("key", n), range(a, n), range("key", n), range("date", n), optionalRange("key", 3), optionalRange(a, 3), optionalRange("status", n), optionalRange("orderId", n),
    ],
    invocation: true,
  },
  { name: "GMV, any cell anywhere", fn: functions.gmvFunction as Call, args: (n) => [range("any", n), optionalRange("any", n), optionalRange("any", n)], invocation: true, typedAmounts: false },
  {
    name: "CHANNELS, any cell anywhere", fn: functions.channelsFunction as Call,
    args: (n) => [range("any", n), range("any", n), range("any", n), range("any", n), optionalRange("any", n), optionalRange("any", n), optionalRange("any", n), optionalRange("any", n)],
    invocation: true, typedAmounts: false,
  },
];
/**
 * Arguments for a parameter from its kind in the catalog: how a function added to the catalog is
 * tried here without a hand-written spec (the specs above tune the cells where a kind says too
 * little, as CONVERSION's counts or MARGINBAND's fractions).
 */
function argumentOf(spec: ParameterSpec, n: number, amount: CellKind): fc.Arbitrary<unknown> {
  const rangeOf = (kind: CellKind) => (spec.optional === true ? optionalRange(kind, n) : range(kind, n));
  switch (spec.kind) {
    case "amounts": return rangeOf(amount);
    case "numbers": return rangeOf("count");
    case "keys": return rangeOf("key");
    case "dates": return rangeOf("date");
    case "statuses": return rangeOf("status");
    case "orderIds": return rangeOf("orderId");
    case "list": return edges;
    case "total": return range(amount, n);
    case "number": return scalar(spec.limits !== undefined && spec.limits.max <= 1 ? "fraction" : "count");
    case "date": return scalar("date");
    case "text": return fc.oneof(fc.constantFrom(...spec.choices, "", null, undefined), fc.string({ maxLength: 5 }));
    case "boolean": return flag;
  }
}
const exportOf = (exportName: string): Call => (functions as unknown as Record<string, Call>)[exportName];
const TUNED = new Set(CALLS.map((call) => call.name));
for (const entry of FUNCTION_CATALOG) {
  if (TUNED.has(entry.id)) continue;
  CALLS.push({
    name: entry.id, fn: exportOf(entry.exportName), invocation: entry.addresses !== false,
    args: (n, amount) => entry.parameters.map((spec) => argumentOf(spec, n, amount)),
    typedAmounts: entry.parameters.some((spec) => spec.kind === "amounts" || spec.kind === "total") ? undefined : false,
  });
}

const RUNS = 300;
/** Typed cells reach a result in at least this many runs (about 3% and more, by the fixed seed). */
const MINIMUM_RESULTS = 8;
const CASES = CALLS.flatMap((call) => (call.typedAmounts === false
  ? [{ ...call, amount: "amount" as const, minimumResults: call.name.includes("any cell") ? 0 : MINIMUM_RESULTS }]
  : (["amount", "huge"] as const).map((amount) => ({ ...call, amount, minimumResults: MINIMUM_RESULTS }))));

/** Every error message a table can produce (not the nouns and labels inside them), placeholders matching anything. */
function messagePatterns(table: Readonly<Record<string, string>>): RegExp[] {
  const messages = Object.entries(table).filter(([key]) => /^(cell|argument|result)\./.test(key)).map(([, template]) => template);
  return messages.map((template) => {
    const escaped = template.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\\\{\w+\\\}/g, "[\\s\\S]*");
    return new RegExp(`^${escaped}$`);
  });
}
const PATTERNS = { "en-US": messagePatterns(enUS), "zh-CN": messagePatterns(zhCN) };
const CODES = new Set(["#VALUE!", "#DIV/0!", "#N/A", "#NUM!"]);

function checkError(value: CustomFunctions.Error, language: "en-US" | "zh-CN"): void {
  expect(CODES.has(value.code)).toBe(true);
  const message = value.message ?? "";
  expect(PATTERNS[language].some((pattern) => pattern.test(message)), `unexpected message "${message}"`).toBe(true);
}

function checkResult(result: unknown, language: "en-US" | "zh-CN"): void {
  if (Array.isArray(result)) {
    expect(result.length).toBeGreaterThan(0);
    const width = (result[0] as unknown[]).length;
    expect(width).toBeGreaterThan(0);
    for (const line of result) {
      expect(Array.isArray(line)).toBe(true);
      expect((line as unknown[]).length).toBe(width);
      for (const value of line as unknown[]) {
        if (typeof value === "number") expect(Number.isFinite(value), `cell ${value}`).toBe(true);
        else if (value instanceof CustomFunctions.Error) checkError(value, language);
        else expect(typeof value === "string" || typeof value === "boolean", `cell ${String(value)}`).toBe(true);
      }
    }
    return;
  }
  if (typeof result === "number") expect(Number.isFinite(result), `result ${result}`).toBe(true);
  else {
    expect(result).toBeInstanceOf(CustomFunctions.Error);
    checkError(result as CustomFunctions.Error, language);
  }
}

describe("every EC. function on messy input", () => {
  it("tries every function of the catalog", () => {
    const tried = new Set(CASES.map((call) => call.name));
    expect(FUNCTION_CATALOG.filter((entry) => !tried.has(entry.id)).map((entry) => entry.id)).toEqual([]);
    for (const call of CALLS) expect(typeof call.fn, call.name).toBe("function");
  });

  it.each(CASES)("$name ($amount amounts) never throws and never returns NaN or ±Infinity", ({ fn, args, amount, invocation: takesInvocation, minimumResults }) => {
    const calls = fc.integer({ min: 0, max: 8 }).chain((n) => fc.tuple(
      fc.tuple(...args(n, amount)), takesInvocation ? invocation : fc.constant(undefined), fc.constantFrom("en-US" as const, "zh-CN" as const),
    ));
    let results = 0;
    fc.assert(
      fc.property(calls, ([values, call, language]) => {
        setDisplayLanguage(language);
        try {
          const result = takesInvocation ? fn(...values, call) : fn(...values);
          checkResult(result, language);
          if (!(result instanceof CustomFunctions.Error)) results++;
        } finally {
          setDisplayLanguage("en-US");
        }
      }),
      { numRuns: RUNS, seed: 20251001 },
    );
    // The property means little if every call stops at the first unreadable cell.
    expect(results).toBeGreaterThanOrEqual(minimumResults);
  });
});
