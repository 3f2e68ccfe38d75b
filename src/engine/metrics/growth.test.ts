import { describe, expect, it } from "vitest";
import { growth } from "./growth";

describe("growth", () => {
  it("is current ÷ previous − 1: the review's ROI 1.2 → 0.9 is −25%", () => {
    expect(growth(0.9, 1.2)).toBeCloseTo(-0.25, 15);
    expect(growth(112.5, 100)).toBe(0.125); // GMV +12.5%
    expect(growth(102.1, 100)).toBeCloseTo(0.021, 12); // repurchase +2.1%
    expect(growth(100, 100)).toBe(0);
    expect(growth(0, 100)).toBe(-1);
    expect(growth(-50, 100)).toBe(-1.5);
  });

  it("gives the review's July new buyers −18% month on month", () => {
    expect(growth(820, 1000)).toBeCloseTo(-0.18, 12);
  });

  it("is #DIV/0! from 0 and #NUM! from a negative value", () => {
    expect(growth(5, 0)).toEqual({ kind: "metric-error", code: "DIV0", key: "argument.zero", params: { what: "what.previous" } });
    expect(growth(5, -10)).toEqual({ kind: "metric-error", code: "NUM", key: "argument.negative", params: { what: "what.previous", found: -10 } });
  });

  it("is #NUM! where the ratio overflows, from a previous value next to zero", () => {
    expect(growth(-1, 5e-324)).toEqual({ kind: "metric-error", code: "NUM", key: "result.notFinite", params: {} });
  });
});
