/**
 * Native Excel charts for an .xlsx that ExcelJS wrote. ExcelJS writes no charts, so the review
 * workbook is post-processed: for each chart a DrawingML chart part (`xl/charts/chartN.xml`), an
 * anchored frame in the sheet's drawing part (`xl/drawings/drawingN.xml`, created or extended),
 * the relationships that link sheet → drawing → chart, the sheet's `<drawing r:id>` element and
 * the `[Content_Types].xml` overrides. Excel and LibreOffice both open the result.
 *
 * Each series points at the cells that hold its data (`categoriesRef`, `valuesRef`) and carries
 * the same values as a cache, so a viewer shows the chart before it recalculates anything.
 *
 * Runs in the browser and in Node: it uses JSZip and string handling only.
 *
 * @example
 * const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
 * const withCharts = await addChartsToWorkbook(xlsx, [{ sheetName: "运营复盘", charts: [{
 *   kind: "columnWithLine", title: "GMV 与客单价",
 *   anchor: { fromColumn: 6, fromRow: 1, toColumn: 14, toRow: 18 },
 *   valueFormat: "#,##0", secondaryValueFormat: "#,##0",
 *   series: [
 *     { name: "GMV", categoriesRef: "'运营复盘'!$A$2:$A$6", valuesRef: "'运营复盘'!$B$2:$B$6", categories, values: gmv },
 *     { name: "客单价", plot: "line", categoriesRef: "'运营复盘'!$A$2:$A$6", valuesRef: "'运营复盘'!$D$2:$D$6", categories, values: aov },
 *   ],
 * }] }]);
 */
import JSZip from "jszip";
import { axisOf, plotOf, type ChartKind, type ChartSpec } from "../review/sheet-layout/chart-spec";
import { chartSpaceXml } from "./chart-xml";
import { appendChartFrames, emptyDrawingXml, type ChartPlacement } from "./drawing-xml";
import {
  addContentTypeOverride,
  addRelationship,
  CONTENT_TYPES,
  nextPartNumber,
  readPart,
  readRelationships,
  RELATIONSHIP_TYPES,
  resolveTarget,
  workbookPartPath,
} from "./opc-package";
import { drawingRelId, withDrawingElement } from "./worksheet-xml";
import { attributesOf, prefixedAttribute, topLevelChildren } from "./xml-markup";

const CHART_KINDS: readonly ChartKind[] = ["columnWithLine", "percentStackedColumn", "stackedColumn", "clusteredColumn", "bar", "doughnut", "pie"];

/**
 * Throws an Error naming the chart and what is wrong when a spec cannot be drawn faithfully,
 * rather than writing a chart that silently drops or misplaces data.
 */
export function validateChartSpec(spec: ChartSpec): void {
  const where = `Chart "${spec.title}"`;
  if (!CHART_KINDS.includes(spec.kind)) throw new Error(`${where}: unknown kind "${String(spec.kind)}"`);
  if (spec.series.length === 0) throw new Error(`${where}: no series`);
  const { fromColumn, fromRow, toColumn, toRow } = spec.anchor;
  for (const [name, value] of Object.entries(spec.anchor)) {
    if (!Number.isInteger(value) || value < 0) throw new Error(`${where}: anchor.${name} must be a whole number ≥ 0, got ${value}`);
  }
  if (toColumn <= fromColumn || toRow <= fromRow) throw new Error(`${where}: the anchor must end right of and below where it starts`);
  if (spec.kind === "pie" && spec.series.length > 1) throw new Error(`${where}: a pie shows one series, got ${spec.series.length}; use a doughnut for several`);
  for (const series of spec.series) {
    const about = `${where}, series "${series.name}"`;
    if (series.categories.length !== series.values.length) throw new Error(`${about}: ${series.categories.length} categories but ${series.values.length} values`);
    if (!series.categoriesRef.includes("!") || !series.valuesRef.includes("!")) throw new Error(`${about}: categoriesRef and valuesRef must be sheet references like 'Review'!$A$2:$A$9`);
    if (series.color !== undefined && !/^#?[0-9a-fA-F]{6}$/.test(series.color)) throw new Error(`${about}: color must be hex RRGGBB, got "${series.color}"`);
    if (spec.kind !== "columnWithLine" && (series.plot === "line" || series.axis === "secondary")) {
      throw new Error(`${about}: plot "line" and axis "secondary" apply to columnWithLine charts only`);
    }
  }
  if (spec.kind === "columnWithLine") {
    if (!spec.series.some((s) => plotOf(s) === "column")) throw new Error(`${where}: columnWithLine needs a column series`);
    if (!spec.series.some((s) => plotOf(s) === "line")) throw new Error(`${where}: columnWithLine needs a series with plot "line"`);
    if (spec.series.every((s) => axisOf(s) === "secondary")) throw new Error(`${where}: columnWithLine needs a series on the primary axis`);
  }
}

/** Worksheet part paths by sheet name, from the workbook part and its relationships. */
export async function worksheetPartsByName(zip: JSZip): Promise<Map<string, string>> {
  const workbookPath = await workbookPartPath(zip);
  const workbookXml = await readPart(zip, workbookPath);
  const relationships = await readRelationships(zip, workbookPath);
  const sheetsElement = topLevelChildren(workbookXml).find((child) => child.localName === "sheets");
  const parts = new Map<string, string>();
  if (!sheetsElement) return parts;
  const sheetsXml = workbookXml.slice(sheetsElement.start, sheetsElement.end);
  for (const sheet of topLevelChildren(sheetsXml)) {
    if (sheet.localName !== "sheet") continue;
    const attributes = attributesOf(sheetsXml, sheet);
    const name = attributes.get("name");
    const relationship = relationships.find((r) => r.id === prefixedAttribute(attributes, "id"));
    if (name !== undefined && relationship?.type === RELATIONSHIP_TYPES.worksheet && !relationship.external) {
      parts.set(name, resolveTarget(workbookPath, relationship.target));
    }
  }
  return parts;
}

/**
 * The sheet's drawing part: the one its `<drawing r:id>` points to, or a new empty one, linked
 * from the sheet and referenced by a new `<drawing>` element.
 */
async function drawingPartOf(zip: JSZip, sheetPath: string): Promise<string> {
  const sheetXml = await readPart(zip, sheetPath);
  const existingRelId = drawingRelId(sheetXml);
  if (existingRelId !== undefined) {
    const relationship = (await readRelationships(zip, sheetPath)).find((r) => r.id === existingRelId);
    if (!relationship || relationship.external) throw new Error(`${sheetPath}: its <drawing> points to no drawing part`);
    return resolveTarget(sheetPath, relationship.target);
  }
  const drawingPath = `xl/drawings/drawing${nextPartNumber(zip, "xl/drawings", "drawing")}.xml`;
  zip.file(drawingPath, emptyDrawingXml());
  await addContentTypeOverride(zip, drawingPath, CONTENT_TYPES.drawing);
  const relId = await addRelationship(zip, sheetPath, RELATIONSHIP_TYPES.drawing, drawingPath);
  zip.file(sheetPath, withDrawingElement(sheetXml, relId));
  return drawingPath;
}

/**
 * Adds native charts to the named sheets of an .xlsx and returns the new package.
 *
 * Parts are numbered after those already present, a sheet's existing drawing (ExcelJS writes one
 * for images) is extended, and every other part is left as it was. Throws, before changing
 * anything, when a spec is invalid (see `validateChartSpec`) or a sheet name is not in the workbook.
 */
export async function addChartsToWorkbook(xlsx: Uint8Array, charts: readonly { sheetName: string; charts: readonly ChartSpec[] }[]): Promise<Uint8Array> {
  for (const sheet of charts) sheet.charts.forEach(validateChartSpec);
  const zip = await JSZip.loadAsync(xlsx);
  const sheetParts = await worksheetPartsByName(zip);
  for (const sheet of charts) {
    if (!sheetParts.has(sheet.sheetName)) {
      throw new Error(`No worksheet named "${sheet.sheetName}" in the workbook (it has: ${[...sheetParts.keys()].map((n) => `"${n}"`).join(", ")})`);
    }
  }

  for (const sheet of charts) {
    if (sheet.charts.length === 0) continue;
    const drawingPath = await drawingPartOf(zip, sheetParts.get(sheet.sheetName) as string);
    const placements: ChartPlacement[] = [];
    for (const spec of sheet.charts) {
      const chartPath = `xl/charts/chart${nextPartNumber(zip, "xl/charts", "chart")}.xml`;
      zip.file(chartPath, chartSpaceXml(spec));
      await addContentTypeOverride(zip, chartPath, CONTENT_TYPES.chart);
      const relId = await addRelationship(zip, drawingPath, RELATIONSHIP_TYPES.chart, chartPath);
      placements.push({ anchor: spec.anchor, relId, title: spec.title });
    }
    zip.file(drawingPath, appendChartFrames(await readPart(zip, drawingPath), placements));
  }

  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
