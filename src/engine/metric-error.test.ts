import { describe, expect, it } from "vitest";
import { isMetricError, metricError, valueOrNone } from "./metric-error";

describe("metricError", () => {
  it("builds an error value with its code, message key and parameters", () => {
    expect(metricError("DIV0", "argument.noOrders")).toEqual({ kind: "metric-error", code: "DIV0", key: "argument.noOrders", params: {} });
    expect(metricError("NUM", "argument.negative", { what: "what.target", found: -1 })).toEqual({
      kind: "metric-error",
      code: "NUM",
      key: "argument.negative",
      params: { what: "what.target", found: -1 },
    });
  });
});

describe("isMetricError", () => {
  it("recognizes error values and nothing else", () => {
    expect(isMetricError(metricError("NA", "argument.noDates"))).toBe(true);
    for (const value of [null, undefined, 0, NaN, "metric-error", {}, { kind: "other" }, [], { code: "DIV0" }]) {
      expect(isMetricError(value), String(value)).toBe(false);
    }
  });
});

describe("valueOrNone", () => {
  it("keeps a number and makes an error null, as the review shows them", () => {
    expect(valueOrNone(0.25)).toBe(0.25);
    expect(valueOrNone(0)).toBe(0);
    expect(valueOrNone(metricError("DIV0", "argument.noOrders"))).toBeNull();
  });
});
