import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { appendChartFrames, emptyDrawingXml, maxShapeId } from "./drawing-xml";

const placement = { anchor: { fromColumn: 1, fromRow: 2, toColumn: 9, toRow: 20 }, relId: "rId2", title: "GMV & <AOV>" };

describe("appendChartFrames", () => {
  it("anchors a chart frame between the two cells, with the title as alt text", () => {
    const xml = appendChartFrames(emptyDrawingXml(), [placement]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain("<xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>");
    expect(xml).toContain("<xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row>");
    expect(xml).toContain('<xdr:cNvPr id="1" name="Chart 1" descr="GMV &amp; &lt;AOV&gt;"/>');
    expect(xml).toMatch(/<c:chart xmlns:c="[^"]+" xmlns:r="[^"]+" r:id="rId2"\/>/);
  });

  it("numbers shapes after those already in the drawing and keeps them", () => {
    const existing = `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:oneCellAnchor><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Picture 3"/></xdr:nvPicPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>`;
    const xml = appendChartFrames(existing, [placement, { ...placement, relId: "rId3" }]);
    expect(maxShapeId(xml)).toBe(5);
    expect(xml.startsWith(existing.slice(0, -"</xdr:wsDr>".length))).toBe(true);
  });

  it("uses the drawing's own prefixes and declares the DrawingML one when missing", () => {
    const xml = appendChartFrames(`<wsDr xmlns="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:s="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>`, [placement]);
    expect(xml).toContain('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"');
    expect(xml).toContain("<s:twoCellAnchor>");
    expect(XMLValidator.validate(xml)).toBe(true);
  });
});
