/**
 * One worked example per `EC.` function, for the README and the task pane's function catalog.
 * Formulas are the same in every language; descriptions come from the functions' metadata
 * (`functions.json`, `functions.zh-CN.json`).
 *
 * The examples assume an order sheet with A 订单编号 · B 买家 · C 付款时间 · D 实付金额 · E 订单状态 ·
 * F 流量来源 · G 成本, rows 2–5001, and an ad spend sheet 投放 with A 日期 · B 渠道 · C 花费. The functions
 * that count orders take A 订单编号 last: rows sharing an order id (the lines of one order) are one order.
 */
export const FUNCTION_EXAMPLES: Readonly<Record<string, string>> = {
  GMV: "=EC.GMV(D2:D5001, E2:E5001, A2:A5001)",
  AOV: "=EC.AOV(D2:D5001, B2:B5001, E2:E5001, A2:A5001)",
  MARGIN: "=EC.MARGIN(D2:D5001, G2:G5001)",
  MARGINBAND: "=EC.MARGINBAND(D2:D5001, G2:G5001, 8%, 12%)",
  PRICEFORMARGIN: "=EC.PRICEFORMARGIN(G2:G20, 12%)",
  PRICEBANDS: "=EC.PRICEBANDS(D2:D5001, {50,100,200,500}, E2:E5001, A2:A5001)",
  ROI: "=EC.ROI(90000, 投放!C2:C31)",
  CAC: "=EC.CAC(3800, 100)",
  CONVERSION: "=EC.CONVERSION(320, 10000)",
  REPURCHASE: "=EC.REPURCHASE(B2:B5001, D2:D5001, E2:E5001, A2:A5001)",
  RETENTION: "=EC.RETENTION(B2:B5001, C2:C5001, E2:E5001, 6, A2:A5001)",
  GROWTH: "=EC.GROWTH(0.9, 1.2)",
  ATTAINMENT: "=EC.ATTAINMENT(19800000, 25000000)",
  ABTEST: "=EC.ABTEST(500, 10000, 546, 10000)",
  RFM: "=EC.RFM(B2:B5001, C2:C5001, D2:D5001, , TRUE, E2:E5001, A2:A5001)",
  SLOWMOVING: "=EC.SLOWMOVING(H2:H200, I2:I200, 30, 90)",
  CHANNELS: "=EC.CHANNELS(F2:F5001, D2:D5001, B2:B5001, C2:C5001, 投放!B2:B31, 投放!C2:C31, E2:E5001, A2:A5001)",
};
