import { describe, expect, it } from "vitest";
import { contentSide, htmlColor, rangeLook } from "./review-look";

describe("rangeLook", () => {
  it("translates the shared review styles into office.js format values", () => {
    expect(rangeLook("section")).toEqual({
      font: { name: "Microsoft YaHei", size: 12, bold: true, color: "#1F4E79" },
      horizontalAlignment: "Left", verticalAlignment: "Bottom", wrapText: false,
      borders: [{ edge: "EdgeBottom", weight: "Medium", color: "#1F4E79" }],
    });
    expect(rangeLook("header")).toMatchObject({ fill: "#EEF2F7", horizontalAlignment: "Center", wrapText: true });
    expect(rangeLook("total").borders.map((border) => border.edge)).toEqual(["EdgeTop", "EdgeBottom"]);
  });

  it("aligns body cells by content: text left with an indent, numbers right", () => {
    expect(rangeLook("body", "left")).toMatchObject({ horizontalAlignment: "Left", indentLevel: 1 });
    expect(rangeLook("body", "right")).toMatchObject({ horizontalAlignment: "Right" });
    expect(rangeLook("body", "right").indentLevel).toBeUndefined();
    expect(contentSide({ row: 0, column: 0, value: 12 })).toBe("right");
    expect(contentSide({ row: 0, column: 0, value: "抖音" })).toBe("left");
    expect(contentSide({ row: 0, column: 0, formula: "=A1", result: "达成", style: "status" })).toBeUndefined();
    expect(contentSide({ row: 0, column: 0, formula: "=A1", result: 3 })).toBe("right");
  });

  it("turns ARGB into #RRGGBB", () => {
    expect(htmlColor("FF1f4e79")).toBe("#1F4E79");
    expect(htmlColor(undefined)).toBeUndefined();
  });
});
