import { describe, expect, it } from "vitest";
import { relativeTarget, relsPathOf, resolveTarget } from "./opc-package";

describe("OPC part paths", () => {
  it("finds a part's relationship part", () => {
    expect(relsPathOf("xl/worksheets/sheet1.xml")).toBe("xl/worksheets/_rels/sheet1.xml.rels");
    expect(relsPathOf("")).toBe("_rels/.rels");
  });

  it("resolves targets relative to the source part's folder, or from the root when absolute", () => {
    expect(resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolveTarget("xl/worksheets/sheet1.xml", "../drawings/drawing1.xml")).toBe("xl/drawings/drawing1.xml");
    expect(resolveTarget("xl/workbook.xml", "/xl/worksheets/sheet2.xml")).toBe("xl/worksheets/sheet2.xml");
    expect(resolveTarget("", "xl/workbook.xml")).toBe("xl/workbook.xml");
  });

  it("writes relative targets that resolve back to the part", () => {
    for (const [source, target] of [
      ["xl/worksheets/sheet1.xml", "xl/drawings/drawing1.xml"],
      ["xl/drawings/drawing1.xml", "xl/charts/chart12.xml"],
      ["xl/workbook.xml", "xl/worksheets/sheet1.xml"],
    ]) {
      expect(resolveTarget(source, relativeTarget(source, target))).toBe(target);
    }
    expect(relativeTarget("xl/drawings/drawing1.xml", "xl/charts/chart1.xml")).toBe("../charts/chart1.xml");
  });
});
