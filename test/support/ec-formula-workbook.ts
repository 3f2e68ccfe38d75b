/**
 * A workbook with `EC.` formulas for the share actions' tests, on the recording stand-in
 * (recording-excel.ts): an order sheet of plain values, and a summary sheet whose formulas are every
 * case the share check and Turn into values meet.
 *
 * 汇总 (summary): B2 EC.GMV (1,234,567.8), B3 the operator's own SUM, B4 EC.AOV as `_xldudf_`
 * (#NAME?: the add-in not loaded), B5 EC.ORDERS still computing (#BUSY!), B6 EC.GROWTH showing
 * #DIV/0!, B7 EC.REPURCHASE inside the operator's ROUND, A10 EC.CHANNELS spilling over A10:D14, F1
 * a text that only looks like a formula. 订单 (orders): `dataRows` rows of eight columns, no formula.
 * 空白: empty.
 */
import { RecordingExcel } from "./recording-excel";

export const SUMMARY_SHEET = "汇总";
export const CHANNELS_RESULT: unknown[][] = [
  ["渠道", "GMV", "订单数", "ROI"], ["淘宝直通车", 182_000, 1_020, 3.2], ["抖音", 95_500, 611, 2.1], ["自然流量", 240_300, 1_530, ""], ["合计", 517_800, 3_161, 2.9],
];
export const CHANNELS_FORMULA = "=EC.CHANNELS(订单!H2:H20001, 订单!D2:D20001, 订单!B2:B20001, 订单!C2:C20001)";

/** The summary sheet's formulas: cell → formula and the result it shows. */
export const SUMMARY_FORMULAS: readonly { readonly cell: string; readonly formula: string; readonly result: unknown }[] = [
  { cell: "B2", formula: "=EC.GMV(订单!D2:D20001, 订单!E2:E20001)", result: 1_234_567.8 },
  { cell: "B3", formula: "=SUM(B2:B2)", result: 1_234_567.8 },
  { cell: "B4", formula: "=_xldudf_EC_AOV(订单!D2:D20001)", result: "#NAME?" },
  { cell: "B5", formula: "=EC.ORDERS(订单!D2:D20001)", result: "#BUSY!" },
  { cell: "B6", formula: "=EC.GROWTH(B2, C2)", result: "#DIV/0!" },
  { cell: "B7", formula: "=ROUND(EC.REPURCHASE(订单!B2:B20001), 3)", result: 0.214 },
  { cell: "A10", formula: CHANNELS_FORMULA, result: CHANNELS_RESULT },
];

/** The order sheet's cells: a header and `rows` orders. */
export function orderRows(rows: number): unknown[][] {
  const orders: unknown[][] = [["订单编号", "买家", "付款时间", "实付金额", "订单状态", "商品", "数量", "渠道"]];
  for (let i = 1; i <= rows; i++) orders.push([`T${100000 + i}`, `buyer${i % 997}`, "2025-06-01 10:00", String(50 + (i % 300)), "交易成功", "连衣裙", "1", "淘宝直通车"]);
  return orders;
}

/** The workbook, the summary sheet active. */
export function ecFormulaWorkbook(dataRows = 20_000): RecordingExcel {
  const excel = new RecordingExcel({ sheets: [{ name: "订单", grid: orderRows(dataRows) }, { name: SUMMARY_SHEET }, { name: "空白" }] });
  const summary = excel.sheet(SUMMARY_SHEET);
  for (const { cell, formula, result } of SUMMARY_FORMULAS) summary.setFormula(cell, formula, result);
  summary.cells.set("0:5", { value: "=EC.GMV( is how it starts", numberFormat: "@" });
  summary.grid.push(["汇总"]);
  excel.activeSheet = summary;
  return excel;
}
