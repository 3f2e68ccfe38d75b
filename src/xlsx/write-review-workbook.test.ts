import { statSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { a1, a1Range, numberFormats, sheetRef, type LayoutCell, type SheetLayout } from "../review/sheet-layout";
import type { ChartSpec } from "../review/sheet-layout/chart-spec";
import { fileFormula } from "./formula-text";
import { canRenderWithLibreOffice, convertWithLibreOffice, renderPdfToPngs } from "../../test/support/libreoffice-render";
import { formulaResultMismatches, recalculateWithLibreOffice } from "../../test/support/recalculate-with-libreoffice";
import { COLOR_SCALE, STATUS_FILLS } from "../review/sheet-layout/review-cell-styles";
import { reviewRowBreaks } from "../review/sheet-layout/page-breaks";
import { REVIEW_PRINT_MARGINS } from "../review/sheet-layout/print-page";
import { topLevelChildren } from "./xml-markup";
import { readWorkbookCells, withoutCachedResults } from "../../test/support/workbook-cells";
import { writeReviewWorkbook, type DataSheet } from "./write-review-workbook";

// ---- the fixture: a small review in the shape of the June–October 2025 review -------------------

const SHEET = "运营复盘";
const LABELS = { met: "达成", near: "接近", missed: "未达成" };
/** Operator text that looks like a formula, a signed number or a mention: it must stay text. */
const DANGEROUS_TEXT = ['=HYPERLINK("http://x")', "+86 138 0013 8000", "@user", "-12 元"];

const MONTHS = ["6月", "7月", "8月", "9月", "10月"];
const GMV = [4_350_000, 4_180_000, 3_420_000, 3_960_000, 3_890_000];
const ORDERS = [23_140, 21_440, 21_110, 23_020, 22_100];
const SPEND = [1_200_000, 1_150_000, 1_300_000, 1_250_000, 1_240_000];
const NEW_BUYERS = [12_400, 10_170, 11_050, 11_800, 11_500];
const BANDS = ["<¥50", "¥50–100", "¥100–200", "≥¥200"];
const BAND_SHARES = [
  [0.3, 0.28, 0.25, 0.17],
  [0.33, 0.27, 0.24, 0.16],
  [0.42, 0.25, 0.21, 0.12],
  [0.39, 0.26, 0.22, 0.13],
  [0.38, 0.26, 0.23, 0.13],
];
const COHORTS: [string, number, (number | null)[]][] = [
  ["6月", 12_400, [1, 0.21, 0.15, 0.12]],
  ["7月", 10_170, [1, 0.19, 0.13, 0.1]],
  ["8月", 11_050, [1, 0.16, 0.11, null]],
  ["9月", 11_800, [1, 0.18, null, null]],
];
const FINDINGS = [
  "1. GMV 1,980 万，目标 2,500 万，达成率 79.2%；8 月是低点，客单价跌到 162 元。",
  "2. 50 元以下订单占比从 30% 升到 42%，凑单商品贡献了客单价增量的 37%，毛利率下降 6.8 个百分点；大促商品的毛利率应守在 8%–12% 之间，滞销品清仓亏损不超过 1.5%。",
  "3. 站外新客的复购率 18%，明显低于站内的 34%：投放应转向能留住人的渠道。",
];

function buildFixture(): SheetLayout {
  const cells: LayoutCell[] = [];
  const merges: string[] = [];
  const put = (row: number, column: number, cell: Omit<LayoutCell, "row" | "column">) => cells.push({ row, column, ...cell });
  const section = (row: number, text: string) => {
    put(row, 0, { value: text, style: "section" });
    merges.push(a1Range(row, 0, row, 7));
  };
  const header = (row: number, texts: readonly string[]) => texts.forEach((value, column) => put(row, column, { value, style: "header" }));

  put(0, 0, { value: "运营复盘 2025年6月–10月", style: "title" });
  merges.push("A1:H1");
  put(1, 0, { value: "对比期：2025年1月–5月（环比） · 数据：订单、广告花费", style: "subtitle" });
  merges.push("A2:H2");
  put(2, 0, { value: "由 EC Review 于 2025-11-03 09:30 生成。表中只有数值和 Excel 原生公式：修改目标值，达成率随之更新。", style: "note" });
  merges.push("A3:H3");

  // Targets: attainment, gap and status are formulas over the cells to their left.
  section(4, "一、目标达成");
  header(5, ["指标", "基期", "目标", "实际", "达成率", "差距", "状态"]);
  const targets: [string, "currency" | "currencyCents" | "percent", number, number | null, number][] = [
    ["GMV", "currency", 17_600_000, 25_000_000, 19_800_000],
    ["客单价", "currencyCents", 180, 207, 189],
    ["转化率", "percent", 0.034, 0.035, 0.036],
    ["毛利率", "percent", 0.25, null, 0.232],
  ];
  targets.forEach(([name, format, baseline, target, actual], k) => {
    const r = 6 + k;
    const attainment = target === null ? "" : actual / target;
    put(r, 0, { value: name, style: "label" });
    put(r, 1, { value: baseline, format });
    put(r, 2, { value: target, format });
    put(r, 3, { value: actual, format });
    put(r, 4, { formula: `=IF(OR(${a1(r, 2)}="",${a1(r, 3)}=""),"",${a1(r, 3)}/${a1(r, 2)})`, result: attainment, format: "percent" });
    put(r, 5, { formula: `=IF(OR(${a1(r, 2)}="",${a1(r, 3)}=""),"",${a1(r, 3)}-${a1(r, 2)})`, result: target === null ? "" : actual - target, format });
    const status = attainment === "" ? "" : attainment >= 1 ? LABELS.met : attainment >= 0.9 ? LABELS.near : LABELS.missed;
    put(r, 6, { formula: `=IF(${a1(r, 4)}="","",IF(${a1(r, 4)}>=1,"${LABELS.met}",IF(${a1(r, 4)}>=0.9,"${LABELS.near}","${LABELS.missed}")))`, result: status, style: "status" });
  });

  // Monthly trend: AOV and ROI recompute from GMV, orders and spend; a total row of sums.
  section(11, "二、月度趋势");
  header(12, ["月份", "GMV (元)", "订单数", "客单价 (元)", "广告花费 (元)", "ROI", "新客"]);
  MONTHS.forEach((month, k) => {
    const r = 13 + k;
    put(r, 0, { value: month, format: "text", style: "label" });
    put(r, 1, { value: GMV[k], format: "currency" });
    put(r, 2, { value: ORDERS[k], format: "integer" });
    put(r, 3, { formula: `=IFERROR(${a1(r, 1)}/${a1(r, 2)},"")`, result: GMV[k] / ORDERS[k], format: "currencyCents" });
    put(r, 4, { value: SPEND[k], format: "currency" });
    put(r, 5, { formula: `=IFERROR(${a1(r, 1)}/${a1(r, 4)},"")`, result: GMV[k] / SPEND[k], format: "ratio" });
    put(r, 6, { value: NEW_BUYERS[k], format: "integer" });
  });
  const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);
  put(18, 0, { value: "合计", style: "total" });
  put(18, 1, { formula: "=SUM(B14:B18)", result: sum(GMV), format: "currency", style: "total" });
  put(18, 2, { formula: "=SUM(C14:C18)", result: sum(ORDERS), format: "integer", style: "total" });
  put(18, 3, { formula: '=IFERROR(B19/C19,"")', result: sum(GMV) / sum(ORDERS), format: "currencyCents", style: "total" });
  put(18, 4, { formula: "=SUM(E14:E18)", result: sum(SPEND), format: "currency", style: "total" });
  put(18, 5, { formula: '=IFERROR(B19/E19,"")', result: sum(GMV) / sum(SPEND), format: "ratio", style: "total" });
  put(18, 6, { formula: "=SUM(G14:G18)", result: sum(NEW_BUYERS), format: "integer", style: "total" });

  // Price-band mix per month, with the change of the lowest band in percentage points.
  section(20, "三、价格带订单占比");
  header(21, ["月份", ...BANDS, "<¥50 变化"]);
  MONTHS.forEach((month, k) => {
    const r = 22 + k;
    put(r, 0, { value: month, format: "text", style: "label" });
    BAND_SHARES[k].forEach((share, b) => put(r, 1 + b, { value: share, format: "percent" }));
    put(r, 5, { formula: `=(${a1(r, 1)}-$B$23)*100`, result: (BAND_SHARES[k][0] - BAND_SHARES[0][0]) * 100, format: "points" });
  });

  // Cohort retention: the heatmap leaves out month 0.
  section(28, "四、新客留存（首购月同期群）");
  header(29, ["首购月份", "买家数", "第0月", "第1月", "第2月", "第3月"]);
  COHORTS.forEach(([cohort, size, retention], k) => {
    const r = 30 + k;
    put(r, 0, { value: cohort, format: "text", style: "label" });
    put(r, 1, { value: size, format: "integer" });
    retention.forEach((rate, m) => rate !== null && put(r, 2 + m, { value: rate, format: "percent" }));
  });

  section(35, "五、主要发现");
  FINDINGS.forEach((text, k) => {
    put(36 + k, 0, { value: text, style: "finding" });
    merges.push(a1Range(36 + k, 0, 36 + k, 7));
  });

  section(40, "六、跳过的行");
  header(41, ["表", "行号", "原因", "原始值"]);
  const reasons = ["金额不是数字", "金额不是数字", "金额不是数字", "退款金额为负"];
  DANGEROUS_TEXT.forEach((text, k) => {
    const r = 42 + k;
    put(r, 0, { value: "订单", format: "text" });
    put(r, 1, { value: [128, 512, 733, 901][k], format: "integer" });
    put(r, 2, { value: reasons[k], format: "text" });
    put(r, 3, { value: text, format: "text" });
  });

  const monthRef = sheetRef(SHEET, 13, 0, 17, 0);
  const charts: ChartSpec[] = [
    {
      kind: "columnWithLine",
      title: "GMV 与客单价",
      anchor: { fromColumn: 9, fromRow: 4, toColumn: 17, toRow: 20 },
      valueFormat: "#,##0",
      secondaryValueFormat: "#,##0",
      series: [
        { name: "GMV (元)", categoriesRef: monthRef, valuesRef: sheetRef(SHEET, 13, 1, 17, 1), categories: MONTHS, values: GMV },
        { name: "客单价 (元)", plot: "line", categoriesRef: monthRef, valuesRef: sheetRef(SHEET, 13, 3, 17, 3), categories: MONTHS, values: GMV.map((g, k) => g / ORDERS[k]) },
      ],
    },
    {
      kind: "percentStackedColumn",
      title: "价格带订单占比",
      anchor: { fromColumn: 9, fromRow: 21, toColumn: 17, toRow: 37 },
      series: BANDS.map((band, b) => ({
        name: band,
        categoriesRef: sheetRef(SHEET, 22, 0, 26, 0),
        valuesRef: sheetRef(SHEET, 22, 1 + b, 26, 1 + b),
        categories: MONTHS,
        values: BAND_SHARES.map((shares) => shares[b]),
      })),
    },
  ];

  return {
    name: SHEET,
    columnWidths: [22, 13, 13, 13, 13, 13, 13, 13, 2, 10, 10, 10, 10, 10, 10, 10, 10],
    cells,
    numberFormats: numberFormats("CNY", "zh-CN"),
    merges,
    conditionalFormats: [
      { kind: "statusFill", range: "G7:G10", labels: LABELS },
      { kind: "colorScale", range: "D31:F34" },
    ],
    charts,
    frozenRows: 3,
    print: { orientation: "landscape", paperSize: "A4", fitToWidth: true },
  };
}

const ORDER_ROWS: unknown[][] = [
  ["订单号", "下单时间", "买家", "实付金额", "状态", "备注"],
  ["T20250601001", new Date(Date.UTC(2025, 5, 1, 10, 22, 33)), "张三", 188.5, "交易成功", "=1+1"],
  ["T20250601002", new Date(Date.UTC(2025, 5, 1, 11, 5, 0)), "@李四", 59, "退款成功", "+86 139 0000 0000"],
  ["T20250602003", new Date(Date.UTC(2025, 5, 2, 9, 0, 0)), "王五", "¥1,234.50", "交易成功", null],
  ["T20250602004", new Date(Date.UTC(2025, 5, 2, 20, 45, 12)), "赵六", Number.NaN, true, undefined],
];
const SPEND_ROWS: unknown[][] = [
  ["日期", "渠道", "花费"],
  [new Date(Date.UTC(2025, 5, 1)), "腾讯广告", 41_000],
  [new Date(Date.UTC(2025, 5, 2)), "巨量引擎", 38_500.5],
];
const DATA_SHEETS: DataSheet[] = [
  { name: "订单", rows: ORDER_ROWS },
  { name: "广告花费", rows: SPEND_ROWS },
];

const fixture = buildFixture();
const formulaCells = fixture.cells.filter((cell) => cell.formula !== undefined);

async function loadWithExcelJS(xlsx: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer);
  return workbook;
}

interface ReadConditionalFormatting {
  ref: string;
  rules: (ExcelJS.ConditionalFormattingRule & { formulae?: string[]; operator?: string; cfvo?: ExcelJS.Cvfo[]; color?: Partial<ExcelJS.Color>[] })[];
}

// ---- (a) the file, read back with ExcelJS and as XML ---------------------------------------------

describe("writeReviewWorkbook", () => {
  let xlsx: Uint8Array;
  let workbook: ExcelJS.Workbook;
  let review: ExcelJS.Worksheet;

  beforeAll(async () => {
    xlsx = await writeReviewWorkbook({ review: fixture, dataSheets: DATA_SHEETS, creator: "测试" });
    workbook = await loadWithExcelJS(xlsx);
    review = workbook.getWorksheet(SHEET)!;
  });

  it("puts the review sheet first and makes it the active, selected sheet", async () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([SHEET, "订单", "广告花费"]);
    expect(workbook.views[0].activeTab).toBe(0);
    expect(workbook.creator).toBe("测试");
    const sheetXml = await (await JSZip.loadAsync(xlsx)).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheetXml).toMatch(/<sheetView[^>]*tabSelected="1"/);
    expect(sheetXml).toMatch(/<sheetView[^>]*showGridLines="0"/);
  });

  it("writes values as values with their number formats", () => {
    for (const cell of fixture.cells.filter((c) => c.formula === undefined && c.value !== null)) {
      const written = review.getCell(a1(cell.row, cell.column));
      expect(written.value, a1(cell.row, cell.column)).toBe(cell.value);
      if (cell.format) expect(written.numFmt, a1(cell.row, cell.column)).toBe(fixture.numberFormats[cell.format]);
    }
    expect(review.getCell("B7").numFmt).toBe('[<100000]¥#,##0;[<100000000]¥0"."0,"万";¥0"."00,,"亿"');
    expect(review.getCell("F23").numFmt).toBe('+0.0" 个百分点";-0.0" 个百分点";0.0" 个百分点"');
  });

  it("writes formulas without the leading = and with the engine's results cached", () => {
    expect(formulaCells.length).toBeGreaterThanOrEqual(25);
    for (const cell of formulaCells) {
      const written = review.getCell(a1(cell.row, cell.column));
      expect(written.type, a1(cell.row, cell.column)).toBe(ExcelJS.ValueType.Formula);
      expect(written.formula).toBe(cell.formula!.slice(1));
      if (cell.format) expect(written.numFmt).toBe(fixture.numberFormats[cell.format]);
    }
    expect(review.getCell("E7").result).toBeCloseTo(0.792, 12);
    expect(review.getCell("G7").result).toBe("未达成");
    expect(review.getCell("G8").result).toBe("接近");
    expect(review.getCell("G9").result).toBe("达成");
    expect(review.getCell("D14").formula).toBe('IFERROR(B14/C14,"")');
  });

  it("caches every formula's result in the file, an empty text result included", async () => {
    const stored = await readWorkbookCells(xlsx);
    for (const cell of formulaCells) {
      const address = `${SHEET}!${a1(cell.row, cell.column)}`;
      expect(stored.get(address), address).toEqual({ value: cell.result, formula: cell.formula!.slice(1) });
    }
    expect(stored.get(`${SHEET}!E10`)).toEqual({ value: "", formula: 'IF(OR(C10="",D10=""),"",D10/C10)' });
  });

  it("keeps text that starts with =, +, - or @ as text, never a formula", async () => {
    const zip = await JSZip.loadAsync(xlsx);
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    DANGEROUS_TEXT.forEach((text, k) => {
      const address = `D${43 + k}`;
      const cell = review.getCell(address);
      expect(cell.type, address).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
      expect(cell.formula).toBeUndefined();
      // In the XML: a shared string (t="s"), no <f>.
      expect(sheetXml).toMatch(new RegExp(`<c r="${address}"[^>]* t="s"[^>]*><v>\\d+</v></c>`));
    });
    const orders = workbook.getWorksheet("订单")!;
    expect(orders.getCell("F2").type).toBe(ExcelJS.ValueType.String);
    expect(orders.getCell("F2").value).toBe("=1+1");
    expect(orders.getCell("F2").numFmt).toBe("@");
    expect(orders.getCell("C3").value).toBe("@李四");
    expect(orders.getCell("F3").value).toBe("+86 139 0000 0000");
  });

  it("merges ranges, sizes columns, freezes the title rows and makes wrapped rows tall enough", () => {
    expect([...review.model.merges].sort()).toEqual([...fixture.merges].sort());
    expect(review.getColumn(1).width).toBe(22);
    expect(review.getColumn(10).width).toBe(10);
    expect(review.views[0]).toMatchObject({ state: "frozen", ySplit: 3, topLeftCell: "A4" });
    expect(review.getRow(1).height).toBeGreaterThan(20);
    // The second finding runs over two lines of the merged A:H width, the first fits in one.
    expect(review.getRow(38).height).toBeGreaterThan(review.getRow(37).height ?? 15);
    // A merged section keeps its rule under every merged cell.
    expect(review.getCell("H5").border?.bottom?.style).toBe("medium");
  });

  it("sets up printing: A4 landscape, one page wide, title rows repeated", () => {
    expect(review.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:3" });
    expect(review.pageSetup.margins).toMatchObject(REVIEW_PRINT_MARGINS);
  });

  it("breaks the pages where the layout's pagination says, in the place CT_Worksheet gives <rowBreaks>", async () => {
    const breaks = reviewRowBreaks(fixture);
    expect(breaks.length).toBeGreaterThan(0);
    const sheetXml = await (await JSZip.loadAsync(xlsx)).file("xl/worksheets/sheet1.xml")!.async("string");
    const rowBreaks = /<rowBreaks count="(\d+)" manualBreakCount="(\d+)">(.*?)<\/rowBreaks>/.exec(sheetXml);
    expect(rowBreaks?.slice(1, 3)).toEqual([String(breaks.length), String(breaks.length)]);
    // <brk id> is the 0-based row below the break; every break manual and across every column.
    const written = [...rowBreaks![3].matchAll(/<brk ([^>]*)\/>/g)].map((match) => match[1]);
    expect(written).toEqual(breaks.map((row) => `id="${row}" max="16383" man="1"`));
    // ECMA-376 Part 1, §18.3.1.99: the children of <worksheet> in this order; Excel refuses the file otherwise.
    const sequence = ["sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges", "scenarios", "autoFilter",
      "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins",
      "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF",
      "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];
    const children = topLevelChildren(sheetXml, { skipContentOf: ["sheetData"] }).map((child) => child.localName);
    expect(children).toContain("rowBreaks");
    expect(children).toContain("drawing");
    const positions = children.map((name) => sequence.indexOf(name));
    expect(positions).not.toContain(-1);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("leaves the data sheets unselected, so that printing the selected sheets prints the review, and readable when printed on purpose", async () => {
    const zip = await JSZip.loadAsync(xlsx);
    expect(await zip.file("xl/workbook.xml")!.async("string")).toMatch(/<workbookView[^>]*activeTab="0"/);
    for (const data of DATA_SHEETS) {
      const sheet = workbook.getWorksheet(data.name)!;
      const sheetXml = await zip.file(`xl/worksheets/sheet${sheet.id}.xml`)!.async("string");
      expect(sheetXml).toMatch(/<sheetView /);
      expect(sheetXml).not.toMatch(/tabSelected="1"/);
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1", showGridLines: true });
      expect(sheet.pageSetup.margins).toMatchObject(REVIEW_PRINT_MARGINS);
      expect(sheet.headerFooter.oddFooter).toContain("&P / &N");
      expect(sheetXml).not.toContain("<rowBreaks");
    }
  });

  it("writes the status fills as exact-match rules and the heatmap as a 3-colour scale", () => {
    const formattings = (review as unknown as { conditionalFormattings: ReadConditionalFormatting[] }).conditionalFormattings;
    const status = formattings.find((f) => f.ref === "G7:G10")!;
    expect(status.rules.map((rule) => [rule.type, rule.operator, rule.formulae])).toEqual([
      ["cellIs", "equal", ['"达成"']],
      ["cellIs", "equal", ['"接近"']],
      ["cellIs", "equal", ['"未达成"']],
    ]);
    expect(status.rules.map((rule) => rule.style?.fill)).toEqual(
      [STATUS_FILLS.met, STATUS_FILLS.near, STATUS_FILLS.missed].map((fill) => expect.objectContaining({ type: "pattern", pattern: "solid", bgColor: { argb: fill.fill } })),
    );
    const scale = formattings.find((f) => f.ref === "D31:F34")!;
    expect(scale.rules).toHaveLength(1);
    expect(scale.rules[0].type).toBe("colorScale");
    expect(scale.rules[0].cfvo).toEqual([{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }]);
    expect(scale.rules[0].color).toEqual([{ argb: COLOR_SCALE.low }, { argb: COLOR_SCALE.middle }, { argb: COLOR_SCALE.high }]);
    const priorities = formattings.flatMap((f) => f.rules.map((rule) => rule.priority));
    expect(new Set(priorities).size).toBe(priorities.length);
  });

  it("adds the layout's charts to the review sheet", async () => {
    const zip = await JSZip.loadAsync(xlsx);
    const charts = Object.keys(zip.files).filter((path) => /^xl\/charts\/chart\d+\.xml$/.test(path)).sort();
    expect(charts).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml"]);
    const chartXml = await Promise.all(charts.map((path) => zip.file(path)!.async("string")));
    expect(chartXml.join()).toContain("<c:lineChart>");
    expect(chartXml.join()).toContain('<c:grouping val="percentStacked"/>');
    expect(await zip.file("xl/worksheets/_rels/sheet1.xml.rels")!.async("string")).toContain("drawing");
  });

  it("writes data sheets as values: dates as dates, numbers as numbers, text as text", () => {
    const orders = workbook.getWorksheet("订单")!;
    expect(orders.getCell("A1").value).toBe("订单号");
    expect(orders.getCell("A1").font?.bold).toBe(true);
    expect(orders.getCell("B2").value).toEqual(new Date(Date.UTC(2025, 5, 1, 10, 22, 33)));
    expect(orders.getCell("B2").numFmt).toBe("yyyy-mm-dd hh:mm:ss");
    expect(orders.getCell("D2").value).toBe(188.5);
    expect(orders.getCell("D4").value).toBe("¥1,234.50");
    expect(orders.getCell("D5").value).toEqual({ error: "#NUM!" });
    expect(orders.getCell("E5").value).toBe(true);
    expect(orders.getCell("F4").value).toBeNull();
    expect(orders.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const spend = workbook.getWorksheet("广告花费")!;
    expect(spend.getCell("A2").value).toEqual(new Date(Date.UTC(2025, 5, 1)));
    expect(spend.getCell("A2").numFmt).toBe("yyyy-mm-dd");
    expect(spend.getCell("C3").value).toBe(38_500.5);
  });

  it("writes a review without charts or data sheets", async () => {
    const plain = await writeReviewWorkbook({ review: { ...fixture, charts: [], frozenRows: 0 } });
    const reopened = await loadWithExcelJS(plain);
    expect(reopened.worksheets.map((sheet) => sheet.name)).toEqual([SHEET]);
    expect(reopened.getWorksheet(SHEET)!.pageSetup.printTitlesRow).toBeUndefined();
    expect(Object.keys((await JSZip.loadAsync(plain)).files).some((path) => path.startsWith("xl/charts/"))).toBe(false);
  });

  it("writes the layout's own money formats, also after a review in another currency was written", async () => {
    const dollars = await writeReviewWorkbook({ review: { ...fixture, numberFormats: numberFormats("USD", "en-US") } });
    const styles = await (await JSZip.loadAsync(dollars)).file("xl/styles.xml")!.async("string");
    expect(styles).toContain('formatCode="[&lt;100000]$#,##0;[&lt;1000000]$#,##0,&quot;K&quot;;$#,##0.00,,&quot;M&quot;"');
    expect(styles).not.toContain("¥");
    expect((await loadWithExcelJS(dollars)).getWorksheet(SHEET)!.getCell("B7").numFmt).toBe('[<100000]$#,##0;[<1000000]$#,##0,"K";$#,##0.00,,"M"');
    // The same cells written again in yuan get ¥ back: no style is kept from the review before.
    const yuan = await loadWithExcelJS(await writeReviewWorkbook({ review: fixture }));
    expect(yuan.getWorksheet(SHEET)!.getCell("B7").numFmt).toBe('[<100000]¥#,##0;[<100000000]¥0"."0,"万";¥0"."00,,"亿"');
  });
});

describe("writeReviewWorkbook refuses what it cannot write faithfully", () => {
  const withCells = (cells: LayoutCell[], extra: Partial<SheetLayout> = {}): SheetLayout => ({ ...fixture, cells, merges: [], conditionalFormats: [], charts: [], ...extra });

  it.each([
    ["two cells at one address", withCells([{ row: 0, column: 0, value: 1 }, { row: 0, column: 0, value: 2 }]), /A1: the layout has two cells here/],
    ["a value and a formula", withCells([{ row: 1, column: 1, value: 1, formula: "=1+1", result: 2 }]), /B2: both a value and a formula/],
    ["a formula without =", withCells([{ row: 0, column: 0, formula: "1+1", result: 2 }]), /starts with "="/],
    ["a cell under a merge", withCells([{ row: 0, column: 0, value: "t" }, { row: 0, column: 2, value: "x" }], { merges: ["A1:D1"] }), /C1: it lies under merge A1:D1/],
    ["a sheet name longer than 31 characters", { ...withCells([]), name: "x".repeat(32) }, /1 to 31 characters/],
    ["a sheet name with a colon", { ...withCells([]), name: "复盘:6月" }, /may not contain/],
  ])("%s", async (_, layout, message) => {
    await expect(writeReviewWorkbook({ review: layout })).rejects.toThrow(message);
  });

  it("a sheet name holding a character XML forbids", async () => {
    await expect(writeReviewWorkbook({ review: { ...withCells([]), name: "复盘\uFFFF" } })).rejects.toThrow(/character XML does not allow/);
  });

  it("writes what the data holds instead of throwing: #NUM! for a number Excel cannot store, no cached non-finite result, long text cut and noted", async () => {
    const described: string[] = [];
    const layout = withCells([
      { row: 0, column: 0, value: Number.POSITIVE_INFINITY },
      { row: 0, column: 1, value: Number.NaN },
      { row: 1, column: 0, formula: "=1/0", result: Number.NaN },
      { row: 2, column: 0, value: "长".repeat(40_000) },
      { row: 3, column: 0, value: "抖音\uFFFF_x0041_\uD800" },
    ]);
    const xlsx = await writeReviewWorkbook({ review: layout, describeCut: (cut) => (described.push(`${cut.where}|${cut.length}|${cut.start}`), `cut ${cut.where}`) });
    expect(described).toEqual([`${SHEET}!A3|40000|${"长".repeat(20)}`]);
    const cells = await readWorkbookCells(xlsx);
    expect(cells.get(`${SHEET}!A1`)).toEqual({ value: { error: "#NUM!" } });
    expect(cells.get(`${SHEET}!B1`)).toEqual({ value: { error: "#NUM!" } });
    expect(cells.get(`${SHEET}!A3`)).toEqual({ value: "长".repeat(32_766) + "…" });
    expect(cells.get(`${SHEET}!A4`)).toEqual({ value: "抖音_x0041_" });
    // The note below the review's last row says which text was cut.
    expect(cells.get(`${SHEET}!A6`)).toEqual({ value: `cut ${SHEET}!A3` });
    expect(cells.get(`${SHEET}!A2`)).toEqual({ value: null, formula: "1/0" });
  });

  it("a data sheet named like the review (ignoring case) or holding an object", async () => {
    await expect(writeReviewWorkbook({ review: withCells([]), dataSheets: [{ name: SHEET, rows: [] }] })).rejects.toThrow(/Two sheets are named/);
    await expect(writeReviewWorkbook({ review: withCells([]), dataSheets: [{ name: "订单", rows: [["a"], [{ formula: "1+1" }]] }] })).rejects.toThrow(/"订单", cell A2: cannot write a object value/);
  });

  it("an invalid chart", async () => {
    const chart = { ...fixture.charts[0], series: [] };
    await expect(writeReviewWorkbook({ review: { ...fixture, charts: [chart] } })).rejects.toThrow(/no series/);
  });
});

describe("fileFormula", () => {
  it("drops the = and prefixes post-2007 functions with _xlfn., outside string literals and sheet names", () => {
    expect(fileFormula('=IFERROR(D5/C5,"")')).toBe('IFERROR(D5/C5,"")');
    expect(fileFormula('=IFS(A1>1,"IFS(",TRUE,"b")')).toBe('_xlfn.IFS(A1>1,"IFS(",TRUE,"b")');
    expect(fileFormula("=ifna(xlookup(A1,'IFS (1)'!A:A,B:B),0)+stdev.s(C1:C9)")).toBe("_xlfn.ifna(_xlfn.xlookup(A1,'IFS (1)'!A:A,B:B),0)+_xlfn.stdev.s(C1:C9)");
    expect(fileFormula('=_xlfn.IFS(A1,1)&"say ""IFS(x)"""')).toBe('_xlfn.IFS(A1,1)&"say ""IFS(x)"""');
    expect(fileFormula("=SUM(A1:A3)+MYIFS(1)")).toBe("SUM(A1:A3)+MYIFS(1)");
  });

  it("refuses dynamic-array functions", () => {
    expect(() => fileFormula("=SORT(A1:A9)")).toThrow(/dynamic-array/);
  });
});

describe("withoutCachedResults", () => {
  it("removes formula results and keeps formulas and values", async () => {
    const xlsx = await writeReviewWorkbook({ review: fixture });
    const stripped = await readWorkbookCells(await withoutCachedResults(xlsx));
    expect(stripped.get(`${SHEET}!E7`)).toEqual({ value: null, formula: 'IF(OR(C7="",D7=""),"",D7/C7)' });
    expect(stripped.get(`${SHEET}!G7`)?.value).toBeNull();
    expect(stripped.get(`${SHEET}!B7`)).toEqual({ value: 17_600_000 });
    expect(stripped.get(`${SHEET}!D43`)).toEqual({ value: DANGEROUS_TEXT[0] });
  });
});

// ---- (b) and (c): LibreOffice recalculates and renders ------------------------------------------

const noLibreOffice = !canRenderWithLibreOffice();
const LIBREOFFICE_SKIP_REASON = "LibreOffice (/usr/bin/soffice) and pdftoppm are not installed; scripts/install-system-deps.sh installs them";
const withLibreOffice = (name: string) => (noLibreOffice ? `${name} (skipped: ${LIBREOFFICE_SKIP_REASON})` : name);

describe("writeReviewWorkbook: LibreOffice", () => {
  let workDir: string;
  let xlsx: Uint8Array;

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), "review-writer-"));
    xlsx = await writeReviewWorkbook({ review: fixture, dataSheets: DATA_SHEETS });
  });

  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it.skipIf(noLibreOffice)(withLibreOffice("recalculates every formula to the engine's result, and the text stays text"), async () => {
    const values = await recalculateWithLibreOffice(xlsx);
    expect(formulaResultMismatches(fixture, values)).toEqual([]);
    for (const cell of formulaCells) expect(values.has(`${SHEET}!${a1(cell.row, cell.column)}`) || cell.result === "").toBe(true);
    DANGEROUS_TEXT.forEach((text, k) => expect(values.get(`${SHEET}!D${43 + k}`)).toBe(text));
    expect(values.get("订单!F2")).toBe("=1+1");
  });

  it.skipIf(noLibreOffice)(withLibreOffice("really recalculates: stale cached results in the file come back corrected"), async () => {
    // The same sheet with every cached result wrong: only LibreOffice's own calculation can give the right ones.
    const stale: SheetLayout = { ...fixture, cells: fixture.cells.map((cell) => (cell.formula === undefined ? cell : { ...cell, result: typeof cell.result === "number" ? -12_345 : "stale" })) };
    const values = await recalculateWithLibreOffice(await writeReviewWorkbook({ review: stale }));
    expect(formulaResultMismatches(stale, values).length).toBe(formulaCells.length);
    expect(formulaResultMismatches(fixture, values)).toEqual([]);
  });

  it.skipIf(noLibreOffice)(withLibreOffice("converts to PDF and renders to PNG"), async () => {
    const input = join(workDir, "review.xlsx");
    await writeFile(input, xlsx);
    const pdfDir = join(workDir, "pdf");
    await mkdir(pdfDir);
    const pdf = await convertWithLibreOffice(input, "pdf", pdfDir);
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
    const pngs = await renderPdfToPngs(pdf, join(pdfDir, "page"), { dpi: 110 });
    expect(pngs.length).toBeGreaterThanOrEqual(1);
    for (const png of pngs) expect((await readFile(png)).subarray(1, 4).toString()).toBe("PNG");
    // Set REVIEW_WRITER_RENDER_DIR to keep the workbook, the PDF and its pages for a look.
    const keep = process.env.REVIEW_WRITER_RENDER_DIR;
    if (keep) {
      await mkdir(keep, { recursive: true });
      for (const file of [input, pdf, ...pngs]) await copyFile(file, join(keep, file.split("/").pop()!));
    }
  });
});
