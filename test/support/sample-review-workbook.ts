/**
 * A small review workbook written with ExcelJS, with figures shaped like the June–October 2025
 * review of PRODUCT.md, and one chart of every kind over its cells. Used by the chart-parts tests
 * and for looking at how the charts render. Sheet "Channels & Ads" also holds an ExcelJS image
 * (so it already has a drawing part) and an ExcelJS table (so it has tableParts).
 */
import ExcelJS from "exceljs";
import type { ChartSeries, ChartSpec } from "../../src/review/sheet-layout/chart-spec";

export const REVIEW_SHEET = "运营复盘";
export const CHANNEL_SHEET = "Channels & Ads";

const MONTHS = ["6月", "7月", "8月", "9月", "10月"];
const GMV = [4_350_000, 4_180_000, 3_420_000, 3_960_000, 3_890_000];
const AOV = [188, 195, 162, 172, 176];
const CONVERSION = [0.036, 0.034, 0.032, 0.033, 0.034];
const CONVERSION_TARGET = [0.035, 0.035, 0.035, 0.035, 0.035];
const CONVERSION_INDUSTRY = [0.038, 0.038, 0.038, 0.038, 0.038];
const PRICE_BANDS = ["<¥50", "¥50–100", "¥100–200", "≥¥200"];
const PRICE_BAND_SHARES = [
  [0.3, 0.33, 0.42, 0.39, 0.38],
  [0.28, 0.27, 0.25, 0.26, 0.26],
  [0.25, 0.24, 0.21, 0.22, 0.23],
  [0.17, 0.16, 0.12, 0.13, 0.13],
];
const NEW_BUYERS = [12_400, 10_170, 11_050, 11_800, 11_500];
const RETURNING_BUYERS = [10_700, 11_260, 10_060, 11_220, 10_600];

const CHANNELS = ["站内自然", "腾讯 & 广点通", "巨量引擎", "小红书 <KOL>", "快手"];
const CHANNEL_GMV = [6_200_000, 3_960_000, 5_340_000, 2_510_000, 1_790_000];
const CHANNEL_SPEND = [0, 4_400_000, 3_340_000, 1_930_000, 1_630_000];
const TRAFFIC = ["站外", "站内自然", "站内付费"];
const TRAFFIC_SHARES = [0.68, 0.12, 0.2];

/** Column letter of a 1-based column number (1 → A); the fixture stays within A–Z. */
const letter = (column: number): string => String.fromCharCode(64 + column);

/** `'Sheet'!$B$2:$B$6` for one column; quotes in the sheet name are doubled, as Excel writes them. */
export function columnRef(sheet: string, column: number, firstRow: number, lastRow: number): string {
  const c = letter(column);
  return `'${sheet.replace(/'/g, "''")}'!$${c}$${firstRow}:$${c}$${lastRow}`;
}

/** Writes a header row and then one column per series, starting at `row`; returns the data's first row. */
function writeBlock(sheet: ExcelJS.Worksheet, row: number, headers: readonly string[], columns: readonly (readonly (string | number | null)[])[]): number {
  headers.forEach((header, i) => {
    const cell = sheet.getCell(row, i + 1);
    cell.value = header;
    cell.font = { bold: true };
  });
  columns.forEach((values, i) => values.forEach((value, r) => (sheet.getCell(row + 1 + r, i + 1).value = value)));
  return row + 1;
}

function series(name: string, sheet: string, categoryColumn: number, valueColumn: number, firstRow: number, categories: readonly string[], values: readonly (number | null)[], extra: Partial<ChartSeries> = {}): ChartSeries {
  const lastRow = firstRow + categories.length - 1;
  return { name, categoriesRef: columnRef(sheet, categoryColumn, firstRow, lastRow), valuesRef: columnRef(sheet, valueColumn, firstRow, lastRow), categories, values, ...extra };
}

/** 1×1 blue-grey PNG: an image gives the channel sheet a drawing part before any chart is added. */
const PIXEL_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNYuuMCAAQzAi43tFq2AAAAAElFTkSuQmCC";

export interface SampleReviewWorkbook {
  xlsx: Uint8Array;
  charts: { sheetName: string; charts: ChartSpec[] }[];
  /** A few cell values to check after round trips, by sheet and A1 address. */
  expectedCells: { sheetName: string; address: string; value: string | number }[];
}

/** Builds the workbook and the chart specs over its cells. */
export async function sampleReviewWorkbook(): Promise<SampleReviewWorkbook> {
  const workbook = new ExcelJS.Workbook();
  const review = workbook.addWorksheet(REVIEW_SHEET);
  const channels = workbook.addWorksheet(CHANNEL_SHEET);
  for (const sheet of [review, channels]) {
    sheet.pageSetup = { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 1 };
    sheet.columns = [{ width: 14 }, { width: 14 }, { width: 12 }, { width: 12 }, { width: 12 }];
  }

  const monthly = writeBlock(review, 1, ["月份", "GMV (元)", "订单数", "客单价 (元)", "转化率"], [MONTHS, GMV, GMV.map((g, i) => Math.round(g / AOV[i])), AOV, CONVERSION]);
  const bands = writeBlock(review, 8, ["月份", ...PRICE_BANDS], [MONTHS, ...PRICE_BAND_SHARES]);
  const buyers = writeBlock(review, 15, ["月份", "新客", "老客", "转化率目标", "行业转化率"], [MONTHS, NEW_BUYERS, RETURNING_BUYERS, CONVERSION_TARGET, CONVERSION_INDUSTRY]);

  channels.addTable({
    name: "ChannelTable",
    ref: "A1",
    columns: [{ name: "渠道" }, { name: "GMV (元)" }, { name: "花费 (元)" }, { name: "ROI" }],
    rows: CHANNELS.map((channel, i) => [channel, CHANNEL_GMV[i], CHANNEL_SPEND[i], CHANNEL_SPEND[i] === 0 ? null : Math.round((CHANNEL_GMV[i] / CHANNEL_SPEND[i]) * 10) / 10]),
  });
  const channelRows = 2;
  const roi = CHANNELS.map((_, i) => (CHANNEL_SPEND[i] === 0 ? null : Math.round((CHANNEL_GMV[i] / CHANNEL_SPEND[i]) * 10) / 10));
  const traffic = writeBlock(channels, 9, ["流量来源", "占比"], [TRAFFIC, TRAFFIC_SHARES]);
  const image = workbook.addImage({ base64: PIXEL_PNG, extension: "png" });
  channels.addImage(image, { tl: { col: 0, row: 14 }, ext: { width: 40, height: 40 } });

  const cell = (column: number, row: number) => ({ fromColumn: column, fromRow: row });
  const box = (from: { fromColumn: number; fromRow: number }) => ({ ...from, toColumn: from.fromColumn + 8, toRow: from.fromRow + 17 });

  const reviewCharts: ChartSpec[] = [
    {
      kind: "columnWithLine",
      title: "GMV 与客单价",
      anchor: box(cell(6, 0)),
      valueFormat: "#,##0",
      secondaryValueFormat: "#,##0",
      series: [series("GMV (元)", REVIEW_SHEET, 1, 2, monthly, MONTHS, GMV), series("客单价 (元)", REVIEW_SHEET, 1, 4, monthly, MONTHS, AOV, { plot: "line" })],
    },
    {
      kind: "percentStackedColumn",
      title: "价格带订单占比",
      anchor: box(cell(15, 0)),
      series: PRICE_BANDS.map((band, i) => series(band, REVIEW_SHEET, 1, 2 + i, bands, MONTHS, PRICE_BAND_SHARES[i])),
    },
    {
      kind: "stackedColumn",
      title: "新客与老客",
      anchor: box(cell(6, 18)),
      valueFormat: "#,##0",
      series: [series("新客", REVIEW_SHEET, 1, 2, buyers, MONTHS, NEW_BUYERS), series("老客", REVIEW_SHEET, 1, 3, buyers, MONTHS, RETURNING_BUYERS, { color: "#A5B8D0" })],
    },
    {
      kind: "clusteredColumn",
      title: "转化率：实际、目标与行业",
      anchor: box(cell(15, 18)),
      valueFormat: "0.0%",
      legend: "right",
      series: [
        series("实际", REVIEW_SHEET, 1, 5, monthly, MONTHS, CONVERSION),
        series("目标", REVIEW_SHEET, 1, 4, buyers, MONTHS, CONVERSION_TARGET),
        series("行业", REVIEW_SHEET, 1, 5, buyers, MONTHS, CONVERSION_INDUSTRY),
      ],
    },
  ];
  const channelCharts: ChartSpec[] = [
    {
      kind: "bar",
      title: "投产比 (ROI) by channel",
      anchor: box(cell(6, 0)),
      valueFormat: "0.0",
      legend: "none",
      series: [series("ROI", CHANNEL_SHEET, 1, 4, channelRows, CHANNELS, roi, { color: "4C72B0" })],
    },
    {
      kind: "doughnut",
      title: "流量结构",
      anchor: box(cell(15, 0)),
      valueFormat: "0%",
      legend: "right",
      series: [series("占比", CHANNEL_SHEET, 1, 2, traffic, TRAFFIC, TRAFFIC_SHARES)],
    },
    {
      kind: "pie",
      title: "GMV by channel & <source>",
      anchor: box(cell(6, 18)),
      valueFormat: "#,##0",
      legend: "right",
      series: [series("GMV (元)", CHANNEL_SHEET, 1, 2, channelRows, CHANNELS, CHANNEL_GMV)],
    },
  ];

  const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
  return {
    xlsx,
    charts: [
      { sheetName: REVIEW_SHEET, charts: reviewCharts },
      { sheetName: CHANNEL_SHEET, charts: channelCharts },
    ],
    expectedCells: [
      { sheetName: REVIEW_SHEET, address: "A2", value: "6月" },
      { sheetName: REVIEW_SHEET, address: "B4", value: 3_420_000 },
      { sheetName: REVIEW_SHEET, address: "D4", value: 162 },
      { sheetName: REVIEW_SHEET, address: "E13", value: 0.13 },
      { sheetName: CHANNEL_SHEET, address: "A3", value: "腾讯 & 广点通" },
      { sheetName: CHANNEL_SHEET, address: "D3", value: 0.9 },
      { sheetName: CHANNEL_SHEET, address: "B12", value: 0.2 },
    ],
  };
}
