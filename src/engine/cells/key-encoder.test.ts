import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { BLANK_KEY, KeyEncoder, UNREADABLE_KEY } from "./key-encoder";

/** The obvious encoding, to check the hash table against. */
function referenceCodes(keys: readonly string[]): { codes: number[]; names: string[] } {
  const codeOf = new Map<string, number>();
  const names: string[] = [];
  const codes = keys.map((key) => {
    let code = codeOf.get(key);
    if (code === undefined) {
      code = names.length;
      names.push(key);
      codeOf.set(key, code);
    }
    return code;
  });
  return { codes, names };
}

describe("KeyEncoder", () => {
  it("numbers keys in order of first appearance", () => {
    const encoder = new KeyEncoder();
    expect(["b", "a", "b", "c", "a"].map((key) => encoder.codeOf(key))).toEqual([0, 1, 0, 2, 1]);
    expect(encoder.names).toEqual(["b", "a", "c"]);
    expect(encoder.size).toBe(3);
  });

  it("agrees with a Map on any keys, including ones that share prefixes and code units", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("tb1", "tb10", "tb01", "甜橙1", "😀", "\u0000")), { maxLength: 200 }), (keys) => {
        const encoder = new KeyEncoder();
        const codes = keys.map((key) => encoder.codeOf(key));
        const expected = referenceCodes(keys);
        expect(codes).toEqual(expected.codes);
        expect(encoder.names).toEqual(expected.names);
      }),
      { numRuns: 200 },
    );
  });

  it("keeps every code while its table grows to hundreds of thousands of keys", () => {
    const encoder = new KeyEncoder();
    const keys = Array.from({ length: 300_000 }, (_, i) => `tb${(i * 7919) % 200_003}`);
    const codes = keys.map((key) => encoder.codeOf(key));
    const expected = referenceCodes(keys);
    expect(encoder.size).toBe(expected.names.length);
    let same = 0;
    for (let i = 0; i < codes.length; i++) if (codes[i] === expected.codes[i]) same++;
    expect(same).toBe(codes.length);
    // A fresh string object of a known key finds its code.
    expect(encoder.codeOf(["tb", "7919"].join(""))).toBe(1);
  });

  it("reads cells: numbers and text alike, white space (also full-width) trimmed, blanks and errors apart", () => {
    const encoder = new KeyEncoder();
    expect(encoder.codeOfCell("alice")).toBe(0);
    expect(encoder.codeOfCell(12345)).toBe(1);
    expect(encoder.codeOfCell("12345")).toBe(1);
    expect(encoder.codeOfCell(" alice\t")).toBe(0);
    expect(encoder.codeOfCell("\u3000alice\u3000")).toBe(0);
    expect(encoder.codeOfCell("alice\u00a0")).toBe(0);
    expect(encoder.codeOfCell(true)).toBe(2);
    expect(encoder.names).toEqual(["alice", "12345", "TRUE"]);
    for (const blank of ["", "   ", "\u3000", null, undefined]) expect(encoder.codeOfCell(blank), String(blank)).toBe(BLANK_KEY);
    for (const bad of ["#N/A", " #REF! ", { code: "#DIV/0!" }, { type: "Error" }, NaN, Infinity]) expect(encoder.codeOfCell(bad), String(bad)).toBe(UNREADABLE_KEY);
    // A key that merely starts with # is a key.
    expect(encoder.codeOfCell("#12 店铺")).toBe(3);
    expect(encoder.size).toBe(4);
  });
});
