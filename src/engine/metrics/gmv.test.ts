import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { gmv } from "./gmv";

describe("gmv", () => {
  it("sums the amounts, blanks adding nothing", () => {
    expect(gmv(Float64Array.of(100, 50, NaN))).toBe(150);
    expect(gmv(Float64Array.of(180.5, 19.5, NaN, NaN, 300))).toBe(500);
  });

  it("is 0 for no rows and for only blank rows", () => {
    expect(gmv(new Float64Array(0))).toBe(0);
    expect(gmv(Float64Array.of(NaN, NaN))).toBe(0);
  });

  it("is the amount of a single order", () => {
    expect(gmv(Float64Array.of(88))).toBe(88);
  });

  it("leaves out orders the status mask excludes", () => {
    const amounts = Float64Array.of(100, 200, 300, NaN);
    expect(gmv(amounts, { counted: Uint8Array.of(1, 0, 1, 1) })).toBe(400);
    expect(gmv(amounts, { counted: Uint8Array.of(0, 0, 0, 0) })).toBe(0);
  });
});

describe("gmv properties", () => {
  const amount = fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.constant(NaN));
  const rows = fc.array(fc.tuple(amount, fc.constantFrom(0, 1)), { maxLength: 60 });

  it("is the counted part plus the excluded part", () => {
    fc.assert(
      fc.property(rows, (r) => {
        const amounts = Float64Array.from(r, ([a]) => a);
        const counted = Uint8Array.from(r, ([, c]) => c);
        const excluded = counted.map((c) => 1 - c);
        expect(gmv(amounts, { counted }) + gmv(amounts, { counted: excluded })).toBe(gmv(amounts));
      }),
      { numRuns: 150 },
    );
  });

  it("does not change when the rows are permuted", () => {
    const permuted = rows.chain((r) => fc.tuple(fc.constant(r), fc.shuffledSubarray(r, { minLength: r.length, maxLength: r.length })));
    fc.assert(
      fc.property(permuted, ([r, p]) => {
        const of = (rs: typeof r) => ({ amounts: Float64Array.from(rs, ([a]) => a), counted: Uint8Array.from(rs, ([, c]) => c) });
        const a = of(r);
        const b = of(p);
        expect(gmv(b.amounts, { counted: b.counted })).toBe(gmv(a.amounts, { counted: a.counted }));
      }),
      { numRuns: 150 },
    );
  });
});
