/**
 * The SpreadsheetML drawing part (`xl/drawings/drawingN.xml`, an `xdr:wsDr`) that places charts on
 * a worksheet: one `xdr:twoCellAnchor` holding an `xdr:graphicFrame` per chart (ECMA-376 Part 1,
 * §20.5). A drawing ExcelJS wrote for images is extended in place rather than replaced.
 */
import { CHART_NS, DRAWINGML_NS, RELATIONSHIP_NS } from "./chart-xml";
import { ensureRootNamespace, escapeXml, insertBeforeRootEnd } from "./xml-markup";

export const SPREADSHEET_DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/** Cells a chart spans, 0-based: its top-left corner is at (fromColumn, fromRow), bottom-right at (toColumn, toRow). */
export interface CellAnchor {
  fromColumn: number;
  fromRow: number;
  toColumn: number;
  toRow: number;
}

/** One chart to place: where, the relationship id of its chart part in the drawing's rels, and its alt text. */
export interface ChartPlacement {
  anchor: CellAnchor;
  relId: string;
  title: string;
}

/** An empty drawing part. */
export function emptyDrawingXml(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${SPREADSHEET_DRAWING_NS}" xmlns:a="${DRAWINGML_NS}"></xdr:wsDr>`;
}

/** The largest shape id (`cNvPr/@id`) in a drawing, 0 when it has none; ids must be unique within a drawing. */
export function maxShapeId(drawingXml: string): number {
  let max = 0;
  for (const match of drawingXml.matchAll(/<(?:[\w.-]+:)?cNvPr\b[^>]*?\sid\s*=\s*["'](\d+)["']/g)) max = Math.max(max, Number(match[1]));
  return max;
}

function markerXml(xdr: string, element: "from" | "to", column: number, row: number): string {
  return `<${xdr}:${element}><${xdr}:col>${column}</${xdr}:col><${xdr}:colOff>0</${xdr}:colOff><${xdr}:row>${row}</${xdr}:row><${xdr}:rowOff>0</${xdr}:rowOff></${xdr}:${element}>`;
}

/**
 * Appends one anchored chart frame per placement to a drawing part, numbering shapes after the
 * largest id already there, and declaring the xdr and a prefixes on the root when it lacks them.
 */
export function appendChartFrames(drawingXml: string, placements: readonly ChartPlacement[]): string {
  let xml = drawingXml;
  const xdrBinding = ensureRootNamespace(xml, SPREADSHEET_DRAWING_NS, "xdr");
  xml = xdrBinding.xml;
  const aBinding = ensureRootNamespace(xml, DRAWINGML_NS, "a");
  xml = aBinding.xml;
  const xdr = xdrBinding.prefix;
  const a = aBinding.prefix;
  let shapeId = maxShapeId(xml);
  const frames = placements.map(({ anchor, relId, title }) => {
    shapeId++;
    return (
      `<${xdr}:twoCellAnchor>` +
      markerXml(xdr, "from", anchor.fromColumn, anchor.fromRow) +
      markerXml(xdr, "to", anchor.toColumn, anchor.toRow) +
      `<${xdr}:graphicFrame macro="">` +
      `<${xdr}:nvGraphicFramePr><${xdr}:cNvPr id="${shapeId}" name="Chart ${shapeId}" descr="${escapeXml(title)}"/><${xdr}:cNvGraphicFramePr/></${xdr}:nvGraphicFramePr>` +
      `<${xdr}:xfrm><${a}:off x="0" y="0"/><${a}:ext cx="0" cy="0"/></${xdr}:xfrm>` +
      `<${a}:graphic><${a}:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" xmlns:r="${RELATIONSHIP_NS}" r:id="${escapeXml(relId)}"/></${a}:graphicData></${a}:graphic>` +
      `</${xdr}:graphicFrame><${xdr}:clientData/></${xdr}:twoCellAnchor>`
    );
  });
  return insertBeforeRootEnd(xml, frames.join(""));
}
