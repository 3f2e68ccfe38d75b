import { describe, expect, it } from "vitest";
import { conversionRate } from "./conversion-rate";
import { attainment, attainmentStatus } from "./attainment";

describe("conversionRate", () => {
  it("is converters ÷ visitors: the review's August 3.2% against a 3.5% target", () => {
    const august = conversionRate(32, 1000) as number;
    expect(august).toBe(0.032);
    expect(conversionRate(18, 1000)).toBe(0.018); // off-site
    expect(conversionRate(25, 1000)).toBe(0.025); // on-site
    const ofTarget = attainment(august, 0.035) as number;
    expect(ofTarget).toBeCloseTo(0.032 / 0.035, 12);
    expect(attainmentStatus(ofTarget)).toBe("near");
  });

  it("is 0 without converters and 1 when everyone converts", () => {
    expect(conversionRate(0, 500)).toBe(0);
    expect(conversionRate(500, 500)).toBe(1);
  });

  it("is #DIV/0! without visitors", () => {
    expect(conversionRate(0, 0)).toEqual({ kind: "metric-error", code: "DIV0", key: "argument.zero", params: { what: "what.visitorTotal" } });
  });

  it("is #NUM! for negative counts and for more converters than visitors", () => {
    expect(conversionRate(-1, 10)).toEqual({ kind: "metric-error", code: "NUM", key: "argument.negative", params: { what: "what.buyers", found: -1 } });
    expect(conversionRate(1, -10)).toMatchObject({ code: "NUM", key: "argument.negative", params: { what: "what.visitorTotal", found: -10 } });
    expect(conversionRate(11, 10)).toEqual({
      kind: "metric-error",
      code: "NUM",
      key: "argument.visitorsBelowConversions",
      params: { what: "what.visitorTotal", conversions: 11, visitors: 10 },
    });
  });
});
