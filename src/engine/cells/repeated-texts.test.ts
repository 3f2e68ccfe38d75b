import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { RepeatedTexts } from "./repeated-texts";

describe("RepeatedTexts", () => {
  it("leaves every cell's value as it was, chunk after chunk", () => {
    const cell = fc.oneof(fc.constantFrom("交易成功", "交易关闭", "抖音", "", " "), fc.string({ maxLength: 3 }), fc.double(), fc.constant(null), fc.boolean());
    fc.assert(
      fc.property(fc.array(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 20 }), { maxLength: 4 }), (chunks) => {
        const texts = new RepeatedTexts(8);
        for (const chunk of chunks) {
          const before = structuredClone(chunk);
          texts.share(chunk);
          expect(chunk).toEqual(before);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("tracks the distinct texts of each column across chunks and gives up on a column of many", () => {
    const texts = new RepeatedTexts(3);
    texts.share([["a", "id1", 1], ["b", "id2", 2]]);
    texts.share([["a", "id3", "x"], ["b", "id4", null]]);
    expect(texts.sharedTexts(0)).toBe(2);
    // The id column reached the limit: it is no longer tracked (no map of every id is built).
    expect(texts.sharedTexts(1)).toBeNull();
    expect(texts.sharedTexts(2)).toBe(1);
    expect(texts.sharedTexts(7)).toBe(0);
  });
});
