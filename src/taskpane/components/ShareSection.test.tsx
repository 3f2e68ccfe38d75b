// @vitest-environment jsdom
/**
 * The share section on the Excel gateway itself, over the recording stand-in: what the operator
 * sees of the check, Turn into values and Restore formulas, and what they did to the workbook.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Locale } from "../../i18n/messages";
import { ecFormulaWorkbook, SUMMARY_SHEET } from "../../../test/support/ec-formula-workbook";
import { RecordingExcel } from "../../../test/support/recording-excel";
import { PaneLocaleContext } from "../pane-locale";
import { createExcelWorkbook, REQUIRED_EXCEL_API_VERSIONS } from "../workbook/excel-workbook";
import { ShareSection, shareActionsOf, type ShareActions } from "./ShareSection";

const globals = globalThis as unknown as { Excel?: unknown; Office: { context: Record<string, unknown> } };

beforeEach(() => {
  const supported = new Set([...REQUIRED_EXCEL_API_VERSIONS, "1.10", "1.18"]);
  globals.Office.context.requirements = { isSetSupported: (name: string, version: string) => name === "ExcelApi" && supported.has(version) };
});

afterEach(() => {
  cleanup();
  delete globals.Excel;
  delete globals.Office.context.requirements;
});

function renderShare(locale: Locale, actions: ShareActions) {
  render(
    <FluentProvider theme={webLightTheme}>
      <PaneLocaleContext.Provider value={locale}>
        <ShareSection actions={actions} sheets={["订单", SUMMARY_SHEET, "空白"]} defaultOpen />
      </PaneLocaleContext.Provider>
    </FluentProvider>,
  );
}

function install(excel: RecordingExcel): ShareActions {
  globals.Excel = excel.api;
  return shareActionsOf(createExcelWorkbook())!;
}

describe("share section", () => {
  it("lists the EC. cells by sheet, turns a sheet's into values, says what it left and why, and restores them", async () => {
    const user = userEvent.setup();
    const excel = ecFormulaWorkbook(200);
    renderShare("en-US", install(excel));
    expect(screen.getByText(/The review sheet holds values and Excel's own formulas: anyone can open it, no add-in needed\./)).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Check the workbook" }));
    await screen.findByText("6 cells still hold an EC. formula:");
    expect(screen.getByText("汇总 · 6")).toBeTruthy();
    const items = within(screen.getByRole("list", { name: SUMMARY_SHEET })).getAllByRole("listitem").map((item) => item.textContent);
    expect(items[0]).toBe("B2=EC.GMV(订单!D2:D20001, 订单!E2:E20001)");
    expect(items[5]).toBe("A10=EC.CHANNELS(订单!H2:H20001, 订单!D2:D20001, 订单!B2:B20001, 订单!C2:C20001) · fills A10:D14");
    expect(excel.calls.filter((call) => call.kind === "set")).toEqual([]);

    await user.click(screen.getByRole("combobox", { name: "Turn into values, or restore, in" }));
    await user.click(screen.getByRole("option", { name: "The whole sheet 汇总" }));
    await user.click(screen.getByRole("button", { name: "Turn into values" }));
    await screen.findByText("3 cells in the sheet 汇总 now hold their values; each formula is kept in a note on its cell.");
    expect(screen.getByText("B4 shows #NAME?: EC Review is not loaded for it, so it has no value to keep. Left as a formula.")).toBeTruthy();
    expect(screen.getByText("B5 is still calculating (#BUSY!): left as a formula. Try again once it shows its result.")).toBeTruthy();
    expect(screen.getByText("B6 shows #DIV/0!: left as a formula. Fix its data, or delete it, first.")).toBeTruthy();
    // The list on show is brought up to date: the three left.
    await screen.findByText("3 cells still hold an EC. formula:");
    const summary = excel.sheet(SUMMARY_SHEET);
    expect(summary.cells.get("1:1")).toEqual({ value: 1_234_567.8 });
    expect(summary.notes.size).toBe(3);

    await user.click(screen.getByRole("button", { name: "Restore formulas" }));
    await screen.findByText("3 formulas put back in the sheet 汇总.");
    await screen.findByText("6 cells still hold an EC. formula:");
    expect(summary.cells.get("1:1")?.formula).toBe("=EC.GMV(订单!D2:D20001, 订单!E2:E20001)");
    expect(summary.notes.size).toBe(0);
  });

  it("works on the selection by default, in Chinese, and says when there is nothing to do", async () => {
    const user = userEvent.setup();
    const excel = ecFormulaWorkbook(20);
    excel.selection = { row: 2, column: 1 }; // B3: the operator's SUM
    renderShare("zh-CN", install(excel));
    expect(screen.getByRole("combobox", { name: "转为数值或还原的范围" }).textContent).toBe("所选单元格");
    await user.click(screen.getByRole("button", { name: "转为数值" }));
    await screen.findByText("所选单元格（汇总!B3）中没有 EC. 公式，未作改动。");
    expect(excel.sheet(SUMMARY_SHEET).cells.get("2:1")).toEqual({ formula: "=SUM(B2:B2)" });

    excel.selection = { row: 0, column: 1, rows: 2, columns: 1 }; // B1:B2
    await user.click(screen.getByRole("button", { name: "转为数值" }));
    await screen.findByText("所选单元格（汇总!B1:B2）中 1 个单元格已转为数值，原公式保存在各单元格的注释中。");
  });

  it("lists a few cells of each sheet and counts the rest; an empty workbook is said to open the same for anyone", async () => {
    const user = userEvent.setup();
    const excel = new RecordingExcel({ sheets: [{ name: "A" }] });
    for (let row = 1; row <= 30; row++) excel.sheet("A").setFormula(`C${row}`, `=EC.GMV(D${row})`, row);
    renderShare("en-US", install(excel));
    await user.click(screen.getByRole("button", { name: "Check the workbook" }));
    await screen.findByText("30 cells still hold an EC. formula:");
    expect(within(screen.getByRole("list", { name: "A" })).getAllByRole("listitem")).toHaveLength(8);
    expect(screen.getByText("… and 22 more on this sheet")).toBeTruthy();
    cleanup();

    renderShare("en-US", install(new RecordingExcel({ sheets: [{ name: "A", grid: [["x", 1]] }] })));
    await user.click(screen.getByRole("button", { name: "Check the workbook" }));
    await screen.findByText("No cell holds an EC. formula: the workbook opens the same for anyone.");
  });

  it("says when Excel refuses a change", async () => {
    const user = userEvent.setup();
    const failing: ShareActions = {
      checkEcFormulas: async () => ({ cells: [], sheets: [], total: 0 }),
      convertEcFormulas: async () => {
        throw new Error("The cell is being edited.");
      },
      restoreEcFormulas: async () => ({ scope: { sheet: "A" }, restored: [], skipped: [] }),
    };
    renderShare("en-US", failing);
    await user.click(screen.getByRole("button", { name: "Turn into values" }));
    await screen.findByText("The workbook could not be changed: The cell is being edited.");
  });
});
