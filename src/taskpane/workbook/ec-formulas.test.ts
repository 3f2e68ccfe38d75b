/**
 * The share actions of the Excel gateway, on the recording stand-in: a workbook with `EC.`
 * formulas (one spilling, one as `_xldudf_` where the add-in was not loaded, some still computing
 * or showing an error) beside the operator's own formulas and a big data sheet.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { translate } from "../../i18n/messages";
import { RecordingExcel, type MockSheet } from "../../../test/support/recording-excel";
import { CHANNELS_FORMULA, CHANNELS_RESULT, ecFormulaWorkbook } from "../../../test/support/ec-formula-workbook";
import { parseKeptFormula } from "./ec-formula-text";
import { CELLS_PER_SYNC, EC_FORMULA_LIST_LIMIT, FORMULAS_SHEET_PROPERTY } from "./ec-formulas";
import { createExcelWorkbook, OWNER_PROPERTY, REQUIRED_EXCEL_API_VERSIONS } from "./excel-workbook";

const globals = globalThis as unknown as { Excel?: unknown; Office: { context: Record<string, unknown> } };
let supported = new Set<string>();

function install(excel: RecordingExcel): RecordingExcel {
  globals.Excel = excel.api;
  return excel;
}

/** The host's ExcelApi: the gateway's own sets, plus comments (1.10) and notes (1.18) where asked. */
function host(extra: ("1.10" | "1.18")[]): void {
  supported = new Set([...REQUIRED_EXCEL_API_VERSIONS, ...extra]);
}

beforeEach(() => {
  host(["1.10", "1.18"]);
  globals.Office.context.requirements = { isSetSupported: (name: string, version: string) => name === "ExcelApi" && supported.has(version) };
});

afterEach(() => {
  delete globals.Excel;
  delete globals.Office.context.requirements;
  delete globals.Office.context.document;
});

const gateway = createExcelWorkbook();

const DATA_ROWS = 20_000;
const CHANNELS = CHANNELS_RESULT;
const shopWorkbook = () => ecFormulaWorkbook(DATA_ROWS);

const ecCellsOf = (sheet: MockSheet) => [...sheet.cells].filter(([, cell]) => cell.formula?.includes("EC")).map(([key]) => key);

describe("checkEcFormulas", () => {
  it("lists every EC. cell, a spilled result once with its range, and neither the operator's formulas nor text", async () => {
    const excel = install(shopWorkbook());
    const check = await gateway.checkEcFormulas!();
    expect(check.cells).toEqual([
      { sheet: "汇总", cell: "B2", formula: "=EC.GMV(订单!D2:D20001, 订单!E2:E20001)" },
      { sheet: "汇总", cell: "B4", formula: "=_xldudf_EC_AOV(订单!D2:D20001)" },
      { sheet: "汇总", cell: "B5", formula: "=EC.ORDERS(订单!D2:D20001)" },
      { sheet: "汇总", cell: "B6", formula: "=EC.GROWTH(B2, C2)" },
      { sheet: "汇总", cell: "B7", formula: "=ROUND(EC.REPURCHASE(订单!B2:B20001), 3)" },
      { sheet: "汇总", cell: "A10", formula: CHANNELS_FORMULA, spill: "A10:D14" },
    ]);
    expect(check.sheets).toEqual([{ sheet: "汇总", count: 6 }]);
    expect(check.total).toBe(6);
    // Nothing was written anywhere.
    expect(excel.calls.filter((call) => call.kind === "set" || call.member.endsWith(".add"))).toEqual([]);
  });

  it("reads only the formula cells of a big sheet, not its 160,000 cells; the fallback reads the used range in chunks and finds the same", async () => {
    const excel = install(shopWorkbook());
    const fast = await gateway.checkEcFormulas!();
    const fastBytes = excel.syncs.reduce((sum, sync) => sum + sync.responseBytes, 0);
    // The order sheet alone is over 5 MB as JSON; the check read a few kilobytes.
    expect(fastBytes).toBeLessThan(20_000);

    const slow = install(shopWorkbook());
    slow.specialCellsFail = true;
    expect(await gateway.checkEcFormulas!()).toEqual(fast);
    const slowBytes = slow.syncs.reduce((sum, sync) => sum + sync.responseBytes, 0);
    expect(slowBytes).toBeGreaterThan(100 * fastBytes);
    // …in chunks that Excel on the web accepts.
    expect(Math.max(...slow.syncs.map((sync) => sync.responseBytes))).toBeLessThan(5 * 1024 * 1024);
    expect(slow.syncs.length).toBeGreaterThan((DATA_ROWS * 8) / CELLS_PER_SYNC);
  });

  it("counts a spill once where Excel reports the formula in every cell it spills into", async () => {
    const excel = shopWorkbook();
    excel.sheet("汇总").spilledCellsReportFormula = true;
    install(excel);
    const check = await gateway.checkEcFormulas!();
    expect(check.cells.filter((cell) => cell.formula === CHANNELS_FORMULA)).toEqual([{ sheet: "汇总", cell: "A10", formula: CHANNELS_FORMULA, spill: "A10:D14" }]);
    expect(check.total).toBe(6);
  });

  it("lists at most EC_FORMULA_LIST_LIMIT cells and counts them all, per sheet", async () => {
    const excel = new RecordingExcel({ sheets: [{ name: "A" }, { name: "B" }] });
    for (let row = 1; row <= 400; row++) {
      excel.sheet("A").setFormula(`C${row}`, `=EC.GMV(D${row})`, row);
      excel.sheet("B").setFormula(`E${row}`, `=EC.AOV(D${row})`, row);
    }
    install(excel);
    const check = await gateway.checkEcFormulas!();
    expect(check.total).toBe(800);
    expect(check.sheets).toEqual([{ sheet: "A", count: 400 }, { sheet: "B", count: 400 }]);
    expect(check.cells).toHaveLength(EC_FORMULA_LIST_LIMIT);
    expect(check.cells[399]).toEqual({ sheet: "A", cell: "C400", formula: "=EC.GMV(D400)" });
    expect(check.cells[400]).toEqual({ sheet: "B", cell: "E1", formula: "=EC.AOV(D1)" });
  });
});

describe("convertEcFormulas", () => {
  it("turns the selected EC. cells into their values, the formula kept in a note; the operator's formulas and the rest untouched", async () => {
    const excel = install(shopWorkbook());
    const summary = excel.sheet("汇总");
    excel.selection = { row: 0, column: 1, rows: 7, columns: 1 }; // B1:B7
    const result = await gateway.convertEcFormulas!({ kind: "selection" }, { locale: "zh-CN" });

    expect(result.scope).toEqual({ sheet: "汇总", range: "B1:B7" });
    expect(result.converted).toEqual([
      { sheet: "汇总", cell: "B2", formula: "=EC.GMV(订单!D2:D20001, 订单!E2:E20001)", keptIn: "note" },
      { sheet: "汇总", cell: "B7", formula: "=ROUND(EC.REPURCHASE(订单!B2:B20001), 3)", keptIn: "note" },
    ]);
    expect(result.refused).toEqual([
      { sheet: "汇总", cell: "B4", formula: "=_xldudf_EC_AOV(订单!D2:D20001)", reason: "unknown", value: "#NAME?" },
      { sheet: "汇总", cell: "B5", formula: "=EC.ORDERS(订单!D2:D20001)", reason: "pending", value: "#BUSY!" },
      { sheet: "汇总", cell: "B6", formula: "=EC.GROWTH(B2, C2)", reason: "error", value: "#DIV/0!" },
    ]);
    expect(summary.cells.get("1:1")).toEqual({ value: 1_234_567.8 });
    expect(summary.cells.get("6:1")).toEqual({ value: 0.214 });
    expect(parseKeptFormula(summary.notes.get("1:1"))).toEqual({ formula: "=EC.GMV(订单!D2:D20001, 订单!E2:E20001)" });
    expect(summary.notes.get("1:1")!.split("\n")[0]).toBe(translate("zh-CN", "share.kept.heading"));
    // The operator's SUM, the refused cells and the spill outside the selection are as they were.
    expect(summary.cells.get("2:1")).toEqual({ formula: "=SUM(B2:B2)" });
    expect(ecCellsOf(summary).sort()).toEqual(["3:1", "4:1", "5:1", "9:0"]);
    expect([...summary.notes.keys()].sort()).toEqual(["1:1", "6:1"]);
    // Each note was added before its cell was changed.
    const order = excel.calls.filter((call) => call.sheet === "汇总" && (call.member === "notes.add" || call.member === "values")).map((call) => `${call.member}:${String(call.target)}`);
    expect(order[0]).toMatch(/^notes\.add/);
    expect(order[1]).toMatch(/^values:.*range\(B2(:B2)?\)/);
    expect(excel.sheet("订单").cells.size).toBe(0);
  });

  it("converts a spilled result whole from its formula's cell, when only a cell it spills into is selected", async () => {
    const excel = install(shopWorkbook());
    const summary = excel.sheet("汇总");
    excel.selection = { row: 12, column: 2 }; // C13, inside A10:D14
    const result = await gateway.convertEcFormulas!({ kind: "selection" }, { locale: "en-US" });
    expect(result.converted).toEqual([{ sheet: "汇总", cell: "A10", formula: CHANNELS_FORMULA, spill: "A10:D14", keptIn: "note" }]);
    expect(summary.spills.size).toBe(0);
    const values = CHANNELS.map((row, r) => row.map((_, c) => summary.cells.get(`${9 + r}:${c}`)?.value));
    expect(values).toEqual(CHANNELS);
    expect(parseKeptFormula(summary.notes.get("9:0"))).toEqual({ formula: CHANNELS_FORMULA, spill: "A10:D14" });
  });

  it("keeps a formula as Excel can restore it: an _xldudf_ call is kept as EC., and text that looks like a number stays text", async () => {
    const excel = new RecordingExcel({ sheets: [{ name: "S" }] });
    excel.sheet("S").setFormula("A1", "=ROUND(_xldudf_EC_AOV(D2:D9), 2)", 180.5);
    excel.sheet("S").setFormula("A3", "=EC.RFM(B2:B9, C2:C9, D2:D9)", [["买家", "分层"], ["0012", "重要价值客户"], ["=tricky", "2025-06"]]);
    install(excel);
    await gateway.convertEcFormulas!({ kind: "sheet", sheet: "S" }, { locale: "en-US" });
    const sheet = excel.sheet("S");
    expect(parseKeptFormula(sheet.notes.get("0:0"))).toEqual({ formula: "=ROUND(EC.AOV(D2:D9), 2)" });
    expect([sheet.cells.get("3:0")?.value, sheet.cells.get("4:0")?.value, sheet.cells.get("4:1")?.value, sheet.cells.get("3:1")?.value]).toEqual(["0012", "=tricky", "2025-06", "重要价值客户"]);
    expect(sheet.cells.get("4:0")?.formula).toBeUndefined();
  });

  it("keeps the formula in a comment where the host has comments but not notes, and on a hidden sheet where it has neither", async () => {
    host(["1.10"]);
    let excel = install(shopWorkbook());
    let result = await gateway.convertEcFormulas!({ kind: "sheet", sheet: "汇总" }, { locale: "en-US" });
    expect(result.converted.map((cell) => [cell.cell, cell.keptIn])).toEqual([["B2", "comment"], ["B7", "comment"], ["A10", "comment"]]);
    expect(excel.sheet("汇总").notes.size).toBe(0);
    expect(parseKeptFormula(excel.sheet("汇总").comments.get("9:0"))).toEqual({ formula: CHANNELS_FORMULA, spill: "A10:D14" });

    host([]);
    excel = install(shopWorkbook());
    result = await gateway.convertEcFormulas!({ kind: "sheet", sheet: "汇总" }, { locale: "zh-CN" });
    expect(result.converted.map((cell) => cell.keptIn)).toEqual(["sheet", "sheet", "sheet"]);
    expect(result.formulasSheet).toBe(translate("zh-CN", "share.sheet.name"));
    const kept = excel.sheet(result.formulasSheet!);
    expect(kept.visibility).toBe("Hidden");
    expect(kept.customProperties.get(OWNER_PROPERTY.key.toLowerCase())?.value).toBe(OWNER_PROPERTY.value);
    expect(kept.customProperties.get(FORMULAS_SHEET_PROPERTY.key.toLowerCase())?.value).toBe(FORMULAS_SHEET_PROPERTY.value);
    const rows = [1, 2, 3].map((row) => [0, 1, 2, 3].map((column) => kept.cells.get(`${row}:${column}`)?.value));
    expect(rows).toEqual([
      ["汇总", "B2", "=EC.GMV(订单!D2:D20001, 订单!E2:E20001)", ""],
      ["汇总", "B7", "=ROUND(EC.REPURCHASE(订单!B2:B20001), 3)", ""],
      ["汇总", "A10", CHANNELS_FORMULA, "A10:D14"],
    ]);
    // Kept as text, never calculated.
    expect([1, 2, 3].every((row) => kept.cells.get(`${row}:2`)?.formula === undefined)).toBe(true);
  });

  it("never replaces a note of the operator's: that cell's formula goes to the hidden sheet", async () => {
    const excel = shopWorkbook();
    excel.sheet("汇总").notes.set("1:1", "Checked against the ERP on 3 Nov");
    install(excel);
    const result = await gateway.convertEcFormulas!({ kind: "sheet", sheet: "汇总" }, { locale: "en-US" });
    expect(result.converted.map((cell) => [cell.cell, cell.keptIn])).toEqual([["B2", "sheet"], ["B7", "note"], ["A10", "note"]]);
    expect(excel.sheet("汇总").notes.get("1:1")).toBe("Checked against the ERP on 3 Nov");
    expect(excel.sheet(result.formulasSheet!).cells.get("1:2")?.value).toBe("=EC.GMV(订单!D2:D20001, 订单!E2:E20001)");
  });

  it("changes nothing in a selection without EC. formulas", async () => {
    const excel = install(shopWorkbook());
    excel.selection = { row: 2, column: 1 }; // B3, the operator's SUM
    const result = await gateway.convertEcFormulas!({ kind: "selection" }, { locale: "en-US" });
    expect(result).toEqual({ scope: { sheet: "汇总", range: "B3" }, converted: [], refused: [] });
    expect(excel.calls.filter((call) => call.kind === "set" || call.member.endsWith(".add"))).toEqual([]);
  });
});

describe("restoreEcFormulas", () => {
  for (const [label, extra] of [["notes", ["1.10", "1.18"]], ["comments", ["1.10"]], ["the hidden sheet", []]] as const) {
    it(`puts back every formula kept in ${label}, the spill cleared to spill again, and removes what kept them`, async () => {
      host([...extra]);
      const excel = install(shopWorkbook());
      const summary = excel.sheet("汇总");
      const before = new Map([...summary.cells].filter(([key]) => ["1:1", "2:1", "6:1", "9:0"].includes(key)).map(([key, cell]) => [key, { ...cell }]));
      await gateway.convertEcFormulas!({ kind: "sheet", sheet: "汇总" }, { locale: "en-US" });
      expect(ecCellsOf(summary).sort()).toEqual(["3:1", "4:1", "5:1"]);

      const result = await gateway.restoreEcFormulas!({ kind: "sheet", sheet: "汇总" });
      expect(result.restored.map((cell) => cell.cell)).toEqual(["B2", "B7", "A10"]);
      expect(result.skipped).toEqual([]);
      for (const [key, cell] of before) expect(summary.cells.get(key)?.formula, key).toBe(cell.formula);
      // The values the spill left are gone (the formula spills again), the operator's SUM is as it was.
      for (let r = 9; r <= 13; r++) for (let c = 0; c <= 3; c++) if (r !== 9 || c !== 0) expect(summary.cells.get(`${r}:${c}`)?.value ?? "", `${r}:${c}`).toBe("");
      expect(summary.cells.get("2:1")).toEqual({ formula: "=SUM(B2:B2)" });
      expect(summary.notes.size + summary.comments.size).toBe(0);
      expect(excel.sheets.some((sheet) => sheet.customProperties.has(FORMULAS_SHEET_PROPERTY.key.toLowerCase()))).toBe(false);
    });
  }

  it("restores only the selection, keeps the hidden sheet's other rows, and never replaces a formula typed since", async () => {
    host([]);
    const excel = install(shopWorkbook());
    const summary = excel.sheet("汇总");
    const { formulasSheet } = await gateway.convertEcFormulas!({ kind: "sheet", sheet: "汇总" }, { locale: "en-US" });
    // B7 gets a formula of the operator's; a cell of the former spill too.
    summary.cells.set("6:1", { formula: "=B2*0.2" });
    summary.cells.set("12:3", { formula: "=C13*2" });

    excel.selection = { row: 0, column: 1, rows: 7, columns: 1 }; // B1:B7
    let result = await gateway.restoreEcFormulas!({ kind: "selection" });
    expect(result.restored.map((cell) => cell.cell)).toEqual(["B2"]);
    expect(result.skipped).toEqual([{ sheet: "汇总", cell: "B7", formula: "=ROUND(EC.REPURCHASE(订单!B2:B20001), 3)", reason: "hasFormula" }]);
    expect(summary.cells.get("6:1")).toEqual({ formula: "=B2*0.2" });
    const kept = excel.sheet(formulasSheet!);
    expect([1, 2].map((row) => kept.cells.get(`${row}:1`)?.value)).toEqual(["B7", "A10"]);

    excel.selection = { row: 9, column: 0 };
    result = await gateway.restoreEcFormulas!({ kind: "selection" });
    expect(result.skipped).toEqual([{ sheet: "汇总", cell: "A10", formula: CHANNELS_FORMULA, spill: "A10:D14", reason: "blocked" }]);
    expect(summary.cells.get("9:0")).toEqual({ value: "渠道" });
    expect(summary.cells.get("12:3")).toEqual({ formula: "=C13*2" });
  });
});

describe("the review workbook remembers the add-in", () => {
  function documentSettings(addInCommands: boolean) {
    const stored = new Map<string, unknown>();
    const saved: number[] = [];
    globals.Office.context.document = {
      settings: { get: (name: string) => stored.get(name) ?? null, set: (name: string, value: unknown) => stored.set(name, value), saveAsync: (done: () => void) => { saved.push(stored.size); done(); } },
    };
    globals.Office.context.requirements = {
      isSetSupported: (name: string, version: string) => (name === "ExcelApi" && supported.has(version)) || (addInCommands && name === "AddInCommands" && version === "1.1"),
    };
    return { stored, saved };
  }

  const settings = { version: 1, sources: { orders: "订单" }, mappings: {}, period: "2025-06..2025-10", compare: "previous", targets: {}, thresholds: { met: 1, near: 0.9 }, language: "zh-CN" } as const;

  it("tags the workbook to open the pane with it when the settings are saved, where the host has the autoopen feature", async () => {
    install(new RecordingExcel({ sheets: [{ name: "订单" }] }));
    const { stored, saved } = documentSettings(true);
    await gateway.saveSettings(settings);
    expect(stored.get("Office.AutoShowTaskpaneWithDocument")).toBe(true);
    expect(saved).toEqual([1]);
    // Once is enough: a second save does not save the document settings again.
    await gateway.saveSettings(settings);
    expect(saved).toEqual([1]);
  });

  it("leaves the document settings alone where the host lacks AddInCommands 1.1", async () => {
    install(new RecordingExcel({ sheets: [{ name: "订单" }] }));
    const { stored, saved } = documentSettings(false);
    await gateway.saveSettings(settings);
    expect(stored.size).toBe(0);
    expect(saved).toEqual([]);
  });
});
