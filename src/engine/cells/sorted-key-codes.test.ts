import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { hashKey, sortedKeyCodes } from "./sorted-key-codes";
import { KeyEncoder } from "./key-encoder";
import { gridColumn, readKeyColumn } from "./read-columns";

/** The codes a Map gives, in order of first appearance. */
function mapCodes(keys: readonly (string | null)[]): { codes: number[]; names: readonly string[] } {
  const encoder = new KeyEncoder();
  return { codes: keys.map((key) => (key === null ? -1 : encoder.codeOf(key))), names: encoder.names };
}

describe("sortedKeyCodes", () => {
  it("gives the codes a Map gives, for any keys and blanks", () => {
    const key = fc.oneof(fc.string({ maxLength: 5 }), fc.constantFrom("tb1", "tb10", "甜橙1", "😀"), fc.constant(null));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 300 }), (keys) => {
        const sorted = sortedKeyCodes(keys);
        const expected = mapCodes(keys);
        expect(Array.from(sorted.codes)).toEqual(expected.codes);
        expect(sorted.names).toEqual(expected.names);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps apart different keys of the same hash", () => {
    // Two keys of the same 32-bit hash, found by searching "tb0", "tb1", …
    const keys = ["tb2143068", "tb3571004"];
    expect(hashKey(keys[0])).toBe(hashKey(keys[1]));
    const column = [keys[0], keys[1], keys[0], "x", keys[1]];
    expect(Array.from(sortedKeyCodes(column).codes)).toEqual([0, 1, 0, 2, 1]);
  });
});

describe("readKeyColumn on a long column", () => {
  it("encodes mostly distinct keys by sorting and gets the codes, names and unreadable cells of a Map", () => {
    const grid = Array.from({ length: 70_000 }, (_, i) => [i % 997 === 0 ? "#N/A" : i % 501 === 0 ? " " : i % 3 === 0 ? 10_000 + (i % 40_000) : ` tb${i % 40_000}`]);
    const sorted = readKeyColumn(gridColumn(grid, 0));
    const mapped = readKeyColumn(gridColumn(grid, 0), new KeyEncoder());
    expect(Array.from(sorted.codes)).toEqual(Array.from(mapped.codes));
    expect(sorted.names).toEqual(mapped.names);
    expect(sorted.unreadable).toEqual(mapped.unreadable);
    expect(sorted.unreadable.length).toBeGreaterThan(0);
  });
});
