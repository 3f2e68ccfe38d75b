import { statSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChartSpec } from "../review/sheet-layout/chart-spec";
import { addChartsToWorkbook, validateChartSpec } from "./chart-parts";
import { chartSpaceXml, DEFAULT_PALETTE } from "./chart-xml";
import { canRenderWithLibreOffice, convertWithLibreOffice, renderPdfToPngs } from "../../test/support/libreoffice-render";
import { relsPathOf, resolveTarget } from "./opc-package";
import { CHANNEL_SHEET, REVIEW_SHEET, sampleReviewWorkbook, type SampleReviewWorkbook } from "../../test/support/sample-review-workbook";

// ---- reading the package back ------------------------------------------------------------------

type OrderedNode = Record<string, unknown> & { ":@"?: Record<string, string> };

const orderedParser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: "", parseTagValue: false, trimValues: false });

/** The element name of a preserveOrder node (text nodes are "#text"). */
const nameOf = (node: OrderedNode): string => Object.keys(node).find((key) => key !== ":@") ?? "";
const childrenOf = (node: OrderedNode): OrderedNode[] => (node[nameOf(node)] as OrderedNode[]) ?? [];
const elementChildren = (node: OrderedNode): OrderedNode[] => childrenOf(node).filter((child) => !nameOf(child).startsWith("#") && !nameOf(child).startsWith("?"));
const attr = (node: OrderedNode, name: string): string | undefined => node[":@"]?.[name];

function parseOrdered(xml: string): OrderedNode {
  const nodes = orderedParser.parse(xml) as OrderedNode[];
  const root = nodes.find((node) => !nameOf(node).startsWith("?"));
  if (!root) throw new Error("no root element");
  return root;
}

/** All elements named `name` below `node`, depth first, with their parent's name. */
function findAll(node: OrderedNode, name: string, parent = ""): { node: OrderedNode; parent: string }[] {
  const found: { node: OrderedNode; parent: string }[] = [];
  if (nameOf(node) === name) found.push({ node, parent });
  for (const child of elementChildren(node)) found.push(...findAll(child, name, nameOf(node)));
  return found;
}

const child = (node: OrderedNode, name: string): OrderedNode | undefined => elementChildren(node).find((c) => nameOf(c) === name);
const valOf = (node: OrderedNode, name: string): string | undefined => {
  const c = child(node, name);
  return c ? attr(c, "val") : undefined;
};
const textOf = (node: OrderedNode): string =>
  childrenOf(node)
    .map((c) => (nameOf(c) === "#text" ? String(c["#text"]) : textOf(c)))
    .join("");

// ---- the schema sequences that Excel enforces (ECMA-376 Part 1, dml-chart.xsd, sml.xsd) -------

const GROUPS = ["c:barChart", "c:lineChart", "c:pieChart", "c:doughnutChart"];
const AXES = ["c:catAx", "c:valAx"];
/** Child order per element (key "parent>child" where the order depends on the parent); entries in one inner array may come in any order. */
const SEQUENCES: Record<string, readonly (string | readonly string[])[]> = {
  "c:chartSpace": ["c:date1904", "c:lang", "c:roundedCorners", "c:style", "c:clrMapOvr", "c:pivotSource", "c:protection", "c:chart", "c:spPr", "c:txPr", "c:externalData", "c:printSettings", "c:userShapes", "c:extLst"],
  "c:chart": ["c:title", "c:autoTitleDeleted", "c:pivotFmts", "c:view3D", "c:floor", "c:sideWall", "c:backWall", "c:plotArea", "c:legend", "c:plotVisOnly", "c:dispBlanksAs", "c:showDLblsOverMax", "c:extLst"],
  "c:title": ["c:tx", "c:layout", "c:overlay", "c:spPr", "c:txPr", "c:extLst"],
  "c:plotArea": ["c:layout", GROUPS, AXES, "c:dTable", "c:spPr", "c:extLst"],
  "c:barChart": ["c:barDir", "c:grouping", "c:varyColors", "c:ser", "c:dLbls", "c:gapWidth", "c:overlap", "c:serLines", "c:axId", "c:extLst"],
  "c:lineChart": ["c:grouping", "c:varyColors", "c:ser", "c:dLbls", "c:dropLines", "c:hiLowLines", "c:upDownBars", "c:marker", "c:smooth", "c:axId", "c:extLst"],
  "c:pieChart": ["c:varyColors", "c:ser", "c:dLbls", "c:firstSliceAng", "c:extLst"],
  "c:doughnutChart": ["c:varyColors", "c:ser", "c:dLbls", "c:firstSliceAng", "c:holeSize", "c:extLst"],
  "c:barChart>c:ser": ["c:idx", "c:order", "c:tx", "c:spPr", "c:invertIfNegative", "c:pictureOptions", "c:dPt", "c:dLbls", "c:trendline", "c:errBars", "c:cat", "c:val", "c:shape", "c:extLst"],
  "c:lineChart>c:ser": ["c:idx", "c:order", "c:tx", "c:spPr", "c:marker", "c:dPt", "c:dLbls", "c:trendline", "c:errBars", "c:cat", "c:val", "c:smooth", "c:extLst"],
  "c:pieChart>c:ser": ["c:idx", "c:order", "c:tx", "c:spPr", "c:explosion", "c:dPt", "c:dLbls", "c:cat", "c:val", "c:extLst"],
  "c:doughnutChart>c:ser": ["c:idx", "c:order", "c:tx", "c:spPr", "c:explosion", "c:dPt", "c:dLbls", "c:cat", "c:val", "c:extLst"],
  "c:ser>c:marker": ["c:symbol", "c:size", "c:spPr", "c:extLst"],
  "c:dPt": ["c:idx", "c:invertIfNegative", "c:marker", "c:bubble3D", "c:explosion", "c:spPr", "c:pictureOptions", "c:extLst"],
  "c:dLbls": ["c:dLbl", "c:delete", "c:numFmt", "c:spPr", "c:txPr", "c:dLblPos", "c:showLegendKey", "c:showVal", "c:showCatName", "c:showSerName", "c:showPercent", "c:showBubbleSize", "c:separator", "c:showLeaderLines", "c:leaderLines", "c:extLst"],
  "c:catAx": ["c:axId", "c:scaling", "c:delete", "c:axPos", "c:majorGridlines", "c:minorGridlines", "c:title", "c:numFmt", "c:majorTickMark", "c:minorTickMark", "c:tickLblPos", "c:spPr", "c:txPr", "c:crossAx", ["c:crosses", "c:crossesAt"], "c:auto", "c:lblAlgn", "c:lblOffset", "c:tickLblSkip", "c:tickMarkSkip", "c:noMultiLvlLbl", "c:extLst"],
  "c:valAx": ["c:axId", "c:scaling", "c:delete", "c:axPos", "c:majorGridlines", "c:minorGridlines", "c:title", "c:numFmt", "c:majorTickMark", "c:minorTickMark", "c:tickLblPos", "c:spPr", "c:txPr", "c:crossAx", ["c:crosses", "c:crossesAt"], "c:crossBetween", "c:majorUnit", "c:minorUnit", "c:dispUnits", "c:extLst"],
  "c:scaling": ["c:logBase", "c:orientation", "c:max", "c:min", "c:extLst"],
  "c:legend": ["c:legendPos", "c:legendEntry", "c:layout", "c:overlay", "c:spPr", "c:txPr", "c:extLst"],
  "c:strRef": ["c:f", "c:strCache", "c:extLst"],
  "c:numRef": ["c:f", "c:numCache", "c:extLst"],
  "c:strCache": ["c:ptCount", "c:pt", "c:extLst"],
  "c:numCache": ["c:formatCode", "c:ptCount", "c:pt", "c:extLst"],
  "xdr:twoCellAnchor": ["xdr:from", "xdr:to", ["xdr:sp", "xdr:grpSp", "xdr:graphicFrame", "xdr:cxnSp", "xdr:pic"], "xdr:clientData"],
  "xdr:graphicFrame": ["xdr:nvGraphicFramePr", "xdr:xfrm", "a:graphic"],
  "xdr:from": ["xdr:col", "xdr:colOff", "xdr:row", "xdr:rowOff"],
  "xdr:to": ["xdr:col", "xdr:colOff", "xdr:row", "xdr:rowOff"],
};

/** CT_Worksheet's sequence (transitional, with drawingHF). */
const WORKSHEET_SEQUENCE = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges", "scenarios", "autoFilter",
  "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions",
  "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing",
  "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
];

/** Positions of `names` in `sequence`; throws on a name the sequence does not allow. */
function assertInSequence(names: readonly string[], sequence: readonly (string | readonly string[])[], where: string): void {
  const rank = (name: string) => sequence.findIndex((entry) => (typeof entry === "string" ? entry === name : entry.includes(name)));
  let last = -1;
  for (const name of names) {
    const position = rank(name);
    if (position < 0) throw new Error(`${where}: <${name}> is not allowed here`);
    if (position < last) throw new Error(`${where}: <${name}> is out of order in [${names.join(", ")}]`);
    last = position;
  }
}

/** Checks the child order of every element of `root` that SEQUENCES describes; returns how many elements it checked. */
function assertSchemaOrder(root: OrderedNode, where: string): number {
  let checked = 0;
  const visit = (node: OrderedNode, parent: string) => {
    const name = nameOf(node);
    const sequence = SEQUENCES[`${parent}>${name}`] ?? SEQUENCES[name];
    if (sequence) {
      assertInSequence(elementChildren(node).map(nameOf), sequence, `${where} <${parent}><${name}>`);
      checked++;
    }
    for (const c of elementChildren(node)) visit(c, name);
  };
  visit(root, "");
  return checked;
}

// ---- the workbook under test -------------------------------------------------------------------

let sample: SampleReviewWorkbook;
let output: Uint8Array;
let zip: JSZip;
let workDir: string;

/** Text of a part of the output package. */
async function part(path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`missing part ${path}`);
  return file.async("string");
}

async function relationshipsOf(source: string): Promise<{ id: string; type: string; target: string }[]> {
  const file = zip.file(relsPathOf(source));
  if (!file) return [];
  return findAll(parseOrdered(await file.async("string")), "Relationship").map(({ node }) => ({
    id: attr(node, "Id") ?? "",
    type: attr(node, "Type") ?? "",
    target: resolveTarget(source, attr(node, "Target") ?? ""),
  }));
}

/** Worksheet part path by sheet name, read independently of the module under test. */
async function sheetPath(name: string): Promise<string> {
  const workbook = parseOrdered(await part("xl/workbook.xml"));
  const sheet = findAll(workbook, "sheet").find(({ node }) => attr(node, "name") === name);
  const rel = (await relationshipsOf("xl/workbook.xml")).find((r) => r.id === attr(sheet!.node, "r:id"));
  return rel!.target;
}

/** The drawing part and chart parts of a sheet, following its rels. */
async function chartsOfSheet(name: string): Promise<{ drawing: string; charts: string[] }> {
  const sheet = await sheetPath(name);
  const drawing = (await relationshipsOf(sheet)).find((r) => r.type.endsWith("/drawing"))!.target;
  const drawingXml = parseOrdered(await part(drawing));
  const rels = await relationshipsOf(drawing);
  const charts = findAll(drawingXml, "c:chart").map(({ node }) => rels.find((r) => r.id === attr(node, "r:id"))!.target);
  return { drawing, charts };
}

/** The chart part holding the chart titled `title`. */
async function chartTitled(title: string): Promise<OrderedNode> {
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))) {
    const root = parseOrdered(await part(path));
    const t = findAll(root, "c:title")[0];
    if (t && textOf(t.node) === title) return root;
  }
  throw new Error(`no chart titled ${title}`);
}

beforeAll(async () => {
  sample = await sampleReviewWorkbook();
  output = await addChartsToWorkbook(sample.xlsx, sample.charts);
  zip = await JSZip.loadAsync(output);
  workDir = await mkdtemp(join(tmpdir(), "chart-parts-"));
});

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe("addChartsToWorkbook: package structure", () => {
  it("adds one chart part per spec, with a content type override each", async () => {
    const chartParts = Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(chartParts).toHaveLength(7);
    const types = parseOrdered(await part("[Content_Types].xml"));
    const overrides = new Map(findAll(types, "Override").map(({ node }) => [attr(node, "PartName"), attr(node, "ContentType")]));
    for (const chart of chartParts) expect(overrides.get(`/${chart}`)).toBe("application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
    for (const drawing of Object.keys(zip.files).filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p))) {
      expect(overrides.get(`/${drawing}`)).toBe("application/vnd.openxmlformats-officedocument.drawing+xml");
    }
    expect(new Set(findAll(types, "Override").map(({ node }) => attr(node, "PartName"))).size).toBe(findAll(types, "Override").length);
  });

  it("gives every part a content type and resolves every relationship target", async () => {
    const types = parseOrdered(await part("[Content_Types].xml"));
    const defaults = new Set(findAll(types, "Default").map(({ node }) => attr(node, "Extension")?.toLowerCase()));
    const overrides = new Set(findAll(types, "Override").map(({ node }) => attr(node, "PartName")));
    const parts = Object.keys(zip.files).filter((p) => !zip.files[p].dir && p !== "[Content_Types].xml");
    for (const p of parts) expect(overrides.has(`/${p}`) || defaults.has(p.split(".").pop()!.toLowerCase()), p).toBe(true);
    let relationships = 0;
    for (const rels of parts.filter((p) => p.endsWith(".rels"))) {
      const source = rels.replace(/_rels\/([^/]*)\.rels$/, "$1");
      for (const r of await relationshipsOf(source)) {
        relationships++;
        expect(zip.file(r.target), `${rels} → ${r.target}`).not.toBeNull();
      }
    }
    expect(relationships).toBeGreaterThan(10);
  });

  it("links each sheet to its drawing with one <drawing> element at its schema position", async () => {
    for (const name of [REVIEW_SHEET, CHANNEL_SHEET]) {
      const path = await sheetPath(name);
      const sheet = parseOrdered(await part(path));
      const names = elementChildren(sheet).map(nameOf);
      assertInSequence(names, WORKSHEET_SEQUENCE, path);
      expect(names.filter((n) => n === "drawing")).toHaveLength(1);
      const drawingRelId = attr(child(sheet, "drawing")!, "r:id");
      const rel = (await relationshipsOf(path)).find((r) => r.id === drawingRelId)!;
      expect(rel.type).toBe("http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing");
    }
    // ExcelJS wrote pageMargins/pageSetup before and tableParts after the drawing on the channel sheet.
    const channelNames = elementChildren(parseOrdered(await part(await sheetPath(CHANNEL_SHEET)))).map(nameOf);
    expect(channelNames.slice(-3)).toEqual(["pageSetup", "drawing", "tableParts"]);
  });

  it("places the charts in the sheet's drawing, extending the drawing ExcelJS wrote for the image", async () => {
    const review = await chartsOfSheet(REVIEW_SHEET);
    const channels = await chartsOfSheet(CHANNEL_SHEET);
    expect(review.charts).toHaveLength(4);
    expect(channels.charts).toHaveLength(3);
    expect(review.drawing).not.toBe(channels.drawing);
    expect(Object.keys(zip.files).filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p))).toHaveLength(2);

    const channelDrawing = parseOrdered(await part(channels.drawing));
    expect(findAll(channelDrawing, "xdr:pic")).toHaveLength(1);
    expect(findAll(channelDrawing, "xdr:graphicFrame")).toHaveLength(3);
    for (const drawing of [review.drawing, channels.drawing]) {
      const root = parseOrdered(await part(drawing));
      const ids = findAll(root, "xdr:cNvPr").map(({ node }) => attr(node, "id"));
      expect(new Set(ids).size, `${drawing} shape ids`).toBe(ids.length);
      expect(assertSchemaOrder(root, drawing)).toBeGreaterThan(0);
    }

    const anchor = findAll(parseOrdered(await part(review.drawing)), "xdr:twoCellAnchor")[0].node;
    const from = child(anchor, "xdr:from")!;
    const to = child(anchor, "xdr:to")!;
    const spec = sample.charts[0].charts[0].anchor;
    expect([textOf(child(from, "xdr:col")!), textOf(child(from, "xdr:row")!), textOf(child(to, "xdr:col")!), textOf(child(to, "xdr:row")!)]).toEqual(
      [spec.fromColumn, spec.fromRow, spec.toColumn, spec.toRow].map(String),
    );
    expect(attr(findAll(parseOrdered(await part(review.drawing)), "xdr:cNvPr")[0].node, "descr")).toBe("GMV 与客单价");
  });

  it("writes well-formed XML in every part it touched", async () => {
    const touched = Object.keys(zip.files).filter((p) => /^xl\/(charts|drawings|worksheets)\/.*\.xml(\.rels)?$/.test(p) || p === "[Content_Types].xml");
    expect(touched.length).toBeGreaterThan(10);
    for (const p of touched) expect(XMLValidator.validate(await part(p)), p).toBe(true);
  });
});

describe("addChartsToWorkbook: chart XML", () => {
  it("follows the CT_ schema order in every chart part", async () => {
    for (const p of Object.keys(zip.files).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name))) {
      const root = parseOrdered(await part(p));
      expect(nameOf(root)).toBe("c:chartSpace");
      expect(assertSchemaOrder(root, p)).toBeGreaterThan(10);
    }
  });

  it("catches an out-of-order sequence (the order check is not vacuous)", () => {
    const bad = parseOrdered(chartSpaceXml(sample.charts[0].charts[0]).replace(/<c:idx val="0"\/><c:order val="0"\/>/, '<c:order val="0"/><c:idx val="0"/>'));
    expect(() => assertSchemaOrder(bad, "bad")).toThrow(/out of order/);
  });

  it("pairs every group's axes: each axId exists and crossAx points back", async () => {
    for (const p of Object.keys(zip.files).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name))) {
      const root = parseOrdered(await part(p));
      const axes = new Map([...findAll(root, "c:catAx"), ...findAll(root, "c:valAx")].map(({ node }) => [valOf(node, "c:axId"), node]));
      for (const name of GROUPS) {
        for (const { node } of findAll(root, name)) {
          const ids = elementChildren(node).filter((c) => nameOf(c) === "c:axId").map((c) => attr(c, "val"));
          if (name === "c:pieChart" || name === "c:doughnutChart") {
            expect(ids).toHaveLength(0);
            continue;
          }
          expect(ids).toHaveLength(2);
          const [category, value] = ids.map((id) => axes.get(id));
          expect(category && nameOf(category)).toBe("c:catAx");
          expect(value && nameOf(value)).toBe("c:valAx");
          expect(valOf(category!, "c:crossAx")).toBe(ids[1]);
          expect(valOf(value!, "c:crossAx")).toBe(ids[0]);
        }
      }
    }
  });

  it("columnWithLine: clustered columns on the left axis, the line on a right-hand secondary axis", async () => {
    const root = await chartTitled("GMV 与客单价");
    const bar = findAll(root, "c:barChart")[0].node;
    const line = findAll(root, "c:lineChart")[0].node;
    expect(valOf(bar, "c:barDir")).toBe("col");
    expect(valOf(bar, "c:grouping")).toBe("clustered");
    expect(findAll(line, "c:ser")).toHaveLength(1);
    expect(textOf(child(findAll(line, "c:ser")[0].node, "c:tx")!)).toBe("客单价 (元)");
    const lineAxes = elementChildren(line).filter((c) => nameOf(c) === "c:axId").map((c) => attr(c, "val"));
    const barAxes = elementChildren(bar).filter((c) => nameOf(c) === "c:axId").map((c) => attr(c, "val"));
    expect(lineAxes).not.toEqual(barAxes);
    const valueAxes = findAll(root, "c:valAx").map(({ node }) => node);
    expect(valueAxes).toHaveLength(2);
    const secondary = valueAxes.find((a) => valOf(a, "c:axId") === lineAxes[1])!;
    expect(valOf(secondary, "c:axPos")).toBe("r");
    expect(valOf(secondary, "c:crosses")).toBe("max");
    expect(valOf(secondary, "c:delete")).toBe("0");
    const secondaryCategory = findAll(root, "c:catAx").find(({ node }) => valOf(node, "c:axId") === lineAxes[0])!.node;
    expect(valOf(secondaryCategory, "c:delete")).toBe("1");
    const primary = valueAxes.find((a) => a !== secondary)!;
    expect(valOf(primary, "c:axPos")).toBe("l");
    expect(attr(child(primary, "c:numFmt")!, "formatCode")).toBe("#,##0");
    expect(attr(child(primary, "c:numFmt")!, "sourceLinked")).toBe("0");
    expect(attr(child(secondary, "c:numFmt")!, "formatCode")).toBe("#,##0");
  });

  it("percentStackedColumn: grouping percentStacked, overlap 100, a 0% axis", async () => {
    const root = await chartTitled("价格带订单占比");
    const bar = findAll(root, "c:barChart")[0].node;
    expect(valOf(bar, "c:grouping")).toBe("percentStacked");
    expect(valOf(bar, "c:overlap")).toBe("100");
    expect(findAll(bar, "c:ser")).toHaveLength(4);
    expect(attr(child(findAll(root, "c:valAx")[0].node, "c:numFmt")!, "formatCode")).toBe("0%");
  });

  it("stackedColumn, clusteredColumn, bar, doughnut and pie use their chart types", async () => {
    const stacked = findAll(await chartTitled("新客与老客"), "c:barChart")[0].node;
    expect([valOf(stacked, "c:barDir"), valOf(stacked, "c:grouping"), valOf(stacked, "c:overlap")]).toEqual(["col", "stacked", "100"]);
    const clustered = await chartTitled("转化率：实际、目标与行业");
    expect(valOf(findAll(clustered, "c:barChart")[0].node, "c:grouping")).toBe("clustered");
    expect(valOf(findAll(clustered, "c:legend")[0].node, "c:legendPos")).toBe("r");
    const bar = await chartTitled("投产比 (ROI) by channel");
    expect(valOf(findAll(bar, "c:barChart")[0].node, "c:barDir")).toBe("bar");
    expect(findAll(bar, "c:legend")).toHaveLength(0);
    const doughnut = findAll(await chartTitled("流量结构"), "c:doughnutChart")[0].node;
    expect(valOf(doughnut, "c:holeSize")).toBe("55");
    const pie = await chartTitled("GMV by channel & <source>");
    expect(findAll(pie, "c:pieChart")).toHaveLength(1);
    expect(findAll(pie, "c:dPt")).toHaveLength(5);
  });

  it("caches the categories and values given, and escapes &, < and Chinese text", async () => {
    const pie = await chartTitled("GMV by channel & <source>");
    const ser = findAll(pie, "c:ser")[0].node;
    const spec = sample.charts[1].charts[2].series[0];
    expect(textOf(findAll(child(ser, "c:cat")!, "c:f")[0].node)).toBe(spec.categoriesRef);
    expect(spec.categoriesRef).toBe("'Channels & Ads'!$A$2:$A$6");
    expect(findAll(child(ser, "c:cat")!, "c:pt").map(({ node }) => textOf(node))).toEqual(spec.categories);
    expect(findAll(child(ser, "c:val")!, "c:pt").map(({ node }) => Number(textOf(node)))).toEqual(spec.values);
    expect(valOf(findAll(child(ser, "c:val")!, "c:numCache")[0].node, "c:ptCount")).toBe("5");
    const channelChartXml = await Promise.all((await chartsOfSheet(CHANNEL_SHEET)).charts.map(part));
    expect(channelChartXml.join("")).toContain("<c:v>腾讯 &amp; 广点通</c:v>");
    expect(channelChartXml.join("")).toContain("<c:v>小红书 &lt;KOL&gt;</c:v>");
    expect(channelChartXml.join("")).toContain("<c:f>'Channels &amp; Ads'!$B$2:$B$6</c:f>");
  });

  it("leaves a null value out of the cache (a gap) but counts its point", async () => {
    const ser = findAll(await chartTitled("投产比 (ROI) by channel"), "c:ser")[0].node;
    const cache = findAll(child(ser, "c:val")!, "c:numCache")[0].node;
    expect(valOf(cache, "c:ptCount")).toBe("5");
    expect(findAll(cache, "c:pt").map(({ node }) => attr(node, "idx"))).toEqual(["1", "2", "3", "4"]);
    expect(textOf(child(cache, "c:formatCode")!)).toBe("0.0");
  });

  it("colours series with the colour given, else with the default palette", async () => {
    const stacked = findAll(await chartTitled("新客与老客"), "c:ser").map(({ node }) => node);
    const fillOf = (ser: OrderedNode) => attr(findAll(child(ser, "c:spPr")!, "a:srgbClr")[0].node, "val");
    expect(fillOf(stacked[0])).toBe(DEFAULT_PALETTE[0]);
    expect(fillOf(stacked[1])).toBe("A5B8D0");
    const line = findAll(findAll(await chartTitled("GMV 与客单价"), "c:lineChart")[0].node, "c:ser")[0].node;
    expect(attr(findAll(child(line, "c:spPr")!, "a:srgbClr")[0].node, "val")).toBe(DEFAULT_PALETTE[1]);
  });
});

describe("addChartsToWorkbook: inputs and other packages", () => {
  const spec = (): ChartSpec => ({
    kind: "clusteredColumn",
    title: "t",
    anchor: { fromColumn: 0, fromRow: 0, toColumn: 4, toRow: 10 },
    series: [{ name: "s", categoriesRef: "'S'!$A$1:$A$2", valuesRef: "'S'!$B$1:$B$2", categories: ["a", "b"], values: [1, 2] }],
  });

  it("rejects specs it cannot draw faithfully, naming the chart", () => {
    expect(() => validateChartSpec({ ...spec(), series: [] })).toThrow(/Chart "t": no series/);
    expect(() => validateChartSpec({ ...spec(), series: [{ ...spec().series[0], values: [1] }] })).toThrow(/2 categories but 1 values/);
    expect(() => validateChartSpec({ ...spec(), series: [{ ...spec().series[0], color: "blue" }] })).toThrow(/hex RRGGBB/);
    expect(() => validateChartSpec({ ...spec(), series: [{ ...spec().series[0], valuesRef: "B1:B2" }] })).toThrow(/sheet references/);
    expect(() => validateChartSpec({ ...spec(), anchor: { fromColumn: 3, fromRow: 0, toColumn: 3, toRow: 5 } })).toThrow(/anchor/);
    expect(() => validateChartSpec({ ...spec(), anchor: { fromColumn: -1, fromRow: 0, toColumn: 3, toRow: 5 } })).toThrow(/anchor.fromColumn/);
    expect(() => validateChartSpec({ ...spec(), kind: "pie", series: [spec().series[0], spec().series[0]] })).toThrow(/pie shows one series/);
    expect(() => validateChartSpec({ ...spec(), series: [{ ...spec().series[0], plot: "line" }] })).toThrow(/columnWithLine charts only/);
    expect(() => validateChartSpec({ ...spec(), kind: "columnWithLine" })).toThrow(/plot "line"/);
    expect(() => validateChartSpec(spec())).not.toThrow();
  });

  it("throws for an unknown sheet, listing the sheets there are", async () => {
    await expect(addChartsToWorkbook(sample.xlsx, [{ sheetName: "Nope", charts: [spec()] }])).rejects.toThrow(/No worksheet named "Nope".*"运营复盘", "Channels & Ads"/);
  });

  it("finds worksheets through the workbook's relationships, not by position", async () => {
    // Swap the two worksheet parts' names so that the first sheet lives in sheet2.xml.
    const swapped = await JSZip.loadAsync(sample.xlsx);
    const one = await swapped.file("xl/worksheets/sheet1.xml")!.async("uint8array");
    const two = await swapped.file("xl/worksheets/sheet2.xml")!.async("uint8array");
    const twoRels = await swapped.file("xl/worksheets/_rels/sheet2.xml.rels")!.async("uint8array");
    swapped.file("xl/worksheets/sheet1.xml", two).file("xl/worksheets/_rels/sheet1.xml.rels", twoRels);
    swapped.file("xl/worksheets/sheet2.xml", one).remove("xl/worksheets/_rels/sheet2.xml.rels");
    const workbookRels = await swapped.file("xl/_rels/workbook.xml.rels")!.async("string");
    swapped.file("xl/_rels/workbook.xml.rels", workbookRels.replace("worksheets/sheet1.xml", "worksheets/TMP").replace("worksheets/sheet2.xml", "worksheets/sheet1.xml").replace("worksheets/TMP", "worksheets/sheet2.xml"));
    const input = await swapped.generateAsync({ type: "uint8array" });

    const result = await JSZip.loadAsync(await addChartsToWorkbook(input, [{ sheetName: REVIEW_SHEET, charts: [spec()] }]));
    expect(await result.file("xl/worksheets/sheet2.xml")!.async("string")).toMatch(/<drawing r:id="rId\d+"\/>/);
    expect(await result.file("xl/worksheets/sheet1.xml")!.async("string")).not.toContain("drawing2");
    expect(await result.file("xl/worksheets/_rels/sheet2.xml.rels")!.async("string")).toContain('Target="../drawings/drawing2.xml"');
  });

  it("adds to the same drawing when called again for the same sheet, numbering parts after the existing ones", async () => {
    const again = await JSZip.loadAsync(await addChartsToWorkbook(output, [{ sheetName: REVIEW_SHEET, charts: [spec()] }]));
    expect(again.file("xl/charts/chart8.xml")).not.toBeNull();
    expect(Object.keys(again.files).filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p))).toHaveLength(2);
    const sheet = await again.file(await sheetPath(REVIEW_SHEET))!.async("string");
    expect(sheet.match(/<drawing /g)).toHaveLength(1);
  });
});

describe("addChartsToWorkbook: round trip through ExcelJS", () => {
  it("re-opens with ExcelJS and keeps the cell values and the image", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(output.buffer.slice(output.byteOffset, output.byteOffset + output.byteLength) as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([REVIEW_SHEET, CHANNEL_SHEET]);
    for (const { sheetName, address, value } of sample.expectedCells) {
      expect(workbook.getWorksheet(sheetName)!.getCell(address).value, `${sheetName}!${address}`).toBe(value);
    }
    expect(workbook.getWorksheet(CHANNEL_SHEET)!.getImages()).toHaveLength(1);
  });
});

const noLibreOffice = !canRenderWithLibreOffice();
const LIBREOFFICE_SKIP_REASON = "LibreOffice (/usr/bin/soffice) and pdftoppm are not installed; scripts/install-system-deps.sh installs them";

/** Test name, carrying the skip reason when LibreOffice is missing. */
const withLibreOffice = (name: string) => (noLibreOffice ? `${name} (skipped: ${LIBREOFFICE_SKIP_REASON})` : name);

describe("addChartsToWorkbook: LibreOffice", () => {
  let inputPath: string;

  beforeAll(async () => {
    inputPath = join(workDir, "review.xlsx");
    await writeFile(inputPath, output);
  });

  it.skipIf(noLibreOffice)(withLibreOffice("converts to PDF and the PDF renders to PNG"), async () => {
    const pdfDir = join(workDir, "pdf");
    await mkdir(pdfDir);
    const pdf = await convertWithLibreOffice(inputPath, "pdf", pdfDir);
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
    const pngs = await renderPdfToPngs(pdf, join(pdfDir, "page"), { dpi: 60 });
    expect(pngs.length).toBeGreaterThanOrEqual(2);
    for (const png of pngs) expect((await readFile(png)).subarray(1, 4).toString()).toBe("PNG");
    // Set CHART_PARTS_RENDER_DIR to keep the PDF and pages for a look.
    const keep = process.env.CHART_PARTS_RENDER_DIR;
    if (keep) {
      await mkdir(keep, { recursive: true });
      for (const file of [inputPath, pdf, ...pngs]) await copyFile(file, join(keep, file.split("/").pop()!));
    }
  });

  it.skipIf(noLibreOffice)(withLibreOffice("keeps all charts, with their types, axes and data, when LibreOffice re-saves the workbook as .xlsx"), async () => {
    const resavedDir = join(workDir, "resaved");
    await mkdir(resavedDir);
    const resaved = await JSZip.loadAsync(await readFile(await convertWithLibreOffice(inputPath, "xlsx", resavedDir)));
    const chartParts = Object.keys(resaved.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(chartParts).toHaveLength(7);
    const roots = await Promise.all(chartParts.map(async (p) => parseOrdered(await resaved.file(p)!.async("string"))));
    const groups = roots.flatMap((root) => findAll(root, "c:plotArea").flatMap(({ node }) => elementChildren(node).map(nameOf).filter((n) => GROUPS.includes(n))));
    expect(groups.sort()).toEqual(["c:barChart", "c:barChart", "c:barChart", "c:barChart", "c:barChart", "c:doughnutChart", "c:lineChart", "c:pieChart"]);
    const titled = (title: string) => roots.find((root) => findAll(root, "c:title").some(({ node }) => textOf(node) === title))!;
    // LibreOffice reads the series from the cells the refs point at: its caches hold the sheet's numbers.
    const combo = titled("GMV 与客单价");
    expect(findAll(combo, "c:valAx")).toHaveLength(2);
    expect(findAll(combo, "c:valAx").map(({ node }) => valOf(node, "c:axPos")).sort()).toEqual(["l", "r"]);
    const lineValues = findAll(findAll(findAll(combo, "c:lineChart")[0].node, "c:val")[0].node, "c:pt").map(({ node }) => textOf(node));
    expect(lineValues.map(Number)).toEqual([188, 195, 162, 172, 176]);
    const bar = titled("投产比 (ROI) by channel");
    expect(valOf(findAll(bar, "c:barChart")[0].node, "c:barDir")).toBe("bar");
    expect(findAll(findAll(bar, "c:cat")[0].node, "c:pt").map(({ node }) => textOf(node))).toContain("腾讯 & 广点通");
    expect(valOf(findAll(titled("价格带订单占比"), "c:barChart")[0].node, "c:grouping")).toBe("percentStacked");
  });

  it.skipIf(noLibreOffice)(withLibreOffice("keeps all charts when LibreOffice converts the workbook to .ods"), async () => {
    const odsDir = join(workDir, "ods");
    await mkdir(odsDir);
    const ods = await JSZip.loadAsync(await readFile(await convertWithLibreOffice(inputPath, "ods", odsDir)));
    const charts = Object.keys(ods.files).filter((p) => /^Object \d+\/content\.xml$/.test(p));
    expect(charts).toHaveLength(7);
    const classes = await Promise.all(charts.map(async (p) => /chart:class="chart:(\w+)"/.exec(await ods.file(p)!.async("string"))?.[1]));
    expect(classes.sort()).toEqual(["bar", "bar", "bar", "bar", "bar", "circle", "ring"]);
  });
});
