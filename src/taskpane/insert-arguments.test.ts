import { describe, expect, it } from "vitest";
import { FUNCTION_CATALOG } from "../functions/catalog";
import { isRangeParameter } from "../functions/catalog/function-entry";
import { FUNCTION_TEXTS } from "../functions/function-texts.generated";
import type { CellGrid } from "../engine/cells/cell-value";
import { TABLE_FIELDS } from "../review/tables/table-fields";
import { AD_SPEND_CN, TAOBAO_ORDERS } from "../../test/support/real-exports.fixture";
import { detectedColumns, formulaArguments, functionTexts, insertPlan, parameterSource, PARAMETER_SOURCES } from "./insert-arguments";
import { chooseTables, scanOf, type TableChoice } from "./review-controller";
import type { SourceSheet } from "./workbook/workbook-gateway";

/** The Data tab's tables of a workbook whose sheets are `sheets` (name → address of its used range and cells). */
function dataTab(sheets: Record<string, { address: string; firstRow?: number; grid: unknown[][] }>, choice: TableChoice = { sources: {}, overrides: {} }) {
  const sources: SourceSheet[] = Object.entries(sheets).map(([name, sheet]) => ({
    name, kind: "worksheet", rows: sheet.grid.length, columns: sheet.grid[0].length, owned: false, address: sheet.address, firstRow: sheet.firstRow ?? 1,
  }));
  const scan = scanOf(sources, new Map(Object.entries(sheets).map(([name, sheet]) => [name, sheet.grid as CellGrid])));
  return detectedColumns(chooseTables(scan, choice), sources);
}

describe("the parameters' sources", () => {
  it("name every parameter of the catalog: a column for each range or sum, the example's value for the rest, fields that exist", () => {
    for (const entry of FUNCTION_CATALOG) {
      for (const parameter of entry.parameters) {
        const source = parameterSource(entry.id, parameter.name);
        expect(source, `EC.${entry.id} ${parameter.name}`).toBeDefined();
        const takesColumn = isRangeParameter(parameter) || parameter.kind === "total";
        expect(source!.fill, `EC.${entry.id} ${parameter.name} (${parameter.kind})`).toBe(takesColumn ? "column" : "value");
        if (source!.fill === "column") {
          for (const [table, field] of source!.from) expect(field === "orderTime" || (TABLE_FIELDS[table] as readonly string[]).includes(field), `${table}.${field}`).toBe(true);
        }
      }
    }
    // …and nothing else: a parameter renamed in the catalog fails here, not silently in the pane.
    const names = new Set(FUNCTION_CATALOG.flatMap((entry) => entry.parameters.flatMap((parameter) => [parameter.name, `${entry.id}.${parameter.name}`])));
    expect(Object.keys(PARAMETER_SOURCES).filter((name) => !names.has(name))).toEqual([]);
  });
});

describe("insertPlan", () => {
  it("on a 千牛 order export with two amount columns, sums the paid amount the mapping chose (K), not the order total (I)", () => {
    const columns = dataTab({ 订单: { address: "订单!A1:AM5", grid: TAOBAO_ORDERS } });
    const gmv = insertPlan(functionTexts("GMV"), columns, "zh-CN");
    expect(gmv.formula).toBe("=EC.GMV('订单'!K2:K5, '订单'!M2:M5, '订单'!A2:A5)");
    expect(gmv.used.map(({ parameter, column }) => [parameter, column.letter, column.header])).toEqual([
      ["金额", "K", "买家实际支付金额"], ["订单状态", "M", "订单状态"], ["订单编号", "A", "订单编号"],
    ]);
    expect(gmv.example).toBeNull();
    expect(TAOBAO_ORDERS[0][8]).toBe("总金额");

    // The dates are the column that dates the orders: the payment time (U) beside the creation time (T).
    const retention = insertPlan(functionTexts("RETENTION"), columns, "en-US");
    expect(retention.formula).toBe("=EC.RETENTION('订单'!B2:B5, '订单'!U2:U5, '订单'!M2:M5, 6, '订单'!A2:A5)");
    expect(retention.fromExample).toEqual(["months"]);
  });

  it("takes the column the operator chose on the Data tab over the detected one", () => {
    const columns = dataTab({ 订单: { address: "订单!A1:AM5", grid: TAOBAO_ORDERS } }, { sources: {}, overrides: { orders: { amount: 8 } } });
    expect(insertPlan(functionTexts("GMV"), columns, "en-US").formula).toBe("=EC.GMV('订单'!I2:I5, '订单'!M2:M5, '订单'!A2:A5)");
  });

  it("places a table that does not start at A1 on its sheet, quotes any sheet name, and takes columns from the right table", () => {
    // The orders start at C3 of "Shop's orders"; the ad spend is its own sheet.
    const orders = [["Order ID", "Customer", "Paid at", "Total", "Status", "Source"], ["A-1", "ann", "2025-06-01 10:00", 120, "paid", "Search"], ["A-2", "bob", "2025-06-02 11:00", 80, "paid", "Ads"]];
    const columns = dataTab({ "Shop's orders": { address: "'Shop''s orders'!C3:H5", firstRow: 3, grid: orders }, 推广: { address: "推广!A1:J7", grid: AD_SPEND_CN } });
    const channels = insertPlan(functionTexts("CHANNELS"), columns, "en-US");
    expect(channels.formula).toBe(
      "=EC.CHANNELS('Shop''s orders'!H4:H5, 'Shop''s orders'!F4:F5, 'Shop''s orders'!D4:D5, 'Shop''s orders'!E4:E5, '推广'!C2:C7, '推广'!D2:D7, 'Shop''s orders'!G4:G5, 'Shop''s orders'!C4:C5)",
    );
    expect(channels.used.map(({ parameter, column }) => `${parameter}=${column.sheet}!${column.letter}`)).toEqual([
      "channels=Shop's orders!H", "amounts=Shop's orders!F", "buyers=Shop's orders!D", "dates=Shop's orders!E",
      "spendChannels=推广!C", "spendAmounts=推广!D", "statuses=Shop's orders!G", "orderIds=Shop's orders!C",
    ]);
  });

  it("leaves out an optional column that was not found, and keeps the example's values (band edges, margins, summary)", () => {
    const orders = [["买家", "付款时间", "实付金额"], ["ann", "2025-06-01 10:00", 120], ["bob", "2025-07-02 11:00", 80], ["ann", "2025-08-02 11:00", 60]];
    const columns = dataTab({ 订单: { address: "订单!A1:C4", grid: orders } });
    expect(insertPlan(functionTexts("AOV"), columns, "en-US").formula).toBe("=EC.AOV('订单'!C2:C4, '订单'!A2:A4)");
    expect(insertPlan(functionTexts("PRICEBANDS"), columns, "en-US")).toMatchObject({ formula: "=EC.PRICEBANDS('订单'!C2:C4, {50,100,200,500})", fromExample: ["edges"] });
    expect(insertPlan(functionTexts("RFM"), columns, "zh-CN")).toMatchObject({ formula: "=EC.RFM('订单'!A2:A4, '订单'!B2:B4, '订单'!C2:C4, , TRUE)", fromExample: ["汇总"] });
  });

  it("inserts the example, and says why, when a column the function needs was not found or none was", () => {
    const orders = [["买家", "付款时间", "实付金额"], ["ann", "2025-06-01 10:00", 120], ["bob", "2025-07-02 11:00", 80]];
    const columns = dataTab({ 订单: { address: "订单!A1:C3", grid: orders } });
    const margin = functionTexts("MARGIN");
    expect(insertPlan(margin, columns, "zh-CN")).toEqual({ formula: margin.example.formula, used: [], fromExample: [], example: { missing: "成本" } });
    const roi = functionTexts("ROI");
    expect(insertPlan(roi, columns, "en-US")).toEqual({ formula: roi.example.formula, used: [], fromExample: [], example: { missing: null } });
    const gmv = functionTexts("GMV");
    expect(insertPlan(gmv, [], "en-US")).toEqual({ formula: gmv.example.formula, used: [], fromExample: [], example: { missing: null } });
    // Sums given together: the spend found, the new buyers (no table holds them) not: the example.
    const withSpend = dataTab({ 订单: { address: "订单!A1:C3", grid: orders }, 推广: { address: "推广!A1:J7", grid: AD_SPEND_CN } });
    expect(insertPlan(functionTexts("CAC"), withSpend, "en-US").example).toEqual({ missing: "newBuyers" });
  });

  it("gives every function of the catalog a formula with as many arguments as it takes at most", () => {
    const columns = dataTab({ 订单: { address: "订单!A1:AM5", grid: TAOBAO_ORDERS }, 推广: { address: "推广!A1:J7", grid: AD_SPEND_CN } });
    for (const fn of FUNCTION_TEXTS) {
      const plan = insertPlan(fn, columns, "en-US");
      expect(plan.formula.startsWith(`=EC.${fn.id}(`), fn.id).toBe(true);
      expect(formulaArguments(plan.formula).length, fn.id).toBeLessThanOrEqual(fn.en.parameters.length);
    }
  });
});

describe("formulaArguments", () => {
  it("splits at the commas outside parentheses, braces and quotes", () => {
    expect(formulaArguments("=EC.PRICEBANDS(D2:D5001, {50,100,200,500}, E2:E5001)")).toEqual(["D2:D5001", "{50,100,200,500}", "E2:E5001"]);
    expect(formulaArguments("=EC.RFM(B2:B5001, C2:C5001, D2:D5001, , TRUE)")).toEqual(["B2:B5001", "C2:C5001", "D2:D5001", "", "TRUE"]);
    expect(formulaArguments("=EC.ROI(SUM(A1,A2), 投放!C2:C31, \"a,b\")")).toEqual(["SUM(A1,A2)", "投放!C2:C31", "\"a,b\""]);
    expect(formulaArguments("=EC.X()")).toEqual([]);
  });
});
