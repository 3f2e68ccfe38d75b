import { describe, expect, it } from "vitest";
import { attainment, attainmentStatus, DEFAULT_STATUS_THRESHOLDS } from "./attainment";
import { growth } from "./growth";

describe("attainment", () => {
  it("is actual ÷ target: the review's GMV 19.8M of 25.0M is 79.2%, missed", () => {
    const ratio = attainment(19.8e6, 25e6);
    expect(ratio).toBe(0.792);
    expect(attainmentStatus(ratio as number)).toBe("missed");
  });

  it("takes growths for a growth target: the review's GMV +12.5% of +25%, repurchase +2.1% of +10%, AOV +5% of +15%", () => {
    const gmvGrowth = growth(19.8e6, 17.6e6) as number;
    expect(gmvGrowth).toBeCloseTo(0.125, 12);
    expect(attainment(gmvGrowth, 0.25)).toBeCloseTo(0.5, 12);
    expect(attainment(0.021, 0.1)).toBeCloseTo(0.21, 12);
    expect(attainment(0.05, 0.15)).toBeCloseTo(1 / 3, 12);
  });

  it("is #DIV/0! for a target of 0 and #NUM! for a negative target", () => {
    expect(attainment(5, 0)).toEqual({ kind: "metric-error", code: "DIV0", key: "argument.zero", params: { what: "what.target" } });
    expect(attainment(5, -1)).toEqual({ kind: "metric-error", code: "NUM", key: "argument.negative", params: { what: "what.target", found: -1 } });
  });
});

describe("attainmentStatus", () => {
  it("is met from 100%, near from 90%, missed below", () => {
    expect(DEFAULT_STATUS_THRESHOLDS).toEqual({ met: 1, near: 0.9 });
    expect(attainmentStatus(1)).toBe("met");
    expect(attainmentStatus(1.3)).toBe("met");
    expect(attainmentStatus(0.99)).toBe("near");
    expect(attainmentStatus(0.9)).toBe("near");
    expect(attainmentStatus(0.89)).toBe("missed");
    expect(attainmentStatus(0)).toBe("missed");
    expect(attainmentStatus(-0.2)).toBe("missed");
  });

  it("is not thrown off by floating point on the threshold", () => {
    expect(0.7 + 0.2).toBeLessThan(0.9);
    expect(attainmentStatus(0.7 + 0.2)).toBe("near");
    expect(attainmentStatus(attainment(2.7, 3) as number)).toBe("near");
    expect(attainmentStatus(attainment(0.3, 0.1 + 0.2) as number)).toBe("met");
  });

  it("takes other thresholds", () => {
    const thresholds = { met: 0.95, near: 0.8 };
    expect(attainmentStatus(0.96, thresholds)).toBe("met");
    expect(attainmentStatus(0.85, thresholds)).toBe("near");
    expect(attainmentStatus(0.792, thresholds)).toBe("missed");
  });
});
