import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { drawingRelId, withDrawingElement } from "./worksheet-xml";

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

describe("withDrawingElement", () => {
  it("goes after pageSetup, headerFooter and the breaks, before legacyDrawing and tableParts", () => {
    const sheet =
      `<?xml version="1.0"?><worksheet ${MAIN} ${R}><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>` +
      `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup orientation="portrait"/>` +
      `<headerFooter><oddHeader>&amp;C页眉</oddHeader></headerFooter><rowBreaks count="1"><brk id="5"/></rowBreaks>` +
      `<legacyDrawing r:id="rId1"/><tableParts count="1"><tablePart r:id="rId2"/></tableParts></worksheet>`;
    const result = withDrawingElement(sheet, "rId3");
    expect(result).toContain(`</rowBreaks><drawing r:id="rId3"/><legacyDrawing r:id="rId1"/>`);
    expect(XMLValidator.validate(result)).toBe(true);
  });

  it("goes before the sheet's own extLst, not before an extLst nested in conditional formatting", () => {
    const sheet =
      `<worksheet ${MAIN} ${R}><sheetData/><conditionalFormatting sqref="A1"><cfRule type="dataBar" priority="1"><extLst><ext uri="x"/></extLst></cfRule></conditionalFormatting>` +
      `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><extLst><ext uri="y"/></extLst></worksheet>`;
    expect(withDrawingElement(sheet, "rId1")).toContain(`footer="0.3"/><drawing r:id="rId1"/><extLst><ext uri="y"/>`);
  });

  it("goes last when nothing follows it, and declares the relationships prefix when the root lacks it", () => {
    expect(withDrawingElement(`<worksheet ${MAIN}><sheetData/></worksheet>`, "rId1")).toBe(
      `<worksheet ${MAIN} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData/><drawing r:id="rId1"/></worksheet>`,
    );
  });

  it("uses the root's own prefixes", () => {
    const sheet = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheetData/><x:tableParts count="0"/></x:worksheet>`;
    expect(withDrawingElement(sheet, "rId9")).toContain(`<x:drawing rel:id="rId9"/><x:tableParts`);
  });

  it("does not mistake cell text or attribute values for elements", () => {
    const sheet = `<worksheet ${MAIN} ${R}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lt;tableParts/&gt; a > b</t></is></c></row></sheetData><!-- <extLst/> --><tableParts count="0"/></worksheet>`;
    expect(withDrawingElement(sheet, "rId1")).toContain(`<!-- <extLst/> --><drawing r:id="rId1"/><tableParts`);
  });
});

describe("drawingRelId", () => {
  it("reads the existing drawing's relationship id, or undefined", () => {
    expect(drawingRelId(`<worksheet ${MAIN} ${R}><sheetData/><drawing r:id="rId4"/></worksheet>`)).toBe("rId4");
    expect(drawingRelId(`<worksheet ${MAIN} ${R}><sheetData/></worksheet>`)).toBeUndefined();
  });
});
