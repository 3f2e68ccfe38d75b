/**
 * One definition of growth for the function and the review (issue 11): `EC.GROWTH` and the
 * review's figures both end in `growth` (src/engine/metrics/growth.ts). Where the function gives
 * an error (previous value zero or below), the review leaves the figure out; everywhere else they
 * give the same number.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { growthFunction } from "../../src/functions/functions";
import { growthOrNone } from "../../src/engine/metrics/growth";
import { asTable, cell } from "./excel-call";

const amount = fc.oneof(
  fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom(0, -0, 1, -1, 0.01),
);

describe("growth: EC.GROWTH and the review agree", () => {
  it("gives the review's growth where the review has one, and an error exactly where the review leaves it out", () => {
    fc.assert(
      fc.property(amount, amount, (current, previous) => {
        const inReview = growthOrNone(current, previous);
        const [[inCell]] = asTable(growthFunction(cell(current), cell(previous)));
        if (inReview === null) {
          expect(inCell).toBeInstanceOf(CustomFunctions.Error);
          expect((inCell as CustomFunctions.Error).code).toBe(previous === 0 ? "#DIV/0!" : "#NUM!");
        } else {
          expect(typeof inCell).toBe("number");
          expect(inCell).toBe(inReview);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("leaves growth from a negative or zero base out of the review, as the function refuses it", () => {
    expect(growthOrNone(90, -120)).toBeNull();
    expect(growthOrNone(90, 0)).toBeNull();
    expect(growthOrNone(90, 120)).toBeCloseTo(-0.25, 12);
  });
});
