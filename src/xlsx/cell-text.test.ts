import { describe, expect, it } from "vitest";
import { CELL_TEXT_LIMIT } from "../review/sheet-layout/cell-text";
import { escapeOoxmlText, fileText, unescapeOoxmlText } from "./cell-text";
import { chartSpaceXml } from "./chart-xml";
import { escapeXml } from "./xml-markup";

describe("escapeXml", () => {
  it("drops what removeForbiddenChars removes", () => {
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

describe("fileText", () => {
  it("cuts before escaping: Excel's limit is on the text shown", () => {
    const text = "_x0041_".repeat(6000); // 42,000 characters
    const written = fileText(text);
    expect(written.cutFrom).toBe(42_000);
    expect(unescapeOoxmlText(written.text).length).toBe(CELL_TEXT_LIMIT);
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
