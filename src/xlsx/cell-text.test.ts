import { describe, expect, it } from "vitest";
import { CELL_TEXT_LIMIT, cleanText, removeForbiddenChars, textCut } from "../review/sheet-layout/cell-text";
import { escapeOoxmlText, fileText, unescapeOoxmlText } from "./cell-text";
import { chartSpaceXml } from "./chart-xml";
import { escapeXml } from "./xml-markup";

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

  it("is what escapeXml drops", () => {
    expect(escapeXml("a\uFFFF\uD800&b")).toBe("a&amp;b");
  });
});

describe("escapeOoxmlText / unescapeOoxmlText", () => {
  it("escapes _xHHHH_ so it reads back literally", () => {
    expect(escapeOoxmlText("_x0041_")).toBe("_x005F_x0041_");
    expect(unescapeOoxmlText(escapeOoxmlText("_x0041_"))).toBe("_x0041_");
    expect(unescapeOoxmlText("_x0041_")).toBe("A");
    for (const text of ["_x005F_", "a_x00e9_b_x0041__x0042_", "_x12_", "_xZZZZ_", "__x0041__", "_X0041_"]) {
      expect(unescapeOoxmlText(escapeOoxmlText(text)), text).toBe(text);
    }
  });

  it("leaves text without the pattern as it is", () => {
    expect(escapeOoxmlText("_x004_ x0041 _x00411")).toBe("_x004_ x0041 _x00411");
  });
});

describe("cleanText / fileText", () => {
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

  it("fileText cuts before escaping: Excel's limit is on the text shown", () => {
    const text = "_x0041_".repeat(6000); // 42,000 characters
    const written = fileText(text);
    expect(written.cutFrom).toBe(42_000);
    expect(unescapeOoxmlText(written.text).length).toBe(CELL_TEXT_LIMIT);
  });

  it("textCut names the place, the length and the start of a cut text only", () => {
    const original = "\uFFFF标题" + "x".repeat(40_000);
    expect(textCut("cell B2", original, cleanText(original), CELL_TEXT_LIMIT)).toEqual({ where: "cell B2", length: 40_002, limit: CELL_TEXT_LIMIT, start: "标题" + "x".repeat(18) });
    expect(textCut("cell B2", "short", cleanText("short"), CELL_TEXT_LIMIT)).toBeNull();
  });
});

describe("chart text through the sanitizer", () => {
  it("writes categories and series names without forbidden characters, _xHHHH_ escaped, and the title cut to 255", () => {
    const xml = chartSpaceXml({
      kind: "clusteredColumn", title: "渠道".repeat(200) + "\uFFFF",
      series: [{ name: "GMV_x0041_\uD800", categoriesRef: "'复盘'!$A$2:$A$3", valuesRef: "'复盘'!$B$2:$B$3", categories: ["抖音\uFFFF", "_x0042_"], values: [1, 2] }],
      anchor: { fromColumn: 0, fromRow: 0, toColumn: 5, toRow: 10 },
    });
    expect(xml).not.toMatch(/[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(xml).toContain("<c:v>抖音</c:v>");
    expect(xml).toContain("<c:v>_x005F_x0042_</c:v>");
    expect(xml).toContain("<c:v>GMV_x005F_x0041_</c:v>");
    const title = /<a:t>([^<]*)<\/a:t>/.exec(xml)![1];
    expect(title.length).toBe(255);
    expect(title.endsWith("…")).toBe(true);
  });
});
