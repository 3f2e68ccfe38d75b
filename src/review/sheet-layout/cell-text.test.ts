import { describe, expect, it } from "vitest";
import { CELL_TEXT_LIMIT, cleanText, removeForbiddenChars, textCut } from "./cell-text";

describe("removeForbiddenChars", () => {
  it("removes every C0 control but tab, LF and CR", () => {
    for (let code = 0; code < 0x20; code++) {
      const char = String.fromCharCode(code);
      const kept = code === 0x09 || code === 0x0a || code === 0x0d;
      expect(removeForbiddenChars(`a${char}b`), `U+${code.toString(16)}`).toBe(kept ? `a${char}b` : "ab");
    }
  });

  it("removes U+FFFE and U+FFFF, keeps U+FFFD and the characters around them", () => {
    expect(removeForbiddenChars("抖音\uFFFF")).toBe("抖音");
    expect(removeForbiddenChars("\uFFFE天猫\uFFFD")).toBe("天猫\uFFFD");
  });

  it("removes lone surrogates, high and low, and keeps surrogate pairs", () => {
    expect(removeForbiddenChars("a\uD83Db")).toBe("ab"); // high alone
    expect(removeForbiddenChars("a\uDE00b")).toBe("ab"); // low alone
    expect(removeForbiddenChars("a\uD83D")).toBe("a"); // high at the end
    expect(removeForbiddenChars("\uDE00a")).toBe("a"); // low at the start
    expect(removeForbiddenChars("\uDE00\uD83D")).toBe(""); // low before high: two lone ones
    expect(removeForbiddenChars("好😀评\u{1F600}")).toBe("好😀评\u{1F600}");
    expect(removeForbiddenChars("\uD83D\uD83D\uDE00")).toBe("😀"); // the first high is lone
  });
});

describe("cleanText / textCut", () => {
  it("keeps text at the limit, cuts one character more to the limit with an ellipsis", () => {
    const atLimit = "字".repeat(CELL_TEXT_LIMIT);
    expect(cleanText(atLimit)).toEqual({ text: atLimit, cutFrom: null });
    const over = cleanText("字".repeat(40_000));
    expect(over.text.length).toBe(CELL_TEXT_LIMIT);
    expect(over.text.endsWith("…")).toBe(true);
    expect(over.cutFrom).toBe(40_000);
  });

  it("counts the limit after removing forbidden characters", () => {
    expect(cleanText("a".repeat(CELL_TEXT_LIMIT) + "\uFFFF").cutFrom).toBeNull();
  });

  it("never cuts a surrogate pair in half", () => {
    const text = "a" + "😀".repeat(20_000);
    const cut = cleanText(text);
    expect(cut.text.length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
    expect(removeForbiddenChars(cut.text)).toBe(cut.text);
    expect(cleanText("ab😀c", 4).text).toBe("ab…");
  });

  it("textCut names the place, the length and the start of a cut text only", () => {
    const original = "\uFFFF标题" + "x".repeat(40_000);
    expect(textCut("cell B2", original, cleanText(original), CELL_TEXT_LIMIT)).toEqual({ where: "cell B2", length: 40_002, limit: CELL_TEXT_LIMIT, start: "标题" + "x".repeat(18) });
    expect(textCut("cell B2", "short", cleanText("short"), CELL_TEXT_LIMIT)).toBeNull();
  });
});
