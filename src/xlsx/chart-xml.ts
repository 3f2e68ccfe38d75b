/**
 * The chart part (`xl/charts/chartN.xml`, a DrawingML `c:chartSpace`) for one ChartSpec.
 *
 * Excel validates chart parts against the schema and rejects the whole workbook ("We found a
 * problem with some content") when a child element is out of order, where LibreOffice tolerates
 * it; so every sequence below follows the CT_ types of ECMA-376 Part 1, dml-chart.xsd
 * (§21.2.2), and the tests check the orders that matter.
 */
import { axisOf, plotOf, type ChartSeries, type ChartSpec } from "../review/sheet-layout/chart-spec";
import { CELL_TEXT_LIMIT, CHART_TEXT_LIMIT, cleanText } from "../review/sheet-layout/cell-text";
import { escapeOoxmlText } from "./cell-text";
import { escapeXml } from "./xml-markup";

/** A chart cache's text (`<c:v>`, an ST_Xstring): cleaned, cut, `_xHHHH_` escaped, then markup-escaped. */
function cacheText(text: string, limit: number): string {
  return escapeXml(escapeOoxmlText(cleanText(text, limit).text));
}

export const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
export const DRAWINGML_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
export const RELATIONSHIP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * Series colours when a series names none, in series order (pie and doughnut: in point order).
 * Muted hues that stay apart from each other in print and for the common colour-vision deficiencies.
 */
export const DEFAULT_PALETTE: readonly string[] = ["4C72B0", "DD8452", "55A868", "8172B3", "C44E52", "937860", "64B5CD", "CCB974", "8C8C8C", "DA8BC3"];

const TEXT_COLOR = "595959";
const TITLE_COLOR = "262626";
const LINE_COLOR = "D9D9D9";

/** Axis ids only need to be unique inside one chart part. */
const AXIS = { primaryCategory: 50010001, primaryValue: 50010002, secondaryCategory: 50010003, secondaryValue: 50010004 } as const;

const solidFill = (rgb: string): string => `<a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill>`;
const noLine = "<a:ln><a:noFill/></a:ln>";

/** A c:txPr giving the default run properties of an element's text. */
function textProperties(size: number, color: string, bold = false): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}">${solidFill(color)}</a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`;
}

function titleXml(title: string): string {
  const runProperties = `sz="1300" b="1"`;
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p>` +
    `<a:pPr><a:defRPr ${runProperties}>${solidFill(TITLE_COLOR)}</a:defRPr></a:pPr>` +
    `<a:r><a:rPr lang="zh-CN" ${runProperties}>${solidFill(TITLE_COLOR)}</a:rPr><a:t>${escapeXml(cleanText(title, CHART_TEXT_LIMIT).text)}</a:t></a:r>` +
    `</a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
  );
}

/** Shortest text that reads back as the same double; NaN and ±Infinity have none and are left out. */
function numberText(value: number): string {
  return Object.is(value, -0) ? "0" : String(value);
}

function categoriesXml(series: ChartSeries): string {
  const points = series.categories.map((category, i) => `<c:pt idx="${i}"><c:v>${cacheText(category, CELL_TEXT_LIMIT)}</c:v></c:pt>`).join("");
  return `<c:cat><c:strRef><c:f>${escapeXml(series.categoriesRef)}</c:f><c:strCache><c:ptCount val="${series.categories.length}"/>${points}</c:strCache></c:strRef></c:cat>`;
}

function valuesXml(series: ChartSeries, formatCode: string): string {
  const points = series.values
    .map((value, i) => (value === null || !Number.isFinite(value) ? "" : `<c:pt idx="${i}"><c:v>${numberText(value)}</c:v></c:pt>`))
    .join("");
  return (
    `<c:val><c:numRef><c:f>${escapeXml(series.valuesRef)}</c:f><c:numCache><c:formatCode>${escapeXml(formatCode)}</c:formatCode>` +
    `<c:ptCount val="${series.values.length}"/>${points}</c:numCache></c:numRef></c:val>`
  );
}

/** EG_SerShared: idx, order, tx (the name as a literal, CT_SerTx's c:v). */
function seriesHead(index: number, series: ChartSeries): string {
  return `<c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${cacheText(series.name, CHART_TEXT_LIMIT)}</c:v></c:tx>`;
}

/** CT_BarSer: idx, order, tx, spPr, invertIfNegative, …, cat, val. */
function barSeriesXml(index: number, series: ChartSeries, color: string, formatCode: string): string {
  return `<c:ser>${seriesHead(index, series)}<c:spPr>${solidFill(color)}${noLine}</c:spPr><c:invertIfNegative val="0"/>${categoriesXml(series)}${valuesXml(series, formatCode)}</c:ser>`;
}

/** CT_LineSer: idx, order, tx, spPr, marker, …, cat, val, smooth. */
function lineSeriesXml(index: number, series: ChartSeries, color: string, formatCode: string): string {
  return (
    `<c:ser>${seriesHead(index, series)}` +
    `<c:spPr><a:ln w="28575" cap="rnd">${solidFill(color)}<a:round/></a:ln></c:spPr>` +
    `<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr>${solidFill(color)}<a:ln w="9525">${solidFill("FFFFFF")}</a:ln></c:spPr></c:marker>` +
    `${categoriesXml(series)}${valuesXml(series, formatCode)}<c:smooth val="0"/></c:ser>`
  );
}

/** CT_PieSer: idx, order, tx, spPr, explosion, dPt*, dLbls, cat, val; one colour per point. */
function pieSeriesXml(index: number, series: ChartSeries, formatCode: string): string {
  const points = series.categories
    .map((_, i) => `<c:dPt><c:idx val="${i}"/><c:bubble3D val="0"/><c:spPr>${solidFill(DEFAULT_PALETTE[i % DEFAULT_PALETTE.length])}<a:ln w="19050">${solidFill("FFFFFF")}</a:ln></c:spPr></c:dPt>`)
    .join("");
  // CT_DLbls: numFmt, spPr, txPr, dLblPos, showLegendKey … showBubbleSize, separator, showLeaderLines.
  const labels =
    `<c:dLbls><c:numFmt formatCode="0%" sourceLinked="0"/><c:spPr><a:noFill/>${noLine}</c:spPr>${textProperties(1000, "FFFFFF", true)}` +
    `<c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="1"/><c:showBubbleSize val="0"/>` +
    `<c:showLeaderLines val="0"/></c:dLbls>`;
  return `<c:ser>${seriesHead(index, series)}${points}${labels}${categoriesXml(series)}${valuesXml(series, formatCode)}</c:ser>`;
}

interface SeriesEntry {
  index: number;
  series: ChartSeries;
}

function colorOf(entry: SeriesEntry): string {
  return entry.series.color?.replace(/^#/, "").toUpperCase() ?? DEFAULT_PALETTE[entry.index % DEFAULT_PALETTE.length];
}

/** CT_BarChart: barDir, grouping, varyColors, ser*, dLbls, gapWidth, overlap, serLines*, axId, axId. */
function barChartXml(direction: "col" | "bar", grouping: "clustered" | "stacked" | "percentStacked", entries: readonly SeriesEntry[], formatCode: string, axes: readonly [number, number]): string {
  const stacked = grouping !== "clustered";
  return (
    `<c:barChart><c:barDir val="${direction}"/><c:grouping val="${grouping}"/><c:varyColors val="0"/>` +
    entries.map((entry) => barSeriesXml(entry.index, entry.series, colorOf(entry), formatCode)).join("") +
    `<c:gapWidth val="${stacked ? 60 : 80}"/><c:overlap val="${stacked ? 100 : -10}"/>` +
    `<c:axId val="${axes[0]}"/><c:axId val="${axes[1]}"/></c:barChart>`
  );
}

/** CT_LineChart: grouping, varyColors, ser*, dLbls, dropLines, hiLowLines, upDownBars, marker, smooth, axId, axId. */
function lineChartXml(entries: readonly SeriesEntry[], formatCode: string, axes: readonly [number, number]): string {
  return (
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>` +
    entries.map((entry) => lineSeriesXml(entry.index, entry.series, colorOf(entry), formatCode)).join("") +
    `<c:marker val="1"/><c:axId val="${axes[0]}"/><c:axId val="${axes[1]}"/></c:lineChart>`
  );
}

interface AxisOptions {
  id: number;
  crossAx: number;
  position: "b" | "l" | "r" | "t";
  deleted?: boolean;
  reversed?: boolean;
  crosses?: "autoZero" | "max";
  /** Fixed lower end of a value axis. */
  minimum?: number;
}

/** CT_CatAx: axId, scaling, delete, axPos, numFmt, majorTickMark, minorTickMark, tickLblPos, spPr, txPr, crossAx, crosses, auto, lblAlgn, lblOffset, noMultiLvlLbl. */
function categoryAxisXml(axis: AxisOptions): string {
  return (
    `<c:catAx><c:axId val="${axis.id}"/><c:scaling><c:orientation val="${axis.reversed ? "maxMin" : "minMax"}"/></c:scaling>` +
    `<c:delete val="${axis.deleted ? 1 : 0}"/><c:axPos val="${axis.position}"/><c:numFmt formatCode="General" sourceLinked="1"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:spPr><a:ln w="9525">${solidFill(LINE_COLOR)}</a:ln></c:spPr>${textProperties(900, TEXT_COLOR)}` +
    `<c:crossAx val="${axis.crossAx}"/><c:crosses val="${axis.crosses ?? "autoZero"}"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`
  );
}

/** CT_ValAx: axId, scaling (orientation, min), delete, axPos, majorGridlines, numFmt, majorTickMark, minorTickMark, tickLblPos, spPr, txPr, crossAx, crosses, crossBetween. */
function valueAxisXml(axis: AxisOptions & { gridlines: boolean; formatCode: string | undefined }): string {
  const minimum = axis.minimum === undefined ? "" : `<c:min val="${numberText(axis.minimum)}"/>`;
  const numberFormat = axis.formatCode === undefined ? `<c:numFmt formatCode="General" sourceLinked="1"/>` : `<c:numFmt formatCode="${escapeXml(axis.formatCode)}" sourceLinked="0"/>`;
  return (
    `<c:valAx><c:axId val="${axis.id}"/><c:scaling><c:orientation val="minMax"/>${minimum}</c:scaling>` +
    `<c:delete val="${axis.deleted ? 1 : 0}"/><c:axPos val="${axis.position}"/>` +
    (axis.gridlines ? `<c:majorGridlines><c:spPr><a:ln w="9525">${solidFill(LINE_COLOR)}</a:ln></c:spPr></c:majorGridlines>` : "") +
    `${numberFormat}<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:spPr>${noLine}</c:spPr>${textProperties(900, TEXT_COLOR)}` +
    `<c:crossAx val="${axis.crossAx}"/><c:crosses val="${axis.crosses ?? "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`
  );
}

/**
 * Bars are read by their length, so the primary value axis starts at 0 unless a value on it is
 * negative: Excel and LibreOffice otherwise start it above 0 when the values lie close together.
 * percentStacked is fixed at 0–100% already.
 */
function primaryAxisStartsAtZero(spec: ChartSpec): boolean {
  if (spec.kind === "percentStackedColumn") return false;
  const onPrimary = spec.kind === "columnWithLine" ? spec.series.filter((s) => axisOf(s) === "primary") : spec.series;
  return onPrimary.every((s) => s.values.every((v) => v === null || !(v < 0)));
}

/** The chart groups and axes inside c:plotArea for one spec. */
function plotAreaContent(spec: ChartSpec): string {
  const entries = spec.series.map((series, index) => ({ index, series }));
  const primaryFormat = spec.valueFormat ?? (spec.kind === "percentStackedColumn" ? "0%" : undefined);
  const primaryAxes = [AXIS.primaryCategory, AXIS.primaryValue] as const;
  const secondaryAxes = [AXIS.secondaryCategory, AXIS.secondaryValue] as const;
  const primaryCategoryAxis = (position: "b" | "l", reversed = false) => categoryAxisXml({ id: AXIS.primaryCategory, crossAx: AXIS.primaryValue, position, reversed });
  const barsFromZero = primaryAxisStartsAtZero(spec);
  const primaryValueAxis = (position: "l" | "b", crosses: "autoZero" | "max" = "autoZero") =>
    valueAxisXml({ id: AXIS.primaryValue, crossAx: AXIS.primaryCategory, position, crosses, gridlines: true, formatCode: primaryFormat, minimum: barsFromZero ? 0 : undefined });
  const cacheFormat = primaryFormat ?? "General";

  switch (spec.kind) {
    case "clusteredColumn":
      return barChartXml("col", "clustered", entries, cacheFormat, primaryAxes) + primaryCategoryAxis("b") + primaryValueAxis("l");
    case "stackedColumn":
      return barChartXml("col", "stacked", entries, cacheFormat, primaryAxes) + primaryCategoryAxis("b") + primaryValueAxis("l");
    case "percentStackedColumn":
      return barChartXml("col", "percentStacked", entries, cacheFormat, primaryAxes) + primaryCategoryAxis("b") + primaryValueAxis("l");
    case "bar":
      // Categories read top-down in sheet order: reversed category axis, value axis crossing at its far end (the bottom).
      return barChartXml("bar", "clustered", entries, cacheFormat, primaryAxes) + primaryCategoryAxis("l", true) + primaryValueAxis("b", "max");
    case "pie":
      return `<c:pieChart><c:varyColors val="1"/>${entries.map((e) => pieSeriesXml(e.index, e.series, cacheFormat)).join("")}<c:firstSliceAng val="0"/></c:pieChart>`;
    case "doughnut":
      return `<c:doughnutChart><c:varyColors val="1"/>${entries.map((e) => pieSeriesXml(e.index, e.series, cacheFormat)).join("")}<c:firstSliceAng val="0"/><c:holeSize val="55"/></c:doughnutChart>`;
    case "columnWithLine": {
      const secondaryFormat = spec.secondaryValueFormat;
      const groups: string[] = [];
      let usesSecondary = false;
      for (const axis of ["primary", "secondary"] as const) {
        const axes = axis === "primary" ? primaryAxes : secondaryAxes;
        const format = (axis === "primary" ? primaryFormat : secondaryFormat) ?? "General";
        const columns = entries.filter((e) => plotOf(e.series) === "column" && axisOf(e.series) === axis);
        const lines = entries.filter((e) => plotOf(e.series) === "line" && axisOf(e.series) === axis);
        if (columns.length > 0) groups.push(barChartXml("col", "clustered", columns, format, axes));
        if (lines.length > 0) groups.push(lineChartXml(lines, format, axes));
        if (axis === "secondary") usesSecondary = columns.length + lines.length > 0;
      }
      let axesXml = primaryCategoryAxis("b") + primaryValueAxis("l");
      if (usesSecondary) {
        // The secondary value axis sits on the right (crosses its category axis at max); that category axis is hidden.
        axesXml +=
          valueAxisXml({ id: AXIS.secondaryValue, crossAx: AXIS.secondaryCategory, position: "r", crosses: "max", gridlines: false, formatCode: secondaryFormat }) +
          categoryAxisXml({ id: AXIS.secondaryCategory, crossAx: AXIS.secondaryValue, position: "b", deleted: true });
      }
      return groups.join("") + axesXml;
    }
  }
}

/** CT_Legend: legendPos, legendEntry*, layout, overlay, spPr, txPr. */
function legendXml(legend: "bottom" | "right"): string {
  return `<c:legend><c:legendPos val="${legend === "right" ? "r" : "b"}"/><c:overlay val="0"/>${textProperties(900, TEXT_COLOR)}</c:legend>`;
}

/**
 * The complete chart part for a validated spec.
 *
 * CT_ChartSpace: date1904, lang, roundedCorners, …, chart, spPr, txPr.
 * CT_Chart: title, autoTitleDeleted, …, plotArea, legend, plotVisOnly, dispBlanksAs.
 */
export function chartSpaceXml(spec: ChartSpec): string {
  const legend = spec.legend ?? "bottom";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${DRAWINGML_NS}" xmlns:r="${RELATIONSHIP_NS}">` +
    `<c:date1904 val="0"/><c:roundedCorners val="0"/>` +
    `<c:chart>${titleXml(spec.title)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plotAreaContent(spec)}<c:spPr><a:noFill/>${noLine}</c:spPr></c:plotArea>` +
    (legend === "none" ? "" : legendXml(legend)) +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr>${solidFill("FFFFFF")}<a:ln w="9525">${solidFill(LINE_COLOR)}</a:ln></c:spPr>` +
    textProperties(900, TEXT_COLOR) +
    `</c:chartSpace>`
  );
}
