import { describe, expect, it } from "vitest";
import { metricError } from "../../engine/metric-error";
import { readNumbers } from "../arguments";
import { defineFunction } from "./function-entry";
import { need, runFunction } from "./runner";
import { invocation } from "../../../test/support/custom-functions-runtime";

/** A made-up function exercising each thing the runner does, so that no real metric hides it. */
const SUMIF = defineFunction({
  id: "SUMIF",
  exportName: "sumIfFunction",
  engine: "readNumbers",
  en: { description: "Test entry.", result: "A number." },
  zh: { description: "测试。", result: "数字。" },
  parameters: [
    { name: "amounts", kind: "amounts", what: "what.amounts", en: "Amounts.", zh: { name: "金额", description: "金额。" } },
    { name: "statuses", kind: "statuses", what: "what.statuses", optional: true, en: "Statuses.", zh: { name: "订单状态", description: "订单状态。" } },
    { name: "months", kind: "number", what: "what.months", optional: true, default: 3, limits: { min: 0, max: 5 }, en: "Months.", zh: { name: "月数", description: "月数。" } },
    { name: "spendChannels", kind: "keys", what: "what.spendChannels", optional: true, en: "Spend channels.", zh: { name: "花费渠道", description: "花费渠道。" } },
    { name: "spendAmounts", kind: "amounts", what: "what.spendAmounts", optional: true, en: "Spend amounts.", zh: { name: "花费金额", description: "花费金额。" } },
    { name: "mode", kind: "text", optional: true, choices: ["sum", "boom", "nan"], en: "Mode.", zh: { name: "口径", description: "口径。" } },
  ],
  align: [["amounts", "statuses"], ["spendChannels", "spendAmounts"]],
  together: [["spendChannels", "spendAmounts"]],
  example: { formula: "=EC.SUMIF(A1:A3)", result: "6", resultZh: "6" },
  errors: [],
  checkScalars: ({ months }) => (months === 4 ? metricError("NUM", "argument.outOfRange", { what: "what.months", min: 0, max: 3, found: 4 }) : null),
  compute: ({ amounts, months, mode }) => {
    if (mode === "boom") throw new Error("unexpected");
    if (mode === "nan") return Number.NaN;
    const values = need(readNumbers(amounts));
    return values.reduce((sum, value) => sum + (value === value ? value : 0), months * 100);
  },
});

const run = (values: unknown[], addresses?: string[]) => runFunction(SUMIF, values, addresses === undefined ? undefined : invocation(...addresses));

function errorOf(result: unknown[][]): CustomFunctions.Error {
  expect(result.length).toBe(1);
  expect(result[0][0]).toBeInstanceOf(CustomFunctions.Error);
  return result[0][0] as CustomFunctions.Error;
}

describe("the function runner", () => {
  it("reads the arguments, fills in a left-out default and returns a 1 × 1 matrix", () => {
    expect(run([[[1], [2], [3]]])).toEqual([[306]]);
    expect(run([[[1], [2], [3]], null, 0])).toEqual([[6]]);
  });

  it("names a bad cell from the address of that parameter's own position", () => {
    const error = errorOf(run([[[1], ["x"], [3]], undefined, undefined], ["Sheet1!D2:D4", "Sheet1!E2:E4", "Sheet1!F1"]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^Cell D3: /);
    const scalar = errorOf(run([[[1]], null, [["#N/A"]]], ["Sheet1!D2", "Sheet1!E2", "Sheet1!$G$7"]));
    expect(scalar.message).toMatch(/^Cell G7: /);
  });

  it("checks limits and the entry's scalar check before any range", () => {
    expect(errorOf(run([[[1, 2]], null, 9])).code).toBe("#NUM!");
    expect(errorOf(run([[[1, 2]], null, 4])).code).toBe("#NUM!");
  });

  it("refuses ranges that do not line up, and one of two ranges given together", () => {
    expect(errorOf(run([[[1], [2]], [["a"]]])).message).toMatch(/The statuses: 1 rows\. The amounts: 2 rows\./);
    expect(errorOf(run([[[1]], null, null, [["x"]]])).message).toMatch(/^The spend amounts: 0 rows\. The spend channels: 1 rows\./);
    expect(errorOf(run([[[1]], null, null, [["x"], ["y"]], [[1]]])).code).toBe("#VALUE!");
  });

  it("never throws: an exception is #VALUE! with its message, NaN is #NUM!, a bad choice is #VALUE!", () => {
    expect(errorOf(run([[[1]], null, null, null, null, "boom"])).message).toBe("unexpected");
    expect(errorOf(run([[[1]], null, null, null, null, "nan"])).code).toBe("#NUM!");
    expect(errorOf(run([[[1]], null, null, null, null, "other"])).code).toBe("#VALUE!");
  });
});
