// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FUNCTION_CATALOG } from "../../functions/catalog";
import type { Locale } from "../../i18n/messages";
import { fakeWorkbook } from "../../../test/support/fake-workbook";
import { PaneLocaleContext } from "../pane-locale";
import { FunctionsTab, type FunctionsTabProps } from "./FunctionsTab";
import type { CellGrid } from "../../engine/cells/cell-value";
import { AD_SPEND_CN, TAOBAO_ORDERS } from "../../../test/support/real-exports.fixture";
import { detectedColumns } from "../insert-arguments";
import { chooseTables, scanOf } from "../review-controller";
import type { SourceSheet } from "../workbook/workbook-gateway";

afterEach(cleanup);

function renderCatalog(locale: Locale, insertFormula?: FunctionsTabProps["insertFormula"], columns?: FunctionsTabProps["columns"]) {
  render(
    <PaneLocaleContext.Provider value={locale}>
      <FunctionsTab insertFormula={insertFormula} columns={columns} />
    </PaneLocaleContext.Provider>,
  );
}

/** The columns the Data tab finds in a 千牛 order export (订单!A1:AM5) and an ad spend sheet. */
function qianniuColumns() {
  const sheets = { 订单: { address: "订单!A1:AM5", grid: TAOBAO_ORDERS }, 推广: { address: "推广!A1:J7", grid: AD_SPEND_CN } };
  const sources: SourceSheet[] = Object.entries(sheets).map(([name, sheet]) => ({
    name, kind: "worksheet", rows: sheet.grid.length, columns: sheet.grid[0].length, owned: false, address: sheet.address, firstRow: 1,
  }));
  const scan = scanOf(sources, new Map(Object.entries(sheets).map(([name, sheet]) => [name, sheet.grid as CellGrid])));
  return detectedColumns(chooseTables(scan, { sources: {}, overrides: {} }), sources);
}

const names = () => screen.getAllByRole("heading", { level: 3 }).map((heading) => heading.textContent);

/** The help link of the card of `name`. */
function helpLink(name: string): HTMLAnchorElement {
  return within(screen.getByRole("heading", { name }).parentElement!).getByRole("link") as HTMLAnchorElement;
}

describe("Functions tab", () => {
  it("lists every EC. function with its description and example, and filters as one types", async () => {
    const user = userEvent.setup();
    renderCatalog("en-US");
    expect(names().length).toBe(FUNCTION_CATALOG.length);
    expect(screen.getByText(`${FUNCTION_CATALOG.length} of ${FUNCTION_CATALOG.length} functions`)).toBeTruthy();
    expect(screen.getByText("=EC.AOV(D2:D5001, B2:B5001, E2:E5001, A2:A5001)")).toBeTruthy();

    await user.type(screen.getByRole("searchbox", { name: "Search the functions" }), "repurchase");
    // EC.FIRSTPRODUCT is repurchase by first product.
    expect(names()).toEqual(["EC.REPURCHASE", "EC.FIRSTPRODUCT"]);
    expect(screen.getByText(`2 of ${FUNCTION_CATALOG.length} functions`)).toBeTruthy();

    await user.clear(screen.getByRole("searchbox"));
    await user.type(screen.getByRole("searchbox"), "nothing like this");
    expect(screen.queryAllByRole("heading", { level: 3 })).toEqual([]);
    expect(screen.getByText("No function matches “nothing like this”.")).toBeTruthy();
  });

  it("describes the functions in Chinese, and finds them by Chinese words", async () => {
    const user = userEvent.setup();
    renderCatalog("zh-CN");
    await user.type(screen.getByRole("searchbox", { name: "搜索函数" }), "客单价");
    expect(names()).toContain("EC.AOV");
    const card = screen.getByRole("heading", { name: "EC.AOV" }).parentElement!;
    expect(card.textContent).toMatch(/客单价：GMV ÷ 订单数/);
  });

  it("inserts a function's example into the selected cell through the gateway", async () => {
    const user = userEvent.setup();
    const insertFormula = vi.fn(async () => undefined);
    renderCatalog("en-US", insertFormula);
    await user.type(screen.getByRole("searchbox"), "ec.roi");
    await user.click(screen.getByRole("button", { name: "Insert EC.ROI into the selected cell" }));
    expect(insertFormula).toHaveBeenCalledWith("=EC.ROI(90000, 投放!C2:C31)");
    expect(screen.getByText("EC.ROI was inserted into the selected cell.")).toBeTruthy();
    // Without tables on the Data tab, the example's ranges, and the pane says so.
    expect(screen.getByText("The Data tab found no column this function reads: the example's ranges were inserted. Change them to your columns.")).toBeTruthy();
  });

  it("never writes over the selected cell: an order amount there stays, the formula goes below, and the pane says where", async () => {
    const user = userEvent.setup();
    // D3 (selected) holds an order amount, D4 a formula of the operator's; D5 is empty.
    const orders = [["订单号", "", "", "实付金额"], ["A1", "", "", 120], ["A2", "", "", 80.5], ["", "", "", "=SUM(D2:D3)"]];
    const workbook = fakeWorkbook({ sheets: { 订单: orders }, canInsert: true, selection: { sheet: "订单", row: 2, column: 3 } });
    renderCatalog("en-US", workbook.insertFormula!.bind(workbook));
    await user.type(screen.getByRole("searchbox"), "ec.aov");
    await user.click(screen.getByRole("button", { name: "Insert EC.AOV into the selected cell" }));
    await screen.findByText("D3 is not empty, so nothing there was changed: EC.AOV was inserted into D5, the first empty cell below it.");
    expect(orders[2][3]).toBe(80.5);
    expect(orders[3][3]).toBe("=SUM(D2:D3)");
    expect(orders[4][3]).toMatch(/^=EC\.AOV\(/);

    // Into an empty selected cell: that cell, named.
    cleanup();
    const sheet = [["", "", ""]];
    const empty = fakeWorkbook({ sheets: { 汇总: sheet }, canInsert: true, selection: { sheet: "汇总", row: 0, column: 1 } });
    renderCatalog("zh-CN", empty.insertFormula!.bind(empty));
    await user.click(within(screen.getByRole("heading", { name: "EC.GMV" }).parentElement!).getByRole("button"));
    await screen.findByText("EC.GMV 已插入 B1。");
    expect(sheet[0][1]).toMatch(/^=EC\.GMV\(/);
  });

  it("fills the arguments with the Data tab's columns — the 千牛 paid amount, not the order total — and says which it used", async () => {
    const user = userEvent.setup();
    const insertFormula = vi.fn(async () => ({ address: "汇总!C7", selected: "汇总!C7" }));
    renderCatalog("zh-CN", insertFormula, qianniuColumns());
    expect(screen.getByText("插入时按数据页识别到的列填入各参数（订单和推广）。")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "将 EC.GMV 插入所选单元格" }));
    expect(insertFormula).toHaveBeenCalledWith("=EC.GMV('订单'!K2:K5, '订单'!M2:M5, '订单'!A2:A5)");
    const message = screen.getByText("EC.GMV 已插入 C7。").parentElement!;
    expect(within(message).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "金额：订单 的 K 列（买家实际支付金额），'订单'!K2:K5", "订单状态：订单 的 M 列（订单状态），'订单'!M2:M5", "订单编号：订单 的 A 列（订单编号），'订单'!A2:A5",
    ]);

    // The example's values are named.
    await user.click(screen.getByRole("button", { name: "将 EC.RETENTION 插入所选单元格" }));
    expect(insertFormula).toHaveBeenLastCalledWith("=EC.RETENTION('订单'!B2:B5, '订单'!U2:U5, '订单'!M2:M5, 6, '订单'!A2:A5)");
    expect(screen.getByText("沿用示例值，请按需修改：月数。")).toBeTruthy();

    // A function whose column is missing (the export has no cost) gets the example, and the pane says which column.
    await user.click(screen.getByRole("button", { name: "将 EC.MARGINBAND 插入所选单元格" }));
    expect(insertFormula).toHaveBeenLastCalledWith("=EC.MARGINBAND(D2:D5001, G2:G5001, 8%, 12%)");
    expect(screen.getByText("数据页没有“成本”对应的列：插入的是示例区域，请改成你的数据列。")).toBeTruthy();
  });

  it("says when Excel refuses the formula, and offers no insert without the gateway's insertFormula", async () => {
    const user = userEvent.setup();
    renderCatalog("en-US", async () => {
      throw new Error("The cell is being edited.");
    });
    await user.click(within(screen.getByRole("heading", { name: "EC.GMV" }).parentElement!).getByRole("button"));
    expect(screen.getByText("The formula could not be inserted: The cell is being edited.")).toBeTruthy();
    cleanup();
    renderCatalog("en-US");
    expect(screen.queryAllByRole("button", { name: /^Insert / })).toEqual([]);
  });
  it.each([
    { locale: "en-US" as const, text: "Help on this function", name: "Help on this function: EC.AOV, what it computes, its arguments, an example and its errors (opens in the browser)" },
    { locale: "zh-CN" as const, text: "函数帮助", name: "函数帮助：EC.AOV 的计算内容、参数、示例与错误值（在浏览器中打开）" },
  ])("links every function to its help page in the pane's language ($locale)", ({ locale, text, name }) => {
    renderCatalog(locale);
    for (const entry of FUNCTION_CATALOG) {
      const link = helpLink(`EC.${entry.id}`);
      expect(link.href, entry.id).toBe(new URL(`help/${locale}/${entry.id.toLowerCase()}.html`, document.baseURI).href);
      expect(link.target, entry.id).toBe("_blank");
      expect(link.rel, entry.id).toContain("noopener");
      expect(link.textContent, entry.id).toBe(text);
    }
    expect(screen.getByRole("link", { name })).toBe(helpLink("EC.AOV"));
  });

  it("opens the help page in the browser through Office where it can, and leaves the link alone where it cannot", async () => {
    const user = userEvent.setup();
    const opened: string[] = [];
    let supported = true;
    const office = (globalThis as { Office?: unknown }).Office;
    (globalThis as { Office?: unknown }).Office = {
      context: { requirements: { isSetSupported: () => supported }, ui: { openBrowserWindow: (url: string) => opened.push(url) } },
    };
    const clicks: boolean[] = [];
    const recordDefault = (event: MouseEvent) => {
      clicks.push(event.defaultPrevented);
      event.preventDefault(); // jsdom does not navigate; the test only reads what the link's own handler did
    };
    document.addEventListener("click", recordDefault);
    try {
      renderCatalog("zh-CN");
      await user.click(helpLink("EC.RETENTION"));
      expect(opened).toEqual([new URL("help/zh-CN/retention.html", document.baseURI).href]);
      supported = false;
      await user.click(helpLink("EC.GMV"));
      expect(opened).toHaveLength(1);
      expect(clicks).toEqual([true, false]);
    } finally {
      document.removeEventListener("click", recordDefault);
      (globalThis as { Office?: unknown }).Office = office;
    }
  });
});
