/**
 * The review's charts as data: what each chart shows (its kind, series, anchor and formats), and
 * the two decisions about a series both writers make the same way — how it is drawn (`plotOf`)
 * and on which axis (`axisOf`). The review sheet's layout (`review-sheet.ts`) makes these specs;
 * the .xlsx writer turns them into DrawingML (src/xlsx/chart-parts.ts, chart-xml.ts) and the task
 * pane's writer into Excel API charts (src/taskpane/workbook/excel-workbook.ts).
 */

/**
 * - `columnWithLine`: clustered columns on the left axis, lines on a right-hand secondary axis
 *   (per series: `plot: "line"`; a line's `axis` defaults to "secondary", a column's to "primary").
 * - `percentStackedColumn`, `stackedColumn`, `clusteredColumn`: vertical columns.
 * - `bar`: horizontal clustered bars, first category on top.
 * - `doughnut`, `pie`: one slice per category, labelled with its share; pie takes one series.
 */
export type ChartKind = "columnWithLine" | "percentStackedColumn" | "stackedColumn" | "clusteredColumn" | "bar" | "doughnut" | "pie";

export interface ChartSeries {
  /** Legend text. */
  name: string;
  /** Absolute reference to the category cells, sheet name quoted: `'运营复盘'!$A$5:$A$9`. */
  categoriesRef: string;
  /** Absolute reference to the value cells: `'运营复盘'!$B$5:$B$9`. */
  valuesRef: string;
  /** The category cells' text, cached in the chart part. */
  categories: readonly string[];
  /** The value cells' numbers, cached in the chart part; null for a blank cell (a gap). */
  values: readonly (number | null)[];
  /** columnWithLine only: how the series is drawn. Default "column". */
  plot?: "column" | "line";
  /** columnWithLine only: the value axis. Default "secondary" for lines, "primary" for columns. */
  axis?: "primary" | "secondary";
  /** Fill or line colour, hex RRGGBB (a leading # is accepted). Default: the next palette colour. Not used by pie and doughnut, whose slices take the palette. */
  color?: string;
}

export interface ChartSpec {
  kind: ChartKind;
  title: string;
  series: readonly ChartSeries[];
  /** 0-based cells: the chart's top-left corner is at the top-left of (fromColumn, fromRow), its bottom-right corner at the top-left of (toColumn, toRow). */
  anchor: { fromColumn: number; fromRow: number; toColumn: number; toRow: number };
  /** Number format of the (primary) value axis and cached values, e.g. "#,##0" or "0%". percentStackedColumn defaults to "0%". */
  valueFormat?: string;
  /** columnWithLine: number format of the secondary value axis. */
  secondaryValueFormat?: string;
  /** Default "bottom". */
  legend?: "bottom" | "right" | "none";
}

/** How a series of a columnWithLine chart is drawn: column unless it says line. */
export function plotOf(series: ChartSeries): "column" | "line" {
  return series.plot ?? "column";
}

/** The axis of a series of a columnWithLine chart: lines default to the secondary axis, columns to the primary. */
export function axisOf(series: ChartSeries): "primary" | "secondary" {
  return series.axis ?? (plotOf(series) === "line" ? "secondary" : "primary");
}
