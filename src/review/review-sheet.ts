import { translate, type Locale, type MessageKey, type MessageParams } from "../i18n/messages";
import type { ChartSpec } from "./sheet-layout/chart-spec";
import { attainment, attainmentStatus, DEFAULT_STATUS_THRESHOLDS } from "../engine/metrics/attainment";
import { growthOrNone } from "../engine/metrics/growth";
import { valueOrNone } from "../engine/metric-error";
import type { Finding } from "./review-findings";
import type { ReviewSummary, AttainmentMetric } from "./review-summary";
import { keyFindings } from "./key-findings";
import { axisNumberFormats, currencySign, formatSetPercent, monthListText, storedOrNull, storedValue } from "./format-figures";
import { liveFindingFormula, type TargetCell } from "./live-text";
import { writeSites } from "./site-split-sheet";
import { writeBasket } from "./basket-sheet";
import { writeFirstProduct } from "./first-product-sheet";
import { writeExperiments } from "./experiments-sheet";
import { writeFulfilment } from "./fulfilment-sheet";
import { writeAttribution } from "./attribution-sheet";
import { a1, a1Range, numberFormats, sheetRef, type CellStyle, type ConditionalFormat, type LayoutCell, type LayoutInput, type NumberFormat, type SheetLayout } from "./sheet-layout";

/**
 * Tables use columns A–K; each section's charts sit below its table, within the same columns, so
 * that the sheet prints on A4 landscape at a readable size and fits a laptop screen.
 */
const TABLE_COLUMNS = 11;
const CHART_WIDTH = 7;
const HALF_CHART_WIDTH = 5;
const CHART_HEIGHT = 17;
/** At most this many skipped rows are listed on the sheet; all of them are in summary.json (and on `skippedListedOn`). */
export const SKIPPED_ROWS_SHOWN = 100;

interface SheetOptions {
  readonly locale: Locale;
  readonly sources: readonly string[];
  readonly generatedAt: Date;
  readonly thresholds?: { readonly met: number; readonly near: number };
  /** The sheet listing every skipped row, named under the review's cut list. */
  readonly skippedListedOn?: string;
}

/** A section's number as its heading writes it: 十一 in Chinese, 11 in English. */
export function sectionNumber(n: number, locale: Locale): string {
  if (locale !== "zh-CN") return String(n);
  const DIGITS = "零一二三四五六七八九";
  if (n < 10) return DIGITS[n];
  if (n < 20) return `十${n % 10 === 0 ? "" : DIGITS[n % 10]}`;
  return `${DIGITS[Math.floor(n / 10)]}十${n % 10 === 0 ? "" : DIGITS[n % 10]}`;
}

/** A section heading's title without its number (`3. Channels` → `Channels`, `十一、全部结论` → `全部结论`). */
export function sectionTitleOf(heading: string): string {
  return heading.replace(/^(?:\d+\. |[一二三四五六七八九十]+、)/, "");
}

/** Accumulates cells top-down; each section starts at `row` and moves it past what it wrote. */
export class SheetWriter {
  readonly cells: LayoutCell[] = [];
  readonly merges: string[] = [];
  readonly conditionalFormats: ConditionalFormat[] = [];
  readonly charts: ChartSpec[] = [];
  readonly inputs: LayoutInput[] = [];
  /** The row of each metric in the target-attainment table, for the formulas that read it. */
  readonly targetRows = new Map<AttainmentMetric, number>();
  /** The tables' width in columns (A–K), for sections laid out in their own files. */
  readonly tableColumns = TABLE_COLUMNS;
  row = 0;

  constructor(readonly name: string, readonly locale: Locale) {}

  text(key: MessageKey, params: MessageParams = {}): string {
    return translate(this.locale, key, params);
  }

  put(row: number, column: number, cell: Omit<LayoutCell, "row" | "column">): void {
    this.cells.push({ row, column, ...cell });
  }

  /**
   * A value cell; null and undefined leave the cell empty. A number is stored as its format stores
   * it (`storedValue`: amounts to the cent, rates to six decimals), without float noise.
   */
  value(row: number, column: number, value: string | number | boolean | null | undefined, format?: NumberFormat, style: CellStyle = "body"): void {
    if (value === null || value === undefined) return;
    this.put(row, column, { value: typeof value === "number" ? storedValue(value, format) : value, format, style });
  }

  formula(row: number, column: number, formula: string, result: string | number | null, format?: NumberFormat, style: CellStyle = "body"): void {
    this.put(row, column, { formula, result: result ?? "", format, style });
  }

  /** Numbered sections written so far. */
  private sectionsNumbered = 0;

  /**
   * A section heading across the table. The details' sections are numbered in the order they are
   * written (一、二、… in Chinese, 1. 2. … in English), so that a section left out (no traffic, no
   * experiment) leaves no gap; the key conclusions and the skipped rows are not.
   */
  /** A note across the table's width on its own row (one line: a note does not wrap). */
  note(key: MessageKey, params: MessageParams = {}): void {
    this.put(this.row, 0, { value: this.text(key, params), style: "note" });
    this.merges.push(a1Range(this.row, 0, this.row, TABLE_COLUMNS - 1));
    this.row++;
  }

  section(key: MessageKey, numbered = true): void {
    const title = this.text(key);
    const value = numbered ? this.text("review.section.numbered", { number: sectionNumber(++this.sectionsNumbered, this.locale), title }) : title;
    this.put(this.row, 0, { value, style: "section" });
    this.merges.push(a1Range(this.row, 0, this.row, TABLE_COLUMNS - 1));
    this.row++;
  }

  header(keys: readonly MessageKey[] | readonly string[], translateKeys = true): number {
    const row = this.row;
    keys.forEach((key, column) => this.put(row, column, { value: translateKeys ? this.text(key as MessageKey) : key, style: "header" }));
    this.row++;
    return row;
  }

  /**
   * Places a chart below what the section wrote so far, `width` columns wide from `column`. The
   * values it caches are the cells' stored values (`storedValue`), as the chart reads them.
   */
  chart(spec: Omit<ChartSpec, "anchor">, top: number, column = 0, width = CHART_WIDTH): void {
    this.charts.push({ ...spec, anchor: { fromColumn: column, fromRow: top, toColumn: column + width, toRow: top + CHART_HEIGHT } } as ChartSpec);
  }

  /** Ends a section: leaves room for the charts placed from row `chartTop`, then a blank row. */
  endSection(chartTop: number | null): void {
    this.row = (chartTop === null ? this.row : Math.max(this.row, chartTop + CHART_HEIGHT)) + 1;
  }

  ref(fromRow: number, column: number, toRow: number): string {
    return sheetRef(this.name, fromRow, column, toRow, column);
  }
}

/** The columns of the target-attainment table. */
const TARGET_TABLE_COLUMNS: Readonly<Record<TargetCell, number>> = { target: 2, actual: 3, attainment: 4, status: 6, benchmark: 7 };

const METRIC_FORMATS: Readonly<Record<AttainmentMetric, NumberFormat>> = {
  gmv: "currency", gmvGrowth: "percent", aov: "currencyCents", aovGrowth: "percent", repurchaseRate: "percent", repurchaseGrowth: "percent",
  conversionRate: "percent", grossMargin: "percent", costPerNewBuyer: "currencyCents", roi: "ratio",
};

/** Growth rows and the row whose baseline and actual they recompute from. */
const GROWTH_BASE: Readonly<Partial<Record<AttainmentMetric, AttainmentMetric>>> = { gmvGrowth: "gmv", aovGrowth: "aov", repurchaseGrowth: "repurchaseRate" };
/** The rows that take a benchmark (the others take none). */
const BENCHMARK_METRICS: ReadonlySet<AttainmentMetric> = new Set<AttainmentMetric>(["aov", "repurchaseRate", "conversionRate", "grossMargin", "costPerNewBuyer", "roi"]);
/** Rows of a benchmark only: no target, attainment or status (a lower cost per new buyer is better). */
const BENCHMARK_ONLY: ReadonlySet<AttainmentMetric> = new Set<AttainmentMetric>(["costPerNewBuyer", "roi"]);
/** A stored number (`storedValue`), or null for none. */
const stored = storedOrNull;

/**
 * The review sheet's layout, in the spirit of the real review in PRODUCT.md: header, target
 * attainment, monthly trend, price bands and margin, channels, on-site and off-site, conversion, retention, RFM,
 * findings and the rows that were skipped. Cells hold values and native Excel formulas only
 * (attainment, gaps, statuses, AOV, shares, ROI, cost per new buyer recompute from the cells
 * above), never `EC.` formulas, so the sheet works for someone without the add-in.
 */
export function layoutReviewSheet(summary: ReviewSummary, findings: readonly Finding[], options: SheetOptions): SheetLayout {
  const name = translate(options.locale, "review.sheetName");
  const w = new SheetWriter(name, options.locale);
  writeHeader(w, summary, options);
  // Page 1 is the executive summary: the conclusions that matter most, then the headline figures
  // against target and benchmark. The conclusions' rows are kept here and written once the target
  // table is, since the live ones are formulas over its cells.
  const key = keyFindings(findings);
  const keyTop = w.row;
  if (key.length > 0) w.row += 1 + key.length + 1;
  writeTargets(w, summary, options.thresholds ?? DEFAULT_STATUS_THRESHOLDS);
  if (key.length > 0) {
    const after = w.row;
    w.row = keyTop;
    writeFindingRows(w, "review.section.keyFindings", key, summary);
    w.row = after;
  }
  // The details start on page 2.
  const detailsTop = w.row;
  writeMonthly(w, summary);
  writePriceBands(w, summary);
  writeBasket(w, summary);
  writeChannels(w, summary);
  writeSites(w, summary);
  if (summary.conversion.length > 0) writeConversion(w, summary);
  writeRetention(w, summary);
  writeFulfilment(w, summary);
  writeRfm(w, summary);
  writeFirstProduct(w, summary);
  writeExperiments(w, summary);
  writeAttribution(w, summary);
  writeFindings(w, findings, summary);
  writeSkipped(w, summary, options.skippedListedOn);
  return {
    name,
    columnWidths: [24, ...Array.from({ length: TABLE_COLUMNS - 1 }, () => 14)],
    cells: w.cells,
    numberFormats: numberFormats(summary.currency, options.locale),
    merges: w.merges,
    conditionalFormats: w.conditionalFormats,
    charts: w.charts,
    frozenRows: 2,
    pageStarts: [detailsTop],
    print: { orientation: "landscape", paperSize: "A4", fitToWidth: true },
    inputs: w.inputs,
  };
}

function writeHeader(w: SheetWriter, summary: ReviewSummary, options: SheetOptions): void {
  const { period, comparisonPeriod } = summary;
  w.put(0, 0, { value: w.text("review.title", { from: period.from, to: period.to }), style: "title" });
  w.merges.push(a1Range(0, 0, 0, TABLE_COLUMNS - 1));
  w.put(1, 0, {
    value: w.text("review.period", { from: period.from, to: period.to, compareFrom: comparisonPeriod.from, compareTo: comparisonPeriod.to, mode: w.text(`review.compare.${comparisonPeriod.mode}`) }),
    style: "subtitle",
  });
  w.merges.push(a1Range(1, 0, 1, TABLE_COLUMNS - 1));
  w.put(2, 0, { value: w.text("review.sources", { sources: options.sources.join(", ") }), style: "note" });
  w.merges.push(a1Range(2, 0, 2, TABLE_COLUMNS - 1));
  const time = options.generatedAt.toISOString().slice(0, 16).replace("T", " ");
  w.put(3, 0, { value: w.text("review.generated", { time }), style: "note" });
  w.merges.push(a1Range(3, 0, 3, TABLE_COLUMNS - 1));
  // Without a buyer column the review says which of its parts are left out.
  w.put(4, 0, { value: w.text(summary.buyers === null ? "review.aovNoteNoBuyer" : "review.aovNote"), style: "note" });
  w.merges.push(a1Range(4, 0, 4, TABLE_COLUMNS - 1));
  w.row = 6;
}

function writeTargets(w: SheetWriter, summary: ReviewSummary, thresholds: { met: number; near: number }): void {
  w.section("review.section.targets");
  // The benchmark columns are there when some benchmark is given.
  const hasBenchmarks = Object.keys(summary.benchmarks).length > 0;
  const keys: MessageKey[] = ["review.col.metric", "review.col.baseline", "review.col.target", "review.col.actual", "review.col.attainment", "review.col.gap", "review.col.status"];
  if (hasBenchmarks) keys.push("review.col.benchmark", "review.col.benchmarkGap");
  w.header(keys);
  const labels = { met: w.text("review.status.met"), near: w.text("review.status.near"), missed: w.text("review.status.missed") };
  const first = w.row;
  const rowOf = w.targetRows;
  // What each row's actual stores, for the growth rows below that recompute from it.
  const storedActual = new Map<AttainmentMetric, number | null>();
  for (const item of summary.attainment) {
    const r = w.row++;
    rowOf.set(item.metric, r);
    const format = METRIC_FORMATS[item.metric];
    // A gap between two rates is in percentage points; between two amounts, an amount.
    const isRate = format === "percent";
    w.value(r, 0, w.text(`review.metric.${item.metric}`), undefined, "label");
    w.value(r, 1, item.baseline, format);
    const writeBenchmark = (actual: number | null): void => {
      if (!hasBenchmarks || !BENCHMARK_METRICS.has(item.metric)) return;
      w.value(r, 7, item.benchmark, format);
      w.inputs.push({ key: `benchmark.${item.metric}`, row: r, column: 7, format });
      const benchmark = a1(r, 7);
      const storedBenchmark = stored(item.benchmark, format);
      // As the gap to a target: only a benchmark above 0 is one; between two rates, in points.
      const gap = storedBenchmark === null || storedBenchmark <= 0 || actual === null ? null : isRate ? (actual - storedBenchmark) * 100 : actual - storedBenchmark;
      w.formula(r, 8, `=IF(OR(N(${benchmark})<=0,${a1(r, 3)}=""),"",(${a1(r, 3)}-${benchmark})${isRate ? "*100" : ""})`, gap, isRate ? "points" : format);
    };
    if (BENCHMARK_ONLY.has(item.metric)) {
      w.value(r, 3, item.actual, format);
      writeBenchmark(stored(item.actual, format));
      continue;
    }
    w.value(r, 2, item.target, format);
    w.inputs.push({ key: `target.${item.metric}`, row: r, column: 2, format });
    const baseMetric = GROWTH_BASE[item.metric];
    const base = baseMetric === undefined ? undefined : rowOf.get(baseMetric);
    // The cached results are what the formulas compute from the stored cells (rounded as stored), so
    // that Excel shows the same before and after it recalculates.
    let actual = stored(item.actual, format);
    if (base !== undefined && item.actual !== null) {
      // Growth recomputes from the baseline and actual cells above.
      const baseItem = summary.attainment.find((other) => other.metric === baseMetric);
      const baseFormat = METRIC_FORMATS[baseMetric!];
      const storedBaseline = stored(baseItem?.baseline, baseFormat);
      const baseActual = storedActual.get(baseMetric!) ?? null;
      actual = storedBaseline === null || baseActual === null ? null : growthOrNone(baseActual, storedBaseline);
      w.formula(r, 3, `=IF(N(${a1(base, 1)})>0,${a1(base, 3)}/${a1(base, 1)}-1,"")`, actual, format);
    } else {
      w.value(r, 3, item.actual, format);
    }
    storedActual.set(item.metric, actual);
    writeBenchmark(actual);
    const target = a1(r, 2);
    const actualCell = a1(r, 3);
    const storedTarget = stored(item.target, format);
    const ratio = storedTarget === null || storedTarget <= 0 || actual === null ? null : valueOrNone(attainment(actual, storedTarget));
    const gap = storedTarget === null || storedTarget <= 0 || actual === null ? null : isRate ? (actual - storedTarget) * 100 : actual - storedTarget;
    // As in the summary, only a target above 0 is a target: N() reads an empty or text cell as 0.
    w.formula(r, 4, `=IF(OR(N(${target})<=0,${actualCell}=""),"",${actualCell}/${target})`, ratio, "percent");
    w.formula(r, 5, `=IF(OR(N(${target})<=0,${actualCell}=""),"",(${actualCell}-${target})${isRate ? "*100" : ""})`, gap, isRate ? "points" : format);
    const attainmentCell = a1(r, 4);
    const status = ratio === null ? null : attainmentStatus(ratio, thresholds);
    w.formula(r, 6, `=IF(${attainmentCell}="","",IF(${attainmentCell}>=${thresholds.met},"${labels.met}",IF(${attainmentCell}>=${thresholds.near},"${labels.near}","${labels.missed}")))`,
      status === null ? "" : labels[status], undefined, "status");
  }
  w.conditionalFormats.push({ kind: "statusFill", range: a1Range(first, 6, w.row - 1, 6), labels });
  // Months without orders in either period: named, and why the growth rows are blank.
  const { comparisonPeriod } = summary;
  const notes = [
    summary.comparison.monthsWithoutData.length > 0
      ? w.text("review.coverage.comparison", { from: comparisonPeriod.from, to: comparisonPeriod.to, months: monthListText(summary.comparison.monthsWithoutData, w.locale) }) : null,
    summary.monthsWithoutData.length > 0 ? w.text("review.coverage.period", { months: monthListText(summary.monthsWithoutData, w.locale) }) : null,
  ];
  for (const note of notes) {
    if (note === null) continue;
    w.put(w.row, 0, { value: note, style: "note" });
    w.merges.push(a1Range(w.row, 0, w.row, TABLE_COLUMNS - 1));
    w.row++;
  }
  w.endSection(null);
}

/** `numerator ÷ denominator` as a formula, blank ("") unless the denominator is above zero. */
function ratioFormula(numerator: string, denominator: string): string {
  return `=IF(${denominator}>0,${numerator}/${denominator},"")`;
}

function writeMonthly(w: SheetWriter, summary: ReviewSummary): void {
  w.section("review.section.monthly");
  const hasMargin = summary.monthly.some((m) => m.grossMargin !== null);
  // Without a buyer column the columns of buyers are left out, like the margin without costs.
  const hasBuyers = summary.buyers !== null;
  const keys: MessageKey[] = ["review.col.month", "review.col.gmv", "review.col.orders"];
  if (hasBuyers) keys.push("review.col.buyers");
  keys.push("review.col.aov");
  if (hasBuyers) keys.push("review.col.aovPerBuyer", "review.col.newBuyers", "review.col.returningBuyers");
  if (hasMargin) keys.push("review.col.grossMargin");
  const col = (key: MessageKey) => keys.indexOf(key);
  const [buyersCol, aovCol, perBuyerCol, newCol, returningCol, marginCol] =
    (["review.col.buyers", "review.col.aov", "review.col.aovPerBuyer", "review.col.newBuyers", "review.col.returningBuyers", "review.col.grossMargin"] as const).map(col);
  w.header(keys);
  const first = w.row;
  for (const month of summary.monthly) {
    const r = w.row++;
    w.value(r, 0, month.month, "text", "label");
    w.value(r, 1, month.gmv, "currency");
    w.value(r, 2, month.orders, "integer");
    if (hasBuyers) w.value(r, buyersCol, month.buyers, "integer");
    w.formula(r, aovCol, ratioFormula(a1(r, 1), a1(r, 2)), month.aov, "currencyCents");
    if (hasBuyers) {
      w.formula(r, perBuyerCol, ratioFormula(a1(r, 1), a1(r, buyersCol)), month.aovPerBuyer, "currencyCents");
      w.value(r, newCol, month.newBuyers, "integer");
      w.formula(r, returningCol, `=${a1(r, buyersCol)}-${a1(r, newCol)}`, month.returningBuyers, "integer");
    }
    if (hasMargin) w.value(r, marginCol, month.grossMargin, "percent");
  }
  const last = w.row - 1;
  const t = w.row++;
  w.value(t, 0, w.text("review.total"), undefined, "total");
  w.formula(t, 1, `=SUM(${a1Range(first, 1, last, 1)})`, summary.gmv, "currency", "total");
  w.formula(t, 2, `=SUM(${a1Range(first, 2, last, 2)})`, summary.orders, "integer", "total");
  if (hasBuyers) w.value(t, buyersCol, summary.buyers, "integer", "total");
  w.formula(t, aovCol, ratioFormula(a1(t, 1), a1(t, 2)), summary.aov, "currencyCents", "total");
  if (hasBuyers) {
    w.formula(t, perBuyerCol, ratioFormula(a1(t, 1), a1(t, buyersCol)), summary.aovPerBuyer, "currencyCents", "total");
    w.formula(t, newCol, `=SUM(${a1Range(first, newCol, last, newCol)})`, summary.newBuyers, "integer", "total");
  }
  if (hasMargin) w.value(t, marginCol, summary.grossMargin, "percent", "total");

  const chartTop = w.row + 1;
  if (summary.monthly.length > 0) {
    const months = summary.monthly.map((m) => m.month);
    w.chart({
      kind: "columnWithLine", title: w.text("review.chart.gmvAov"), valueFormat: axisNumberFormats(w.locale).amount, secondaryValueFormat: axisNumberFormats(w.locale).amount, legend: "bottom",
      series: [
        { name: w.text("review.col.gmv"), categoriesRef: w.ref(first, 0, last), valuesRef: w.ref(first, 1, last), categories: months, values: summary.monthly.map((m) => storedValue(m.gmv, "currency")), plot: "column" },
        { name: w.text("review.col.aov"), categoriesRef: w.ref(first, 0, last), valuesRef: w.ref(first, aovCol, last), categories: months, values: summary.monthly.map((m) => m.aov), plot: "line" },
      ],
    }, chartTop);
  }
  w.endSection(summary.monthly.length > 0 ? chartTop : null);
}

function writePriceBands(w: SheetWriter, summary: ReviewSummary): void {
  w.section("review.section.priceBands");
  const sign = currencySign(summary.currency, w.locale);
  const bandLabel = (band: { low: number | null; high: number | null }) =>
    band.low === null ? w.text("label.under", { edge: `${sign}${band.high}` })
      : band.high === null ? w.text("label.atLeast", { edge: `${sign}${band.low}` })
        : w.text("label.between", { low: `${sign}${band.low}`, high: `${sign}${band.high}` });
  w.header(["review.col.band", "review.col.orders", "review.col.orderShare", "review.col.gmv", "review.col.gmvShare", "review.col.grossMargin", "review.col.previousOrderShare", "review.col.shareChange"]);
  const first = w.row;
  const last = first + summary.priceBands.length - 1;
  summary.priceBands.forEach((band, k) => {
    const r = w.row++;
    w.value(r, 0, bandLabel(band), "text", "label");
    w.value(r, 1, band.orders, "integer");
    w.formula(r, 2, `=IF(SUM(${a1Range(first, 1, last, 1, true)})>0,${a1(r, 1)}/SUM(${a1Range(first, 1, last, 1, true)}),0)`, band.orderShare, "percent");
    w.value(r, 3, band.gmv, "currency");
    w.formula(r, 4, `=IF(SUM(${a1Range(first, 3, last, 3, true)})>0,${a1(r, 3)}/SUM(${a1Range(first, 3, last, 3, true)}),0)`, band.gmvShare, "percent");
    w.value(r, 5, band.grossMargin, "percent");
    const before = summary.comparisonPriceBands[k];
    if (before !== undefined && summary.comparison.orders > 0) {
      w.value(r, 6, before.orderShare, "percent");
      w.formula(r, 7, `=(${a1(r, 2)}-${a1(r, 6)})*100`, (band.orderShare - storedValue(before.orderShare, "percent")) * 100, "points");
    }
  });
  w.row++;
  // Band mix per month, for the 100% stacked chart.
  const mixHeader = w.row;
  w.put(mixHeader, 0, { value: w.text("review.col.month"), style: "header" });
  summary.priceBands.forEach((band, k) => w.put(mixHeader, k + 1, { value: bandLabel(band), style: "header" }));
  w.row++;
  const mixFirst = w.row;
  for (const month of summary.bandMixByMonth) {
    const r = w.row++;
    w.value(r, 0, month.month, "text", "label");
    month.orderShares.forEach((share, k) => w.value(r, k + 1, share, "percent"));
  }
  const mixLast = w.row - 1;
  const chartTop = w.row + 1;
  if (summary.bandMixByMonth.length > 0) {
    const months = summary.bandMixByMonth.map((m) => m.month);
    w.chart({
      kind: "percentStackedColumn", title: w.text("review.chart.bandMix"), legend: "bottom",
      series: summary.priceBands.map((band, k) => ({
        name: bandLabel(band), categoriesRef: w.ref(mixFirst, 0, mixLast), valuesRef: w.ref(mixFirst, k + 1, mixLast),
        categories: months, values: summary.bandMixByMonth.map((m) => storedValue(m.orderShares[k], "percent")),
      })),
    }, chartTop);
  }
  // The promotion items' margin check goes below the band-mix chart, still in this section.
  if (summary.bandMixByMonth.length > 0) w.row = chartTop + CHART_HEIGHT;
  writePromotionMargins(w, summary);
  w.endSection(null);
}

function writeChannels(w: SheetWriter, summary: ReviewSummary): void {
  w.section("review.section.channels");
  const hasTraffic = summary.visitors !== null;
  // Without a buyer column new buyers, their cost and their repurchase are unknown: left out.
  const hasBuyers = summary.buyers !== null;
  const keys: MessageKey[] = ["review.col.channel", "review.col.gmv", "review.col.orders", "review.col.spend", "review.col.roi"];
  if (hasBuyers) keys.push("review.col.newBuyers", "review.col.costPerNewBuyer", "review.col.repurchase");
  if (hasTraffic) keys.push("review.col.trafficShare", "review.metric.conversionRate");
  keys.push("review.col.site");
  const trafficShareColumn = keys.indexOf("review.col.trafficShare");
  w.header(keys);
  const first = w.row;
  for (const channel of summary.channels) {
    const r = w.row++;
    w.value(r, 0, channel.channel, "text", "label");
    w.value(r, 1, channel.gmv, "currency");
    w.value(r, 2, channel.orders, "integer");
    w.value(r, 3, channel.spend, "currency");
    w.formula(r, 4, ratioFormula(a1(r, 1), a1(r, 3)), channel.roi, "ratio");
    let column = 5;
    if (hasBuyers) {
      w.value(r, 5, channel.newBuyers, "integer");
      w.formula(r, 6, `=IF(AND(${a1(r, 3)}>0,${a1(r, 5)}>0),${a1(r, 3)}/${a1(r, 5)},"")`, channel.cac, "currencyCents");
      w.value(r, 7, channel.repurchaseRate, "percent");
      column = 8;
    }
    if (hasTraffic) {
      w.value(r, column++, channel.trafficShare, "percent");
      w.value(r, column++, channel.conversionRate, "percent");
    }
    w.value(r, column, channel.site === null ? "" : w.text(`review.site.${channel.site}`), "text");
  }
  const last = w.row - 1;
  const chartTop = w.row + 1;
  if (summary.channels.length > 0) {
    const names = summary.channels.map((c) => c.channel);
    if (summary.channels.some((c) => c.roi !== null)) {
      w.chart({
        kind: "bar", title: w.text("review.chart.channelRoi"), valueFormat: "0.00", legend: "none",
        series: [{ name: w.text("review.col.roi"), categoriesRef: w.ref(first, 0, last), valuesRef: w.ref(first, 4, last), categories: names, values: summary.channels.map((c) => c.roi) }],
      }, chartTop, 0, HALF_CHART_WIDTH);
    }
    const shareColumn = hasTraffic ? trafficShareColumn : 1;
    w.chart({
      kind: "doughnut", title: w.text(hasTraffic ? "review.chart.traffic" : "review.chart.gmvByChannel"), legend: "right",
      series: [{
        name: w.text(hasTraffic ? "review.col.trafficShare" : "review.col.gmv"), categoriesRef: w.ref(first, 0, last), valuesRef: w.ref(first, shareColumn, last),
        categories: names, values: summary.channels.map((c) => (hasTraffic ? stored(c.trafficShare, "percent") : storedValue(c.gmv, "currency"))),
      }],
    }, chartTop, HALF_CHART_WIDTH + 1, HALF_CHART_WIDTH);
  }
  w.endSection(summary.channels.length > 0 ? chartTop : null);
}

function writeConversion(w: SheetWriter, summary: ReviewSummary): void {
  w.section("review.section.conversion");
  const months = [...new Set(summary.conversion.map((c) => c.month))];
  const channels = [...new Set(summary.conversion.map((c) => c.channel))];
  w.header([w.text("review.col.channel"), ...months], false);
  for (const channel of channels) {
    const r = w.row++;
    w.value(r, 0, channel, "text", "label");
    months.forEach((month, k) => {
      const cell = summary.conversion.find((c) => c.channel === channel && c.month === month);
      w.value(r, k + 1, cell?.rate ?? null, "percent");
    });
  }
  w.endSection(null);
}

/** In place of a table of buyers when the order table has no buyer column: says why it is not there. */
function writeNoBuyerNote(w: SheetWriter): void {
  w.put(w.row, 0, { value: w.text("review.noBuyerColumn"), style: "note" });
  w.merges.push(a1Range(w.row, 0, w.row, TABLE_COLUMNS - 1));
  w.row++;
  w.endSection(null);
}

function writeRetention(w: SheetWriter, summary: ReviewSummary): void {
  w.section("review.section.retention");
  if (summary.buyers === null) return writeNoBuyerNote(w);
  const width = Math.max(1, ...summary.cohorts.map((c) => c.retention.length));
  w.header([w.text("review.col.cohort"), w.text("review.col.buyers"), ...Array.from({ length: width }, (_, k) => w.text("review.col.monthK", { k }))], false);
  const first = w.row;
  for (const cohort of summary.cohorts) {
    const r = w.row++;
    w.value(r, 0, cohort.cohort, "text", "label");
    w.value(r, 1, cohort.size, "integer");
    cohort.retention.forEach((rate, k) => w.value(r, k + 2, rate, "percent"));
  }
  // The heatmap leaves out month 0, which is 100% by definition and would flatten the scale.
  if (summary.cohorts.length > 0 && width > 1) w.conditionalFormats.push({ kind: "colorScale", range: a1Range(first, 3, w.row - 1, width + 1) });
  w.endSection(null);
}

/** The RFM table's suggested action runs from this column to the last. */
const ACTION_COLUMN = 5;

/**
 * The segments with buyers, each with what to do with them (分层触达); the empty ones named on
 * one line below, and where the list of every buyer is.
 */
function writeRfm(w: SheetWriter, summary: ReviewSummary): void {
  w.section("review.section.rfm");
  if (summary.buyers === null) return writeNoBuyerNote(w);
  const header = w.header(["review.col.segment", "review.col.buyers", "review.col.buyerShare", "review.col.gmv", "review.col.gmvShare", "review.col.action"]);
  w.merges.push(a1Range(header, ACTION_COLUMN, header, TABLE_COLUMNS - 1));
  const note = (text: string) => {
    w.put(w.row, 0, { value: text, style: "note" });
    w.merges.push(a1Range(w.row, 0, w.row, TABLE_COLUMNS - 1));
    w.row++;
  };
  for (const segment of summary.rfmSegments) {
    if (segment.buyers === 0) continue;
    const r = w.row++;
    w.value(r, 0, w.text(`segment.${segment.segment}`), "text", "label");
    w.value(r, 1, segment.buyers, "integer");
    w.value(r, 2, segment.buyerShare, "percent");
    w.value(r, 3, segment.gmv, "currency");
    w.value(r, 4, segment.gmvShare, "percent");
    w.value(r, ACTION_COLUMN, segment.action, "text");
    w.merges.push(a1Range(r, ACTION_COLUMN, r, TABLE_COLUMNS - 1));
  }
  const empty = summary.rfmSegments.filter((segment) => segment.buyers === 0).map((segment) => w.text(`segment.${segment.segment}`));
  if (empty.length > 0) note(w.text("review.rfm.empty", { segments: empty.join(w.text("review.listSeparator")) }));
  if (summary.rfmSegments.some((segment) => segment.buyers > 0)) note(w.text("review.rfm.listedOn", { sheet: w.text("review.segments.sheetName") }));
  w.endSection(null);
}

/**
 * The written findings, numbered. A finding that names a target is a formula over the target
 * table (see live-text.ts), so that it follows the target cell the operator edits.
 */
function writeFindings(w: SheetWriter, findings: readonly Finding[], summary: ReviewSummary): void {
  writeFindingRows(w, "review.section.findings", findings, summary);
}

/** A section of numbered conclusions, one a row across the table; a conclusion that names a target is a formula over the target table. */
function writeFindingRows(w: SheetWriter, section: MessageKey, findings: readonly Finding[], summary: ReviewSummary): void {
  w.section(section, section !== "review.section.keyFindings");
  findings.forEach((finding, index) => {
    const r = w.row++;
    const prefix = `${index + 1}. `;
    const row = finding.live === undefined ? undefined : w.targetRows.get(finding.live.metric);
    if (finding.live !== undefined && row !== undefined) {
      const address = (cell: TargetCell, metric: AttainmentMetric) => a1(w.targetRows.get(metric) ?? row, TARGET_TABLE_COLUMNS[cell]);
      w.formula(r, 0, liveFindingFormula(finding.live, prefix, w.locale, summary.currency, address), `${prefix}${finding.text}`, undefined, "finding");
    } else {
      w.put(r, 0, { value: `${prefix}${finding.text}`, style: "finding" });
    }
    w.merges.push(a1Range(r, 0, r, TABLE_COLUMNS - 1));
  });
  w.endSection(null);
}

function writeSkipped(w: SheetWriter, summary: ReviewSummary, listedOn: string | undefined): void {
  w.section("review.section.skipped", false);
  if (summary.skipped.length === 0) {
    w.value(w.row++, 0, w.text("review.none"), undefined, "note");
    w.endSection(null);
    return;
  }
  w.header(["review.col.sheet", "review.col.row", "review.col.reason"]);
  for (const skipped of summary.skipped.slice(0, SKIPPED_ROWS_SHOWN)) {
    const r = w.row++;
    w.value(r, 0, skipped.sheet, "text");
    w.value(r, 1, skipped.row, "integer");
    w.value(r, 2, skipped.reason, "text");
  }
  if (summary.skipped.length > SKIPPED_ROWS_SHOWN) {
    const count = summary.skipped.length - SKIPPED_ROWS_SHOWN;
    const more = listedOn === undefined ? w.text("review.skipped.more", { count }) : w.text("review.skipped.moreOnSheet", { count, total: summary.skipped.length, sheet: listedOn });
    w.value(w.row++, 0, more, undefined, "note");
  }
  w.endSection(null);
}

/** At most this many promotion items outside the margin band are listed on the sheet (the first 50 are in summary.json). */
const ITEMS_OUTSIDE_BAND_SHOWN = 15;
/** At most this many names of the promotion list that did not sell are named on the sheet. */
const NOT_FOUND_NAMED = 10;

/**
 * The margin band checked on the promotion items only: how they were found, the ones outside the
 * band, a line counting the ones inside, or why none could be found (then no item is judged).
 */
function writePromotionMargins(w: SheetWriter, summary: ReviewSummary): void {
  const check = summary.promotionMargin;
  const percent = formatSetPercent;
  const note = (text: string) => {
    w.put(w.row, 0, { value: text, style: "note" });
    w.merges.push(a1Range(w.row, 0, w.row, TABLE_COLUMNS - 1));
    w.row++;
  };
  w.row++;
  w.put(w.row++, 0, { value: w.text("review.promotion.title", { low: percent(summary.marginBand.low), high: percent(summary.marginBand.high) }), style: "label" });
  const drop = check.priceDrop === null ? "" : percent(check.priceDrop);
  if (check.undetermined !== "noItemColumn" && check.undetermined !== "noCostColumn") {
    note(check.rule === "list" ? w.text("review.promotion.rule.list", { count: check.listed ?? 0 }) : w.text("review.promotion.rule.belowUsualPrice", { drop }));
  }
  if (check.undetermined !== null) note(w.text(`review.promotion.undetermined.${check.undetermined}`, { drop }));
  const outside = summary.itemsOutsideMarginBand;
  if (outside.length > 0) {
    w.header(["review.col.item", "review.col.promotionMonths", "review.col.usualPrice", "review.col.promotionPrice", "review.col.orders", "review.col.revenue", "review.col.cost", "review.col.grossMargin", "review.col.position"]);
    for (const item of outside.slice(0, ITEMS_OUTSIDE_BAND_SHOWN)) {
      const r = w.row++;
      w.value(r, 0, item.item, "text", "label");
      w.value(r, 1, item.months.join(","), "text");
      w.value(r, 2, item.usualPrice, "currencyCents");
      w.value(r, 3, item.promotionPrice, "currencyCents");
      w.value(r, 4, item.orders, "integer");
      w.value(r, 5, item.revenue, "currency");
      w.value(r, 6, item.cost, "currency");
      w.formula(r, 7, `=IF(${a1(r, 5)}>0,(${a1(r, 5)}-${a1(r, 6)})/${a1(r, 5)},"")`, item.margin, "percent");
      w.value(r, 8, w.text(`label.${item.position}`), "text");
    }
    const unlisted = check.below + check.above - Math.min(outside.length, ITEMS_OUTSIDE_BAND_SHOWN);
    if (unlisted > 0) note(w.text("review.promotion.moreOutside", { count: unlisted }));
  }
  if (check.checked > 0) note(check.inside === check.checked ? w.text("review.promotion.allInside", { count: check.checked }) : w.text("review.promotion.moreInside", { count: check.inside }));
  if (check.items > check.checked) note(w.text("review.promotion.unchecked", { count: check.items - check.checked }));
  if (check.listedNotFound.length > 0) {
    const named = check.listedNotFound.slice(0, NOT_FOUND_NAMED).join(w.text("review.listSeparator"));
    note(w.text("review.promotion.listedNotFound", { count: check.listedNotFound.length, names: check.listedNotFound.length > NOT_FOUND_NAMED ? `${named}…` : named }));
  }
}
