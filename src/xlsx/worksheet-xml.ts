/**
 * The one edit a worksheet part needs for charts: a `<drawing r:id="…"/>` element, placed where
 * CT_Worksheet's sequence wants it (ECMA-376 Part 1, §18.3.1.99): after sheetData, mergeCells,
 * conditionalFormatting, dataValidations, hyperlinks, printOptions, pageMargins, pageSetup,
 * headerFooter, rowBreaks, colBreaks, customProperties, cellWatches, ignoredErrors, smartTags;
 * before legacyDrawing, legacyDrawingHF, drawingHF, picture, oleObjects, controls,
 * webPublishItems, tableParts and extLst. Excel refuses a sheet whose children are out of order.
 */
import { attributesOf, ensureRootNamespace, prefixedAttribute, prefixOf, rootElement, topLevelChildren } from "./xml-markup";

const RELATIONSHIP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const ELEMENTS_AFTER_DRAWING = new Set(["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"]);
/** sheetData holds the cells, possibly millions of them; its content is never scanned. */
const SCAN_OPTIONS = { skipContentOf: ["sheetData"] } as const;

/** The relationship id of the sheet's `<drawing>` element, or undefined when it has none. */
export function drawingRelId(sheetXml: string): string | undefined {
  const drawing = topLevelChildren(sheetXml, SCAN_OPTIONS).find((child) => child.localName === "drawing");
  return drawing ? (prefixedAttribute(attributesOf(sheetXml, drawing), "id") ?? "") : undefined;
}

/** The sheet with a `<drawing r:id="relId"/>` element inserted at its schema position. */
export function withDrawingElement(sheetXml: string, relId: string): string {
  const { xml, prefix: r } = ensureRootNamespace(sheetXml, RELATIONSHIP_NS, "r");
  const root = rootElement(xml);
  if (root.selfClosing) throw new Error("The worksheet element is empty; it needs at least sheetData");
  const element = `<${prefixOf(root.qname)}drawing ${r}:id="${relId}"/>`;
  const following = topLevelChildren(xml, SCAN_OPTIONS).find((child) => ELEMENTS_AFTER_DRAWING.has(child.localName));
  const insertAt = following ? following.start : xml.lastIndexOf("</", root.end - 1);
  return xml.slice(0, insertAt) + element + xml.slice(insertAt);
}
